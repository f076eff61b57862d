package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * MS07 - Explain broadcasting errors and how to fix them.
 *
 * <p>Nearly every broadcasting error has one cause: the operand is meant for an axis that is
 * not its rightmost. {@code a - a.mean(axis=1)} with {@code a} of shape {@code (3, 4)} fails
 * with {@code operands could not be broadcast together with shapes (3,4) (3,) } because
 * {@code (3,)} is aligned with the last axis (length 4). The fixes all give the operand
 * trailing axes of length 1, so that it lines up where it was meant to:
 *
 * <ul>
 *   <li>{@code keepdims=True} on the reduction: {@code a.mean(axis=1, keepdims=True)} is
 *       {@code (3, 1)};</li>
 *   <li>a new axis: {@code v[:, None]} is {@code (3, 1)} (a view, Q084);</li>
 *   <li>a reshape: {@code v.reshape(3, 1)} or {@code v.reshape(-1, 1)}.</li>
 * </ul>
 *
 * <p>Never "fix" an error by transposing the big operand until the shapes happen to fit: for a
 * square matrix that silently works along the wrong axis.
 *
 * <p>Your task: replace each {@code throw new NotSolved("MS07")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook MS07} to check.
 */
public final class MS07FixingBroadcastErrors {

    private MS07FixingBroadcastErrors() {
    }

    /**
     * {@code a - a.mean(axis=1, keepdims=True)}: every row minus its own mean. Compute the
     * means with {@code np.sum(a, 1, true)} divided by the row length.
     *
     * @param a a (m, n) float64 array with {@code n > 0}, not modified
     * @return a new (m, n) array
     */
    public static NDArray subtractRowMeans(NDArray a) {
        throw new NotSolved("MS07");
    }

    /**
     * {@code a + v[:, None]}: adds {@code v[i]} to every element of row {@code i}. Make the
     * column {@code v[:, None]} as a view with {@code stridedView}.
     *
     * @param a a (m, n) float64 array, not modified
     * @param v a (m,) float64 array, not modified
     * @return a new (m, n) array
     * @throws IllegalArgumentException NumPy's broadcasting error when {@code v} has the wrong
     *     length
     */
    public static NDArray addToEachRow(NDArray a, NDArray v) {
        throw new NotSolved("MS07");
    }

    /**
     * The shape to give {@code b} (only by appending axes of length 1) so that it broadcasts
     * against {@code a} with {@code b}'s axes lined up with axes of {@code a}: if {@code b}
     * already broadcasts, {@code b} itself; otherwise the alignment that is furthest to the
     * right among those that fit (lengths equal or 1); {@code null} if none fits.
     *
     * <p>Examples: {@code a = (3, 4)}, {@code b = (4,)} gives {@code (4,)}; {@code b = (3,)}
     * gives {@code (3, 1)}; {@code a = (2, 3, 4)}, {@code b = (2,)} gives {@code (2, 1, 1)};
     * {@code b = (5,)} gives null.
     *
     * @param a the big operand's shape, not modified
     * @param b the small operand's shape, not modified
     * @return a new shape, or null
     */
    public static int[] fixShape(int[] a, int[] b) {
        throw new NotSolved("MS07");
    }
}
