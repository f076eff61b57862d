package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

/**
 * {@code a.view(dtype)} (a method in NumPy): the same bytes read as another dtype — a
 * <b>view</b>, no conversion, no copy. {@code np.arange(3.0).view(np.int64)} shows the IEEE-754
 * bit patterns of 0.0, 1.0 and 2.0 as integers.
 *
 * <p>With the same itemsize, shape and strides stay. With another itemsize the <b>last axis</b>
 * absorbs the difference, so it must be contiguous (stride = itemsize, or length 1): float64 →
 * int32 doubles its length (each 8-byte element becomes two 4-byte ones), int8 → int32 divides
 * it by 4 (its byte length must be a multiple of 4). O(ndim).
 */
public final class DTypeView {

    private DTypeView() {
    }

    /**
     * The bytes of {@code a} read as {@code dtype}; see the class comment for the shape rules.
     *
     * @throws ShapeException NumPy's {@code ValueError}s: a 0-d array with another itemsize, a
     *     last axis that is not contiguous, or a last axis whose bytes do not divide evenly
     */
    public static NDArray view(NDArray a, DType dtype) {
        int oldSize = a.itemsize();
        int newSize = dtype.itemsize();
        if (newSize == oldSize) {
            return a.stridedView(dtype, a.shape(), a.strides(), a.offset());   // same layout
        }
        checkResizable(a, newSize);
        // tag::view-dtype[]
        int[] shape = a.shape();
        long[] strides = a.strides();
        int last = shape.length - 1;                  // the last axis absorbs the change
        if (newSize < oldSize) {
            shape[last] *= oldSize / newSize;         // each element splits into several
        } else {
            shape[last] = (int) ((long) shape[last] * oldSize / newSize);   // several fuse
        }
        strides[last] = newSize;
        return a.stridedView(dtype, shape, strides, a.offset());
        // end::view-dtype[]
    }

    /** NumPy's conditions for a view with another itemsize, and its messages. */
    private static void checkResizable(NDArray a, int newSize) {
        int oldSize = a.itemsize();
        if (a.ndim() == 0) {
            throw new ShapeException("Changing the dtype of a 0d array is only supported if the"
                    + " itemsize is unchanged");
        }
        int last = a.ndim() - 1;
        if (a.shape(last) != 1 && a.size() != 0 && a.strides(last) != oldSize) {
            throw new ShapeException("To change to a dtype of a different size, the last axis"
                    + " must be contiguous");
        }
        if (newSize < oldSize && oldSize % newSize != 0) {
            throw new ShapeException("When changing to a smaller dtype, its size must be a"
                    + " divisor of the size of original dtype");
        }
        if (newSize > oldSize && (long) a.shape(last) * oldSize % newSize != 0) {
            throw new ShapeException("When changing to a larger dtype, its size must be a"
                    + " divisor of the total size in bytes of the last axis of the array.");
        }
    }
}
