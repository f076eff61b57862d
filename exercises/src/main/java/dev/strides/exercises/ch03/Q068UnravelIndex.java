package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q068 - How to use unravel_index()?
 *
 * <p>{@code np.unravel_index(flat, shape)} turns a position in the flattened array into a
 * multi-index. In C order the last axis varies fastest, so the last index is
 * {@code flat % shape[-1]}, and the rest of the position, {@code flat / shape[-1]}, is unravelled
 * over the remaining axes the same way; F order starts from the first axis instead. The classic
 * use is {@code np.unravel_index(a.argmax(), a.shape)}: {@code argmax} answers with a flat
 * position.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q068")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q068} to check.
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
        throw new NotSolved("Q068");
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
        throw new NotSolved("Q068");
    }

    /**
     * {@code np.unravel_index(a.argmax(), a.shape)}: where the largest element is (the first one
     * in C order on ties). Read the elements in C order from {@code np.ravel(a)}.
     *
     * @param a a non-empty float64 array
     * @return the multi-index of its maximum
     */
    public static long[] argmaxIndex(NDArray a) {
        throw new NotSolved("Q068");
    }
}
