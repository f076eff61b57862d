package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * {@link Generator}'s samplers with <b>array parameters</b>, as NumPy's
 * {@code rng.normal(loc=np.array([0., 10.]), scale=1.0)}: any parameter may be an
 * {@link NDArray} of any shape and memory layout, of a dtype that casts safely to the
 * parameter's (float64; int64 for binomial's n; integers for the bounds of {@code integers}).
 * The parameters broadcast with each other and with {@code size}, and one variate is drawn per
 * output element, in C order, with that element's parameters, so the numbers are NumPy's bit
 * for bit:
 * {@code normal([[0], [10]], [1, 2, 3])} is six normals, loc 0 with scales 1, 2, 3, then loc 10
 * with scales 1, 2, 3. {@link BroadcastParameters} explains the walk and the shape rules.
 *
 * <p><b>Overloads.</b> A two-parameter sampler comes as (array, array), (array, Java scalar) and
 * (Java scalar, array); a Java scalar stands for NumPy's Python scalar, a 0-d array. Without
 * {@code size} the result has the parameters' broadcast shape (NumPy's {@code size=None});
 * with {@code size} the parameters must broadcast to exactly that shape. Where a {@code dtype}
 * is taken too, {@code size} is an {@code int[]} that may be null for None. When every
 * parameter is 0-d NumPy takes its scalar path (same numbers, errors worded for one value) and
 * returns a Python scalar; here the result is then a 0-d array, or an array of shape
 * {@code size}.
 *
 * <p><b>Checks</b> cover whole arrays before anything is drawn ({@code scale < 0} if any element
 * is negative; {@code p < 0, p > 1 or p contains NaNs}), so a rejected call consumes no
 * randomness.
 *
 * <p>This class exists to keep {@link Generator}'s source short: it is the first of a chain of
 * sealed superclasses of Generator, one family of samplers each ({@link LocationScaleSamplers}
 * lists them), and every method here is called on a Generator.
 */
public abstract sealed class ArrayParameterSamplers permits LocationScaleSamplers {

    ArrayParameterSamplers() {
    }

    /** The source of random bits, as {@link Generator#bitGenerator()}. */
    public abstract BitGenerator bitGenerator();

    /** The binomial setup cache, shared with the scalar {@code binomial} (NumPy's one). */
    abstract Binomial binomialCache();

    private static NDArray zeroD(double value) {
        return BroadcastParameters.zeroD(value);
    }

    // ---- uniform ------------------------------------------------------------------------------

