package dev.strides.exercises.ch01;

import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;

/**
 * Q052 - How to check if array is empty? Reference solution.
 *
 * <p>Emptiness is a property of the element count, {@code size == 0}: one axis of length 0 is
 * enough, and a 0-d array (one element) is never empty. {@code len} and the shape of
 * {@code a[:0]} are both about axis 0 and need at least one axis.
 */
public final class Q052EmptyArrays {

    private Q052EmptyArrays() {
    }

    /** Whether {@code a} holds no elements: {@code a.size() == 0}. O(1): size is stored. */
    public static boolean isEmpty(NDArray a) {
        return a.size() == 0;
    }

    /** NumPy's {@code len(a)}: the length of axis 0; a 0-d array has none. */
    public static int len(NDArray a) {
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("len() of unsized object");
        }
        return a.shape()[0];
    }

    /** The shape of {@code a[:0]}: {@code a}'s shape with axis 0 set to 0, as a new array. */
    public static int[] emptyShapeFor(NDArray a) {
        if (a.ndim() == 0) {
            throw new IndexException( // NumPy's IndexError for a[:0]
                    "too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        int[] shape = a.shape(); // shape() hands out a copy, so changing it is safe
        shape[0] = 0;
        return shape;
    }
}
