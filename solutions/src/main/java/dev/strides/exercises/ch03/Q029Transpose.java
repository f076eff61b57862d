package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;

/**
 * Q029 - How to transpose a matrix? Reference solution.
 *
 * <p>{@code m.T} does not move a single element: it swaps the shape and the strides. A (3, 4)
 * float64 matrix in C order has strides (32, 8); its transpose has shape (4, 3) and strides
 * (8, 32) over the same buffer, so it is F-contiguous, and writes through it change {@code m}.
 * {@code np.transpose(a, axes)} generalises it: axis {@code k} of the result is axis
 * {@code axes[k]} of {@code a}, with its length and its stride.
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
        int n = m.ndim();
        int[] shape = new int[n];
        long[] strides = new long[n];
        for (int k = 0; k < n; k++) {
            shape[k] = m.shape(n - 1 - k);
            strides[k] = m.strides(n - 1 - k);
        }
        return m.stridedView(shape, strides, m.offset());
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
        if (axes.length != strides.length) {
            throw new IllegalArgumentException("axes don't match array");
        }
        boolean[] seen = new boolean[axes.length];
        long[] out = new long[axes.length];
        for (int k = 0; k < axes.length; k++) {
            if (seen[axes[k]]) {
                throw new IllegalArgumentException("repeated axis in transpose");
            }
            seen[axes[k]] = true;
            out[k] = strides[axes[k]];
        }
        return out;
    }
}
