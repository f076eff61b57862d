package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Reads and writes one element at a byte position of a buffer, for any built-in dtype and either
 * byte order. This is the "how to interpret the bytes" half of the memory model; the other half,
 * "where are the bytes", is {@code offset + Σ index[k]·strides[k]} in {@link NDArray}.
 *
 * <p>Values travel in three Java carriers: {@code long} for bool and integers (uint64 as its raw
 * two's-complement bits), {@code double} for floats, {@link Complex} for complex. The conversions
 * between carriers are NumPy's unsafe casts (see {@link Casting} for the rules that allow them).
 */
public final class Elements {

    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    private static final ValueLayout.OfShort SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(LE);
    private static final ValueLayout.OfShort SHORT_BE = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(BE);
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(LE);
    private static final ValueLayout.OfInt INT_BE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(BE);
    private static final ValueLayout.OfLong LONG_LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(LE);
    private static final ValueLayout.OfLong LONG_BE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(BE);
    private static final ValueLayout.OfFloat FLOAT_LE = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(LE);
    private static final ValueLayout.OfFloat FLOAT_BE = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(BE);
    private static final ValueLayout.OfDouble DOUBLE_LE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(LE);
    private static final ValueLayout.OfDouble DOUBLE_BE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(BE);

    private Elements() {
    }

    // ---- raw fixed-width access -------------------------------------------------------------

    static short rawShort(MemorySegment s, long at, ByteOrder o) {
        return s.get(o == LE ? SHORT_LE : SHORT_BE, at);
    }

    static int rawInt(MemorySegment s, long at, ByteOrder o) {
        return s.get(o == LE ? INT_LE : INT_BE, at);
    }

    static long rawLong(MemorySegment s, long at, ByteOrder o) {
        return s.get(o == LE ? LONG_LE : LONG_BE, at);
    }

    static void putShort(MemorySegment s, long at, ByteOrder o, short v) {
        s.set(o == LE ? SHORT_LE : SHORT_BE, at, v);
    }

    static void putInt(MemorySegment s, long at, ByteOrder o, int v) {
        s.set(o == LE ? INT_LE : INT_BE, at, v);
    }

    static void putLong(MemorySegment s, long at, ByteOrder o, long v) {
        s.set(o == LE ? LONG_LE : LONG_BE, at, v);
    }

    static float rawFloat(MemorySegment s, long at, ByteOrder o) {
        return s.get(o == LE ? FLOAT_LE : FLOAT_BE, at);
    }

    static double rawDouble(MemorySegment s, long at, ByteOrder o) {
        return s.get(o == LE ? DOUBLE_LE : DOUBLE_BE, at);
    }

    static void putFloat(MemorySegment s, long at, ByteOrder o, float v) {
        s.set(o == LE ? FLOAT_LE : FLOAT_BE, at, v);
    }

    static void putDouble(MemorySegment s, long at, ByteOrder o, double v) {
        s.set(o == LE ? DOUBLE_LE : DOUBLE_BE, at, v);
    }

    // ---- typed reads --------------------------------------------------------------------------

    /**
     * The element as a {@code long}: bool → 0/1, integers exactly (uint64 as raw bits), floats
     * truncated toward zero as NumPy's float → int64 cast ({@link #floatToInt64}); complex uses the
     * real part.
     */
    public static long readLong(MemorySegment s, long at, DType t) {
        ByteOrder o = t.order();
        return switch (t.type()) {
            case BOOL -> s.get(ValueLayout.JAVA_BYTE, at) != 0 ? 1 : 0;
            case INT8 -> s.get(ValueLayout.JAVA_BYTE, at);
            case UINT8 -> s.get(ValueLayout.JAVA_BYTE, at) & 0xFFL;
            case INT16 -> rawShort(s, at, o);
            case UINT16 -> rawShort(s, at, o) & 0xFFFFL;
            case INT32 -> rawInt(s, at, o);
            case UINT32 -> rawInt(s, at, o) & 0xFFFF_FFFFL;
            case INT64, UINT64 -> rawLong(s, at, o);
            case FLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> floatToInt64(readDouble(s, at, t));
        };
    }

    /**
     * The element as a {@code double}: bool → 0.0/1.0, integers rounded to nearest (uint64 read as
     * unsigned), float16/32 widened exactly; complex gives its real part.
     */
    public static double readDouble(MemorySegment s, long at, DType t) {
        ByteOrder o = t.order();
        return switch (t.type()) {
            case FLOAT16 -> Float16.toDouble(rawShort(s, at, o));
            case FLOAT32, COMPLEX64 -> rawFloat(s, at, o);
            case FLOAT64, COMPLEX128 -> rawDouble(s, at, o);
            case UINT64 -> unsignedToDouble(rawLong(s, at, o));
            default -> readLong(s, at, t);
        };
    }

    // tag::read-complex[]
    /** The element as a complex number; real types give an imaginary part of zero. */
    public static Complex readComplex(MemorySegment s, long at, DType t) {
        ByteOrder o = t.order();
        return switch (t.type()) {
            case COMPLEX64 -> new Complex(rawFloat(s, at, o), rawFloat(s, at + 4, o));
            case COMPLEX128 -> new Complex(rawDouble(s, at, o), rawDouble(s, at + 8, o));
            default -> new Complex(readDouble(s, at, t), 0.0);
        };
    }
    // end::read-complex[]

    /** The element as a boolean: non-zero is true (NaN is true, as in NumPy). */
    public static boolean readBoolean(MemorySegment s, long at, DType t) {
        return switch (t.kind()) {
            case 'f' -> readDouble(s, at, t) != 0.0;
            case 'c' -> {
                Complex z = readComplex(s, at, t);
                yield z.re() != 0.0 || z.im() != 0.0;
            }
            default -> readLong(s, at, t) != 0;
        };
    }

    // ---- typed writes (NumPy's unsafe casts from the carrier) --------------------------------

    // tag::write-long[]
    /**
     * Stores an integer carrier. {@code unsigned} says how to read {@code v} when the target is a
     * float (uint64 values above 2^63 arrive as negative longs). Integer targets keep the low bits:
     * NumPy's wrap-around. Float targets are rounded once to nearest, as C's {@code (float) x} in
     * NumPy's astype loops. (Storing a Python int is different: it goes through a double first,
     * see {@link Scalars}.)
     */
    public static void writeLong(MemorySegment s, long at, DType t, long v, boolean unsigned) {
        ByteOrder o = t.order();
        switch (t.type()) {
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, at, (byte) (v != 0 ? 1 : 0));
            case INT8, UINT8 -> s.set(ValueLayout.JAVA_BYTE, at, (byte) v);
            case INT16, UINT16 -> putShort(s, at, o, (short) v);
            case INT32, UINT32 -> putInt(s, at, o, (int) v);
            case INT64, UINT64 -> putLong(s, at, o, v);
            // one rounding, straight to float: via double, 2^60 + 2^36 + 1 would round twice
            case FLOAT32 -> putFloat(s, at, o, unsigned ? unsignedToFloat(v) : (float) v);
            case COMPLEX64 -> {
                putFloat(s, at, o, unsigned ? unsignedToFloat(v) : (float) v);
                putFloat(s, at + 4, o, 0f);
            }
            default -> writeDouble(s, at, t, unsigned ? unsignedToDouble(v) : (double) v);
        }
    }
    // end::write-long[]

    /**
     * Stores a float carrier. Integer targets get C's truncation toward zero as NumPy compiles it on
     * x86-64 ({@link #floatToInt64} and friends); NaN becomes {@code True} for bool.
     */
    public static void writeDouble(MemorySegment s, long at, DType t, double v) {
        ByteOrder o = t.order();
        switch (t.type()) {
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, at, (byte) (v != 0.0 ? 1 : 0));
            case INT8, UINT8, INT16, UINT16, INT32 -> writeLong(s, at, t, floatToInt32(v), false);
            case UINT32 -> writeLong(s, at, t, floatToUint32(v), false);
            case INT64 -> putLong(s, at, o, floatToInt64(v));
            case UINT64 -> putLong(s, at, o, floatToUint64(v));
            case FLOAT16 -> putShort(s, at, o, Float16.fromDouble(v));
            case FLOAT32 -> putFloat(s, at, o, (float) v);
            case FLOAT64 -> putDouble(s, at, o, v);
            case COMPLEX64 -> {
                putFloat(s, at, o, (float) v);
                putFloat(s, at + 4, o, 0f);
            }
            case COMPLEX128 -> {
                putDouble(s, at, o, v);
                putDouble(s, at + 8, o, 0.0);
            }
        }
    }

    /** Stores a complex carrier; real targets take the real part (NumPy warns, we document). */
    public static void writeComplex(MemorySegment s, long at, DType t, Complex z) {
        ByteOrder o = t.order();
        switch (t.type()) {
            case COMPLEX64 -> {
                putFloat(s, at, o, (float) z.re());
                putFloat(s, at + 4, o, (float) z.im());
            }
            case COMPLEX128 -> {
                putDouble(s, at, o, z.re());
                putDouble(s, at + 8, o, z.im());
            }
            case BOOL -> s.set(ValueLayout.JAVA_BYTE, at, (byte) (z.re() != 0 || z.im() != 0 ? 1 : 0));
            default -> writeDouble(s, at, t, z.re());
        }
    }

    /** Copies one element between dtypes with NumPy's unsafe-cast conversion. */
    public static void convert(MemorySegment src, long from, DType srcType,
                               MemorySegment dst, long to, DType dstType) {
        switch (srcType.kind()) {
            case 'b', 'i' -> writeLong(dst, to, dstType, readLong(src, from, srcType), false);
            case 'u' -> writeLong(dst, to, dstType, readLong(src, from, srcType), true);
            case 'f' -> {
                boolean halfToFloat = srcType.type() == DType.Type.FLOAT16
                        && dstType.componentType().type() == DType.Type.FLOAT32;
                if (halfToFloat) {  // on the bits, as NumPy does: a signalling NaN stays signalling
                    short half = rawShort(src, from, srcType.order());
                    putInt(dst, to, dstType.order(), Float16.toFloatBits(half));
                    if (dstType.isComplex()) {
                        putInt(dst, to + 4, dstType.order(), 0);
                    }
                } else {
                    writeDouble(dst, to, dstType, readDouble(src, from, srcType));
                }
            }
            default -> writeComplex(dst, to, dstType, readComplex(src, from, srcType));
        }
    }

    // ---- float → int as NumPy's C casts behave on x86-64 -------------------------------------
    //
    // C defines a float → integer conversion only when the truncated value fits the target; NaN,
    // infinities and out-of-range values are undefined behaviour, and NumPy gives whatever the
    // compiled instructions give. These methods reproduce what NumPy 2.4 gives on x86-64 (measured
    // by the chapter's astype fixtures): cvttsd2si returns the "integer indefinite" 0x80…0 for
    // anything it cannot convert, narrow targets keep the low bits of a 32-bit conversion, and
    // unsigned targets are converted with the subtract-the-top-bit trick below.

    // tag::float-to-int[]
    /** {@code (int64) x}: truncation; NaN and out-of-range give INT64_MIN (cvttsd2si's answer). */
    public static long floatToInt64(double x) {
        if (x >= -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return Long.MIN_VALUE;
    }

    /** {@code (int32) x}: truncation; NaN and out-of-range give INT32_MIN. Narrower types wrap it. */
    static long floatToInt32(double x) {
        if (x > -0x1p31 - 1 && x < 0x1p31) {
            return (int) x;
        }
        return Integer.MIN_VALUE;
    }
    // end::float-to-int[]

    /**
     * {@code (uint32) x}: below 2^31 a signed 32-bit conversion; from 2^31 up, convert
     * {@code x - 2^31} and set the top bit back. Beyond 2^32 that gives 0, NaN gives 0x80000000.
     */
    static long floatToUint32(double x) {
        if (x >= 0x1p31) {
            return (floatToInt32(x - 0x1p31) ^ 0x8000_0000L) & 0xFFFF_FFFFL;
        }
        return floatToInt32(x) & 0xFFFF_FFFFL;
    }

    /** {@code (uint64) x}: the same trick with 2^63; at or beyond 2^64 (and +inf) it gives 0. */
    static long floatToUint64(double x) {
        if (x >= 0x1p63) {
            return floatToInt64(x - 0x1p63) ^ Long.MIN_VALUE;
        }
        return floatToInt64(x);
    }

    /** The unsigned 64-bit value of {@code bits}, rounded to the nearest double. */
    public static double unsignedToDouble(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // halve (keeping the sticky bit so rounding stays correct), convert, double
        double half = (double) ((bits >>> 1) | (bits & 1));
        return half * 2.0;
    }

    /** The unsigned 64-bit value of {@code bits}, rounded once to the nearest float. */
    public static float unsignedToFloat(long bits) {
        if (bits >= 0) {
            return bits;
        }
        float half = (float) ((bits >>> 1) | (bits & 1));
        return half * 2.0f;
    }
}
