package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q018 - How to perform element-wise comparison?
 *
 * <p>{@code a == b}, {@code a < b} and friends are the ufuncs {@code np.equal}, {@code np.less},
 * {@code np.less_equal}, {@code np.greater}, {@code np.greater_equal}, {@code np.not_equal}.
 * They broadcast like arithmetic and return a <b>bool</b> array of the broadcast shape: one
 * answer per element, never a single True or False. Combine several conditions with
 * {@code np.logical_and} ({@code &} in NumPy, with parentheses: {@code (a >= lo) & (a <= hi)}),
 * and count the True values with a sum (True is 1). NaN compares unequal to everything, itself
 * included, as IEEE 754 says.
 *
 * <p>Use {@code np.greaterEqual}, {@code np.lessEqual}, {@code np.greater}, {@code np.equal},
 * {@code np.logicalAnd} and {@code np.sum} (a sum of a bool array is an int64 count; read a 0-d
 * result with {@code getLong()}).
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q018ElementwiseComparison {

    private Q018ElementwiseComparison() {
    }

    /**
     * {@code (a >= lo) & (a <= hi)}: true where {@code lo <= a[i] <= hi}.
     *
     * @param a a numeric array, not modified
     * @return a new bool array of {@code a}'s shape; NaN elements give false
     */
    public static NDArray inRange(NDArray a, double lo, double hi) {
        return np.logicalAnd(np.greaterEqual(a, lo), np.lessEqual(a, hi));
    }

    /**
     * {@code np.sum(a == b)}: how many positions hold equal values, after broadcasting.
     *
     * @return the count; a NaN never counts
     * @throws IllegalArgumentException NumPy's broadcasting error when the shapes clash
     */
    public static long countEqual(NDArray a, NDArray b) {
        return np.sum(np.equal(a, b)).getLong();
    }

    /**
     * {@code m > thresholds}: each column of {@code m} against its own threshold.
     *
     * @param m          a (rows, cols) array
     * @param thresholds a (cols,) array, broadcast down the rows
     * @return a new bool (rows, cols) array
     */
    public static NDArray exceedsColumnThresholds(NDArray m, NDArray thresholds) {
        return np.greater(m, thresholds);
    }

    /**
     * Predict: {@code np.nan == np.nan}.
     *
     * @return what NumPy answers
     */
    public static boolean predictNanEqualsNan() {
        return false;
    }
}
