package dev.strides.views;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Scalars;

import java.lang.foreign.MemorySegment;

/**
 * Storing values into a view, as {@code a[...] = value} does in NumPy.
 *
 * <p>Two conversion rules, as in NumPy: an {@link NDArray} value is cast element by element with
 * the <b>unsafe</b> rule ({@code int64 <- 2.7} stores 2, {@code uint8 <- 300} wraps to 44); any
 * other value — a Java scalar or nested Java arrays, NumPy's Python scalars and lists — is
 * converted with Python's rules first ({@code uint8 <- 300} is refused: {@code Python integer
 * 300 out of bounds for uint8}). The value is then broadcast to the target's shape (leading
 * length-1 axes of the value may be dropped) and copied with chapter 02's iterator.
 *
 * <p>A value that shares memory with the target is copied first, so {@code a[1:] = a[:-1]}
 * shifts the elements instead of smearing the first one. Cost: O(size) element stores.
 */
final class Assignment {

    private Assignment() {
    }

    /** The value as an array: an NDArray as it is, other values converted to {@code dtype}. */
    static NDArray asArray(Object value, DType dtype) {
        return value instanceof NDArray a ? a : JavaArrays.array(value, dtype);
    }

    /** Refuses writes into a read-only array (a broadcast view, a diagonal...). */
    static void requireWriteable(NDArray a) {
        if (!a.isWriteable()) {
            throw new ReadOnlyException("assignment destination is read-only");
        }
    }

    // tag::assign[]
    /** {@code view[...] = value}: convert, broadcast, copy. */
    static void assign(NDArray view, Object value) {
        requireWriteable(view);
        NDArray v = asArray(value, view.dtype());
        if (!(value instanceof NDArray) && value != null && value.getClass().isArray()
                && v.ndim() > view.ndim()) {                // a Java list nested too deep
            throw new IllegalArgumentException("setting an array element with a sequence. The"
                    + " requested array would exceed the maximum number of dimension of "
                    + view.ndim() + ".");
        }
        if (value instanceof NDArray && Overlap.mayShareMemory(view, v)) {
            v = v.copy();                                   // read everything before writing
        }
        copyInto(view, Broadcasting.broadcastForAssignment(v, view.shape()));
    }
    // end::assign[]

    /**
     * {@code a[i, j] = value} with an integer for every axis: one element at byte {@code at}.
     * A Java scalar is stored with Python's rules; an array value must be 0-d.
     */
    static void storeElement(NDArray a, long at, Object value) {
        requireWriteable(a);
        if (value instanceof NDArray v) {
            if (v.ndim() != 0) {                                // NumPy 2: even a (1,) array
                throw new IllegalArgumentException("setting an array element with a sequence.");
            }
            Elements.convert(v.buffer(), v.flatByteOffset(0), v.dtype(), a.buffer(), at, a.dtype());
        } else if (value != null && value.getClass().isArray()) {
            storeList(a, at, java.lang.reflect.Array.getLength(value));
        } else {
            Scalars.write(a.buffer(), at, a.dtype(), value);
        }
    }

    /**
     * A Java array (NumPy: a Python list) stored into one element: NumPy converts the list with
     * the element type's Python constructor, whose refusals differ by kind — and {@code bool}
     * accepts any list ({@code bool([1, 2])} is true).
     */
    private static void storeList(NDArray a, long at, int length) {
        switch (a.dtype().kind()) {
            case 'b' -> Scalars.write(a.buffer(), at, a.dtype(), length > 0);
            case 'i', 'u' -> throw new DTypeException("int() argument must be a string, a"
                    + " bytes-like object or a real number, not 'list'");
            case 'c' -> throw new DTypeException("must be real number, not list");
            default -> throw new IllegalArgumentException(
                    "setting an array element with a sequence.");
        }
    }

    /**
     * Copies {@code src} into {@code dst} element by element; both have the same shape (src is
     * typically a broadcast view). Same dtype: the bytes move; otherwise NumPy's unsafe cast.
     */
    // tag::copy-into[]
    static void copyInto(NDArray dst, NDArray src) {
        MemorySegment out = dst.buffer();
        MemorySegment in = src.buffer();
        DType to = dst.dtype();
        DType from = src.dtype();
        int item = to.itemsize();
        boolean sameBytes = from.equals(to);
        MultiIterator.of(dst, src).forEachRun((offsets, count, steps) -> {
            long d = offsets[0];
            long s = offsets[1];
            if (sameBytes && steps[0] == item && steps[1] == item) {
                MemorySegment.copy(in, s, out, d, (long) count * item);   // one contiguous run
                return;
            }
            for (int i = 0; i < count; i++, d += steps[0], s += steps[1]) {
                if (sameBytes) {
                    ElementCopy.copy(in, s, out, d, item);
                } else {
                    Elements.convert(in, s, from, out, d, to);
                }
            }
        });
    }
    // end::copy-into[]
}
