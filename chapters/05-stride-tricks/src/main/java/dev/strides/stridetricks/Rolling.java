package dev.strides.stridetricks;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.ufuncs.MathUfuncs;
import dev.strides.views.Axes;

/**
 * Rolling (moving-window) statistics without a loop over windows: make every window at once
 * with {@link SlidingWindows#slidingWindowView} (a view, no copy), then reduce its last axis
 * with a ufunc (chapter 4). For {@code x} of length {@code n} along {@code axis} and a window
 * of {@code w}, every result has {@code n - w + 1} entries along that axis: entry {@code i}
 * summarises {@code x[i : i + w]} (pandas' {@code rolling(w)} without its leading NaNs, and
 * {@code np.convolve(x, np.ones(w) / w, "valid")} for the mean).
 *
 * <p><b>Cost.</b> The window view is free, but the reduction reads every window: O(n·w) reads
 * and one result of {@code n - w + 1} elements; the standard deviation also makes one
 * temporary of {@code (n - w + 1)·w} deviations. For the mean,
 * {@link MovingAverages#cumsumMean} is O(n) (at some cost in rounding); for min and max a
 * monotonic deque is O(n) in a loop, which is the right answer for very long windows.
 *
 * <p>Results are new arrays (copies): float64 for mean and std, {@code x}'s dtype for min, max
 * and sum (the sum of an integer array is int64, as {@code np.sum}).
 */
public final class Rolling {

    private Rolling() {
    }

    // tag::rolling-mean[]
    /** {@code sliding_window_view(x, w, axis).mean(axis=-1)}: the mean of every window. */
    public static NDArray mean(NDArray x, int window, int axis) {
        NDArray windows = windows(x, window, axis);   // a view
        NDArray sums = ArithmeticUfuncs.ADD.reduce(windows, -1);               // one pass
        return ArithmeticUfuncs.DIVIDE.call(sums, (double) window);
    }
    // end::rolling-mean[]

    /** {@link #mean(NDArray, int, int)} along the last axis. */
    public static NDArray mean(NDArray x, int window) {
        return mean(x, window, -1);
    }

    /** {@code sliding_window_view(x, w, axis).sum(axis=-1)}: the sum of every window. */
    public static NDArray sum(NDArray x, int window, int axis) {
        return ArithmeticUfuncs.ADD.reduce(windows(x, window, axis), -1);
    }

    /** {@code sliding_window_view(x, w, axis).min(axis=-1)}; NaN in a window gives NaN. */
    public static NDArray min(NDArray x, int window, int axis) {
        checkNotEmpty(window);
        return MathUfuncs.MINIMUM.reduce(windows(x, window, axis), -1);
    }

    /** {@link #min(NDArray, int, int)} along the last axis. */
    public static NDArray min(NDArray x, int window) {
        return min(x, window, -1);
    }

    /** {@code sliding_window_view(x, w, axis).max(axis=-1)}; NaN in a window gives NaN. */
    public static NDArray max(NDArray x, int window, int axis) {
        checkNotEmpty(window);
        return MathUfuncs.MAXIMUM.reduce(windows(x, window, axis), -1);
    }

    /** {@link #max(NDArray, int, int)} along the last axis. */
    public static NDArray max(NDArray x, int window) {
        return max(x, window, -1);
    }

    // tag::rolling-std[]
    /**
     * {@code sliding_window_view(x, w, axis).var(axis=-1, ddof=ddof)}:
     * {@code Σ (x_j - mean)^2 / (w - ddof)} over each window. Deviations from each window's own
     * mean, not {@code E[x^2] - E[x]^2}, which cancels catastrophically for large values.
     */
    public static NDArray var(NDArray x, int window, int axis, int ddof) {
        NDArray windows = windows(x, window, axis);
        NDArray means = mean(x, window, axis);
        NDArray deviations = ArithmeticUfuncs.SUBTRACT.call(windows,       // broadcasts each
                Axes.expandDims(means, -1));                                // mean over its window
        NDArray squares = ArithmeticUfuncs.MULTIPLY.call(deviations, deviations);
        NDArray total = ArithmeticUfuncs.ADD.reduce(squares, -1);
        return ArithmeticUfuncs.DIVIDE.call(total, (double) (window - ddof));
    }
    // end::rolling-std[]

    /** {@code sliding_window_view(x, w, axis).std(axis=-1, ddof=ddof)}: {@code sqrt(var)}. */
    public static NDArray std(NDArray x, int window, int axis, int ddof) {
        return MathUfuncs.SQRT.call(var(x, window, axis, ddof));
    }

    /** {@link #std(NDArray, int, int, int)} along the last axis, population ({@code ddof=0}). */
    public static NDArray std(NDArray x, int window) {
        return std(x, window, -1, 0);
    }

    // NumPy: "zero-size array to reduction operation minimum which has no identity".
    private static void checkNotEmpty(int window) {
        if (window == 0) {
            throw new IllegalArgumentException("a rolling minimum or maximum needs a window of at"
                    + " least 1 element, got window 0: a reduction over no elements has no value");
        }
    }


    // The window view along one axis: shape (..., n - w + 1, ..., w).
    static NDArray windows(NDArray x, int window, int axis) {
        return SlidingWindows.slidingWindowView(x, new int[] {window}, new int[] {axis});
    }
}
