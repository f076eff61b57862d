package dev.strides.stridetricks;

import dev.strides.ndarray.NDArray;
import dev.strides.views.AxisException;

import java.util.Objects;

/**
 * NumPy's {@code np.lib.stride_tricks.sliding_window_view}: every window of
 * {@code windowShape} over {@code x}, as one <b>view</b> with extra trailing axes. No element is
 * copied; cost O(ndim), whatever the number of windows.
 *
 * <p>For a 1-d {@code x} of {@code n} elements with stride {@code s} and a window of {@code w},
 * the result has shape {@code (n - w + 1, w)} and strides {@code (s, s)}: stepping to the next
 * window and stepping inside a window both move one element, so window {@code i} is
 * {@code x[i : i + w]} and neighbouring windows share {@code w - 1} elements. In general the
 * windowed axes shrink by {@code w - 1}, and one new axis per window dimension is appended
 * with the stride of the axis it slides along.
 *
 * <p>The view is <b>read-only by default</b>, as NumPy's: element {@code x[j]} appears in up to
 * {@code w} windows, so a write through one window would show up in the others.
 */
public final class SlidingWindows {

    private SlidingWindows() {
    }

    /** {@code sliding_window_view(x, w)}: windows of {@code w} along every axis (1-d input). */
    public static NDArray slidingWindowView(NDArray x, int... windowShape) {
        return slidingWindowView(x, windowShape, null, false);
    }

    /**
     * {@code sliding_window_view(x, window_shape, axis=axis)}, read-only. (There is deliberately
     * no {@code (x, int window, int axis)} overload: it would capture
     * {@code slidingWindowView(image, 3, 3)}, which means a 3x3 window.)
     */
    public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis) {
        return slidingWindowView(x, windowShape, axis, false);
    }

    /**
     * Windows of {@code windowShape[k]} along {@code axis[k]}; {@code axis == null} means one
     * window dimension per axis of {@code x}. An axis may be repeated (windows of windows).
     *
     * @throws IllegalArgumentException with NumPy's messages for negative or oversized windows
     *     and mismatched lengths; {@link AxisException} for an axis outside {@code x}
     */
    // tag::sliding-window-view[]
    public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis,
                                            boolean writeable) {
        Objects.requireNonNull(x, "x");
        int[] axes = checkAxes(x, windowShape, axis);
        int n = x.ndim();
        int[] shape = new int[n + axes.length];
        long[] strides = new long[n + axes.length];
        System.arraycopy(x.shape(), 0, shape, 0, n);
        System.arraycopy(x.strides(), 0, strides, 0, n);
        for (int k = 0; k < axes.length; k++) {
            if (shape[axes[k]] < windowShape[k]) {
                throw new IllegalArgumentException(
                        "window shape cannot be larger than input array shape");
            }
            shape[axes[k]] -= windowShape[k] - 1;      // positions where a window fits
            shape[n + k] = windowShape[k];             // the new axis inside the window ...
            strides[n + k] = x.strides(axes[k]);       // ... steps like the axis it slides on
        }
        return AsStrided.asStrided(x, shape, strides, writeable);
    }
    // end::sliding-window-view[]

    private static int[] checkAxes(NDArray x, int[] windowShape, int[] axis) {
        Objects.requireNonNull(windowShape, "windowShape");
        for (int w : windowShape) {
            if (w < 0) {
                throw new IllegalArgumentException("`window_shape` cannot contain negative values");
            }
        }
        if (axis == null) {
            if (windowShape.length != x.ndim()) {
                throw new IllegalArgumentException("Since axis is `None`, must provide window_shape"
                        + " for all dimensions of `x`; got " + windowShape.length
                        + " window_shape elements and `x.ndim` is " + x.ndim() + ".");
            }
            int[] all = new int[x.ndim()];
            for (int k = 0; k < all.length; k++) {
                all[k] = k;
            }
            return all;
        }
        int[] axes = new int[axis.length];
        for (int k = 0; k < axis.length; k++) {
            axes[k] = AxisException.normalize(axis[k], x.ndim());
        }
        if (windowShape.length != axes.length) {
            throw new IllegalArgumentException("Must provide matching length window_shape and axis;"
                    + " got " + windowShape.length + " window_shape elements and " + axes.length
                    + " axes elements.");
        }
        return axes;
    }
}
