package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q106 - How to efficiently broadcast without allocation? Reference solution.
 *
 * <p>A broadcast view allocates nothing; {@code out=} lets the result land in an existing array,
 * so {@code a *= w} makes no temporary; the only new memory is the small row of means.
 */
public final class Q106BroadcastWithoutCopy {

    private Q106BroadcastWithoutCopy() {
    }

    /** np.broadcast_to(row, (n, len(row))): stride 0 down the rows. */
    public static NDArray repeatedRows(NDArray row, int n) {
        return np.broadcastTo(row, n, row.shape(0));
    }

    /** a *= w, i.e. np.multiply(a, w, out=a). */
    public static void scaleColumnsInPlace(NDArray a, NDArray w) {
        np.multiply(a, w, a);
    }

    /** means = a.sum(axis=1, keepdims=True) / n, in place; then a -= means. */
    public static void centerRowsInPlace(NDArray a) {
        NDArray means = np.sum(a, 1, true);
        np.divide(means, (double) a.shape(1), means);
        np.subtract(a, means, a);
    }

    /** The view shows n*len elements, but its only memory is the row it stretches. */
    public static long bytesAllocatedByRepeatedRows(int n, int length) {
        return 0;
    }
}
