package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * M09 - Write code to efficiently slicing multi-dimensional arrays
 *
 * <p>Basic slicing is arithmetic on the layout, never a loop over elements. On an axis of length
 * {@code n} and stride {@code s}, the slice {@code start:stop:step} keeps {@code count} elements:
 * the offset moves by {@code start * s} and the new stride is {@code step * s} (negative for a
 * negative step). Python's rules fix the bounds: a missing start is 0 (or {@code n - 1} for a
 * negative step), a missing stop is {@code n} (or "before 0"), negative bounds count from the
 * end, and bounds beyond the axis are clipped. Each axis is sliced independently, so
 * {@code a[1:, ::-2]} is two such steps, O(ndim) in all, whatever the array's size.
 *
 * <p>Your task: replace each {@code throw new NotSolved("M09")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook M09} to check.
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
        throw new NotSolved("M09");
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
        throw new NotSolved("M09");
    }
}
