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
}
