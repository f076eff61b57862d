package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.views.Index;
import dev.strides.workbook.NotSolved;

/**
 * Q028 - What is the difference between copy and view?
 *
 * <p>A <b>view</b> is a new (shape, strides, offset) over the <i>same</i> buffer: making one costs
 * O(ndim), and writes through it change the original. A <b>copy</b> owns new memory: O(size) to
 * make, independent afterwards. Basic indexing (integers, slices, {@code None}, {@code ...}),
 * transposes and most reshapes give views; advanced indexing (integer or boolean arrays) gives
 * copies, because its elements need not be evenly spaced. Two arrays <i>may</i> share memory
 * when the byte ranges they can touch overlap ({@code np.may_share_memory}, a cheap bounds
 * test); whether they actually share an element is a harder question
 * ({@code np.shares_memory}).
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q028")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q028} to check.
 */
public final class Q028CopyVsView {

    private Q028CopyVsView() {
    }

    /**
     * Predict: is {@code a[expression]} a view of {@code a}? Parse the expression with
     * {@code Index.parse}: any {@code Index.Mask} or {@code Index.IntArray} part makes a copy; so
     * does an index made of exactly one integer per axis (NumPy returns a scalar). Anything else
     * is basic indexing: a view.
     *
     * @param expression NumPy's index syntax, e.g. {@code "1:, ::-2"} or {@code "[0, 2]"}
     * @param ndim       the number of axes of {@code a}
     * @return true for a view
     */
    public static boolean predictView(String expression, int ndim) {
        throw new NotSolved("Q028");
    }

    /**
     * The bytes {@code a} can touch, {@code {lo, hi}} with {@code hi} exclusive, counted from the
     * start of its buffer: from {@code a.offset()}, each axis reaches {@code (n - 1) * stride}
     * bytes (down for a negative stride, up for a positive one), and the last element adds
     * {@code itemsize}. An array with no elements touches nothing: {@code {offset, offset}}.
     *
     * @param a any array
     * @return {lo, hi}
     */
    public static long[] byteExtent(NDArray a) {
        throw new NotSolved("Q028");
    }

    /**
     * {@code np.may_share_memory(a, b)}: the same buffer ({@code a.buffer() == b.buffer()}) and
     * overlapping byte extents.
     *
     * @param a an array
     * @param b another array
     * @return whether they might share an element
     */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        throw new NotSolved("Q028");
    }
}
