package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * H05 - Write code to implement rolling window statistics efficiently. Reference solution.
 *
 * <p>Build all windows as one view ({@code sliding_window_view(x, w)}: shape
 * {@code (n - w + 1, w)}, no copy) and reduce along its last axis with vectorised operations:
 * the mean is the sum over {@code w}; the standard deviation is the root of the mean squared
 * deviation from each window's own mean (subtract the means with broadcasting, not
 * {@code E[x²] - E[x]²}, which loses precision); the maximum is a max-reduction. O(n·w) work
 * and no Python-level (here: Java-level) loop over windows. pandas'
 * {@code Series.rolling(w).mean()} gives the same values after {@code w - 1} leading NaNs.
 */
public final class H05RollingStatistics {

    private H05RollingStatistics() {
    }

    /**
     * The rolling mean of a 1-d series: element {@code i} is the mean of {@code x[i : i + w]}.
     *
     * @param x a 1-d float64 series, not modified
     * @param w the window length, {@code 1 <= w <= n}
     * @return a new float64 array of {@code n - w + 1} values
     * @throws IllegalArgumentException when {@code w > n}, with NumPy's message
     *     {@code "window shape cannot be larger than input array shape"}
     */
    public static NDArray rollingMean(NDArray x, int w) {
        return np.divide(np.sum(np.lib.strideTricks.slidingWindowView(x, w), 1), (double) w);
    }

    /**
     * The rolling population standard deviation ({@code ddof=0}): the square root of the mean
     * of {@code (x_j - m_i)²} over window {@code i}, where {@code m_i} is that window's mean.
     *
     * @param x a 1-d float64 series, not modified
     * @param w the window length, {@code 1 <= w <= n}
     * @return a new float64 array of {@code n - w + 1} values
     */
    public static NDArray rollingStd(NDArray x, int w) {
        NDArray windows = np.lib.strideTricks.slidingWindowView(x, w);
        NDArray means = rollingMean(x, w);
        NDArray deviations = np.subtract(windows, np.expandDims(means, 1));
        NDArray squares = np.multiply(deviations, deviations);
        return np.sqrt(np.divide(np.sum(squares, 1), (double) w));
    }

    /**
     * The rolling maximum: element {@code i} is the largest of {@code x[i : i + w]}; a NaN in
     * the window makes it NaN, as {@code np.max}.
     *
     * @param x a 1-d float64 series, not modified
     * @param w the window length, {@code 1 <= w <= n}
     * @return a new float64 array of {@code n - w + 1} values
     */
    public static NDArray rollingMax(NDArray x, int w) {
        return np.maximum.reduce(np.lib.strideTricks.slidingWindowView(x, w), 1);
    }
}
