package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import java.math.BigInteger;

/**
 * NumPy's legacy {@code numpy.random.RandomState}: the API behind {@code np.random.seed},
 * {@code np.random.rand} and friends, frozen so that old seeds give old numbers forever.
 *
 * <p><b>How it differs from {@link Generator}.</b>
 * <ul>
 *   <li>The engine is {@link MT19937} seeded by {@code init_genrand} (an int) or
 *       {@code init_by_array} (an array), not PCG64 through a SeedSequence;</li>
 *   <li>doubles take 53 bits from two 32-bit words;</li>
 *   <li>integers use masked rejection, not Lemire's method;</li>
 *   <li>normals come from the Marsaglia polar method, which makes two at a time and caches the
 *       second ({@code has_gauss}/{@code gauss} are part of the state), not the ziggurat;</li>
 *   <li>{@code choice} without replacement takes the head of a full permutation.</li>
 * </ul>
 * NumPy promises these streams never change; Generator makes no such promise across versions,
 * which is what lets it use faster algorithms.
 *
 * <p>{@code uniform} and {@code normal} also take array parameters, broadcast with each other
 * and with {@code size} exactly as in {@link ArrayParameterSamplers} (NumPy's legacy methods
 * walk them with the same {@code cont} helper).
 */
public final class RandomState {

    private final BitGenerator bitGenerator;
    private boolean hasGauss;   // a second polar-method value is cached
    private double gauss;       // the cached value

    /** The legacy state: the MT19937 key and position, and the cached Gaussian. */
    public record State(MT19937.State mt, boolean hasGauss, double gauss) {
    }

    /** {@code RandomState()}: MT19937 seeded from OS entropy through a SeedSequence. */
    public RandomState() {
        this(new MT19937(new SeedSequence()));
    }

    /** {@code RandomState(seed)}, {@code 0 <= seed < 2^32}: {@code init_genrand(seed)}. */
    public RandomState(long seed) {
        this(MT19937.legacy(seed));
    }

    /** {@code RandomState([k0, k1, ...])}: {@code init_by_array}. */
    public RandomState(long[] seedArray) {
        this(MT19937.legacy(seedArray));
    }

    /** {@code RandomState(bit_generator)}: the legacy methods over any bit generator. */
    public RandomState(BitGenerator bitGenerator) {
        this.bitGenerator = java.util.Objects.requireNonNull(bitGenerator, "bitGenerator");
    }

    public BitGenerator bitGenerator() {
        return bitGenerator;
    }

    // ---- seeding and state --------------------------------------------------------------------

    // tag::seed[]
    /** {@code seed(seed)}: reseeds in place with {@code init_genrand} and clears the cache. */
    public void seed(long seed) {
        mt().legacySeed(seed);
        resetGauss();
    }
    // end::seed[]

    /** {@code seed([k0, k1, ...])}: {@code init_by_array}. */
    public void seed(long[] seedArray) {
        mt().legacySeed(seedArray);
        resetGauss();
    }

    /** {@code seed()}: fresh OS entropy (NumPy keeps {@code pos} as it was). */
    public void seed() {
        mt().legacySeed(new SeedSequence());
        resetGauss();
    }

    private MT19937 mt() {
        if (bitGenerator instanceof MT19937 mt) {
            return mt;
        }
        throw new DTypeException("can only re-seed a MT19937 BitGenerator");
    }

    private void resetGauss() {
        hasGauss = false;
        gauss = 0.0;
    }

    /** {@code get_state()}: MT19937 key, pos, has_gauss, gauss. */
    public State getState() {
        return new State(mt().state(), hasGauss, gauss);
    }

    /** {@code set_state(state)}. */
    public void setState(State state) {
        mt().setState(state.mt());
        hasGauss = state.hasGauss();
        gauss = state.gauss();
    }

    // ---- uniform ------------------------------------------------------------------------------

    /** {@code random_sample()}: one double in [0, 1) (two 32-bit words). */
    public double randomSample() {
        return bitGenerator.nextDouble();
    }

