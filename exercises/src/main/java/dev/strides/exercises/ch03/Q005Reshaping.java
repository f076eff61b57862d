package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.workbook.NotSolved;

/**
 * Q005 - How to handle shapes and reshaping?
 *
 * <p>{@code a.reshape(3, 4)} shows the same elements under a new shape. For a C-contiguous array
 * it copies nothing: the result is a view over the same buffer, at the same offset, with the
 * strides a fresh C-ordered array of the new shape would have (the last axis steps one item, each
 * earlier axis steps over everything after it). One length may be {@code -1}: NumPy infers it
 * from the size. Non-contiguous arrays (a transpose, a slice with a step) follow a stricter rule
 * that sometimes forces a copy; chapter 3 of the book explains it.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q005")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q005} to check.
 */
public final class Q005Reshaping {

    private Q005Reshaping() {
    }

    /**
     * The strides of a C-contiguous array: {@code strides[last] = itemsize}, and
     * {@code strides[k] = strides[k + 1] * shape[k + 1]}. (2, 3, 4) float64 gives (96, 32, 8).
     *
     * @param shape    the lengths, all positive
     * @param itemsize bytes per element
     * @return one stride per axis, in bytes
     */
    public static long[] cStrides(int[] shape, int itemsize) {
        throw new NotSolved("Q005");
    }

    /**
     * The shape {@code reshape} will use: a copy of {@code shape} with its one {@code -1}
     * replaced by {@code size} divided by the product of the other lengths.
     *
     * @param shape the requested lengths, at most one of them {@code -1}
     * @param size  the number of elements of the array being reshaped
     * @return the complete shape
     * @throws ShapeException {@code can only specify one unknown dimension} for two {@code -1}s;
     *     a message starting {@code cannot reshape array of size 12} when the sizes cannot agree
     */
    public static int[] inferShape(int[] shape, long size) {
        throw new NotSolved("Q005");
    }

    /**
     * {@code a.reshape(shape)} for a C-contiguous {@code a}, as a view: the inferred shape, its C
     * strides, {@code a}'s offset. Use {@code a.stridedView(shape, strides, offset)}.
     *
     * @param a     a C-contiguous array ({@code a.flags().cContiguous()})
     * @param shape the new lengths, at most one {@code -1}
     * @return a view of {@code a}'s buffer
     * @throws IllegalArgumentException when {@code a} is not C-contiguous
     * @throws ShapeException as {@link #inferShape}
     */
    public static NDArray reshapeView(NDArray a, int... shape) {
        throw new NotSolved("Q005");
    }
}
