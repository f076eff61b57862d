package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q068 - How to use unravel_index()? Reference solution.
 *
 * <p>{@code np.unravel_index(flat, shape)} turns a position in the flattened array into a
 * multi-index. In C order the last axis varies fastest, so the last index is
 * {@code flat % shape[-1]}, and the rest of the position, {@code flat / shape[-1]}, is unravelled
 * over the remaining axes the same way; F order starts from the first axis instead. The classic
 * use is {@code np.unravel_index(a.argmax(), a.shape)}: {@code argmax} answers with a flat
 * position.
 */
public final class Q068UnravelIndex {

    private Q068UnravelIndex() {
    }

    /**
     * {@code np.unravel_index(flat, shape)} in C order, from scratch.
     *
     * @param flat  a position in {@code [0, size)}
     * @param shape the lengths
     * @return one index per axis
     * @throws IllegalArgumentException {@code index 60 is out of bounds for array with size 60}
     */
    public static long[] unravel(long flat, int... shape) {
        checkedSize(flat, shape);
        long[] out = new long[shape.length];
        long rest = flat;
        for (int k = shape.length - 1; k >= 0; k--) {
            out[k] = rest % shape[k];
            rest /= shape[k];
        }
        return out;
    }

    private static long checkedSize(long flat, int[] shape) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (flat < 0 || flat >= size) {
            throw new IllegalArgumentException("index " + flat
                    + " is out of bounds for array with size " + size);
        }
        return size;
    }

    /**
     * {@code np.unravel_index(flat, shape, order='F')}: the first axis varies fastest.
     *
     * @param flat  a position in {@code [0, size)}
     * @param shape the lengths
     * @return one index per axis
     * @throws IllegalArgumentException as {@link #unravel}
     */
    public static long[] unravelF(long flat, int... shape) {
        checkedSize(flat, shape);
        long[] out = new long[shape.length];
        long rest = flat;
        for (int k = 0; k < shape.length; k++) {
            out[k] = rest % shape[k];
            rest /= shape[k];
        }
        return out;
    }

    /**
     * {@code np.unravel_index(a.argmax(), a.shape)}: where the largest element is (the first one
     * in C order on ties). Read the elements in C order from {@code np.ravel(a)}.
     *
     * @param a a non-empty float64 array
     * @return the multi-index of its maximum
     */
    public static long[] argmaxIndex(NDArray a) {
        NDArray flat = np.ravel(a);
        int best = 0;
        for (int i = 1; i < flat.shape(0); i++) {
            if (flat.getDouble(i) > flat.getDouble(best)) {
                best = i;
            }
        }
        return unravel(best, a.shape());
    }
}