    public NDArray randomSample(int... size) {
        return Fill.doubles(size, BitGenerator::nextDouble, bitGenerator);
    }

    /** {@code rand()}: as {@link #randomSample()}; the shape is given as separate ints. */
    public double rand() {
        return randomSample();
    }

    /** {@code rand(d0, d1, ...)}: an array of that shape. */
    public NDArray rand(int... shape) {
        return randomSample(shape);
    }

    /** {@code uniform(low, high)}: {@code low + (high - low) * U}; no check that low <= high. */
    public double uniform(double low, double high) {
        double range = legacyRange(low, high);
        return low + range * bitGenerator.nextDouble();
    }

    public NDArray uniform(double low, double high, int... size) {
        double range = legacyRange(low, high);
        return Fill.doubles(size, g -> low + range * g.nextDouble(), bitGenerator);
    }

    // tag::legacy-uniform-array[]
    /**
     * {@code uniform(low, high, size)} with arrays: {@code low + (high - low) * U} per element,
     * in C order of the output (see {@link ArrayParameterSamplers}); no check that low <= high.
     *
     * @throws IllegalArgumentException {@code Range exceeds valid bounds}, or a shape mismatch
     */
    public NDArray uniform(NDArray low, NDArray high, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, low, high);
        NDArray range = BroadcastParameters.allScalar(low, high)
                ? BroadcastParameters.zeroD(legacyRange(low.getDouble(), high.getDouble()))
                : BroadcastParameters.range(low, high);
        return BroadcastParameters.doubles(bitGenerator, size, low, range,
                (g, lo, r) -> lo + r * g.nextDouble());
    }
    // end::legacy-uniform-array[]

    /** {@code uniform(low, high)} with arrays: the broadcast shape of low and high. */
    public NDArray uniform(NDArray low, NDArray high) {
        return uniform(low, high, (int[]) null);
    }

    public NDArray uniform(NDArray low, double high, int... size) {
        return uniform(low, BroadcastParameters.zeroD(high), size);
    }

    public NDArray uniform(NDArray low, double high) {
        return uniform(low, BroadcastParameters.zeroD(high), (int[]) null);
    }

    public NDArray uniform(double low, NDArray high, int... size) {
        return uniform(BroadcastParameters.zeroD(low), high, size);
    }

    public NDArray uniform(double low, NDArray high) {
        return uniform(BroadcastParameters.zeroD(low), high, (int[]) null);
    }

    private static double legacyRange(double low, double high) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new IllegalArgumentException("Range exceeds valid bounds");
        }
        return range;
    }

    // ---- integers -----------------------------------------------------------------------------

    /** {@code randint(high)}: one int64 in [0, high). */
    public long randint(long high) {
        return randint(0, high);
    }

    /** {@code randint(low, high)}: one int64 in [low, high), masked rejection. */
    public long randint(long low, long high) {
        return IntegerSampler.sample(bitGenerator, BigInteger.valueOf(low),
                BigInteger.valueOf(high), DType.INT64, false, true).getLong();
    }

    public NDArray randint(long low, long high, int... size) {
        return randint(BigInteger.valueOf(low), BigInteger.valueOf(high), DType.INT64, size);
    }

    /** {@code randint(low, high, size, dtype)}, bounds of any size. */
    public NDArray randint(BigInteger low, BigInteger high, DType dtype, int... size) {
        return IntegerSampler.sample(bitGenerator, low, high, dtype, false, true, size);
    }

    /** {@code bytes(length)}: as Generator's, from masked uint32 draws. */
    public byte[] bytes(int length) {
        NDArray u32 = randint(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32), DType.UINT32,
                (length - 1) / 4 + 1);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            int w = u32.buffer().get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED,
                    4L * (i / 4));
            out[i] = (byte) (w >>> (8 * (i % 4)));
        }
        return out;
    }

    // ---- Gaussians ------------------------------------------------------------------------------

    // tag::polar[]
    /**
     * One standard normal by the Marsaglia polar method: a uniform point in the unit disc
     * (rejecting the corners of the square, about 21%), then {@code f = sqrt(-2 ln r2 / r2)}
     * turns it into two independent normals. Returns {@code f * x2} and keeps {@code f * x1}
     * for the next call.
     */
    double gauss() {
        if (hasGauss) {
            double cached = gauss;
            resetGauss();
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * bitGenerator.nextDouble() - 1.0;
            x2 = 2.0 * bitGenerator.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * LibM.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }
    // end::polar[]

    /** {@code randn()}: one standard normal. */
    public double randn() {
        return gauss();
    }

    /** {@code randn(d0, d1, ...)}: standard normals of that shape. */
    public NDArray randn(int... shape) {
        return standardNormal(shape);
    }

    public double standardNormal() {
        return gauss();
    }

    public NDArray standardNormal(int... size) {
        return Fill.doubles(size, g -> gauss(), bitGenerator);
    }

    /** {@code normal(loc, scale)}: {@code loc + scale * gauss()}. */
    public double normal(double loc, double scale) {
        Checks.nonNegative(scale, "scale");
        return loc + scale * gauss();
    }

    public NDArray normal(double loc, double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return Fill.doubles(size, g -> loc + scale * gauss(), bitGenerator);
    }

    /** {@code normal(loc, scale, size)} with arrays: {@code loc + scale * gauss()} per element. */
    public NDArray normal(NDArray loc, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, loc, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator, size, loc, scale,
                (g, l, s) -> l + s * gauss());
    }

    /** {@code normal(loc, scale)} with arrays: the broadcast shape of loc and scale. */
    public NDArray normal(NDArray loc, NDArray scale) {
        return normal(loc, scale, (int[]) null);
    }

    public NDArray normal(NDArray loc, double scale, int... size) {
        return normal(loc, BroadcastParameters.zeroD(scale), size);
    }

    public NDArray normal(NDArray loc, double scale) {
        return normal(loc, BroadcastParameters.zeroD(scale), (int[]) null);
    }

    public NDArray normal(double loc, NDArray scale, int... size) {
        return normal(BroadcastParameters.zeroD(loc), scale, size);
    }

    public NDArray normal(double loc, NDArray scale) {
        return normal(BroadcastParameters.zeroD(loc), scale, (int[]) null);
    }

    // ---- choice and permutations ----------------------------------------------------------------

    /** {@code choice(a)}: one of {@code 0 .. a-1}. */
    public long choice(long a) {
        return LegacyChoice.choice(this, Choice.population(a), null, true, null).getLong();
    }

    public NDArray choice(long a, int... size) {
        return choice(a, size, true, null);
    }

    /** {@code choice(a, size, replace, p)}; p may be null. */
    public NDArray choice(long a, int[] size, boolean replace, double[] p) {
        return LegacyChoice.choice(this, Choice.population(a), size, replace, p);
    }

    /** {@code choice(a, size, replace, p)} over the elements of a 1-d array. */
    public NDArray choice(NDArray a, int[] size, boolean replace, double[] p) {
        return LegacyChoice.choice(this, a, size, replace, p);
    }

    /** {@code shuffle(x)}: in place along axis 0 (modifies x). */
    public void shuffle(NDArray x) {
        Shuffling.shuffle(bitGenerator, x, 0);
    }

    /** {@code permutation(n)}: a shuffled {@code arange(n)}. */
    public NDArray permutation(long n) {
        return Shuffling.permutation(bitGenerator, n);
    }

    /** {@code permutation(x)}: a shuffled copy along axis 0. */
    public NDArray permutation(NDArray x) {
        if (x.ndim() < 1) {
            throw new IndexException("x must be an integer or at least 1-dimensional");
        }
        return Shuffling.permutation(bitGenerator, x, 0);
    }

    @Override
    public String toString() {
        return "RandomState(" + bitGenerator + ")";
    }
}
