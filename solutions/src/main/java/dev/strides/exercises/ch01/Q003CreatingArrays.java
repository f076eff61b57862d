package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.lang.foreign.ValueLayout;

/**
 * Q003 - How to create specific arrays (zeros, ones, eye)? Reference solution.
 *
 * <p>Strides come from one running product: start at the itemsize at the fastest axis and
 * multiply by each axis length while walking to the slowest. {@code eye} allocates zeros and
 * writes only its ones, at addresses computed from the strides.
 */
public final class Q003CreatingArrays {

    private Q003CreatingArrays() {
    }

    /** C order: walk the axes from the last (fastest) to the first. */
    public static long[] cStrides(int[] shape, int itemsize) {
        long[] strides = new long[shape.length];
        if (hasNoElements(shape)) {
            return strides;                   // NumPy 2: all zeros when there are no elements
        }
        long step = itemsize;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            strides[axis] = step;
            step *= shape[axis];
        }
        return strides;
    }

    /** F order: walk the axes from the first (fastest) to the last. */
    public static long[] fStrides(int[] shape, int itemsize) {
        long[] strides = new long[shape.length];
        if (hasNoElements(shape)) {
            return strides;
        }
        long step = itemsize;
        for (int axis = 0; axis < shape.length; axis++) {
            strides[axis] = step;
            step *= shape[axis];
        }
        return strides;
    }

    private static boolean hasNoElements(int[] shape) {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    /** Zeros, then one write per element of diagonal {@code k}: O(min(n, m)) writes. */
    public static NDArray eye(int n, int m, int k) {
        // allocate checks the dimensions and hands out zero-filled memory
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {n, m}, Order.C);
        long rowStride = a.strides(0);
        long colStride = a.strides(1);
        for (int i = Math.max(0, -k); i < n && i + k < m; i++) {
            long at = a.offset() + i * rowStride + (long) (i + k) * colStride;
            a.buffer().set(ValueLayout.JAVA_DOUBLE, at, 1.0); // native order, as DType.FLOAT64
        }
        return a;
    }
}
