package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * {@link Generator}'s continuous samplers with (at most) one shape parameter, plus
 * {@code triangular}: {@code standard_cauchy}, {@code rayleigh}, {@code weibull}, {@code pareto},
 * {@code power}, {@code chisquare} and {@code standard_t}, with NumPy's algorithms
 * ({@link ContinuousDistributions}) and parameter checks.
 *
 * <p>Overloads as in {@link LocationScaleSamplers}: a Java scalar gives one value, with
 * {@code size} a new float64 array; an array parameter gives one draw per element of its shape
 * broadcast to {@code size}. {@code triangular}'s three parameters are either all Java scalars
 * or all arrays (wrap a scalar as a 0-d array to mix them). One link of the chain of Generator's
 * superclasses described in {@link LocationScaleSamplers}.
 */
public abstract sealed class ShapeSamplers extends LocationScaleSamplers permits DiscreteSamplers {

    ShapeSamplers() {
    }

    // ---- standard_cauchy ------------------------------------------------------------------------

    /** {@code standard_cauchy()}: the ratio of two standard normals (no mean, no variance). */
    public double standardCauchy() {
        return ContinuousDistributions.standardCauchy(bitGenerator());
    }

    public NDArray standardCauchy(int... size) {
        return Fill.doubles(size, ContinuousDistributions::standardCauchy, bitGenerator());
    }

    // ---- rayleigh -------------------------------------------------------------------------------

    /** {@code rayleigh(scale)}: {@code scale sqrt(2E)}, the length of a 2-d normal vector. */
    public double rayleigh(double scale) {
        Checks.nonNegative(scale, "scale");
        return ContinuousDistributions.rayleigh(bitGenerator(), scale);
    }

    public NDArray rayleigh(double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return Fill.doubles(size, g -> ContinuousDistributions.rayleigh(g, scale),
                bitGenerator());
    }

