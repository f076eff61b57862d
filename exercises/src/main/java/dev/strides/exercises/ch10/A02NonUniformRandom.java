package dev.strides.exercises.ch10;

import dev.strides.random.Generator;
import dev.strides.workbook.NotSolved;
import java.util.function.DoubleUnaryOperator;

/**
 * A02 - How would you generate non-uniform random numbers?
 *
 * <p>From uniform numbers u in [0, 1) ({@code g.random()}), three ways:
 *
 * <ul>
 *   <li><b>inverse transform</b>: if F is a CDF, {@code F^-1(u)} has that distribution. For the
 *       exponential with rate r, {@code F^-1(u) = -ln(1 - u) / r} ({@code Math.log1p(-u)} is
 *       accurate for small u);</li>
 *   <li><b>discrete inverse transform</b>: cumulative sums of the weights divided by their total
 *       give a step CDF; the sample for u is the first index whose cumulative value is greater
 *       than u (a binary search, NumPy's {@code searchsorted(cdf, u, side='right')}). This is
 *       exactly {@code choice(n, k, p=...)}, so with one uniform per draw it reproduces NumPy;</li>
 *   <li><b>rejection</b>: when only the density f is known and {@code f <= bound} on
 *       {@code [lo, hi)}, draw {@code x = lo + (hi - lo) * u1} and then {@code y = bound * u2}
 *       (in that order), keep x when {@code y <= f(x)}, else try again.</li>
 * </ul>
 *
 * <p>Your task: replace each {@code throw new NotSolved("A02")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook A02} to check.
 */
public final class A02NonUniformRandom {

    private A02NonUniformRandom() {
    }

    /**
     * {@code n} exponentials with the given rate, one uniform each.
     *
     * @throws IllegalArgumentException unless {@code rate > 0}
     */
    public static double[] exponential(Generator g, double rate, int n) {
        throw new NotSolved("A02");
    }

    /**
     * {@code k} indexes drawn with probabilities proportional to {@code weights}.
     *
     * @throws IllegalArgumentException for a negative (or NaN) weight, with NumPy's message
     *     {@code "probabilities are not non-negative"}, or weights that sum to 0
     */
    public static long[] weightedChoice(Generator g, double[] weights, int k) {
        throw new NotSolved("A02");
    }

    /**
     * {@code n} samples of the density {@code density} on {@code [lo, hi)} by rejection under
     * the constant envelope {@code bound}.
     *
     * @throws IllegalArgumentException unless {@code lo < hi} and {@code bound > 0}
     */
    public static double[] rejection(Generator g, DoubleUnaryOperator density, double lo,
                                     double hi, double bound, int n) {
        throw new NotSolved("A02");
    }
}
