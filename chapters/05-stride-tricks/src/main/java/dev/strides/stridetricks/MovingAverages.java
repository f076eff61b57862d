package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ufuncs.ArithmeticUfuncs;

/**
 * Moving averages of a 1-d series without a Python-style loop, three ways. All return a new
 * float64 array of {@code n - w + 1} elements (NumPy's {@code "valid"} mode): entry {@code i}
 * averages {@code x[i : i + w]}.
 *
 * <ul>
 *   <li>{@link #simple}: the window view's mean; O(n·w) reads, exact to rounding.</li>
 *   <li>{@link #cumsumMean}: the cumulative-sum trick, O(n) whatever {@code w}:
 *       {@code (c[i + w] - c[i]) / w} with {@code c = [0, cumsum(x)]}. The subtraction of two
 *       large running sums loses digits on long series (the error grows with {@code |c|}, not
 *       with the window).</li>
 *   <li>{@link #weighted}: each window dotted with a weight vector and divided by the weights'
 *       sum; {@code np.convolve(x, weights[::-1], "valid") / weights.sum()}.</li>
 * </ul>
 */
public final class MovingAverages {

    private MovingAverages() {
    }

    /** The simple moving average: {@code sliding_window_view(x, w).mean(axis=-1)}. */
    public static NDArray simple(NDArray x, int window) {
        checkSeries(x, window);
        return Rolling.mean(x, window, 0);
    }

    // tag::cumsum-mean[]
    /**
     * The simple moving average from one cumulative sum: O(n) for any window. With
     * {@code c = cumsum(x)}, the sum of {@code x[i : i + w]} is {@code c[i + w - 1] - c[i - 1]}
     * (and {@code c[w - 1]} for the first window), so two shifted views of {@code c} and one
     * subtraction give every window's sum.
     */
    public static NDArray cumsumMean(NDArray x, int window) {
        checkSeries(x, window);
        NDArray c = ArithmeticUfuncs.ADD.accumulate(x.astype(DType.FLOAT64), 0);
        int count = (int) x.size() - window + 1;
        NDArray sums = NDArray.allocate(DType.FLOAT64, new int[] {count}, Order.C);
        sums.setDouble(c.getDouble(window - 1), 0);
        long step = c.strides(0);
        NDArray ends = c.stridedView(new int[] {count - 1}, new long[] {step}, window * step);
        NDArray starts = c.stridedView(new int[] {count - 1}, new long[] {step}, 0);
        NDArray rest = sums.stridedView(new int[] {count - 1}, new long[] {8}, 8);  // sums[1:]
        ArithmeticUfuncs.SUBTRACT.call(ends, starts, rest);         // written in place
        return ArithmeticUfuncs.DIVIDE.call(sums, (double) window, sums);
    }
    // end::cumsum-mean[]

    /**
     * The weighted moving average: {@code Σ_j x[i + j]·weights[j] / Σ_j weights[j]}. The
     * weights broadcast against the window axis, so the product is one ufunc call.
     */
    public static NDArray weighted(NDArray x, NDArray weights) {
        if (weights.ndim() != 1) {
            throw new IllegalArgumentException("weights must be 1-d, got shape "
                    + NDArray.tuple(weights.shape()));
        }
        int window = weights.shape(0);
        checkSeries(x, window);
        NDArray windows = SlidingWindows.slidingWindowView(x, window);
        NDArray products = ArithmeticUfuncs.MULTIPLY.call(windows, weights.astype(DType.FLOAT64));
        NDArray sums = ArithmeticUfuncs.ADD.reduce(products, -1);
        double total = ArithmeticUfuncs.ADD.reduce(weights.astype(DType.FLOAT64), 0).getDouble();
        if (total == 0) {
            throw new IllegalArgumentException("Weights sum to zero, can't be normalized");
        }
        return ArithmeticUfuncs.DIVIDE.call(sums, total);
    }

    private static void checkSeries(NDArray x, int window) {
        if (x.ndim() != 1) {
            throw new IllegalArgumentException("a moving average needs a 1-d series, got shape "
                    + NDArray.tuple(x.shape()));
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        if (window > x.shape(0)) {
            throw new IllegalArgumentException(
                    "window shape cannot be larger than input array shape");
        }
    }
}
