package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q106 - How to efficiently broadcast without allocation?
 *
 * <p>Broadcasting itself allocates nothing: {@code np.broadcast_to(row, (1000, 3))} is a view
 * with stride 0 down the rows, a thousand rows that are all the same 24 bytes. Memory goes to
 * <i>results</i>: {@code a * w} allocates a new array the size of {@code a}, and
 * {@code a - a.mean(axis=1, keepdims=True)} allocates one more. Two habits avoid that:
 *
 * <ul>
 *   <li>keep the small operand small (a row, a column, a 0-d scalar) and let broadcasting
 *       stretch it, instead of {@code np.tile}-ing it to the full shape;</li>
 *   <li>write results into an existing array with {@code out=}: {@code np.multiply(a, w, a)}
 *       is {@code a *= w}, computed element by element into {@code a} without a temporary.</li>
 * </ul>
 *
 * <p>Use {@code np.broadcastTo}, {@code np.multiply/subtract/divide(x, y, out)} and
 * {@code np.sum(a, axis, keepdims)}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q106")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q106} to check.
 */
public final class Q106BroadcastWithoutCopy {

    private Q106BroadcastWithoutCopy() {
    }

    /**
     * {@code n} copies of {@code row} stacked as a {@code (n, len(row))} array, without
     * copying anything: a read-only view of {@code row}'s buffer.
     *
     * @param row a 1-d array, not modified
     * @param n   the number of rows, {@code n >= 0}
     * @return the view
     */
    public static NDArray repeatedRows(NDArray row, int n) {
        throw new NotSolved("Q106");
    }

    /**
     * {@code a *= w}: multiplies column {@code j} of the {@code (m, n)} array {@code a} by
     * {@code w[j]}, writing into {@code a} itself, with no temporary array.
     *
     * @param a a writeable (m, n) float64 array, <b>modified</b>
     * @param w a (n,) float64 array, not modified
     * @throws IllegalArgumentException (NumPy's message) when {@code w} does not broadcast
     */
    public static void scaleColumnsInPlace(NDArray a, NDArray w) {
        throw new NotSolved("Q106");
    }

    /**
     * {@code a -= a.mean(axis=1, keepdims=True)}: subtracts each row's mean from that row, in
     * place. The only new memory allowed is the (m, 1) array of means (compute them as
     * {@code np.sum(a, 1, true)} divided by the row length, in place with {@code out}).
     *
     * @param a a writeable (m, n) float64 array with {@code n > 0}, <b>modified</b>
     */
    public static void centerRowsInPlace(NDArray a) {
        throw new NotSolved("Q106");
    }

    /**
     * Predict: how many bytes of new element memory {@code repeatedRows(row, n)} allocates for
     * a float64 {@code row} of the given length (its {@code nbytes} is {@code n * length * 8}).
     *
     * @param n      rows
     * @param length elements per row
     * @return bytes allocated
     */
    public static long bytesAllocatedByRepeatedRows(int n, int length) {
        throw new NotSolved("Q106");
    }
}
