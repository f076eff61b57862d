package dev.strides.views;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Copies one element's bytes between two buffers — the innermost operation of every gather,
 * scatter and flatten in this chapter. {@code MemorySegment.copy} is the readable way, but for
 * an 8-byte element its per-call checks cost more than the copy; a typed load and store of the
 * element's width is what NumPy's C loops compile to. Byte order does not matter: the bytes
 * move unchanged. Tested against {@code MemorySegment.copy} for every width.
 */
final class ElementCopy {

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;

    private ElementCopy() {
    }

    // tag::element-copy[]
    /** Copies {@code itemsize} bytes from {@code src[from]} to {@code dst[to]}. */
    static void copy(MemorySegment src, long from, MemorySegment dst, long to, int itemsize) {
        switch (itemsize) {
            case 8 -> dst.set(LONG, to, src.get(LONG, from));
            case 4 -> dst.set(INT, to, src.get(INT, from));
            case 2 -> dst.set(SHORT, to, src.get(SHORT, from));
            case 1 -> dst.set(ValueLayout.JAVA_BYTE, to, src.get(ValueLayout.JAVA_BYTE, from));
            case 16 -> {                                   // complex128: two 8-byte halves
                dst.set(LONG, to, src.get(LONG, from));
                dst.set(LONG, to + 8, src.get(LONG, from + 8));
            }
            default -> MemorySegment.copy(src, from, dst, to, itemsize);
        }
    }
    // end::element-copy[]

    /** True for the element sizes {@link #load} and {@link #store} take: 1, 2, 4 and 8 bytes. */
    static boolean fitsInLong(int itemsize) {
        return itemsize == 8 || itemsize == 4 || itemsize == 2 || itemsize == 1;
    }

    /** The {@code itemsize} bytes at {@code src[at]} as the low bits of a long (1, 2, 4 or 8). */
    static long load(MemorySegment src, long at, int itemsize) {
        return switch (itemsize) {
            case 8 -> src.get(LONG, at);
            case 4 -> src.get(INT, at);
            case 2 -> src.get(SHORT, at);
            default -> src.get(ValueLayout.JAVA_BYTE, at);
        };
    }

    /** Stores the low {@code itemsize} bytes of {@code bits} at {@code dst[at]}: undoes load. */
    static void store(MemorySegment dst, long at, int itemsize, long bits) {
        switch (itemsize) {
            case 8 -> dst.set(LONG, at, bits);
            case 4 -> dst.set(INT, at, (int) bits);
            case 2 -> dst.set(SHORT, at, (short) bits);
            default -> dst.set(ValueLayout.JAVA_BYTE, at, (byte) bits);
        }
    }
}
