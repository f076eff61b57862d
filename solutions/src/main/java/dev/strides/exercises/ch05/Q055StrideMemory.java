package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;

/**
 * Q055 - How to optimize memory with strides? Reference solution.
 *
 * <p>A view costs no memory for its elements: it is a new shape, strides and offset over a
 * buffer that already exists. Strides let one buffer be read as every other element (stride
 * {@code 2·itemsize}), as the same row repeated (stride 0), or as overlapping windows (stride
 * equal to the step inside the window) - a few bytes of metadata where a copy would allocate
 * {@code size·itemsize} bytes. The cost is paid elsewhere: a view keeps its whole base alive,
 * a strided view reads memory less efficiently, and a view with stride 0 or overlapping windows
 * must be read-only, because one write would change many elements.
 */
public final class Q055StrideMemory {

    private Q055StrideMemory() {
    }

    /**
     * NumPy's {@code x[::2]} for a 1-d array of any stride, made with
     * {@link NDArray#stridedView(int[], long[], long)} only: {@code ceil(n / 2)} elements, the
     * stride doubled, the same offset. A view: no element is copied.
     *
     * @param x a 1-d array (any dtype, any stride, possibly reversed)
     * @return a view of every other element of {@code x}, starting with {@code x[0]}
     */
    public static NDArray everyOther(NDArray x) {
        int n = (x.shape(0) + 1) / 2;
        return x.stridedView(new int[] {n}, new long[] {2 * x.strides(0)}, x.offset());
    }

    /**
     * {@code np.broadcast_to(row, (times, n))} for a 1-d {@code row}, made with
     * {@link NDArray#stridedView(int[], long[], long)} only: shape {@code (times, n)}, strides
     * {@code (0, row.strides[0])}, <b>read-only</b> (set the view's writeable flag to false:
     * writing one element would write a whole column).
     *
     * @param row   a 1-d array, not modified
     * @param times how many rows the view shows ({@code >= 0})
     * @return a read-only view that repeats {@code row} without copying it
     */
    public static NDArray repeatRows(NDArray row, int times) {
        NDArray view = row.stridedView(new int[] {times, row.shape(0)},
                new long[] {0, row.strides(0)}, row.offset());
        view.setWriteable(false);
        return view;
    }

    /**
     * The bytes that copying all windows of length {@code w} over {@code n} float64 values
     * would allocate: {@code np.ascontiguousarray(sliding_window_view(np.zeros(n), w)).nbytes}.
     * The window view itself allocates none of them.
     *
     * @param n the series length
     * @param w the window length, {@code 1 <= w <= n}
     * @return {@code (n - w + 1) · w · 8}
     */
    public static long copiedWindowBytes(long n, long w) {
        return (n - w + 1) * w * 8;
    }
}
