package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Storing a Java scalar into an element with the rules of NumPy's {@code a[i] = value} for Python
 * scalars: an integer that does not fit an integer dtype is refused (NumPy 2), a float into an
 * integer array becomes {@code int(value)} first (truncated toward zero, then range-checked; NaN
 * and infinity are refused), a complex only goes into a complex (or bool) array. An integer
 * stored into a float array goes through a double first, as Python's {@code float(n)} does.
 *
 * <p>{@link #writeUnsafe} is the other rule NumPy uses for scalars, {@code np.copyto(a, value,
 * casting='unsafe')}, behind {@code np.full}: integers are still range-checked, but floats and
 * complex numbers are cast like array elements.
 */
public final class Scalars {

    private static final double TWO_POW_63 = 0x1p63;
    private static final BigInteger TWO_POW_64 = BigInteger.ONE.shiftLeft(64);

    private Scalars() {
    }

    /** Writes {@code value} (Boolean, Byte/Short/Integer/Long/BigInteger, Float/Double, Complex). */
    public static void write(MemorySegment s, long at, DType t, Object value) {
        switch (value) {
            case Boolean b -> Elements.writeLong(s, at, t, b ? 1 : 0, false);
            case Byte b -> writeInteger(s, at, t, b);
            case Short v -> writeInteger(s, at, t, v);
            case Integer v -> writeInteger(s, at, t, v);
            case Long v -> writeInteger(s, at, t, v);
            case BigInteger big -> writeBig(s, at, t, big);
            case Float f -> writeFloat(s, at, t, f);
            case Double d -> writeFloat(s, at, t, d);
            case Complex z -> writeComplex(s, at, t, z);
            case null -> throw new IllegalArgumentException("cannot store null in an array of "
                    + t.name());
            default -> throw new IllegalArgumentException("cannot store a "
                    + value.getClass().getSimpleName() + " ('" + value + "') in an array of " + t.name());
        }
    }

    /**
     * {@code np.copyto(a, value, casting='unsafe')} for one element, which is how {@code np.full}
     * stores its fill value: booleans and integers as {@link #write} (an int that does not fit is
     * still refused), floats and complex numbers cast as arrays are — truncated and wrapped into
     * integers (NaN and out-of-range values are undefined in C; see {@link Elements}), the
     * imaginary part dropped for real dtypes.
     */
    public static void writeUnsafe(MemorySegment s, long at, DType t, Object value) {
        switch (value) {
            case Float f -> Elements.writeDouble(s, at, t, f);
            case Double d -> Elements.writeDouble(s, at, t, d);
            case Complex z -> Elements.writeComplex(s, at, t, z);
            case null, default -> write(s, at, t, value);
        }
    }

    /** {@code a[i] = v} for a Python int {@code v}: range-checked for integer dtypes. */
    static void writeInteger(MemorySegment s, long at, DType t, long v) {
        if (t.isInexact()) {
            Elements.writeDouble(s, at, t, (double) v);  // float(v): one rounding to double
            return;
        }
        if (t.isInteger() && !Casting.fitsInteger(v, t)) {
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for " + t.name());
        }
        Elements.writeLong(s, at, t, v, false);
    }

    /**
     * A Python int beyond 64 bits. NumPy converts it to a C long first, so anything outside
     * [-2^63, 2^63) fails with Python's own message — except the upper half of uint64.
     */
    private static void writeBig(MemorySegment s, long at, DType t, BigInteger v) {
        if (v.bitLength() < 64) {
            writeInteger(s, at, t, v.longValue());
        } else if (t.isInexact()) {
            Elements.writeDouble(s, at, t, v.doubleValue());
        } else if (t.isBool()) {
            Elements.writeLong(s, at, t, 1, false);
        } else if (t.type() == DType.Type.UINT64 && v.signum() > 0 && v.compareTo(TWO_POW_64) < 0) {
            Elements.writeLong(s, at, t, v.longValue(), true);
        } else {
            throw new IllegalArgumentException("Python int too large to convert to C long");
        }
    }

    /**
     * {@code a[i] = x} for a Python float {@code x}: float dtypes round it, bool tests it against
     * zero, integer dtypes take {@code int(x)} — truncation toward zero — and check its range.
     */
    static void writeFloat(MemorySegment s, long at, DType t, double v) {
        if (!t.isInteger()) {
            Elements.writeDouble(s, at, t, v);
            return;
        }
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("cannot convert float infinity to integer");
        }
        if (v >= -TWO_POW_63 && v < TWO_POW_63) {
            writeInteger(s, at, t, (long) v);             // (long) truncates toward zero, like int()
        } else {
            writeBig(s, at, t, new BigDecimal(v).toBigInteger());
        }
    }

    /**
     * {@code a[i] = z} for a Python complex: complex dtypes take it, bool tests it against zero,
     * other dtypes refuse it with the error of Python's {@code float(z)} or {@code int(z)}.
     */
    static void writeComplex(MemorySegment s, long at, DType t, Complex z) {
        if (t.isFloating()) {
            throw new DTypeException("float() argument must be a string or a real number, not 'complex'");
        }
        if (t.isInteger()) {
            throw new DTypeException("int() argument must be a string, a bytes-like object or a real"
                    + " number, not 'complex'");
        }
        Elements.writeComplex(s, at, t, z);
    }

    // tag::default-type[]
    /** The dtype NumPy gives a lone Python scalar of this Java type (NEP 50 defaults). */
    public static DType defaultType(Object value) {
        return switch (value) {
            case Boolean b -> DType.BOOL;
            case Byte b -> DType.INT8;
            case Short v -> DType.INT16;
            case Integer v -> DType.INT64;
            case Long v -> DType.INT64;
            case BigInteger big -> big.bitLength() < 64 ? DType.INT64 : DType.UINT64;
            case Float f -> DType.FLOAT32;
            case Double d -> DType.FLOAT64;
            case Complex z -> DType.COMPLEX128;
            case null -> throw new IllegalArgumentException("a null value has no dtype");
            default -> throw new IllegalArgumentException("cannot make an array element from a "
                    + value.getClass().getSimpleName() + " ('" + value + "')");
        };
    }
    // end::default-type[]
}
