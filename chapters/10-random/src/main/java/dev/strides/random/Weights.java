package dev.strides.random;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Weighted sampling over indices {@code 0 .. n-1}: the discrete inverse transform behind
 * {@code choice(..., p=...)}.
 *
 * <p><b>The method.</b> Build the cumulative distribution {@code cdf[i] = p[0] + ... + p[i]},
 * divide by its last entry (so rounding cannot leave it below 1), and map a uniform U to the
 * first index whose cdf exceeds U: {@code searchsorted(cdf, U, side='right')}, a binary search.
 * Index i is hit when {@code cdf[i-1] <= U < cdf[i]}, an interval of length p[i]. Cost: O(n) once,
 * O(log n) per sample.
 */
final class Weights {

    /** NumPy's tolerance for {@code sum(p) == 1}: {@code sqrt(finfo(float64).eps)}. */
    static final double ATOL = Math.sqrt(Math.ulp(1.0));

    private Weights() {
    }

    /** Validates p against a population of {@code n}, with NumPy's (or legacy NumPy's) messages. */
    static double[] checked(double[] p, long n, boolean legacy) {
        if (p.length != n) {
            throw new IllegalArgumentException(legacy ? "'a' and 'p' must have same size"
                    : "a and p must have same size");
        }
        double sum = kahanSum(p);
        if (Double.isNaN(sum)) {
            throw new IllegalArgumentException(legacy ? "probabilities contain NaN"
                    : "Probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw new IllegalArgumentException(legacy ? "probabilities are not non-negative"
                        : "Probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.) > ATOL) {
            throw new IllegalArgumentException(legacy ? "probabilities do not sum to 1"
                    : "Probabilities do not sum to 1. See Notes section of docstring for more "
                    + "information.");
        }
        return p;
    }

    /** Compensated (Kahan) summation, as NumPy uses to validate p. */
    static double kahanSum(double[] x) {
        if (x.length == 0) {
            return 0.0;
        }
        double sum = x[0];
        double c = 0.0;
        for (int i = 1; i < x.length; i++) {
            double y = x[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    // tag::cdf[]
    /** Cumulative sums, left to right, divided by the total. */
    static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double running = 0.0;
        for (int i = 0; i < p.length; i++) {
            running += p[i];
            cdf[i] = running;
        }
        double total = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= total;
        }
        return cdf;
    }
    // end::cdf[]

    // tag::search-right[]
    /** {@code searchsorted(cdf, u, side='right')}: how many entries are {@code <= u}. */
    static long searchRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
    // end::search-right[]

    /**
     * k distinct indices drawn with weights p: rounds of {@code k - found} weighted draws, each
     * keeping new values in order of first appearance, with the weights of found values set to
     * zero before the next round.
     */
    static long[] withoutReplacement(DoubleSupplier uniform, double[] p, long k) {
        long positive = Arrays.stream(p).filter(v -> v > 0).count();
        if (positive < k) {
            throw new IllegalArgumentException("Fewer non-zero entries in p than size");
        }
        double[] weights = p.clone();
        long[] found = new long[(int) k];
        int nUniq = 0;
        while (nUniq < k) {
            double[] x = new double[(int) k - nUniq];
            for (int i = 0; i < x.length; i++) {
                x[i] = uniform.getAsDouble();
            }
            for (int i = 0; i < nUniq; i++) {
                weights[(int) found[i]] = 0;
            }
            double[] cdf = cdf(weights);
            long[] fresh = new long[x.length];
            for (int i = 0; i < x.length; i++) {
                fresh[i] = searchRight(cdf, x[i]);
            }
            for (long v : Choice.firstOccurrences(fresh)) {
                found[nUniq++] = v;
            }
        }
        return found;
    }
}
