package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q103 - How to use as_strided for sliding windows? Reference solution.
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
        int n = x.shape(0);
        if (w < 0) {
            throw new IllegalArgumentException("`window_shape` cannot contain negative values");
        }
        if (w > n) {
            throw new IllegalArgumentException("window shape cannot be larger than input array shape");
        }
        long s = x.strides(0);
        return np.lib.strideTricks.asStrided(x, new int[] {n - w + 1, w}, new long[] {s, s}, false);
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
        if (kh > a.shape(0) || kw > a.shape(1)) {
            throw new IllegalArgumentException("window shape cannot be larger than input array shape");
        }
        long s0 = a.strides(0);
        long s1 = a.strides(1);
        return np.lib.strideTricks.asStrided(a,
                new int[] {a.shape(0) - kh + 1, a.shape(1) - kw + 1, kh, kw},
                new long[] {s0, s1, s0, s1}, false);
    }
}
