package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * {@link Generator}'s counting samplers beyond binomial and Poisson: {@code geometric},
 * {@code negative_binomial}, {@code hypergeometric}, {@code logseries} and {@code zipf}, int64
 * results, with NumPy's algorithms ({@link DiscreteDistributions}) and parameter checks.
 *
 * <p>Overloads as in {@link LocationScaleSamplers}; {@code hypergeometric}'s three counts are
 * either all Java longs or all integer arrays (which must cast safely to int64). One link of the
 * chain of Generator's superclasses described there.
 */
public abstract sealed class DiscreteSamplers extends ShapeSamplers permits CompoundSamplers {

    DiscreteSamplers() {
    }

    // ---- geometric ------------------------------------------------------------------------------

    /** {@code geometric(p)}: the number of trials up to the first success, {@code 0 < p <= 1}. */
    public long geometric(double p) {
        Checks.probabilityAboveZero(p, "p");
        return DiscreteDistributions.geometric(bitGenerator(), p);
    }

    public NDArray geometric(double p, int... size) {
        Checks.probabilityAboveZero(p, "p");
        return Fill.longs(size, g -> DiscreteDistributions.geometric(g, p), bitGenerator());
    }

    /** {@code geometric(p, size)} with an array of probabilities. */
    public NDArray geometric(NDArray p, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, p);
        Checks.probabilityAboveZero(p, "p");
        return BroadcastParameters.longs(bitGenerator(), size, p,
                DiscreteDistributions::geometric);
    }

    public NDArray geometric(NDArray p) {
        return geometric(p, (int[]) null);
    }

    // ---- negative_binomial ----------------------------------------------------------------------

    /**
     * {@code negative_binomial(n, p)}: failures before the n-th success in trials of
     * probability p; n may be any positive real. Parameters so extreme that the Poisson rate
     * could pass NumPy's limit are refused.
     *
     * @throws IllegalArgumentException {@code n must not be NaN}, {@code n <= 0},
     *     {@code p <= 0, p > 1 or p contains NaNs}, {@code n too large or p too small, ...}
     */
    public long negativeBinomial(double n, double p) {
        checkNegativeBinomial(n, p);
        return DiscreteDistributions.negativeBinomial(bitGenerator(), n, p);
    }

    public NDArray negativeBinomial(double n, double p, int... size) {
        checkNegativeBinomial(n, p);
        return Fill.longs(size, g -> DiscreteDistributions.negativeBinomial(g, n, p),
                bitGenerator());
    }

    /** {@code negative_binomial(n, p, size)} with arrays, checked element by element. */
    public NDArray negativeBinomial(NDArray n, NDArray p, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, p, n);
        if (BroadcastParameters.allScalar(p, n)) {
            checkNegativeBinomial(n.getDouble(), p.getDouble());
        } else {
            Checks.positiveNotNaN(n, "n");
            Checks.probabilityAboveZero(p, "p");
            Checks.negativeBinomialRate(n, p);
        }
        return BroadcastParameters.longsOfFloats(bitGenerator(), size, n, p,
                DiscreteDistributions::negativeBinomial);
    }

    public NDArray negativeBinomial(NDArray n, NDArray p) {
        return negativeBinomial(n, p, (int[]) null);
    }

    public NDArray negativeBinomial(NDArray n, double p, int... size) {
        return negativeBinomial(n, zeroD(p), size);
    }

    public NDArray negativeBinomial(NDArray n, double p) {
        return negativeBinomial(n, zeroD(p), (int[]) null);
    }

    public NDArray negativeBinomial(double n, NDArray p, int... size) {
        return negativeBinomial(zeroD(n), p, size);
    }

    public NDArray negativeBinomial(double n, NDArray p) {
        return negativeBinomial(zeroD(n), p, (int[]) null);
    }

    private static void checkNegativeBinomial(double n, double p) {
        Checks.positiveNotNaN(n, "n");
        Checks.probabilityAboveZero(p, "p");
        Checks.negativeBinomialRate(n, p);
    }

    // ---- hypergeometric -------------------------------------------------------------------------

    /**
     * {@code hypergeometric(ngood, nbad, nsample)}: good items in a sample of nsample drawn
     * without replacement from ngood good and nbad bad ones.
     *
     * @throws IllegalArgumentException {@code both ngood and nbad must be less than 1000000000},
     *     {@code ngood + nbad < nsample}, or a negative count ({@code ngood < 0}, ...)
     */
    public long hypergeometric(long ngood, long nbad, long nsample) {
        Checks.hypergeometric(ngood, nbad, nsample);
        return DiscreteDistributions.hypergeometric(bitGenerator(), ngood, nbad, nsample);
    }

    public NDArray hypergeometric(long ngood, long nbad, long nsample, int... size) {
        Checks.hypergeometric(ngood, nbad, nsample);
        return Fill.longs(size, g -> DiscreteDistributions.hypergeometric(g, ngood, nbad,
                nsample), bitGenerator());
    }

    /** {@code hypergeometric(ngood, nbad, nsample, size)} with integer arrays. */
    public NDArray hypergeometric(NDArray ngood, NDArray nbad, NDArray nsample, int... size) {
        BroadcastParameters.requireSafeCast(DType.INT64, ngood, nbad, nsample);
        if (BroadcastParameters.allScalar(ngood, nbad, nsample)) {
            Checks.hypergeometric(ngood.getLong(), nbad.getLong(), nsample.getLong());
        } else {
            Checks.hypergeometric(ngood, nbad, nsample);
        }
        return BroadcastParameters.longsOfCounts(bitGenerator(), size, ngood, nbad, nsample,
                DiscreteDistributions::hypergeometric);
    }

    public NDArray hypergeometric(NDArray ngood, NDArray nbad, NDArray nsample) {
        return hypergeometric(ngood, nbad, nsample, (int[]) null);
    }

    // ---- logseries ------------------------------------------------------------------------------

    /** {@code logseries(p)}: {@code P(k) = -p^k / (k log(1-p))}, k >= 1; {@code 0 <= p < 1}. */
    public long logseries(double p) {
        Checks.probabilityBelowOne(p, "p");
        return DiscreteDistributions.logseries(bitGenerator(), p);
    }

    public NDArray logseries(double p, int... size) {
        Checks.probabilityBelowOne(p, "p");
        return Fill.longs(size, g -> DiscreteDistributions.logseries(g, p), bitGenerator());
    }

    /** {@code logseries(p, size)} with an array of probabilities. */
    public NDArray logseries(NDArray p, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, p);
        Checks.probabilityBelowOne(p, "p", BroadcastParameters.allScalar(p));
        return BroadcastParameters.longs(bitGenerator(), size, p,
                DiscreteDistributions::logseries);
    }

    public NDArray logseries(NDArray p) {
        return logseries(p, (int[]) null);
    }

    // ---- zipf -----------------------------------------------------------------------------------

    /** {@code zipf(a)}: {@code P(k)} proportional to {@code k^-a} for k >= 1; {@code a > 1}. */
    public long zipf(double a) {
        Checks.aboveOne(a, "a");
        return DiscreteDistributions.zipf(bitGenerator(), a);
    }

    public NDArray zipf(double a, int... size) {
        Checks.aboveOne(a, "a");
        return Fill.longs(size, g -> DiscreteDistributions.zipf(g, a), bitGenerator());
    }

    /** {@code zipf(a, size)} with an array of exponents. */
    public NDArray zipf(NDArray a, int... size) {
        BroadcastParameters.requireSafeCast(DType.FLOAT64, a);
        Checks.aboveOne(a, "a", BroadcastParameters.allScalar(a));
        return BroadcastParameters.longs(bitGenerator(), size, a, DiscreteDistributions::zipf);
    }

    public NDArray zipf(NDArray a) {
        return zipf(a, (int[]) null);
    }
}
