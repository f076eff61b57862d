package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * {@link Generator}'s two-parameter continuous samplers, each a location (or mean) and a scale
 * (or concentration): {@code lognormal}, {@code laplace}, {@code logistic}, {@code gumbel},
 * {@code wald} and {@code vonmises}, with NumPy's algorithms ({@link ContinuousDistributions})
 * and parameter checks, so that the same seed gives NumPy's numbers.
 *
 * <p><b>Overloads</b>, as for {@code normal} in {@link ArrayParameterSamplers}: two Java scalars
 * give one value; with {@code size} (varargs) a new float64 array of that shape; with arrays, the
 * parameters broadcast with each other and with {@code size} ({@link BroadcastParameters}), one
 * draw per output element in C order; a Java scalar beside an array stands for a 0-d array.
 * Checks run on whole arrays before anything is drawn.
 *
 * <p><b>Where these classes sit.</b> Generator's public methods are spread over a chain of
 * sealed superclasses, each with one family, so that no source file grows past a few hundred
 * lines: {@link ArrayParameterSamplers} (array parameters of the core samplers), this class,
 * {@link ShapeSamplers} (one shape parameter), {@link DiscreteSamplers} (counts) and
 * {@link CompoundSamplers} (F, noncentral, multinomial, dirichlet), then {@link Generator}. Every
 * method is called on a Generator.
 */
