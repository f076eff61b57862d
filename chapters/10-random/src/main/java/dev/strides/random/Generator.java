package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's {@code numpy.random.Generator}: distributions on top of a {@link BitGenerator}, with
 * the same algorithms, so that the same seed gives the same numbers as NumPy 2.x:
 * {@code Generator.defaultRng(42).random(5)} equals {@code np.random.default_rng(42).random(5)}
 * bit for bit.
 *
 * <p><b>Shapes.</b> As in NumPy, a method without {@code size} returns one Java value; with
 * {@code size} (the shape, varargs) it returns a new C-ordered {@link NDArray}; an {@code out}
 * overload fills a caller's contiguous array in memory order. Integer results are int64 unless a
 * dtype is given; floats are float64, or float32 where NumPy offers {@code dtype=np.float32}.
 *
 * <p><b>Array parameters.</b> The methods here take Java scalars as parameters. The overloads
 * taking arrays ({@code normal(locs, 1.0)}, {@code integers(lows, highs)}, ...), which
 * broadcast parameters with each other and with {@code size} as NumPy does, are inherited from
 * {@link ArrayParameterSamplers}.
 *
 * <p><b>The other distributions</b> (lognormal to dirichlet) are inherited from a chain of
 * sealed superclasses, one family each: {@link LocationScaleSamplers}, {@link ShapeSamplers},
 * {@link DiscreteSamplers} and {@link CompoundSamplers}.
 *
 * <p><b>Which bits are exact.</b> Everything that uses only integer arithmetic, multiplication
 * and division matches NumPy exactly: raw streams, {@link #random}, {@link #integers},
 * {@link #uniform}, {@link #choice}, {@link #shuffle}, {@link #permutation}, {@link #permuted},
 * {@link #bytes}, and the ziggurat's fast path. Samples that pass through {@code log},
 * {@code exp} or {@code pow} can differ from NumPy in the last bit when Java's function and the
 * C library's disagree (see {@link LibM}); the tests measure how often.
 *
 * <p><b>Not here yet.</b> {@code multivariate_normal} needs a Cholesky or SVD factorisation,
 * which arrives with chapter 09 (linear algebra); until then it is not offered. Nor is
 * {@code multivariate_hypergeometric}.
 *
 * <p><b>Threads.</b> A Generator is not thread-safe: give each thread its own, from
 * {@link #spawn} or a {@code jumped} bit generator ({@link ParallelStreams} shows how).
 */
public final class Generator extends CompoundSamplers {

    private final BitGenerator bitGenerator;
    private final Binomial binomial = new Binomial();   // BTPE setup cached between calls

    /** {@code Generator(bit_generator)}. */
    public Generator(BitGenerator bitGenerator) {
        this.bitGenerator = java.util.Objects.requireNonNull(bitGenerator, "bitGenerator");
    }

    // ---- construction -------------------------------------------------------------------------

    // tag::default-rng[]
    /** {@code np.random.default_rng(seed)}: {@code Generator(PCG64(SeedSequence(seed)))}. */
    public static Generator defaultRng(long seed) {
        return new Generator(new PCG64(new SeedSequence(seed)));
    }
    // end::default-rng[]

    /** {@code default_rng()}: seeded from the operating system's entropy (not reproducible). */
    public static Generator defaultRng() {
        return new Generator(new PCG64(new SeedSequence()));
    }

    /** {@code default_rng(seed)} for a seed of any size, e.g. {@code 2**100 + 7}. */
    public static Generator defaultRng(BigInteger seed) {
        return new Generator(new PCG64(new SeedSequence(seed)));
    }

    /** {@code default_rng([s0, s1, ...])}: an array of non-negative integers as the seed. */
    public static Generator defaultRng(long[] seedArray) {
        return new Generator(new PCG64(new SeedSequence(seedArray)));
    }

    /** {@code default_rng(seed_sequence)}, e.g. a spawned child. */
    public static Generator defaultRng(SeedSequence seq) {
        return new Generator(new PCG64(seq));
    }

    /** {@code default_rng(bit_generator)}: wraps any bit generator, yours included. */
    public static Generator defaultRng(BitGenerator bitGenerator) {
        return new Generator(bitGenerator);
    }

    @Override
    public BitGenerator bitGenerator() {
        return bitGenerator;
    }

    @Override
    Binomial binomialCache() {
        return binomial;
    }

    /** {@code n} independent generators from the bit generator's seed sequence children. */
    public List<Generator> spawn(int n) {
        List<Generator> children = new ArrayList<>();
        for (BitGenerator child : bitGenerator.spawn(n)) {
            children.add(new Generator(child));
        }
        return children;
    }

    // ---- uniform floats -------------------------------------------------------------------

    /** One double in [0, 1). */
    public double random() {
        return bitGenerator.nextDouble();
    }

    /** {@code random(size)}: float64 in [0, 1). */
    public NDArray random(int... size) {
        return random(DType.FLOAT64, size);
    }

    /** {@code random(size, dtype)}: float64 (53 random bits) or float32 (24 random bits). */
    public NDArray random(DType dtype, int... size) {
        return random(Output.allocate(checkFloat(dtype, "random"), size));
    }

    // tag::random-fill[]
    /** {@code random(out=out)}: fills a contiguous float64 or float32 array in memory order. */
    public NDArray random(NDArray out) {
        Output.check(out, checkFloat(out.dtype(), "random"));
        MemorySegment seg = out.buffer();
        long at = Output.start(out);
        long n = out.size();
        BitGenerator g = bitGenerator;
        if (out.dtype().equals(DType.FLOAT64)) {
            for (long i = 0; i < n; i++) {
                seg.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + 8 * i, g.nextDouble());
            }
        } else {
            for (long i = 0; i < n; i++) {
                seg.set(ValueLayout.JAVA_FLOAT_UNALIGNED, at + 4 * i, g.nextFloat());
            }
        }
        return out;
    }
    // end::random-fill[]

    /** {@code uniform()}: the same as {@link #random()}, through {@code 0 + 1 * U}. */
    public double uniform() {
        return uniform(0.0, 1.0);
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) * U}, U in [0, 1). */
    public double uniform(double low, double high) {
        double range = uniformRange(low, high);
        return low + range * bitGenerator.nextDouble();
    }

    public NDArray uniform(double low, double high, int... size) {
        double range = uniformRange(low, high);
        return fill(DType.FLOAT64, size, g -> low + range * g.nextDouble());
    }

    private static double uniformRange(double low, double high) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("high - low range exceeds valid bounds");
        }
        Checks.nonNegative(range, "high - low");
        return range;
    }

    // ---- integers -----------------------------------------------------------------------------

    /** {@code integers(high)}: one int64 in [0, high). */
    public long integers(long high) {
        return integers(0, high);
    }

    /** {@code integers(low, high)}: one int64 in [low, high). */
    public long integers(long low, long high) {
        return integers(low, high, false);
    }

    /** {@code integers(low, high, endpoint=...)}: [low, high) or, with endpoint, [low, high]. */
    public long integers(long low, long high, boolean endpoint) {
        NDArray one = integers(BigInteger.valueOf(low), BigInteger.valueOf(high), DType.INT64,
                endpoint);
        return one.getLong();
    }

    /** {@code integers(low, high, size)}: int64 in [low, high). */
    public NDArray integers(long low, long high, int... size) {
        return integers(low, high, DType.INT64, false, size);
    }

    /** {@code integers(low, high, size, dtype, endpoint)}. */
    public NDArray integers(long low, long high, DType dtype, boolean endpoint, int... size) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), dtype, endpoint, size);
    }

    /**
     * The general form, with bounds of any size (uint64 needs {@code high = 2^64}). Lemire's
     * method, as NumPy's Generator ({@link BoundedIntegers}); one buffer of narrow pieces per
     * call.
     *
     * @throws IllegalArgumentException with NumPy's message for bounds outside the dtype or
     *     {@code low >= high}
     * @throws DTypeException for a dtype that is not an integer or bool
     */
    public NDArray integers(BigInteger low, BigInteger high, DType dtype, boolean endpoint,
                            int... size) {
        return IntegerSampler.sample(bitGenerator, low, high, dtype, endpoint, false, size);
    }

    // ---- normal and exponential ---------------------------------------------------------------

    public double standardNormal() {
        return Ziggurat.normal(bitGenerator);
    }

    public NDArray standardNormal(int... size) {
        return standardNormal(DType.FLOAT64, size);
    }

    public NDArray standardNormal(DType dtype, int... size) {
        return standardNormal(Output.allocate(checkFloat(dtype, "standard_normal"), size));
    }

    // tag::standard-normal-fill[]
    /** {@code standard_normal(out=out)}: float64 or float32, ziggurat. */
    public NDArray standardNormal(NDArray out) {
        Output.check(out, checkFloat(out.dtype(), "standard_normal"));
        MemorySegment seg = out.buffer();
        long at = Output.start(out);
        long n = out.size();
        BitGenerator g = bitGenerator;
        if (out.dtype().equals(DType.FLOAT64)) {
            for (long i = 0; i < n; i++) {
                seg.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + 8 * i, Ziggurat.normal(g));
            }
        } else {
            for (long i = 0; i < n; i++) {
                seg.set(ValueLayout.JAVA_FLOAT_UNALIGNED, at + 4 * i, Ziggurat.normalFloat(g));
            }
        }
        return out;
    }
    // end::standard-normal-fill[]

    /** {@code normal(loc, scale)}: {@code loc + scale * Z}. */
    public double normal(double loc, double scale) {
        Checks.nonNegative(scale, "scale");
        return loc + scale * Ziggurat.normal(bitGenerator);
    }

    public NDArray normal(double loc, double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return fill(DType.FLOAT64, size, g -> loc + scale * Ziggurat.normal(g));
    }

    public double standardExponential() {
        return Ziggurat.exponential(bitGenerator);
    }

    public NDArray standardExponential(int... size) {
        return standardExponential(DType.FLOAT64, "zig", size);
    }

    /** {@code standard_exponential(size, dtype, method)}: method "zig" (default) or "inv". */
    public NDArray standardExponential(DType dtype, String method, int... size) {
        return standardExponential(Output.allocate(checkFloat(dtype, "standard_exponential"),
                size), method);
    }

    /** {@code standard_exponential(out=out, method=...)}. */
    public NDArray standardExponential(NDArray out, String method) {
        Output.check(out, checkFloat(out.dtype(), "standard_exponential"));
        boolean inv = switch (method) {
            case "zig" -> false;
            case "inv" -> true;
            default -> throw new IllegalArgumentException(
                    "method must be 'zig' or 'inv', got '" + method + "'");
        };
        if (inv) {
            Fill.into(out, Ziggurat::exponentialInversion, Ziggurat::exponentialInversionFloat,
                    bitGenerator);
        } else {
            Fill.into(out, Ziggurat::exponential, Ziggurat::exponentialFloat, bitGenerator);
        }
        return out;
    }

    /** {@code exponential(scale)}: {@code scale * E}. */
    public double exponential(double scale) {
        Checks.nonNegative(scale, "scale");
        return scale * Ziggurat.exponential(bitGenerator);
    }

    public NDArray exponential(double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return fill(DType.FLOAT64, size, g -> scale * Ziggurat.exponential(g));
    }

    // ---- gamma, beta, binomial, poisson -------------------------------------------------------

    public double standardGamma(double shape) {
        Checks.nonNegative(shape, "shape");
        return Distributions.standardGamma(bitGenerator, shape);
    }

    public NDArray standardGamma(double shape, int... size) {
        return standardGamma(shape, DType.FLOAT64, size);
    }

    /** {@code standard_gamma(shape, size, dtype)}: float32 runs the float algorithm. */
    public NDArray standardGamma(double shape, DType dtype, int... size) {
        return standardGamma(shape, Output.allocate(checkFloat(dtype, "standard_gamma"), size));
    }

    /**
     * {@code standard_gamma(shape, out=out)}: a C-contiguous float64 or float32 array (NumPy
     * refuses an F-ordered {@code out} here, unlike for {@code random}).
     */
    public NDArray standardGamma(double shape, NDArray out) {
        Checks.nonNegative(shape, "shape");
        Output.checkC(out, checkFloat(out.dtype(), "standard_gamma"));
        float shapeF = (float) shape;
        Fill.into(out, g -> Distributions.standardGamma(g, shape),
                g -> Distributions.standardGammaFloat(g, shapeF), bitGenerator);
        return out;
    }

    /** {@code gamma(shape, scale)}: {@code scale * standard_gamma(shape)}. */
    public double gamma(double shape, double scale) {
        Checks.nonNegative(shape, "shape");
        Checks.nonNegative(scale, "scale");
        return scale * Distributions.standardGamma(bitGenerator, shape);
    }

    public NDArray gamma(double shape, double scale, int... size) {
        Checks.nonNegative(shape, "shape");
        Checks.nonNegative(scale, "scale");
        return fill(DType.FLOAT64, size, g -> scale * Distributions.standardGamma(g, shape));
    }

    public double beta(double a, double b) {
        Checks.positive(a, "a");
        Checks.positive(b, "b");
        return Distributions.beta(bitGenerator, a, b);
    }

    public NDArray beta(double a, double b, int... size) {
        Checks.positive(a, "a");
        Checks.positive(b, "b");
        return fill(DType.FLOAT64, size, g -> Distributions.beta(g, a, b));
    }

    /** {@code binomial(n, p)}: successes in n trials of probability p. */
    public long binomial(long n, double p) {
        Checks.probability(p, "p");
        Checks.nonNegative(n, "n");
        return binomial.sample(bitGenerator, n, p);
    }

    public NDArray binomial(long n, double p, int... size) {
        Checks.probability(p, "p");
        Checks.nonNegative(n, "n");
        return Fill.longs(size, g -> binomial.sample(g, n, p), bitGenerator);
    }

    public long poisson(double lam) {
        Checks.poissonLam(lam);
        return Distributions.poisson(bitGenerator, lam);
    }

    public NDArray poisson(double lam, int... size) {
        Checks.poissonLam(lam);
        return Fill.longs(size, g -> Distributions.poisson(g, lam), bitGenerator);
    }

    // ---- sampling and permutations ------------------------------------------------------------

    /** {@code choice(a)}: one of {@code 0 .. a-1}, uniformly. */
    public long choice(long a) {
        return Choice.generator(bitGenerator, Choice.population(a), null, true, null, 0, true)
                .getLong();
    }

    /** {@code choice(a, size)}: with replacement, int64. */
    public NDArray choice(long a, int... size) {
        return choice(a, size, true, null);
    }

    /** {@code choice(a, size, replace, p)}; {@code p} may be null (uniform). */
    public NDArray choice(long a, int[] size, boolean replace, double[] p) {
        return choice(a, size, replace, p, true);
    }

    /**
     * {@code choice(a, size, replace, p, shuffle=...)}: {@code shuffle=false} skips the final
     * shuffle of a sample without replacement (its order is then not random).
     */
    public NDArray choice(long a, int[] size, boolean replace, double[] p, boolean shuffle) {
        return Choice.generator(bitGenerator, Choice.population(a), size, replace, p, 0, shuffle);
    }

    /** {@code choice(a, size)} over the elements (slabs along axis 0) of an array. */
    public NDArray choice(NDArray a, int... size) {
        return choice(a, size, true, null, 0, true);
    }

    /**
     * {@code choice(a, size, replace, p, axis, shuffle)}, all of NumPy's options. {@code size}
     * null means one draw (the result then has one dimension fewer than {@code a}).
     */
    public NDArray choice(NDArray a, int[] size, boolean replace, double[] p, int axis,
                          boolean shuffle) {
        return Choice.generator(bitGenerator, a, size, replace, p, axis, shuffle);
    }

    /** {@code shuffle(x)}: permutes {@code x} in place along axis 0 (modifies x). */
    public void shuffle(NDArray x) {
        shuffle(x, 0);
    }

    /** {@code shuffle(x, axis)}: permutes the slabs of {@code x} along {@code axis} in place. */
    public void shuffle(NDArray x, int axis) {
        Shuffling.shuffle(bitGenerator, x, axis);
    }

    /** {@code permutation(n)}: a shuffled {@code arange(n)}, int64. */
    public NDArray permutation(long n) {
        return Shuffling.permutation(bitGenerator, n);
    }

    /** {@code permutation(x)}: a shuffled <b>copy</b> of x along axis 0. */
    public NDArray permutation(NDArray x) {
        return permutation(x, 0);
    }

    public NDArray permutation(NDArray x, int axis) {
        return Shuffling.permutation(bitGenerator, x, axis);
    }

    /** {@code permuted(x)}: a copy with all elements shuffled (axis=None). */
    public NDArray permuted(NDArray x) {
        return Shuffling.permuted(bitGenerator, x, null, null);
    }

    /** {@code permuted(x, axis)}: a copy with every 1-d lane along axis shuffled separately. */
    public NDArray permuted(NDArray x, int axis) {
        return Shuffling.permuted(bitGenerator, x, axis, null);
    }

    /** {@code permuted(x, axis=axis, out=out)}: axis null for all elements; fills out. */
    public NDArray permuted(NDArray x, Integer axis, NDArray out) {
        return Shuffling.permuted(bitGenerator, x, axis, out);
    }

    // tag::bytes[]
    /**
     * {@code bytes(length)}: {@code ceil(length / 4)} uint32 draws from
     * {@code integers(0, 2^32, dtype=uint32)}, written little-endian, cut to length.
     */
    public byte[] bytes(int length) {
        int words = (length - 1) / 4 + 1;
        NDArray u32 = integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32), DType.UINT32, false,
                words);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            int w = u32.buffer().get(ValueLayout.JAVA_INT_UNALIGNED, 4L * (i / 4));
            out[i] = (byte) (w >>> (8 * (i % 4)));
        }
        return out;
    }
    // end::bytes[]

    // ---- helpers ------------------------------------------------------------------------------

    private NDArray fill(DType dtype, int[] size, Fill.DoubleDraw draw) {
        return Fill.doubles(size, draw, bitGenerator);
    }

    static DType checkFloat(DType dtype, String method) {
        if (!dtype.equals(DType.FLOAT64) && !dtype.equals(DType.FLOAT32)) {
            throw new DTypeException("Unsupported dtype dtype('" + dtype.name() + "') for "
                    + method);
        }
        return dtype;
    }

    @Override
    public String toString() {
        return "Generator(" + bitGenerator + ")";
    }
}
