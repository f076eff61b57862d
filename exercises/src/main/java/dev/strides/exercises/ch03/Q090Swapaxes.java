package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q090 - How to use swapaxes()?
 *
 * <p>{@code np.swapaxes(a, i, j)} exchanges two axes — their lengths and their strides — and
 * leaves the others in place: a view, O(ndim). For 2-d it is the transpose. On an (N, H, W, C)
 * image batch, {@code swapaxes(a, 1, 3)} gives (N, C, W, H); converting to channels-first
 * (N, C, H, W) needs {@code moveaxis} or a full {@code transpose} instead.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q090")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q090} to check.
 */
public final class Q090Swapaxes {

    private Q090Swapaxes() {
    }

    /**
     * {@code np.swapaxes(a, axis1, axis2)} from scratch with {@code a.stridedView}. Negative axes
     * count from the end.
     *
     * @param a     any array, not modified
     * @param axis1 one axis
     * @param axis2 the other
     * @return a view
     */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        throw new NotSolved("Q090");
    }

    /**
     * Predict the strides of {@code np.swapaxes(np.zeros(shape, dtype), axis1, axis2)}: the C
     * strides of {@code shape} with two entries exchanged.
     *
     * @param shape    the lengths of a fresh C-ordered array
     * @param itemsize bytes per element
     * @param axis1    one axis, {@code >= 0}
     * @param axis2    the other, {@code >= 0}
     * @return the strides after the swap
     */
    public static long[] predictStrides(int[] shape, int itemsize, int axis1, int axis2) {
        throw new NotSolved("Q090");
    }
}
