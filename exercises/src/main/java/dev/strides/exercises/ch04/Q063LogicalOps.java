package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q063 - How to use logical operations (and, or, xor)?
 *
 * <p>{@code np.logical_and}, {@code np.logical_or}, {@code np.logical_xor} and
 * {@code np.logical_not} are ufuncs on <i>truth values</i>: any input is read as
 * {@code x != 0}, and the result is bool. The bitwise ufuncs ({@code &}, {@code |},
 * {@code ^}, {@code ~} on arrays) work on the <i>bits</i> of integers instead; on bool arrays
 * the two agree, on integers they do not: {@code 2 & 1 == 0} but
 * {@code np.logical_and(2, 1) == True}. Python's {@code and}/{@code or} do not work element-wise
 * at all (they ask for the truth of a whole array and raise).
 *
 * <p>Their reductions are {@code all} and {@code any}: {@code np.logical_and.reduce} starts from
 * the identity {@code True}, so over no elements at all it answers {@code True}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q063")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q063} to check.
 */
public final class Q063LogicalOps {

    private Q063LogicalOps() {
    }

    /** {@code np.logical_xor(p, q)}: true where exactly one of them is true. */
    public static NDArray exactlyOne(NDArray p, NDArray q) {
        throw new NotSolved("Q063");
    }

    /** {@code np.logical_not(np.logical_or(p, q))}: true where both are false. */
    public static NDArray neither(NDArray p, NDArray q) {
        throw new NotSolved("Q063");
    }

    /** {@code np.logical_and(x, y)} on integer arrays: both non-zero. */
    public static NDArray bothNonZero(NDArray x, NDArray y) {
        throw new NotSolved("Q063");
    }

    /**
     * {@code np.all(mask)} as a reduction: {@code np.logical_and.reduce} over every axis
     * ({@code ReduceOptions.all()}).
     */
    public static boolean all(NDArray mask) {
        throw new NotSolved("Q063");
    }

    /** Predict {@code np.bitwise_and(2, 1)}. */
    public static long predictBitwiseAndOf2And1() {
        throw new NotSolved("Q063");
    }
}
