package dev.strides.exercises.ch03;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.np.np;

/**
 * MS03 - How to create a view of an array with different data type? Reference solution.
 *
 * <p>{@code a.view(np.int32)} reads the same bytes as another dtype: no conversion and no copy
 * (unlike {@code astype}, which converts values into new memory). With the same itemsize only the
 * dtype changes. With a different one, the <b>last axis</b> absorbs the difference, so it must be
 * contiguous: a (2, 3) float64 array viewed as int32 is (2, 6), each 8-byte float now two 4-byte
 * integers; an int8 array of 8 elements viewed as int32 is 2 elements. The bytes are read in the
 * machine's order (little-endian on x86 and ARM).
 */
public final class MS03DtypeViews {

    private MS03DtypeViews() {
    }

    /**
     * Predict the shape of {@code a.view(newType)} for an array of {@code shape} whose last axis is
     * contiguous: the last length times {@code oldItemsize / newItemsize}.
     *
     * @param shape       the lengths, at least one axis
     * @param oldItemsize bytes per element now
     * @param newItemsize bytes per element of the new dtype
     * @return the new shape
     * @throws ShapeException {@code When changing to a larger dtype, its size must be a divisor of
     *     the total size in bytes of the last axis of the array.} or, going smaller, {@code When
     *     changing to a smaller dtype, its size must be a divisor of the size of original dtype}
     */
    public static int[] viewShape(int[] shape, int oldItemsize, int newItemsize) {
        int[] out = shape.clone();
        int last = out.length - 1;
        long bytes = (long) out[last] * oldItemsize;
        if (newItemsize < oldItemsize && oldItemsize % newItemsize != 0) {
            throw new ShapeException("When changing to a smaller dtype, its size must be a divisor"
                    + " of the size of original dtype");
        }
        if (bytes % newItemsize != 0) {
            throw new ShapeException("When changing to a larger dtype, its size must be a divisor"
                    + " of the total size in bytes of the last axis of the array.");
        }
        out[last] = (int) (bytes / newItemsize);
        return out;
    }

    /**
     * {@code a.view(dtype)} from scratch: {@link #viewShape}, the last stride set to the new
     * itemsize, the other strides and the offset kept, through
     * {@code a.stridedView(dtype, shape, strides, offset)}.
     *
     * @param a     an array with at least one axis, not modified
     * @param dtype the new dtype
     * @return a view of {@code a}'s bytes
     * @throws ShapeException {@code To change to a dtype of a different size, the last axis must
     *     be contiguous} when the itemsize changes and the last stride is not the itemsize (and
     *     the last length is not 1); otherwise as {@link #viewShape}
     */
    public static NDArray view(NDArray a, DType dtype) {
        int last = a.ndim() - 1;
        if (dtype.itemsize() == a.itemsize()) {
            return a.stridedView(dtype, a.shape(), a.strides(), a.offset());
        }
        if (a.shape(last) != 1 && a.strides(last) != a.itemsize()) {
            throw new ShapeException("To change to a dtype of a different size, the last axis"
                    + " must be contiguous");
        }
        int[] shape = viewShape(a.shape(), a.itemsize(), dtype.itemsize());
        long[] strides = a.strides();
        strides[last] = dtype.itemsize();
        return a.stridedView(dtype, shape, strides, a.offset());
    }

    /**
     * The IEEE-754 bits of {@code x}: {@code np.array([x]).view(np.int64)[0]}, using
     * {@code np.view}.
     *
     * @param x a double
     * @return its 64 bits as a long
     */
    public static long bits(double x) {
        return np.view(np.array(new double[] {x}), DType.INT64).getLong(0);
    }
}
