package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.lang.foreign.MemorySegment;
import java.util.Iterator;

/**
 * Q091 - How to use fromiter() to create array? Reference solution.
 *
 * <p>One buffer, filled item by item; when it is full, a buffer twice as large takes over with
 * one bulk copy; at the end a buffer of exactly the right size gets one more bulk copy.
 */
public final class Q091Fromiter {

    /** Elements in the first buffer when {@code count} is -1. */
    public static final int INITIAL_CAPACITY = 16;

    private Q091Fromiter() {
    }

    /** One pass over {@code items}: O(n) time, at most about 3n elements of memory at once. */
    public static NDArray fromiter(Iterator<? extends Number> items, DType dtype, long count) {
        if (count < -1) {
            throw new IllegalArgumentException("fromiter: count must be -1 or non-negative, got "
                    + count);
        }
        boolean sizeKnown = count >= 0;
        long capacity = sizeKnown ? count : INITIAL_CAPACITY;
        NDArray buffer = allocate(dtype, capacity);
        long n = 0;
        while ((!sizeKnown || n < count) && items.hasNext()) {
            if (n == capacity) {                          // only reachable when the size is unknown
                capacity *= 2;
                NDArray bigger = allocate(dtype, capacity);
                copyBytes(buffer, bigger, n);
                buffer = bigger;
            }
            store(buffer, (int) n, items.next());
            n++;
        }
        if (sizeKnown && n < count) {
            throw new IllegalArgumentException("iterator too short: Expected " + count
                    + " but iterator had only " + n + " items.");
        }
        if (n == capacity) {
            return buffer;                                // already exactly full
        }
        NDArray trimmed = allocate(dtype, n);
        copyBytes(buffer, trimmed, n);
        return trimmed;
    }

    /** Smallest INITIAL_CAPACITY * 2^k that is at least n. */
    public static long capacityAfter(long n) {
        long capacity = INITIAL_CAPACITY;
        while (capacity < n) {
            capacity *= 2;
        }
        return capacity;
    }

    private static NDArray allocate(DType dtype, long elements) {
        return NDArray.allocate(dtype, new int[] {Math.toIntExact(elements)}, Order.C);
    }

    /** The first {@code n} elements, as raw bytes: both arrays are C-contiguous from byte 0. */
    private static void copyBytes(NDArray from, NDArray to, long n) {
        MemorySegment.copy(from.buffer(), 0, to.buffer(), 0, n * from.itemsize());
    }

    private static void store(NDArray a, int i, Number value) {
        if (value instanceof Double || value instanceof Float) {
            a.setDouble(value.doubleValue(), i);
        } else {
            a.setLong(value.longValue(), i);
        }
    }
}
