package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * G08 - How to implement moving average without loops?
 *
 * <p>Two classic answers. <b>Windows:</b> {@code sliding_window_view(x, w).mean(axis=-1)} - a
 * view of all windows (no copy) reduced along its last axis; O(n·w) work. <b>Cumulative
 * sum:</b> with {@code c = np.cumsum(x)}, the sum of {@code x[i : i + w]} is
 * {@code c[i + w - 1] - c[i - 1]} (and {@code c[w - 1]} for {@code i = 0}): two shifted slices
 * and one subtraction, O(n) whatever {@code w}, at the price of rounding error that grows with
 * the running sum. Both give NumPy's "valid" mode,
 * {@code np.convolve(x, np.ones(w) / w, "valid")}: {@code n - w + 1} averages.
 *
 * <p>Your task: replace each {@code throw new NotSolved("G08")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook G08} to check.
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
        throw new NotSolved("G08");
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
        throw new NotSolved("G08");
    }
}
