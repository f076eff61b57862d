package dev.strides.ndarray;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Where an array's bytes live: how a new buffer is made, and when two buffers are the same memory.
 *
 * <p><b>New buffers are Java arrays</b> seen as a {@link MemorySegment}, cut to the bytes asked
 * for: a {@code double[]} for float64 and complex128 arrays (in the machine's byte order), a
 * {@code long[]} for every other dtype. A Java array of 8-byte elements is zero-filled (NumPy's
 * {@code np.zeros} for free) and 8-byte aligned, which every dtype up to {@code complex128} needs
 * for its {@code ALIGNED} flag. The Java heap hands out such memory from pages it has already
 * touched and reuses; fresh native memory ({@code Arena.ofAuto()}) is mapped, faulted in and
 * zeroed on every call, and freed later by a cleaner. For a ufunc that allocates its result that
 * difference dominated: {@code np.add} of two 10<sup>6</sup>-element float64 arrays into a new
 * array took 21.4 ms with native buffers and takes 1.6 ms with heap buffers, 1.0 ms of it the
 * addition (the JMH benchmark of chapter 04, measured 2026-12-01; the book's chapter 04 speed
 * section). Arrays larger than a Java array can hold (16 GiB) fall back to native memory.
 *
 * <p><b>Why a float64 buffer is a {@code double[]}.</b> Every access goes through the segment,
 * whatever array is behind it, so the choice changes no result. It lets a hot loop skip the
 * segment: a float64 buffer that <i>is</i> a {@code double[]} can be indexed as that Java array
 * ({@code a[(address + offset) / 8]}), which the JIT compiles to its tightest loops and which the
 * Vector API ({@code DoubleVector.fromArray}) loads into SIMD registers at full speed; the same
 * API reading a segment over a {@code long[]} is not compiled to vector loads and ran several
 * times slower than a scalar loop (chapter 04's pairwise sum, {@code Pairwise}).
 *
 * <p><b>Same memory.</b> A heap buffer belongs to one Java array ({@link MemorySegment#heapBase()})
 * and its {@link MemorySegment#address()} is a byte offset inside that array; a native buffer's
 * address is a real address. Two buffers can share bytes only when both are heap slices of the
 * same Java array, or both are native: then, and only then, are addresses comparable. Every
 * overlap test in Strides (views' {@code mayShareMemory}, ufuncs' input/output aliasing) starts
 * here.
 */
public final class Buffers {

    /** The most bytes a heap buffer holds: the largest Java array of 8-byte elements. */
    static final long MAX_HEAP_BYTES = (Integer.MAX_VALUE - 8L) * Long.BYTES;

    private Buffers() {
    }

    // tag::allocate[]
    /**
     * A new zero-filled buffer of {@code nbytes} (at least one byte, so that it has an address)
     * for elements of {@code dtype}: a {@code double[]} when they are native float64 or
     * complex128 numbers, else a {@code long[]}.
     */
    static MemorySegment allocate(long nbytes, DType dtype) {
        long size = Math.max(nbytes, 1);
        if (size > MAX_HEAP_BYTES) {
            return Arena.ofAuto().allocate(size, Long.BYTES);
        }
        int words = (int) ((size + Long.BYTES - 1) / Long.BYTES);
        MemorySegment whole = holdsDoubles(dtype) ? MemorySegment.ofArray(new double[words])
                : MemorySegment.ofArray(new long[words]);
        return whole.asSlice(0, size);
    }

    /** True for the dtypes whose elements are Java doubles: float64, and complex128's parts. */
    static boolean holdsDoubles(DType dtype) {
        return dtype.isNative() && (dtype.type() == DType.Type.FLOAT64
                || dtype.type() == DType.Type.COMPLEX128);
    }
    // end::allocate[]

    // tag::same-block[]
    /**
     * True when {@code x} and {@code y} lie in one block of memory, so that comparing their
     * {@link MemorySegment#address() addresses} says whether they overlap: slices of the same
     * Java array, or two native segments.
     */
    public static boolean sameBlock(MemorySegment x, MemorySegment y) {
        if (x.isNative() || y.isNative()) {
            return x.isNative() && y.isNative();
        }
        return x.heapBase().orElseThrow() == y.heapBase().orElseThrow();
    }
    // end::same-block[]

    /**
     * The first and one-past-last byte {@code a} touches, as addresses within its memory block
     * (comparable between arrays whose buffers are in the {@link #sameBlock same block}); null
     * when {@code a} has no elements.
     */
    public static long[] extent(NDArray a) {
        long[] span = NDArray.byteSpan(a.dtype(), a.shape(), a.strides(), a.offset());
        if (span == null) {
            return null;
        }
        long start = a.buffer().address();
        return new long[] {start + span[0], start + span[1]};
    }

    /**
     * The cheap overlap test: true when the byte ranges {@code a} and {@code b} can touch
     * intersect in the same block. False guarantees that no byte is shared.
     */
    public static boolean boundsOverlap(NDArray a, NDArray b) {
        if (!sameBlock(a.buffer(), b.buffer())) {
            return false;
        }
        long[] ea = extent(a);
        long[] eb = extent(b);
        return ea != null && eb != null && ea[0] < eb[1] && eb[0] < ea[1];
    }

    /**
     * True when {@code a} and {@code b} are the same elements of the same memory: same block,
     * same first byte, same shape and strides. Reading an element and then writing it through
     * the other array is then safe, element by element.
     */
    public static boolean sameLayout(NDArray a, NDArray b) {
        return sameBlock(a.buffer(), b.buffer())
                && a.buffer().address() + a.offset() == b.buffer().address() + b.offset()
                && java.util.Arrays.equals(a.shape(), b.shape())
                && java.util.Arrays.equals(a.strides(), b.strides());
    }
}
