package dev.strides.exercises.ch01;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q052 - How to check if array is empty?
 *
 * <p>An array is empty when it holds no elements: its size, the product of its shape, is 0.
 * That happens as soon as one axis has length 0, whatever the other axes are. Two tempting
 * checks are wrong: "has no dimensions" (a 0-d array such as {@code np.array(5.0)} has shape
 * {@code ()} and holds exactly one element) and "len is 0" ({@code len(a)} only looks at
 * axis 0, so shape {@code (3, 0)} has len 3 and no elements). NumPy also refuses to use an
 * array as a truth value, so {@code if a:} is no check at all.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q052")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q052} to check.
 */
public final class Q052EmptyArrays {

    private Q052EmptyArrays() {
    }

    /**
     * Whether {@code a} holds no elements, NumPy's {@code a.size == 0}.
     *
     * <p>Examples: shapes {@code (0,)} and {@code (2, 0, 3)} are empty; shapes {@code ()}
     * (a 0-d array) and {@code (3,)} are not.
     *
     * @param a any array, not modified
     * @return true when {@code a} has no elements
     */
    public static boolean isEmpty(NDArray a) {
        throw new NotSolved("Q052");
    }

    /**
     * NumPy's {@code len(a)}: the length of the first axis, not the number of elements.
     *
     * @param a an array with at least one dimension, not modified
     * @return {@code a.shape[0]}
     * @throws IllegalArgumentException when {@code a} is 0-d, with NumPy's message
     *     {@code "len() of unsized object"}
     */
    public static int len(NDArray a) {
        throw new NotSolved("Q052");
    }

    /**
     * The shape of {@code a[:0]}: the shape of {@code a} with the first axis set to 0. An array
     * of this shape is empty but has the same trailing axes as {@code a}, so it can start a
     * result that rows of {@code a}'s kind are appended to. The result is a new {@code int[]};
     * {@code a} is not modified.
     *
     * <p>Examples: shape {@code (4, 3)} gives {@code (0, 3)}; shape {@code (5,)} gives
     * {@code (0,)}.
     *
     * @param a an array with at least one dimension
     * @return a new shape array, {@code ndim} long, whose first entry is 0
     * @throws IllegalArgumentException when {@code a} is 0-d (it cannot be sliced), with
     *     NumPy's message {@code "too many indices for array: array is 0-dimensional, but 1
     *     were indexed"}
     */
    public static int[] emptyShapeFor(NDArray a) {
        throw new NotSolved("Q052");
    }
}
