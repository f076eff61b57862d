package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * A03 - Explain vectorized boolean operations.
 *
 * <p>A comparison ufunc turns a condition into a <b>mask</b>: a bool array, one byte per element,
 * made in one pass with no Python-level (or per-element Java) branch. Masks are then
 *
 * <ul>
 *   <li><b>combined</b> with {@code logical_and/or/xor/not} ({@code & | ^ ~} in NumPy);</li>
 *   <li><b>reduced</b>: {@code logical_or.reduce} is {@code any}, {@code logical_and.reduce} is
 *       {@code all} (over nothing: False and True, their identities), and a sum counts the
 *       true values, so a mean is a fraction;</li>
 *   <li><b>used</b> as {@code where=} of a ufunc or a reduction, which touches only the selected
 *       elements and leaves the others alone, or as a boolean index (a copy).</li>
 * </ul>
 *
 * <p>Comparisons with NaN are false, so NaN lands outside every {@code >} or {@code <} mask, and
 * {@code -0.0 < 0} is false too.
 *
 * <p>Your task: replace each {@code throw new NotSolved("A03")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook A03} to check.
 */
public final class A03VectorizedBoolean {

    private A03VectorizedBoolean() {
    }

    /** {@code np.mean(a > threshold)}: the fraction of elements above it. */
    public static double fractionAbove(NDArray a, double threshold) {
        throw new NotSolved("A03");
    }

    /** {@code np.logical_or.reduce(np.isnan(m), axis=1)}: does row {@code i} hold a NaN? */
    public static NDArray rowsWithNan(NDArray m) {
        throw new NotSolved("A03");
    }

    /**
     * {@code a[a < 0] = 0} in place, written as one ufunc call restricted by a mask:
     * {@code np.subtract(a, a, out=a, where=a < 0)} ({@code x - x} is {@code 0.0}).
     */
    public static void zeroNegativesInPlace(NDArray a) {
        throw new NotSolved("A03");
    }

    /** {@code np.sum(a, where=mask)} over every axis ({@code ReduceOptions.all().where(mask)}). */
    public static double sumWhere(NDArray a, NDArray mask) {
        throw new NotSolved("A03");
    }

    /** Predict, in this order: {@code np.all(np.array([]))}, {@code np.any(np.array([]))}. */
    public static boolean[] predictEmpty() {
        throw new NotSolved("A03");
    }
}
