package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q103 - How to use as_strided for sliding windows?
 *
 * <p>For a 1-d {@code x} of {@code n} elements with stride {@code s}, all windows of length
 * {@code w} are one view of shape {@code (n - w + 1, w)} and strides {@code (s, s)}: the next
 * window starts one element later, and the next element of a window is one element later too.
 * {@code as_strided(x, shape=(n - w + 1, w), strides=(s, s))} builds it; NumPy's
 * {@code sliding_window_view} does exactly this after checking the window fits, and returns
 * it read-only. For 2-d windows of {@code (kh, kw)} over an {@code (h, w)} array with strides
 * {@code (s0, s1)}: shape {@code (h - kh + 1, w - kw + 1, kh, kw)}, strides
 * {@code (s0, s1, s0, s1)}.
 *
 * <p>Build the views with {@code np.lib.strideTricks.asStrided} (or
 * {@link NDArray#stridedView}); do not call {@code slidingWindowView}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q103")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q103} to check.
 */
public final class Q103SlidingWindows {

    private Q103SlidingWindows() {
    }

    /**
     * All windows of length {@code w} over a 1-d {@code x}, as a read-only view of shape
     * {@code (n - w + 1, w)} and strides {@code (s, s)}.
     *
     * @param x a 1-d array of any stride
     * @param w the window length
     * @return a read-only view sharing {@code x}'s buffer
     * @throws IllegalArgumentException when {@code w > n}, with NumPy's message
     *     {@code "window shape cannot be larger than input array shape"}, or when {@code w < 0}
     */
    public static NDArray windows(NDArray x, int w) {
        throw new NotSolved("Q103");
    }

    /**
     * All {@code (kh, kw)} windows over a 2-d {@code a}, as a read-only view of shape
     * {@code (h - kh + 1, w - kw + 1, kh, kw)}: element {@code [r, c, i, j]} is
     * {@code a[r + i, c + j]}.
     *
     * @param a  a 2-d array of any strides
     * @param kh window rows
     * @param kw window columns
     * @return a read-only view sharing {@code a}'s buffer
     * @throws IllegalArgumentException when the window does not fit, with NumPy's message
     */
    public static NDArray windows2d(NDArray a, int kh, int kw) {
        throw new NotSolved("Q103");
    }
}
