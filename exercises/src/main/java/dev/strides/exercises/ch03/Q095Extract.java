package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q095 - How to use extract() based on condition?
 *
 * <p>{@code np.extract(condition, a)} returns the elements of {@code a.ravel()} where
 * {@code condition.ravel()} is true: the same as {@code a[condition]} for a condition of
 * {@code a}'s shape, but it reads both flattened, so the condition only needs as many elements,
 * not the same shape. Its relative {@code np.compress(condition, a, axis)} takes a 1-d condition
 * and keeps whole slices along an axis (rows, say). Both return new arrays.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q095")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q095} to check.
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
        throw new NotSolved("Q095");
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
        throw new NotSolved("Q095");
    }

    /**
     * The rows of {@code a} whose flag is true: {@code np.compress(keep, a, 0)}.
     *
     * @param a    a 2-d array, not modified
     * @param keep one flag per row
     * @return a new array of the kept rows
     */
    public static NDArray keepRows(NDArray a, boolean[] keep) {
        throw new NotSolved("Q095");
    }
}
