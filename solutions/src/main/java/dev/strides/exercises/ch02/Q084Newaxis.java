package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q084 - How to Use broadcasting with newaxis? Reference solution.
 *
 * <p>{@code None} in an index adds an axis of length 1 with stride 0: no element moves, only
 * the shape and strides grow by one entry.
 */
public final class Q084Newaxis {

    private Q084Newaxis() {
    }

    /** Shape and strides with (1, 0) inserted at {@code position}; same buffer and offset. */
    public static NDArray newAxis(NDArray a, int position) {
        int n = a.ndim();
        if (position < 0 || position > n) {
            throw new IllegalArgumentException("position " + position + " is out of range for"
                    + " an array of dimension " + n + ": it must be in [0, " + n + "]");
        }
        int[] shape = new int[n + 1];
        long[] strides = new long[n + 1];
        for (int k = 0, j = 0; k <= n; k++) {
            if (k == position) {
                shape[k] = 1;
                strides[k] = 0;
            } else {
                shape[k] = a.shape(j);
                strides[k] = a.strides(j);
                j++;
            }
        }
        return a.stridedView(shape, strides, a.offset());
    }

    /** x[:, None] * y[None, :]. */
    public static NDArray outer(NDArray x, NDArray y) {
        return np.multiply(newAxis(x, 1), newAxis(y, 0));
    }

    /** x[:, None] - x[None, :]. */
    public static NDArray differences(NDArray x) {
        return np.subtract(newAxis(x, 1), newAxis(x, 0));
    }
}
