package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;

/**
 * Storing a Java scalar into an element with the rules of NumPy's {@code a[i] = value} for Python
 * scalars: a float into an integer array truncates (NaN and infinity are refused), an integer that
 * does not fit the integer dtype is refused (NumPy 2), a complex only goes into a complex array.
 */
public final class Scalars {

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
            case Complex z -> {
                if (!t.isComplex()) {
                    throw new DTypeException("can't convert complex " + z + " to " + t.name());
                }
                Elements.writeComplex(s, at, t, z);
            }
            case null -> throw new IllegalArgumentException("cannot store null in an array of "
                    + t.name());
            default -> throw new IllegalArgumentException("cannot store a "
                    + value.getClass().getSimpleName() + " ('" + value + "') in an array of " + t.name());
        }
    }

    private static void writeInteger(MemorySegment s, long at, DType t, long v) {
        if (t.isInteger() && !Casting.fitsInteger(v, t)) {
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for " + t.name());
        }
        Elements.writeLong(s, at, t, v, false);
    }

    private static void writeBig(MemorySegment s, long at, DType t, BigInteger v) {
        if (v.bitLength() < 64) {
            writeInteger(s, at, t, v.longValue());
        } else if (t.type() == DType.Type.UINT64 && v.signum() > 0 && v.bitLength() == 64) {
            Elements.writeLong(s, at, t, v.longValue(), true);
        } else if (t.isInexact()) {
            Elements.writeDouble(s, at, t, v.doubleValue());
        } else {
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for " + t.name());
        }
    }

    private static void writeFloat(MemorySegment s, long at, DType t, double v) {
        if (t.isInteger() && !Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot convert float "
                    + (Double.isNaN(v) ? "NaN" : v > 0 ? "infinity" : "-infinity") + " to integer");
        }
        Elements.writeDouble(s, at, t, v);
    }

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
}
