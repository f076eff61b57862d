package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * G08 - How to implement moving average without loops? Reference solution.
 *
 * <p>Two classic answers. <b>Windows:</b> {@code sliding_window_view(x, w).mean(axis=-1)} - a
 * view of all windows (no copy) reduced along its last axis; O(n·w) work. <b>Cumulative
 * sum:</b> with {@code c = np.cumsum(x)}, the sum of {@code x[i : i + w]} is
 * {@code c[i + w - 1] - c[i - 1]} (and {@code c[w - 1]} for {@code i = 0}): two shifted slices
 * and one subtraction, O(n) whatever {@code w}, at the price of rounding error that grows with
 * the running sum. Both give NumPy's "valid" mode,
 * {@code np.convolve(x, np.ones(w) / w, "valid")}: {@code n - w + 1} averages.
 */
public final class G08MovingAverage {

    private G08MovingAverage() {
    }

    /**
     * The simple moving average by windows: element {@code i} is the mean of
     * {@code x[i : i + w]}. No loop over windows: build the window view and reduce it.
     *
     * @param x a 1-d float64 series, not modified
     * @param w the window length, {@code 1 <= w <= n}
     * @return a new float64 array of {@code n - w + 1} averages
     * @throws IllegalArgumentException when {@code w > n} (NumPy's message
     *     {@code "window shape cannot be larger than input array shape"}) or {@code w < 1}
     */
    public static NDArray movingAverage(NDArray x, int w) {
        if (w < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + w);
        }
        NDArray windows = np.lib.strideTricks.slidingWindowView(x, w);
        return np.divide(np.sum(windows, 1), (double) w);
    }

    /**
     * The same averages in O(n) from one cumulative sum ({@code np.add.accumulate} in
     * Strides: {@code np.add.accumulate(x)}, or any running sum you compute), with no loop
     * over windows: subtract two shifted slices of the running sum.
     *
     * @param x a 1-d float64 series, not modified
     * @param w the window length, {@code 1 <= w <= n}
     * @return a new float64 array of {@code n - w + 1} averages
     * @throws IllegalArgumentException when {@code w > n} or {@code w < 1}
     */
    public static NDArray movingAverageCumsum(NDArray x, int w) {
        int n = x.shape(0);
        if (w < 1 || w > n) {
            throw new IllegalArgumentException("window shape cannot be larger than input array shape");
        }
        NDArray padded = np.zeros(n + 1);                    // [0, x0, x0 + x1, ...]
        np.add.accumulate(x, 0, null, np.get(padded, "1:"));
        NDArray sums = np.subtract(np.get(padded, w + ":"), np.get(padded, ":" + (n - w + 1)));
        return np.divide(sums, (double) w);
    }
}
