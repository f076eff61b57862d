package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.lang.foreign.ValueLayout;
import java.util.function.DoubleUnaryOperator;

/**
 * Non-uniform random numbers from uniform ones, the three classic ways, written from scratch on
 * top of {@link Generator#random()} (NumPy's own samplers are refinements of these):
 *
 * <ul>
 *   <li><b>inverse transform</b>: if U is uniform on [0, 1) and F a CDF, {@code F^-1(U)} has
 *       CDF F. Exact and one uniform per sample, when F^-1 has a closed form
 *       (exponential: {@code -ln(1 - U) / rate}); for a discrete distribution F^-1 is a search
 *       in the cumulative sums ({@link #weightedChoice});</li>
 *   <li><b>rejection</b>: draw x from an easy envelope g with {@code f <= M g}, accept with
 *       probability {@code f(x) / (M g(x))}; needs only f up to a constant, costs M tries on
 *       average ({@link #rejection});</li>
 *   <li><b>transformation</b>: a clever change of variables, e.g. Box-Muller turns two
 *       uniforms into two independent normals ({@link #boxMuller}).</li>
 * </ul>
 */
public final class NonUniformSampling {

    private NonUniformSampling() {
    }

    // tag::inverse-transform[]
    /** {@code size} samples {@code inverseCdf(U)}: any distribution with a computable F^-1. */
    public static NDArray inverseTransform(Generator g, DoubleUnaryOperator inverseCdf,
                                           int... size) {
        NDArray u = g.random(size);                       // float64 in [0, 1), C order
        NDArray out = NDArray.allocate(DType.FLOAT64, size, Order.C);
        for (long i = 0; i < u.size(); i++) {
            double x = inverseCdf.applyAsDouble(u.buffer().getAtIndex(ValueLayout.JAVA_DOUBLE, i));
            out.buffer().setAtIndex(ValueLayout.JAVA_DOUBLE, i, x);
        }
        return out;
    }

    /** Exponential with the given rate by inversion: {@code F^-1(u) = -ln(1 - u) / rate}. */
    public static double exponential(Generator g, double rate) {
        return -Math.log1p(-g.random()) / rate;
    }
    // end::inverse-transform[]

    /**
     * {@code k} indices drawn with probabilities proportional to {@code weights}: cumulative
     * sums, normalised by the total, then for each uniform the first index whose cumulative sum
     * exceeds it (binary search). With weights summing to 1 this is exactly what
     * {@code choice(n, k, p=weights)} computes, so it reproduces NumPy's draws.
     */
    public static long[] weightedChoice(Generator g, double[] weights, int k) {
        // tag::weighted-choice[]
        double[] cdf = new double[weights.length];
        double total = 0.0;
        for (int i = 0; i < weights.length; i++) {
            cdf[i] = total += weights[i];                 // running sums
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= total;                              // the last entry is exactly 1
        }
        long[] out = new long[k];                         // then one binary search per draw
        for (int j = 0; j < k; j++) {
            double u = g.random();
            int lo = 0;
            int hi = cdf.length;                          // first index with cdf > u
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
        // end::weighted-choice[]
    }

    // tag::rejection[]
    /**
     * One sample of the density {@code f} on {@code [lo, hi]} by rejection from the uniform
     * envelope of height {@code bound >= max f}: draw a point uniformly under the envelope,
     * keep its x if it falls under f. Accepts with probability (area under f) / (bound * width).
     */
    public static double rejection(Generator g, DoubleUnaryOperator f, double lo, double hi,
                                   double bound) {
        for (;;) {
            double x = lo + (hi - lo) * g.random();
            double y = bound * g.random();
            if (y <= f.applyAsDouble(x)) {
                return x;
            }
        }
    }
    // end::rejection[]

    // tag::box-muller[]
    /**
     * Two independent standard normals from two uniforms (Box-Muller): the radius
     * {@code sqrt(-2 ln U1)} and the angle {@code 2 pi U2} of a 2-d standard normal point.
     */
    public static double[] boxMuller(Generator g) {
        double r = Math.sqrt(-2.0 * Math.log1p(-g.random()));   // 1 - U in (0, 1]: no log(0)
        double theta = 2.0 * Math.PI * g.random();
        return new double[] {r * Math.cos(theta), r * Math.sin(theta)};
    }
    // end::box-muller[]
}
