package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Walk;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The few array moves the samplers need, done on the memory model of chapter 01 (this chapter
 * builds on chapter 01 only): a view of one slab {@code a[..., i, ...]}, swapping or copying
 * slabs, gathering along an axis ({@code take}), and int64/float64 arrays from Java arrays.
 * Every view is made with {@link NDArray#stridedView}: drop the axis from shape and strides and
 * move the offset by {@code i * strides[axis]}.
 */
final class Slabs {

    private Slabs() {
    }

    /** The <b>view</b> {@code a[i]} along {@code axis}: one dimension fewer, same buffer. */
    static NDArray slab(NDArray a, int axis, long i) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        int[] s = new int[shape.length - 1];
        long[] st = new long[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != axis) {
                s[j] = shape[k];
                st[j++] = strides[k];
            }
        }
        return a.stridedView(s, st, a.offset() + i * strides[axis]);
    }

    /** Copies the elements of {@code src} into {@code dst} (same shape and dtype), C order. */
    static void copyInto(NDArray src, NDArray dst) {
        int item = src.itemsize();
        MemorySegment from = src.buffer();
        MemorySegment to = dst.buffer();
        Walk.forEachPair(src.shape(), src.strides(), src.offset(), dst.strides(), dst.offset(),
                (p, q) -> MemorySegment.copy(from, p, to, q, item));
    }

    /** Swaps slabs i and j of {@code a} along {@code axis} through a temporary copy. */
    static void swapSlabs(NDArray a, int axis, long i, long j) {
        NDArray x = slab(a, axis, i);
        NDArray y = slab(a, axis, j);
        NDArray tmp = x.copy();
        copyInto(y, x);
        copyInto(tmp, y);
    }

    /** Swaps elements i and j of a 1-d array byte for byte (the fast path of shuffle). */
    static void swapElements(NDArray a, long i, long j) {
        long stride = a.strides(0);
        long pi = a.offset() + i * stride;
        long pj = a.offset() + j * stride;
        MemorySegment buf = a.buffer();
        for (int b = 0; b < a.itemsize(); b++) {
            byte t = buf.get(ValueLayout.JAVA_BYTE, pi + b);
            buf.set(ValueLayout.JAVA_BYTE, pi + b, buf.get(ValueLayout.JAVA_BYTE, pj + b));
            buf.set(ValueLayout.JAVA_BYTE, pj + b, t);
        }
    }

    /**
     * A <b>copy</b> gathering slabs {@code idx} along {@code axis}: NumPy's
     * {@code a.take(idx, axis)}. The result has shape
     * {@code a.shape[:axis] + idxShape + a.shape[axis+1:]}.
     */
    static NDArray take(NDArray a, int axis, long[] idx, int[] idxShape) {
        int[] shape = a.shape();
        int[] out = new int[shape.length - 1 + idxShape.length];
        System.arraycopy(shape, 0, out, 0, axis);
        System.arraycopy(idxShape, 0, out, axis, idxShape.length);
        System.arraycopy(shape, axis + 1, out, axis + idxShape.length, shape.length - axis - 1);
        NDArray result = NDArray.allocate(a.dtype(), out, Order.C);
        // the fresh C-ordered result seen as a.shape[:axis] + (len(idx),) + a.shape[axis+1:]
        int[] flatShape = shape.clone();
        flatShape[axis] = idx.length;
        NDArray flat = result.stridedView(flatShape,
                NDArray.defaultStrides(flatShape, a.itemsize(), Order.C), 0);
        long outer = 1;
        for (int k = 0; k < axis; k++) {
            outer *= shape[k];
        }
        for (long o = 0; o < outer; o++) {
            NDArray src = outerSlab(a, axis, o);
            NDArray dst = outerSlab(flat, axis, o);
            for (int k = 0; k < idx.length; k++) {
                copyInto(slab(src, 0, idx[k]), slab(dst, 0, k));
            }
        }
        return result;
    }

    // the sub-array at flat position o of the axes before {@code axis}
    private static NDArray outerSlab(NDArray a, int axis, long o) {
        NDArray v = a;
        int[] shape = a.shape();
        long rest = o;
        for (int k = axis - 1; k >= 0; k--) {
            v = slab(v, k, rest % shape[k]);
            rest /= shape[k];
        }
        return v;
    }

    /** A new C-ordered int64 array holding {@code values} in the given shape. */
    static NDArray int64(long[] values, int... shape) {
        NDArray a = NDArray.allocate(DType.INT64, shape, Order.C);
        MemorySegment.copy(values, 0, a.buffer(), ValueLayout.JAVA_LONG, 0, values.length);
        return a;
    }

    /** A new C-ordered float64 array holding {@code values} in the given shape. */
    static NDArray float64(double[] values, int... shape) {
        NDArray a = NDArray.allocate(DType.FLOAT64, shape, Order.C);
        MemorySegment.copy(values, 0, a.buffer(), ValueLayout.JAVA_DOUBLE, 0, values.length);
        return a;
    }

    /** Refuses a read-only destination with NumPy's message. */
    static void requireWriteable(NDArray a, String what) {
        if (!a.isWriteable()) {
            throw new ReadOnlyException(what + " is read-only");
        }
    }
}
