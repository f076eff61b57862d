package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q098 - How to use fmax() and fmin()?
 *
 * <p>NumPy has two element-wise maxima. {@code np.maximum} <b>propagates</b> NaN: if either
 * element is NaN the result is NaN, so a missing value cannot go unnoticed.
 * {@code np.fmax} <b>ignores</b> NaN: if one element is NaN the result is the other; only two
 * NaNs give NaN (C's {@code fmax}). The same holds for {@code np.minimum} and {@code np.fmin},
 * and for their reductions: {@code np.maximum.reduce} of an array holding a NaN is NaN, while
 * {@code np.fmax.reduce} is the largest number, which is how {@code np.nanmax} works (without
 * its warning for an all-NaN slice).
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q098")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q098} to check.
 */
public final class Q098FmaxFmin {

    private Q098FmaxFmin() {
    }

    /** {@code np.fmax(a, b)}: the larger element, a NaN losing to a number. */
    public static NDArray largerIgnoringNan(NDArray a, NDArray b) {
        throw new NotSolved("Q098");
    }

    /** {@code np.fmin(a, b)}. */
    public static NDArray smallerIgnoringNan(NDArray a, NDArray b) {
        throw new NotSolved("Q098");
    }

    /**
     * {@code np.nanmax(a)} as a reduction: {@code np.fmax.reduce} over every axis. An all-NaN
     * array gives NaN.
     *
     * @param a a non-empty float array (fmax has no identity)
     */
    public static double nanmax(NDArray a) {
        throw new NotSolved("Q098");
    }

    /** Predict {@code np.maximum.reduce(np.array([1., np.nan, 3.]))}. */
    public static double predictMaximumReduceWithNan() {
        throw new NotSolved("Q098");
    }
}
