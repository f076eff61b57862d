package dev.strides.exercises.ch10;

import dev.strides.random.Generator;
import java.util.function.DoubleUnaryOperator;

/**
 * A02 - How would you generate non-uniform random numbers? Reference solution.
 *
 * <p>Inverse transform when F^-1 has a closed form; cumulative sums and a binary search for a
 * discrete distribution; rejection under an envelope when only the density is known.
 */
public final class A02NonUniformRandom {

    private A02NonUniformRandom() {
    }

    /** {@code F^-1(u) = -ln(1 - u) / rate}; log1p keeps precision for small u. */
    public static double[] exponential(Generator g, double rate, int n) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + rate);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = -Math.log1p(-g.random()) / rate;
        }
        return out;
    }

    /** Normalised running sums, then the first index whose sum exceeds u (side='right'). */
    public static long[] weightedChoice(Generator g, double[] weights, int k) {
        double[] cdf = new double[weights.length];
        double total = 0.0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("probabilities are not non-negative");
            }
            total += weights[i];
            cdf[i] = total;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= total;
        }
        long[] out = new long[k];
        for (int j = 0; j < k; j++) {
            double u = g.random();
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
            out[j] = lo;
        }
        return out;
    }

    /** x uniform on [lo, hi), y uniform on [0, bound): keep x when y <= density(x). */
    public static double[] rejection(Generator g, DoubleUnaryOperator density, double lo,
                                     double hi, double bound, int n) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("need lo < hi, got [" + lo + ", " + hi + "]");
        }
        if (!(bound > 0)) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            do {
                x = lo + (hi - lo) * g.random();
                y = bound * g.random();
            } while (y > density.applyAsDouble(x));
            out[i] = x;
        }
        return out;
    }
}
