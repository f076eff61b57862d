package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;

/**
 * Q070 - How to use diagonal() to extract diagonals? Reference solution.
 *
 * <p>{@code m.diagonal(offset)} returns the elements {@code m[i, i + offset]}: the main diagonal
 * for 0, above it for a positive offset, below for a negative one. Stepping one place along a
 * diagonal steps one row down and one column right, so the diagonal is a 1-d <b>view</b> with
 * stride {@code strides[0] + strides[1]}, starting at the first diagonal element. NumPy makes
 * it <b>read-only</b> so that code written when it was a copy cannot silently write into
 * {@code m}; {@code m.diagonal().copy()} is writeable.
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
        int rowsLeft = m.shape(0) - Math.max(0, -offset);
        int colsLeft = m.shape(1) - Math.max(0, offset);
        int length = Math.max(0, Math.min(rowsLeft, colsLeft));
        long start = m.offset();
        if (length > 0) {
            start += offset >= 0 ? offset * m.strides(1) : -offset * m.strides(0);
        }
        NDArray view = m.stridedView(new int[] {length}, new long[] {m.strides(0) + m.strides(1)},
                start);
        view.setWriteable(false);
        return view;
    }

    /**
     * {@code np.trace(m)}: the sum of the main diagonal, read through {@link #diagonal}.
     *
     * @param m a 2-d float64 array
     * @return the trace
     */
    public static double trace(NDArray m) {
        NDArray d = diagonal(m, 0);
        double sum = 0;
        for (int i = 0; i < d.shape(0); i++) {
            sum += d.getDouble(i);
        }
        return sum;
    }
}
