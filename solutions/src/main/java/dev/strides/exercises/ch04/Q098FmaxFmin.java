package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;

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
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q098FmaxFmin {

    private Q098FmaxFmin() {
    }

    /** {@code np.fmax(a, b)}: the larger element, a NaN losing to a number. */
    public static NDArray largerIgnoringNan(NDArray a, NDArray b) {
        return np.fmax(a, b);
    }

    /** {@code np.fmin(a, b)}. */
    public static NDArray smallerIgnoringNan(NDArray a, NDArray b) {
        return np.fmin(a, b);
    }

    /**
     * {@code np.nanmax(a)} as a reduction: {@code np.fmax.reduce} over every axis. An all-NaN
     * array gives NaN.
     *
     * @param a a non-empty float array (fmax has no identity)
     */
    public static double nanmax(NDArray a) {
        return np.fmax.reduce(a, ReduceOptions.all()).getDouble();
    }

    /** Predict {@code np.maximum.reduce(np.array([1., np.nan, 3.]))}. */
    public static double predictMaximumReduceWithNan() {
        return Double.NaN;
    }
}