public abstract sealed class LocationScaleSamplers extends ArrayParameterSamplers
        permits ShapeSamplers {

    LocationScaleSamplers() {
    }

    static NDArray zeroD(double value) {
        return BroadcastParameters.zeroD(value);
    }

    // ---- lognormal ------------------------------------------------------------------------------

    /** {@code lognormal(mean, sigma)}: {@code exp(mean + sigma Z)}, so its log is normal. */
    public double lognormal(double mean, double sigma) {
        Checks.nonNegative(sigma, "sigma");
        return ContinuousDistributions.lognormal(bitGenerator(), mean, sigma);
    }

    public NDArray lognormal(double mean, double sigma, int... size) {
        Checks.nonNegative(sigma, "sigma");
        return Fill.doubles(size, g -> ContinuousDistributions.lognormal(g, mean, sigma),
                bitGenerator());
    }

    /** {@code lognormal(mean, sigma, size)} with arrays; every sigma must be {@code >= 0}. */
    public NDArray lognormal(NDArray mean, NDArray sigma, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, mean, sigma);
        Checks.nonNegative(sigma, "sigma");
        return BroadcastParameters.doubles(bitGenerator(), size, mean, sigma,
                ContinuousDistributions::lognormal);
    }

    public NDArray lognormal(NDArray mean, NDArray sigma) {
        return lognormal(mean, sigma, (int[]) null);
    }

    public NDArray lognormal(NDArray mean, double sigma, int... size) {
        return lognormal(mean, zeroD(sigma), size);
    }

    public NDArray lognormal(NDArray mean, double sigma) {
        return lognormal(mean, zeroD(sigma), (int[]) null);
    }

    public NDArray lognormal(double mean, NDArray sigma, int... size) {
        return lognormal(zeroD(mean), sigma, size);
    }

    public NDArray lognormal(double mean, NDArray sigma) {
        return lognormal(zeroD(mean), sigma, (int[]) null);
    }

    // ---- laplace --------------------------------------------------------------------------------

    /** {@code laplace(loc, scale)}: double exponential, by inversion of one uniform. */
    public double laplace(double loc, double scale) {
        Checks.nonNegative(scale, "scale");
        return ContinuousDistributions.laplace(bitGenerator(), loc, scale);
    }

    public NDArray laplace(double loc, double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return Fill.doubles(size, g -> ContinuousDistributions.laplace(g, loc, scale),
                bitGenerator());
    }

    /** {@code laplace(loc, scale, size)} with arrays; every scale must be {@code >= 0}. */
    public NDArray laplace(NDArray loc, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, loc, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, loc, scale,
                ContinuousDistributions::laplace);
    }

    public NDArray laplace(NDArray loc, NDArray scale) {
        return laplace(loc, scale, (int[]) null);
    }

    public NDArray laplace(NDArray loc, double scale, int... size) {
        return laplace(loc, zeroD(scale), size);
    }

    public NDArray laplace(NDArray loc, double scale) {
        return laplace(loc, zeroD(scale), (int[]) null);
    }

    public NDArray laplace(double loc, NDArray scale, int... size) {
        return laplace(zeroD(loc), scale, size);
    }

    public NDArray laplace(double loc, NDArray scale) {
        return laplace(zeroD(loc), scale, (int[]) null);
    }

    // ---- logistic -------------------------------------------------------------------------------

    /** {@code logistic(loc, scale)}: {@code loc + scale log(U / (1 - U))}. */
    public double logistic(double loc, double scale) {
        Checks.nonNegative(scale, "scale");
        return ContinuousDistributions.logistic(bitGenerator(), loc, scale);
    }

    public NDArray logistic(double loc, double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return Fill.doubles(size, g -> ContinuousDistributions.logistic(g, loc, scale),
                bitGenerator());
    }

    /** {@code logistic(loc, scale, size)} with arrays; every scale must be {@code >= 0}. */
    public NDArray logistic(NDArray loc, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, loc, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, loc, scale,
                ContinuousDistributions::logistic);
    }

    public NDArray logistic(NDArray loc, NDArray scale) {
        return logistic(loc, scale, (int[]) null);
    }

    public NDArray logistic(NDArray loc, double scale, int... size) {
        return logistic(loc, zeroD(scale), size);
    }

    public NDArray logistic(NDArray loc, double scale) {
        return logistic(loc, zeroD(scale), (int[]) null);
    }

    public NDArray logistic(double loc, NDArray scale, int... size) {
        return logistic(zeroD(loc), scale, size);
    }

    public NDArray logistic(double loc, NDArray scale) {
        return logistic(zeroD(loc), scale, (int[]) null);
    }

    // ---- gumbel ---------------------------------------------------------------------------------

    /** {@code gumbel(loc, scale)}: the extreme-value law, {@code loc - scale log(-log U)}. */
    public double gumbel(double loc, double scale) {
        Checks.nonNegative(scale, "scale");
        return ContinuousDistributions.gumbel(bitGenerator(), loc, scale);
    }

    public NDArray gumbel(double loc, double scale, int... size) {
        Checks.nonNegative(scale, "scale");
        return Fill.doubles(size, g -> ContinuousDistributions.gumbel(g, loc, scale),
                bitGenerator());
    }

    /** {@code gumbel(loc, scale, size)} with arrays; every scale must be {@code >= 0}. */
    public NDArray gumbel(NDArray loc, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, loc, scale);
        Checks.nonNegative(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, loc, scale,
                ContinuousDistributions::gumbel);
    }

    public NDArray gumbel(NDArray loc, NDArray scale) {
        return gumbel(loc, scale, (int[]) null);
    }

    public NDArray gumbel(NDArray loc, double scale, int... size) {
        return gumbel(loc, zeroD(scale), size);
    }

    public NDArray gumbel(NDArray loc, double scale) {
        return gumbel(loc, zeroD(scale), (int[]) null);
    }

    public NDArray gumbel(double loc, NDArray scale, int... size) {
        return gumbel(zeroD(loc), scale, size);
    }

    public NDArray gumbel(double loc, NDArray scale) {
        return gumbel(zeroD(loc), scale, (int[]) null);
    }

    // ---- wald -----------------------------------------------------------------------------------

    /** {@code wald(mean, scale)}: the inverse Gaussian; both parameters must be {@code > 0}. */
    public double wald(double mean, double scale) {
        Checks.positive(mean, "mean");
        Checks.positive(scale, "scale");
        return ContinuousDistributions.wald(bitGenerator(), mean, scale);
    }

    public NDArray wald(double mean, double scale, int... size) {
        Checks.positive(mean, "mean");
        Checks.positive(scale, "scale");
        return Fill.doubles(size, g -> ContinuousDistributions.wald(g, mean, scale),
                bitGenerator());
    }

    /** {@code wald(mean, scale, size)} with arrays; every element must be {@code > 0}. */
    public NDArray wald(NDArray mean, NDArray scale, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, mean, scale);
        Checks.positive(mean, "mean");
        Checks.positive(scale, "scale");
        return BroadcastParameters.doubles(bitGenerator(), size, mean, scale,
                ContinuousDistributions::wald);
    }

    public NDArray wald(NDArray mean, NDArray scale) {
        return wald(mean, scale, (int[]) null);
    }

    public NDArray wald(NDArray mean, double scale, int... size) {
        return wald(mean, zeroD(scale), size);
    }

    public NDArray wald(NDArray mean, double scale) {
        return wald(mean, zeroD(scale), (int[]) null);
    }

    public NDArray wald(double mean, NDArray scale, int... size) {
        return wald(zeroD(mean), scale, size);
    }

    public NDArray wald(double mean, NDArray scale) {
        return wald(zeroD(mean), scale, (int[]) null);
    }

    // ---- vonmises -------------------------------------------------------------------------------

    /**
     * {@code vonmises(mu, kappa)}: an angle in {@code [-pi, pi]} concentrated around mu, the
     * circle's normal distribution; kappa {@code >= 0} (0 is uniform on the circle).
     */
    public double vonmises(double mu, double kappa) {
        Checks.nonNegative(kappa, "kappa");
        return ContinuousDistributions.vonmises(bitGenerator(), mu, kappa);
    }

    public NDArray vonmises(double mu, double kappa, int... size) {
        Checks.nonNegative(kappa, "kappa");
        return Fill.doubles(size, g -> ContinuousDistributions.vonmises(g, mu, kappa),
                bitGenerator());
    }

    /** {@code vonmises(mu, kappa, size)} with arrays; every kappa must be {@code >= 0}. */
    public NDArray vonmises(NDArray mu, NDArray kappa, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, mu, kappa);
        Checks.nonNegative(kappa, "kappa");
        return BroadcastParameters.doubles(bitGenerator(), size, mu, kappa,
                ContinuousDistributions::vonmises);
    }

    public NDArray vonmises(NDArray mu, NDArray kappa) {
        return vonmises(mu, kappa, (int[]) null);
    }

    public NDArray vonmises(NDArray mu, double kappa, int... size) {
        return vonmises(mu, zeroD(kappa), size);
    }

    public NDArray vonmises(NDArray mu, double kappa) {
        return vonmises(mu, zeroD(kappa), (int[]) null);
    }

    public NDArray vonmises(double mu, NDArray kappa, int... size) {
        return vonmises(zeroD(mu), kappa, size);
    }

    public NDArray vonmises(double mu, NDArray kappa) {
        return vonmises(zeroD(mu), kappa, (int[]) null);
    }
}