    /** {@code rayleigh(scale, size)} with an array; every scale must be {@code >= 0}. */
    public NDArray rayleigh(NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, scale,
                ContinuousDistributions::rayleigh);
    }

    public NDArray rayleigh(NDArray scale) {
        return rayleigh(scale, (int[]) null);
    }

    // ---- weibull --------------------------------------------------------------------------------

    /** {@code weibull(a)}: {@code E^(1/a)}; {@code a >= 0}, and a = 0 gives 0 without a draw. */
    public double weibull(double a) {
        Checks.nonNegative(a, "a");
        return ContinuousDistributions.weibull(bitGenerator(), a);
    }

    public NDArray weibull(double a, int... size) {
        Checks.nonNegative(a, "a");
        return Fill.doubles(size, g -> ContinuousDistributions.weibull(g, a), bitGenerator());
    }

    /** {@code weibull(a, size)} with an array; every a must be {@code >= 0}. */
    public NDArray weibull(NDArray a, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, a);
        Checks.nonNegative(a, "a");
        return BroadcastParameters.doubles(bitGenerator(), size, a,
                ContinuousDistributions::weibull);
    }

    public NDArray weibull(NDArray a) {
        return weibull(a, (int[]) null);
    }

    // ---- pareto ---------------------------------------------------------------------------------

    /**
     * {@code pareto(a)}: the Lomax (Pareto II) form, {@code exp(E/a) - 1} on {@code [0, inf)};
     * add 1 and multiply by m for the classical Pareto with minimum m. {@code a > 0}.
     */
    public double pareto(double a) {
        Checks.positive(a, "a");
        return ContinuousDistributions.pareto(bitGenerator(), a);
    }

    public NDArray pareto(double a, int... size) {
        Checks.positive(a, "a");
        return Fill.doubles(size, g -> ContinuousDistributions.pareto(g, a), bitGenerator());
    }

    /** {@code pareto(a, size)} with an array; every a must be {@code > 0}. */
    public NDArray pareto(NDArray a, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, a);
        Checks.positive(a, "a");
        return BroadcastParameters.doubles(bitGenerator(), size, a,
                ContinuousDistributions::pareto);
    }

    public NDArray pareto(NDArray a) {
        return pareto(a, (int[]) null);
    }

    // ---- power ----------------------------------------------------------------------------------

    /** {@code power(a)}: density {@code a x^(a-1)} on [0, 1], that is {@code U^(1/a)}; a > 0. */
    public double power(double a) {
        Checks.positive(a, "a");
        return ContinuousDistributions.power(bitGenerator(), a);
    }

    public NDArray power(double a, int... size) {
        Checks.positive(a, "a");
        return Fill.doubles(size, g -> ContinuousDistributions.power(g, a), bitGenerator());
    }

    /** {@code power(a, size)} with an array; every a must be {@code > 0}. */
    public NDArray power(NDArray a, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, a);
        Checks.positive(a, "a");
        return BroadcastParameters.doubles(bitGenerator(), size, a,
                ContinuousDistributions::power);
    }

    public NDArray power(NDArray a) {
        return power(a, (int[]) null);
    }

    // ---- chisquare ------------------------------------------------------------------------------

    /** {@code chisquare(df)}: a sum of df squared normals, {@code 2 Gamma(df/2)}; df > 0. */
    public double chisquare(double df) {
        Checks.positive(df, "df");
        return ContinuousDistributions.chisquare(bitGenerator(), df);
    }

    public NDArray chisquare(double df, int... size) {
        Checks.positive(df, "df");
        return Fill.doubles(size, g -> ContinuousDistributions.chisquare(g, df), bitGenerator());
    }

    /** {@code chisquare(df, size)} with an array; every df must be {@code > 0}. */
    public NDArray chisquare(NDArray df, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, df);
        Checks.positive(df, "df");
        return BroadcastParameters.doubles(bitGenerator(), size, df,
                ContinuousDistributions::chisquare);
    }

    public NDArray chisquare(NDArray df) {
        return chisquare(df, (int[]) null);
    }

    // ---- standard_t -----------------------------------------------------------------------------

    /** {@code standard_t(df)}: Student's t, {@code Z / sqrt(chisquare(df)/df)}; df {@code > 0}. */
    public double standardT(double df) {
        Checks.positive(df, "df");
        return ContinuousDistributions.standardT(bitGenerator(), df);
    }

    public NDArray standardT(double df, int... size) {
        Checks.positive(df, "df");
        return Fill.doubles(size, g -> ContinuousDistributions.standardT(g, df), bitGenerator());
    }

    /** {@code standard_t(df, size)} with an array; every df must be {@code > 0}. */
    public NDArray standardT(NDArray df, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, df);
        Checks.positive(df, "df");
        return BroadcastParameters.doubles(bitGenerator(), size, df,
                ContinuousDistributions::standardT);
    }

    public NDArray standardT(NDArray df) {
        return standardT(df, (int[]) null);
    }

    // ---- triangular -----------------------------------------------------------------------------

    /**
     * {@code triangular(left, mode, right)}: the density rises linearly from left to a peak at
     * mode, then falls to right; by inversion of one uniform.
     *
     * @throws IllegalArgumentException {@code left > mode}, {@code mode > right} or
     *     {@code left == right}
     */
    public double triangular(double left, double mode, double right) {
        Checks.triangular(left, mode, right);
        return ContinuousDistributions.triangular(bitGenerator(), left, mode, right);
    }

    public NDArray triangular(double left, double mode, double right, int... size) {
        Checks.triangular(left, mode, right);
        return Fill.doubles(size, g -> ContinuousDistributions.triangular(g, left, mode, right),
                bitGenerator());
    }

    /** {@code triangular(left, mode, right, size)} with arrays, checked element by element. */
    public NDArray triangular(NDArray left, NDArray mode, NDArray right, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, left, mode, right);
        if (BroadcastParameters.allScalar(left, mode, right)) {
            Checks.triangular(left.getDouble(), mode.getDouble(), right.getDouble());
        } else {
            Checks.triangular(left, mode, right);
        }
        return BroadcastParameters.doubles(bitGenerator(), size, left, mode, right,
                ContinuousDistributions::triangular);
    }

    public NDArray triangular(NDArray left, NDArray mode, NDArray right) {
        return triangular(left, mode, right, (int[]) null);
    }
}
