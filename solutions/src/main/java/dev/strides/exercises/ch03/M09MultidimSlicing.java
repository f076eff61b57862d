package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * M09 - Write code to efficiently slicing multi-dimensional arrays Reference solution.
 *
 * <p>Basic slicing is arithmetic on the layout, never a loop over elements. On an axis of length
 * {@code n} and stride {@code s}, the slice {@code start:stop:step} keeps {@code count} elements:
 * the offset moves by {@code start * s} and the new stride is {@code step * s} (negative for a
 * negative step). Python's rules fix the bounds: a missing start is 0 (or {@code n - 1} for a
 * negative step), a missing stop is {@code n} (or "before 0"), negative bounds count from the
 * end, and bounds beyond the axis are clipped. Each axis is sliced independently, so
 * {@code a[1:, ::-2]} is two such steps, O(ndim) in all, whatever the array's size.
 */
public final class M09MultidimSlicing {

    private M09MultidimSlicing() {
    }

    /**
     * {@code a[..., start:stop:step, ...]} on one axis, from scratch with {@code a.stridedView}:
     * Python's slice rules as above; {@code count} is {@code ceil((stop - start) / step)} when
     * positive, else 0. An empty result keeps {@code a}'s offset.
     *
     * @param a     any array, not modified
     * @param axis  the axis sliced, {@code >= 0}
     * @param start null for the default
     * @param stop  null for the default
     * @param step  null for 1
     * @return a view
     * @throws IllegalArgumentException {@code slice step cannot be zero}
     */
    public static NDArray sliceAxis(NDArray a, int axis, Integer start, Integer stop,
                                    Integer step) {
        int st = step == null ? 1 : step;
        if (st == 0) {
            throw new IllegalArgumentException("slice step cannot be zero");
        }
        int n = a.shape(axis);
        int lower = st > 0 ? 0 : -1;
        int upper = st > 0 ? n : n - 1;
        int from = start == null ? (st > 0 ? lower : upper) : clip(start, n, lower, upper);
        int to = stop == null ? (st > 0 ? upper : lower) : clip(stop, n, lower, upper);
        int count = st > 0 ? Math.max(0, (to - from + st - 1) / st)
                : Math.max(0, (from - to - st - 1) / -st);
        int[] shape = a.shape();
        long[] strides = a.strides();
        shape[axis] = count;
        strides[axis] = a.strides(axis) * st;
        long offset = a.offset() + (count == 0 ? 0 : from * a.strides(axis));
        return a.stridedView(shape, strides, offset);
    }

    private static int clip(int bound, int n, int lower, int upper) {
        int b = bound < 0 ? bound + n : bound;
        return Math.max(lower, Math.min(upper, b));
    }

    /**
     * The central {@code h x w} window of an {@code (H, W, C)} image, all channels:
     * {@code image[top:top+h, left:left+w]} with {@code top = (H - h) / 2} and
     * {@code left = (W - w) / 2}. Use {@code np.get(image, np.slice(...), np.slice(...))}: a view,
     * whatever the image's size.
     *
     * @param image an (H, W, C) array, not modified
     * @param h     rows kept, {@code <= H}
     * @param w     columns kept, {@code <= W}
     * @return a view of the image's buffer
     */
    public static NDArray centerCrop(NDArray image, int h, int w) {
        int top = (image.shape(0) - h) / 2;
        int left = (image.shape(1) - w) / 2;
        return np.get(image, np.slice(top, top + h), np.slice(left, left + w));
    }
}
