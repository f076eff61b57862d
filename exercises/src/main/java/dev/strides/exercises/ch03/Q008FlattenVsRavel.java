package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q008 - Difference between flatten() and ravel()
 *
 * <p>Both return the elements as a 1-d array in C order. {@code flatten()} always copies them
 * into a new buffer. {@code ravel()} returns a <b>view</b> when the elements already lie in C
 * order, evenly {@code itemsize} bytes apart — the array is C-contiguous — and only copies
 * otherwise (a transpose, a slice with a step). So writing into {@code a.ravel()} may or may not
 * change {@code a}; writing into {@code a.flatten()} never does.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q008")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q008} to check.
 */
public final class Q008FlattenVsRavel {

    private Q008FlattenVsRavel() {
    }

    /**
     * Is a layout C-contiguous? Walk the axes from the last: each axis of length other than 1
     * must have stride {@code expected}, which starts at {@code itemsize} and is multiplied by
     * the axis's length after it. Length-1 axes never step, so their strides do not matter; an
     * array with no elements is contiguous.
     *
     * @param shape    the lengths
     * @param strides  the strides in bytes
     * @param itemsize bytes per element
     * @return whether the elements lie in C order with no gaps
     */
    public static boolean isCContiguous(int[] shape, long[] strides, int itemsize) {
        throw new NotSolved("Q008");
    }

    /**
     * {@code a.ravel()}: a 1-d view (shape {@code (size,)}, stride {@code itemsize}, {@code a}'s
     * offset) when {@code a} is C-contiguous, otherwise {@link #flatten}.
     *
     * @param a any array, not modified
     * @return a view or a copy, as NumPy decides
     */
    public static NDArray ravel(NDArray a) {
        throw new NotSolved("Q008");
    }

    /**
     * {@code a.flatten()}: always a new 1-d array. Hint: {@code np.copy(a, Order.C)} makes a
     * C-ordered copy (plain {@code np.copy} keeps the layout); view that copy as 1-d.
     *
     * @param a any array, not modified
     * @return a copy
     */
    public static NDArray flatten(NDArray a) {
        throw new NotSolved("Q008");
    }
}
