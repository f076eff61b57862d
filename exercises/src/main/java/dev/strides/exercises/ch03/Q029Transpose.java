package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q029 - How to transpose a matrix?
 *
 * <p>{@code m.T} does not move a single element: it swaps the shape and the strides. A (3, 4)
 * float64 matrix in C order has strides (32, 8); its transpose has shape (4, 3) and strides
 * (8, 32) over the same buffer, so it is F-contiguous, and writes through it change {@code m}.
 * {@code np.transpose(a, axes)} generalises it: axis {@code k} of the result is axis
 * {@code axes[k]} of {@code a}, with its length and its stride.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q029")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q029} to check.
 */
public final class Q029Transpose {

    private Q029Transpose() {
    }

    /**
     * {@code m.T} for an array of any rank, from scratch: the shape and the strides reversed,
     * the same offset, with {@code m.stridedView}.
     *
     * @param m any array, not modified
     * @return a view of {@code m}'s buffer
     */
    public static NDArray transpose(NDArray m) {
        throw new NotSolved("Q029");
    }

    /**
     * Predict the strides of {@code np.transpose(a, axes)} for an array with these strides.
     *
     * @param strides the strides of {@code a}
     * @param axes    a permutation of {@code 0 .. strides.length - 1}
     * @return {@code strides[axes[0]], strides[axes[1]], ...}
     * @throws IllegalArgumentException {@code axes don't match array} when the lengths differ,
     *     {@code repeated axis in transpose} when an axis appears twice
     */
    public static long[] transposedStrides(long[] strides, int... axes) {
        throw new NotSolved("Q029");
    }
}
