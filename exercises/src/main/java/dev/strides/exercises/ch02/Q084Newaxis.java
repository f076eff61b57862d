package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q084 - How to Use broadcasting with newaxis?
 *
 * <p>{@code np.newaxis} is {@code None}: in an index it inserts an axis of length 1.
 * {@code x[:, None]} turns a vector of shape {@code (3,)} into a column {@code (3, 1)},
 * {@code x[None, :]} into a row {@code (1, 3)}. It copies nothing: NumPy only adds a 1 to the
 * shape and a 0 to the strides ({@code np.arange(3.0)[:, None].strides == (8, 0)}). Because
 * broadcasting aligns shapes at the right, the column and the row then broadcast against each
 * other to {@code (3, 3)}: {@code x[:, None] * y[None, :]} is the outer product,
 * {@code x[:, None] - x[None, :]} all pairwise differences.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q084")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q084} to check.
 */
public final class Q084Newaxis {

    private Q084Newaxis() {
    }

    /**
     * A <b>view</b> of {@code a} with a new axis of length 1 and stride 0 inserted before axis
     * {@code position} ({@code position == a.ndim()} appends it): {@code newAxis(x, 1)} is
     * {@code x[:, None]}, {@code newAxis(x, 0)} is {@code x[None]}. Use
     * {@code a.stridedView(shape, strides, a.offset())}.
     *
     * @param a        any array, not modified
     * @param position where the new axis goes, {@code 0 <= position <= a.ndim()}
     * @return the view
     * @throws IllegalArgumentException when {@code position} is out of that range
     */
    public static NDArray newAxis(NDArray a, int position) {
        throw new NotSolved("Q084");
    }

    /**
     * The outer product {@code x[:, None] * y[None, :]}: shape {@code (len(x), len(y))}, with
     * {@link #newAxis} and {@code np.multiply}.
     *
     * @param x a 1-d float64 array, not modified
     * @param y a 1-d float64 array, not modified
     * @return a new array
     */
    public static NDArray outer(NDArray x, NDArray y) {
        throw new NotSolved("Q084");
    }

    /**
     * All differences {@code x[:, None] - x[None, :]}: element {@code (i, j)} is
     * {@code x[i] - x[j]}.
     *
     * @param x a 1-d float64 array, not modified
     * @return a new (n, n) array
     */
    public static NDArray differences(NDArray x) {
        throw new NotSolved("Q084");
    }
}
