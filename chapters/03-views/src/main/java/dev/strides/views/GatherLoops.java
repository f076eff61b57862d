package dev.strides.views;

import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The tight loops behind the fast paths of advanced indexing ({@link FastPaths} says when they
 * apply). They move raw bytes — one element of {@code item} bytes through {@link ElementCopy},
 * or a gap-free block through {@code MemorySegment.copy} — between operands seen as flat
 * {@link Run runs}. Byte order and dtype do not matter: the bytes move unchanged.
 *
 * <p>What they save, compared with the reference paths that walk any layout: a lambda call per
 * element (chapter 02's iterator hands each run to a callback), a dtype switch per element
 * ({@code Elements.convert}), the copy of an index array into a new int64 array before use, and
 * the branch per mask element of a gather — a random mask mispredicts half of those branches,
 * so {@link #compress} turns each mask byte into 0 or 1 and adds it instead.
 *
 * <p>What they keep: every index is checked against its axis and refused with NumPy's message
 * ({@code index 10 is out of bounds for axis 0 with size 5}), negative indices count from the
 * end, and a scatter checks every index before its first write.
 */
final class GatherLoops {

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;      // each byte's low 7 bits
    private static final long TOP_BITS = 0x8080808080808080L;       // each byte's top bit

    private GatherLoops() {
    }

    /**
     * Elements of an operand in C order as one flat run: element {@code k} at byte
     * {@code offset + k*step} of {@code buffer}.
     */
    record Run(MemorySegment buffer, long offset, long step) {

        /** The run of {@code a}, which must be flat ({@link FastPaths#flatStep}). */
        static Run of(NDArray a) {
            return new Run(a.buffer(), a.offset(), FastPaths.flatStep(a));
        }
    }

    /** 1 for a non-zero byte, 0 for zero, branch-free: {@code b | -b} is negative unless b is 0. */
    static int truth(byte b) {
        return (b | -b) >>> 31;
    }

    // ---- masks -------------------------------------------------------------------------------

    // tag::count-true[]
    /**
     * How many of the {@code n} mask bytes are non-zero. A gap-free mask is read eight bytes at a
     * time: {@code ((w & 0x7F..7F) + 0x7F..7F) | w} sets the top bit of each byte of {@code w}
     * exactly when that byte is non-zero (no carry crosses a byte), and {@code bitCount} of the
     * top bits counts them.
     */
    static long countTrue(Run mask, long n) {
        MemorySegment m = mask.buffer();
        long at = mask.offset();
        long step = mask.step();
        long count = 0;
        long k = 0;
        if (step == 1) {
            long words = n / Long.BYTES;
            for (long w = 0; w < words; w++) {
                long x = m.get(LONG, at + w * Long.BYTES);
                count += Long.bitCount((((x & LOW_SEVEN) + LOW_SEVEN) | x) & TOP_BITS);
            }
            k = words * Long.BYTES;
        }
        for (; k < n; k++) {
            count += truth(m.get(BYTE, at + k * step));
        }
        return count;
    }
    // end::count-true[]

    // tag::compress[]
    /**
     * {@code dst[0:count] = src[mask]} over {@code n} elements, {@code count} being the number of
     * true bytes. No branch: every element is stored at the next free place of {@code dst}, and
     * the place moves on only under a true byte, so the next kept element overwrites a skipped
     * one. The loop ends once {@code count} elements are kept: no store passes the end.
     */
    static void compress(Run src, Run mask, long n, Run dst, long count, int item) {
        MemorySegment s = src.buffer();
        MemorySegment m = mask.buffer();
        MemorySegment d = dst.buffer();
        long next = dst.offset();                          // byte offset of the next free place
        long end = dst.offset() + count * item;
        for (long k = 0; k < n && next < end; k++) {
            ElementCopy.copy(s, src.offset() + k * src.step(), d, next, item);
            next += truth(m.get(BYTE, mask.offset() + k * mask.step())) * (long) item;
        }
    }
    // end::compress[]

    // tag::fill[]
    /**
     * {@code dst[mask] = value}: the one element at {@code value[at]} under every true byte.
     * Only the selected elements are written, as in NumPy: a branch-free blend that rewrites
     * every element with its own bits would be faster on a random mask, but it would also
     * write elements the caller did not select (another thread may be writing them).
     */
    static void fill(Run dst, Run mask, long n, MemorySegment value, long at, int item) {
        MemorySegment d = dst.buffer();
        MemorySegment m = mask.buffer();
        if (!ElementCopy.fitsInLong(item)) {                // complex128 and wider: copy bytes
            for (long k = 0; k < n; k++) {
                if (m.get(BYTE, mask.offset() + k * mask.step()) != 0) {
                    ElementCopy.copy(value, at, d, dst.offset() + k * dst.step(), item);
                }
            }
            return;
        }
        long bits = ElementCopy.load(value, at, item);
        for (long k = 0; k < n; k++) {
            if (m.get(BYTE, mask.offset() + k * mask.step()) != 0) {
                ElementCopy.store(d, dst.offset() + k * dst.step(), item, bits);
            }
        }
    }
    // end::fill[]

    /** {@code dst[mask] = values}: under the j-th true byte goes element j of {@code values}. */
    static void expand(Run dst, Run mask, long n, Run values, long count, int item) {
        MemorySegment d = dst.buffer();
        MemorySegment m = mask.buffer();
        MemorySegment v = values.buffer();
        long j = 0;
        for (long k = 0; k < n && j < count; k++) {
            if (m.get(BYTE, mask.offset() + k * mask.step()) != 0) {
                ElementCopy.copy(v, values.offset() + j++ * values.step(), d,
                        dst.offset() + k * dst.step(), item);
            }
        }
    }

    /**
     * {@code out[0:count]} = the positions of the true bytes as int64: {@code np.flatnonzero} of
     * a flat mask. Branch-free like {@link #compress}: every position is stored, and kept only
     * when its byte is true.
     */
    static void truePositions(Run mask, long n, MemorySegment out, long count) {
        MemorySegment m = mask.buffer();
        long next = 0;
        long end = count * Long.BYTES;
        for (long k = 0; k < n && next < end; k++) {
            out.set(LONG, next, k);
            next += truth(m.get(BYTE, mask.offset() + k * mask.step())) * (long) Long.BYTES;
        }
    }

    // ---- integer indices ---------------------------------------------------------------------

    /**
     * The position index {@code i} names on an axis of {@code length}: by {@code mode} (RAISE:
     * negative counts from the end), refused with NumPy's message if it is still outside. One
     * unsigned comparison tests both ends: a negative {@code j} reads as a huge unsigned number.
     */
    static long position(long i, long length, ClipMode mode, int axis) {
        long j = mode == ClipMode.RAISE ? (i < 0 ? i + length : i) : mode.adjust(i, length);
        if (Long.compareUnsigned(j, length) >= 0) {
            throw outOfBounds(i, axis, length);
        }
        return j;
    }

    /** NumPy's message, built only when an index is refused (kept out of the hot loops). */
    private static IndexException outOfBounds(long i, int axis, long length) {
        return new IndexException("index " + i + " is out of bounds for axis " + axis
                + " with size " + length);
    }

    // tag::gather-rows[]
    /**
     * Gathers along one axis of {@code length} positions: for each of the {@code count} int64
     * indices of {@code idx}, the block of {@code dst.step()} bytes starting at
     * {@code src.offset + position*src.step} is copied to {@code dst.offset + k*dst.step}. A block
     * is one element ({@code x[idx]}) or a gap-free row ({@code a[rows, :]}).
     */
    static void gather(Run src, long length, int axis, Run idx, long count, ClipMode mode,
                       Run dst, int item) {
        boolean unitSteps = src.step() == item && dst.step() == item
                && idx.step() == Long.BYTES && count <= Integer.MAX_VALUE;
        if (unitSteps && item == Long.BYTES) {
            gatherLongs(src, length, axis, idx, (int) count, mode, dst);
            return;
        }
        if (unitSteps && item == Integer.BYTES) {
            gatherInts(src, length, axis, idx, (int) count, mode, dst);
            return;
        }
        MemorySegment s = src.buffer();
        MemorySegment d = dst.buffer();
        MemorySegment ix = idx.buffer();
        long block = dst.step();
        for (long k = 0; k < count; k++) {
            long row = position(ix.get(LONG, idx.offset() + k * idx.step()), length, mode, axis);
            copyBlock(s, src.offset() + row * src.step(), d, dst.offset() + k * block, block, item);
        }
    }
    // end::gather-rows[]

    // tag::gather-longs[]
    /**
     * {@link #gather} of 8-byte elements from a contiguous source through a contiguous index:
     * the same loop with every address a constant multiple of an {@code int} counter. Measured
     * about three times faster than variable steps on 10^6 random float64 gathers; likely the
     * JIT needs fewer instructions per element, so more of the random reads overlap.
     */
    private static void gatherLongs(Run src, long length, int axis, Run idx, int count,
                                    ClipMode mode, Run dst) {
        MemorySegment s = src.buffer();
        MemorySegment d = dst.buffer();
        MemorySegment ix = idx.buffer();
        long from = src.offset();
        long at = idx.offset();
        long to = dst.offset();
        for (int k = 0; k < count; k++) {
            long row = position(ix.get(LONG, at + 8L * k), length, mode, axis);
            d.set(LONG, to + 8L * k, s.get(LONG, from + 8 * row));
        }
    }
    // end::gather-longs[]

    /** {@link #gatherLongs} for 4-byte elements (float32, int32). */
    private static void gatherInts(Run src, long length, int axis, Run idx, int count,
                                   ClipMode mode, Run dst) {
        MemorySegment s = src.buffer();
        MemorySegment d = dst.buffer();
        MemorySegment ix = idx.buffer();
        long from = src.offset();
        long at = idx.offset();
        long to = dst.offset();
        for (int k = 0; k < count; k++) {
            long row = position(ix.get(LONG, at + 8L * k), length, mode, axis);
            d.set(INT, to + 4L * k, s.get(INT, from + 4 * row));
        }
    }

    /** Checks every index of {@code idx} (RAISE) before a scatter writes anything. */
    static void checkAll(Run idx, long count, long length, int axis) {
        MemorySegment ix = idx.buffer();
        for (long k = 0; k < count; k++) {
            position(ix.get(LONG, idx.offset() + k * idx.step()), length, ClipMode.RAISE, axis);
        }
    }

    /**
     * Scatters along one axis, the mirror of {@link #gather}: block {@code k} of {@code values}
     * (at {@code values.offset + k*values.step}; step 0 repeats one block) is stored at the
     * block index {@code k} names. With {@code spread}, a value block is one element, stored
     * into every element of the target block. Repeated indices: the last write wins. The caller
     * has checked every index ({@link #checkAll}).
     */
    static void scatter(Run dst, long length, Run idx, long count, Run values, boolean spread,
                        long block, int item) {
        MemorySegment d = dst.buffer();
        MemorySegment v = values.buffer();
        MemorySegment ix = idx.buffer();
        for (long k = 0; k < count; k++) {
            long row = position(ix.get(LONG, idx.offset() + k * idx.step()), length,
                    ClipMode.RAISE, 0);
            long to = dst.offset() + row * dst.step();
            long from = values.offset() + k * values.step();
            if (spread) {
                for (long b = 0; b < block; b += item) {
                    ElementCopy.copy(v, from, d, to + b, item);
                }
            } else {
                copyBlock(v, from, d, to, block, item);
            }
        }
    }

    /** One element through {@link ElementCopy}, a longer block by {@code MemorySegment.copy}. */
    private static void copyBlock(MemorySegment src, long from, MemorySegment dst, long to,
                                  long block, int item) {
        if (block == item) {
            ElementCopy.copy(src, from, dst, to, item);
        } else if (block > 0) {
            MemorySegment.copy(src, from, dst, to, block);
        }
    }
}
