package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q070 - How to use diagonal() to extract diagonals?
 *
 * <p>{@code m.diagonal(offset)} returns the elements {@code m[i, i + offset]}: the main diagonal
 * for 0, above it for a positive offset, below for a negative one. Stepping one place along a
 * diagonal steps one row down and one column right, so the diagonal is a 1-d <b>view</b> with
 * stride {@code strides[0] + strides[1]}, starting at the first diagonal element. NumPy makes
 * it <b>read-only</b> so that code written when it was a copy cannot silently write into
 * {@code m}; {@code m.diagonal().copy()} is writeable.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q070")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q070} to check.
 */
public final class Q070Diagonal {

    private Q070Diagonal() {
    }

    /**
     * {@code m.diagonal(offset)} for a 2-d {@code m}, from scratch: length
     * {@code max(0, min(rows - max(0, -offset), cols - max(0, offset)))}, stride
     * {@code strides[0] + strides[1]}, starting {@code offset} columns right (or {@code -offset}
     * rows down) of {@code m}'s offset; then {@code setWriteable(false)}.
     *
     * @param m      a 2-d array, not modified
     * @param offset which diagonal
     * @return a read-only 1-d view
     */
    public static NDArray diagonal(NDArray m, int offset) {
        throw new NotSolved("Q070");
    }

    /**
     * {@code np.trace(m)}: the sum of the main diagonal, read through {@link #diagonal}.
     *
     * @param m a 2-d float64 array
     * @return the trace
     */
    public static double trace(NDArray m) {
        throw new NotSolved("Q070");
    }
}
