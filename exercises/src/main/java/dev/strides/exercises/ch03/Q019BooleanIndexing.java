package dev.strides.exercises.ch03;

import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q019 - How to filter array with boolean indexing?
 *
 * <p>{@code a[a > 0]} indexes {@code a} with a boolean array of its own shape (a <i>mask</i>):
 * the result is a new 1-d array of the elements under {@code True}, read in C order. It is a
 * <b>copy</b>, because the chosen elements are not evenly spaced in memory and no strides could
 * describe them. Conditions combine with {@code &}, {@code |} and {@code ~}
 * ({@code np.logicalAnd}, {@code np.logicalOr}, {@code np.logicalNot}), never with Python's
 * {@code and}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q019")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q019} to check.
 */
public final class Q019BooleanIndexing {

    private Q019BooleanIndexing() {
    }

    /**
     * {@code a[mask]} from scratch: walk every position in C order (flat position {@code p} is
     * the multi-index {@code np.unravelIndex(p, a.shape())}) and collect {@code a}'s element
     * wherever the mask is true.
     *
     * @param a    a float64 array of any shape, not modified
     * @param mask a bool array with as many axes as {@code a}
     * @return a new 1-d float64 array of the selected elements
     * @throws IndexException NumPy's message for the first axis whose lengths differ: {@code
     *     boolean index did not match indexed array along axis 0; size of axis is 6 but size of
     *     corresponding boolean axis is 2}
     */
    public static NDArray select(NDArray a, NDArray mask) {
        throw new NotSolved("Q019");
    }

    /**
     * {@code a[(a >= lo) & (a <= hi)]} with the library: {@code np.greaterEqual},
     * {@code np.lessEqual}, {@code np.logicalAnd} and {@code np.get(a, mask)}.
     *
     * @param a  an array, not modified
     * @param lo the lower bound, included
     * @param hi the upper bound, included
     * @return the elements in {@code [lo, hi]}, a 1-d copy
     */
    public static NDArray between(NDArray a, double lo, double hi) {
        throw new NotSolved("Q019");
    }
}
