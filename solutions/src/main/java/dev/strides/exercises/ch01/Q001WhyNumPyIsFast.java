package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Q001 - What is NumPy and why is it faster than lists? Reference solution.
 *
 * <p>An element's address is arithmetic on two numbers; a loop over the array is a pointer
 * that moves by a constant stride; and the storage is 8 bytes per float64, against about 28
 * for a boxed {@code Double} in a list.
 */
public final class Q001WhyNumPyIsFast {

    private static final long DOUBLE_OBJECT_BYTES = 24; // 12 header + 4 padding + 8 value
    private static final long ARRAY_HEADER_BYTES = 16;  // 12 header + 4 length
    private static final long REFERENCE_BYTES = 4;      // compressed reference
    private static final long ARRAY_LIST_BYTES = 24;    // header + size + modCount + elementData

    private Q001WhyNumPyIsFast() {
    }

    /** {@code offset + i * stride}, after making a negative index count from the end. */
    public static long byteAddress(NDArray a, int i) {
        int length = a.shape(0);
        if (i < -length || i >= length) {
            throw new IndexOutOfBoundsException("index " + i
                    + " is out of bounds for axis 0 with size " + length);
        }
        int index = i < 0 ? i + length : i;
        return a.offset() + index * a.strides(0);
    }

    /** One pass over the buffer, a fixed number of bytes per step. O(n), no allocation. */
    public static double sum(NDArray a) {
        if (a.ndim() != 1) {
            throw new IllegalArgumentException("sum: expected a 1-d array, got " + a.ndim()
                    + " dimensions");
        }
        if (!a.dtype().equals(DType.FLOAT64)) {
            throw new IllegalArgumentException("sum: expected float64 elements, got "
                    + a.dtype().name());
        }
        MemorySegment buffer = a.buffer();
        long stride = a.strides(0);
        long at = a.offset();
        double total = 0.0;
        for (int i = 0; i < a.shape(0); i++, at += stride) {
            total += buffer.get(ValueLayout.JAVA_DOUBLE, at); // native order, as DType.FLOAT64
        }
        return total;
    }

    /** Objects + reference array + list object, each rounded to 8 bytes as HotSpot does. */
    public static long listOfDoublesBytes(int n) {
        long references = n == 0 ? 0 : roundUpTo8(ARRAY_HEADER_BYTES + n * REFERENCE_BYTES);
        return ARRAY_LIST_BYTES + references + n * DOUBLE_OBJECT_BYTES;
    }

    private static long roundUpTo8(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
