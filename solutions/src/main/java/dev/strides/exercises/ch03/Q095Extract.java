package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.util.Arrays;

/**
 * Q095 - How to use extract() based on condition? Reference solution.
 *
 * <p>{@code np.extract(condition, a)} returns the elements of {@code a.ravel()} where
 * {@code condition.ravel()} is true: the same as {@code a[condition]} for a condition of
 * {@code a}'s shape, but it reads both flattened, so the condition only needs as many elements,
 * not the same shape. Its relative {@code np.compress(condition, a, axis)} takes a 1-d condition
 * and keeps whole slices along an axis (rows, say). Both return new arrays.
 */
public final class Q095Extract {

    private Q095Extract() {
    }

    /**
     * {@code np.extract(condition, a)} from scratch: flatten both with {@code np.ravel}, collect
     * the flat positions where the condition is true, and gather them with
     * {@code np.take(flatA, positions)}.
     *
     * @param condition a bool array with {@code a.size()} elements, any shape
     * @param a         any array, not modified
     * @return a new 1-d array of {@code a}'s dtype
     */
    public static NDArray extract(NDArray condition, NDArray a) {
        NDArray c = np.ravel(condition);
        int n = 0;
        long[] positions = new long[c.shape(0)];
        for (int i = 0; i < c.shape(0); i++) {
            if (c.getBoolean(i)) {
                positions[n++] = i;
            }
        }
        return np.take(np.ravel(a), Arrays.copyOf(positions, n));
    }

    /**
     * The elements of an integer array that are multiples of {@code k}, with {@code np.extract},
     * {@code np.equal} and {@code np.remainder}.
     *
     * @param a an integer array, not modified
     * @param k a positive divisor
     * @return a new 1-d array
     */
    public static NDArray multiplesOf(NDArray a, long k) {
        return np.extract(np.equal(np.remainder(a, k), 0), a);
    }

    /**
     * The rows of {@code a} whose flag is true: {@code np.compress(keep, a, 0)}.
     *
     * @param a    a 2-d array, not modified
     * @param keep one flag per row
     * @return a new array of the kept rows
     */
    public static NDArray keepRows(NDArray a, boolean[] keep) {
        return np.compress(keep, a, 0);
    }
}
