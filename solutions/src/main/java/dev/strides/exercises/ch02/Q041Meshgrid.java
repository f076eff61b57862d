package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q041 - How to use meshgrid? Reference solution.
 *
 * <p>The dense grids are the two vectors seen with stride 0 along the other axis; the sparse
 * grids are the vectors standing along their own axis, and broadcasting does the rest.
 */
public final class Q041Meshgrid {

    private Q041Meshgrid() {
    }

    /** X repeats x down the rows (row stride 0), Y repeats y along the columns (column stride 0). */
    public static NDArray[] gridXY(NDArray x, NDArray y) {
        int[] shape = {y.shape(0), x.shape(0)};
        NDArray xs = x.stridedView(shape, new long[] {0, x.strides(0)}, x.offset());
        NDArray ys = y.stridedView(shape, new long[] {y.strides(0), 0}, y.offset());
        xs.setWriteable(false);
        ys.setWriteable(false);
        return new NDArray[] {xs, ys};
    }

    /** Sparse grids (1, nx) and (ny, 1): the sum broadcasts to (ny, nx). */
    public static NDArray squaredRadius(NDArray x, NDArray y) {
        NDArray[] g = np.meshgrid(new NDArray[] {x, y}, "xy", true, false);
        return np.add(np.square(g[0]), np.square(g[1]));
    }

    /** np.meshgrid(np.arange(4), np.arange(3), np.arange(2)): 'xy' swaps the first two axes. */
    public static int[] predictShapeXY() {
        return new int[] {3, 4, 2};
    }

    /** The same with indexing='ij': the lengths in argument order. */
    public static int[] predictShapeIJ() {
        return new int[] {4, 3, 2};
    }
}