    // tag::uniform-array[]
    /**
     * {@code uniform(low, high, size)} with arrays: {@code low + (high - low) * U} per element.
     * {@code high - low} is formed first over the broadcast of low and high.
     *
     * @throws IllegalArgumentException {@code Range exceeds valid bounds} for an infinite or NaN
     *     difference, {@code high - low < 0} for a negative one, or a shape mismatch
     */
    public NDArray uniform(NDArray low, NDArray high, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, low, high);
        NDArray range;
        if (BroadcastParameters.allScalar(low, high)) {                // NumPy's scalar path
            double r = high.getDouble() - low.getDouble();
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("high - low range exceeds valid bounds");
            }
            range = zeroD(r);
        } else {
            range = BroadcastParameters.range(low, high);
        }
        Checks.nonNegative(range, "high - low");
        return BroadcastParameters.doubles(bitGenerator(), size, low, range,
                (g, lo, r) -> lo + r * g.nextDouble());
    }
    // end::uniform-array[]

    /** {@code uniform(low, high)}: the broadcast shape of low and high. */
    public NDArray uniform(NDArray low, NDArray high) {
        return uniform(low, high, (int[]) null);
    }

    public NDArray uniform(NDArray low, double high, int... size) {
        return uniform(low, zeroD(high), size);
    }

    public NDArray uniform(NDArray low, double high) {
        return uniform(low, zeroD(high), (int[]) null);
    }

    public NDArray uniform(double low, NDArray high, int... size) {
        return uniform(zeroD(low), high, size);
    }

    public NDArray uniform(double low, NDArray high) {
        return uniform(zeroD(low), high, (int[]) null);
    }

    // ---- normal -------------------------------------------------------------------------------

    // tag::normal-array[]
    /** {@code normal(loc, scale, size)} with arrays: {@code loc + scale * Z} per element. */
    public NDArray normal(NDArray loc, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, loc, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, loc, scale,
                (g, l, s) -> l + s * Ziggurat.normal(g));
    }
    // end::normal-array[]

    /** {@code normal(loc, scale)}: the broadcast shape of loc and scale. */
    public NDArray normal(NDArray loc, NDArray scale) {
        return normal(loc, scale, (int[]) null);
    }

    public NDArray normal(NDArray loc, double scale, int... size) {
        return normal(loc, zeroD(scale), size);
    }

    public NDArray normal(NDArray loc, double scale) {
        return normal(loc, zeroD(scale), (int[]) null);
    }

    public NDArray normal(double loc, NDArray scale, int... size) {
        return normal(zeroD(loc), scale, size);
    }

    public NDArray normal(double loc, NDArray scale) {
        return normal(zeroD(loc), scale, (int[]) null);
    }

    // ---- exponential and gamma ------------------------------------------------------------------

    /** {@code exponential(scale, size)} with an array: {@code scale * E} per element. */
    public NDArray exponential(NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, scale,
                (g, s) -> s * Ziggurat.exponential(g));
    }

    /** {@code exponential(scale)}: the shape of scale. */
    public NDArray exponential(NDArray scale) {
        return exponential(scale, (int[]) null);
    }

    /** {@code standard_gamma(shape, size)} with an array of shapes. */
    public NDArray standardGamma(NDArray shape, int... size) {
        return standardGamma(shape, size, DType.FLOAT64);
    }

    /** {@code standard_gamma(shape)}: the shape of {@code shape}. */
    public NDArray standardGamma(NDArray shape) {
        return standardGamma(shape, null, DType.FLOAT64);
    }

    /**
     * {@code standard_gamma(shape, size, dtype)}; {@code size} null is None. float32 casts the
     * shapes to float32 first and runs the float algorithm, as NumPy.
     */
    public NDArray standardGamma(NDArray shape, int[] size, DType dtype) {
        if (Generator.checkFloat(dtype, "standard_gamma").equals(DType.FLOAT64)) {
            BroadcastParameters.requireSafeCast(DType.FLOAT64, shape);
            Checks.nonNegative(shape, "shape");
            return BroadcastParameters.doubles(bitGenerator(), size, shape,
                    Distributions::standardGamma);
        }
        NDArray shape32 = shape.astype(DType.FLOAT32);          // a forced cast, as NumPy's
        Checks.nonNegative(shape32, "shape");
        return BroadcastParameters.floats(bitGenerator(), size, shape32,
                Distributions::standardGammaFloat);
    }

    /** {@code gamma(shape, scale, size)} with arrays: {@code scale * standard_gamma(shape)}. */
    public NDArray gamma(NDArray shape, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, shape, scale);
        Checks.nonNegative(shape, "shape");
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, shape, scale,
                (g, k, s) -> s * Distributions.standardGamma(g, k));
    }

    /** {@code gamma(shape, scale)}: the broadcast shape. */
    public NDArray gamma(NDArray shape, NDArray scale) {
        return gamma(shape, scale, (int[]) null);
    }

    public NDArray gamma(NDArray shape, double scale, int... size) {
        return gamma(shape, zeroD(scale), size);
    }

    public NDArray gamma(NDArray shape, double scale) {
        return gamma(shape, zeroD(scale), (int[]) null);
    }

    public NDArray gamma(double shape, NDArray scale, int... size) {
        return gamma(zeroD(shape), scale, size);
    }

    public NDArray gamma(double shape, NDArray scale) {
        return gamma(zeroD(shape), scale, (int[]) null);
    }

    // ---- beta, binomial, poisson ----------------------------------------------------------------

    /** {@code beta(a, b, size)} with arrays; every a and b must be positive. */
    public NDArray beta(NDArray a, NDArray b, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, a, b);
        Checks.positive(a, "a");
        Checks.positive(b, "b");
        return BroadcastParameters.doubles(bitGenerator(), size, a, b, Distributions::beta);
    }

    /** {@code beta(a, b)}: the broadcast shape. */
    public NDArray beta(NDArray a, NDArray b) {
        return beta(a, b, (int[]) null);
    }

    public NDArray beta(NDArray a, double b, int... size) {
        return beta(a, zeroD(b), size);
    }

    public NDArray beta(NDArray a, double b) {
        return beta(a, zeroD(b), (int[]) null);
    }

    public NDArray beta(double a, NDArray b, int... size) {
        return beta(zeroD(a), b, size);
    }

    public NDArray beta(double a, NDArray b) {
        return beta(zeroD(a), b, (int[]) null);
    }

    // tag::binomial-array[]
    /**
     * {@code binomial(n, p, size)} with arrays, int64; {@code n} must be an integer (or bool)
     * array that casts safely to int64. Elements with different (n, p) each redo the setup
     * that the scalar call caches; equal neighbours reuse it.
     */
    public NDArray binomial(NDArray n, NDArray p, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, p);
        BroadcastParameters.requireSafeCast(DType.INT64, n);
        Checks.probability(p, "p", BroadcastParameters.allScalar(p, n));   // p first, as NumPy
        Checks.nonNegativeCounts(n, "n");
        Binomial cache = binomialCache();
        return BroadcastParameters.longs(bitGenerator(), size, p, n,
                (g, pi, ni) -> cache.sample(g, ni, pi));
    }
    // end::binomial-array[]

    /** {@code binomial(n, p)}: the broadcast shape. */
    public NDArray binomial(NDArray n, NDArray p) {
        return binomial(n, p, (int[]) null);
    }

    public NDArray binomial(NDArray n, double p, int... size) {
        return binomial(n, zeroD(p), size);
    }

    public NDArray binomial(NDArray n, double p) {
        return binomial(n, zeroD(p), (int[]) null);
    }

    public NDArray binomial(long n, NDArray p, int... size) {
        return binomial(BroadcastParameters.zeroD(n), p, size);
    }

    public NDArray binomial(long n, NDArray p) {
        return binomial(BroadcastParameters.zeroD(n), p, (int[]) null);
    }

    /** {@code poisson(lam, size)} with an array of rates, int64. */
    public NDArray poisson(NDArray lam, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, lam);
        Checks.poissonLam(lam, BroadcastParameters.allScalar(lam));
        return BroadcastParameters.longs(bitGenerator(), size, lam, Distributions::poisson);
    }

    /** {@code poisson(lam)}: the shape of lam. */
    public NDArray poisson(NDArray lam) {
        return poisson(lam, (int[]) null);
    }

    // ---- integers -------------------------------------------------------------------------------

    /**
     * {@code integers(low, high, size, dtype, endpoint)} with integer (or bool) arrays as bounds;
     * {@code size} null is None. Each element is drawn from its own range, as
     * {@link BroadcastIntegers} explains.
     *
     * @throws IllegalArgumentException {@code low is out of bounds for int8}, {@code low >= high}
     *     and NumPy's other bound messages, or a shape mismatch
     * @throws dev.strides.ndarray.DTypeException for a dtype that is not an integer or bool, or
     *     bounds that are not integer arrays
     */
    public NDArray integers(NDArray low, NDArray high, int[] size, DType dtype,
                            boolean endpoint) {
        return BroadcastIntegers.sample(bitGenerator(), low, high, size, dtype, endpoint);
    }

    /** {@code integers(low, high, size)}: int64 in {@code [low[i], high[i])}. */
    public NDArray integers(NDArray low, NDArray high, int... size) {
        return integers(low, high, size, DType.INT64, false);
    }

    /** {@code integers(low, high)}: the broadcast shape of the bounds. */
    public NDArray integers(NDArray low, NDArray high) {
        return integers(low, high, null, DType.INT64, false);
    }

    /** {@code integers(high)} with an array: {@code [0, high[i])}. */
    public NDArray integers(NDArray high) {
        return integers(BroadcastParameters.zeroD(0L), high, null, DType.INT64, false);
    }

    public NDArray integers(NDArray low, long high, int... size) {
        return integers(low, BroadcastParameters.zeroD(high), size, DType.INT64, false);
    }

    public NDArray integers(NDArray low, long high) {
        return integers(low, BroadcastParameters.zeroD(high), null, DType.INT64, false);
    }

    public NDArray integers(long low, NDArray high, int... size) {
        return integers(BroadcastParameters.zeroD(low), high, size, DType.INT64, false);
    }

    public NDArray integers(long low, NDArray high) {
        return integers(BroadcastParameters.zeroD(low), high, null, DType.INT64, false);
    }
}
