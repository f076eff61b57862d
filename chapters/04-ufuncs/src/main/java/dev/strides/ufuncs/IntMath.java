package dev.strides.ufuncs;

import dev.strides.ndarray.DType;

import java.util.function.LongBinaryOperator;

/**
 * Integer element functions with NumPy's C semantics, on the {@code long} carrier: a value of
 * a narrower type arrives sign- or zero-extended, the result's low bits are kept on writing.
 * Only uint64 needs unsigned arithmetic ({@code Long.divideUnsigned} and friends): every
 * narrower unsigned value is non-negative as a long.
 *
 * <p>Division follows Python, not C: {@code floor_divide} rounds toward minus infinity and
 * {@code remainder} takes the sign of the divisor ({@code -7 // 2 == -4}, {@code -7 % 2 == 1});
 * {@code fmod} is C's {@code %} (sign of the dividend). Division by zero gives 0 and reports
 * {@code divide}; {@code MIN // -1} wraps to {@code MIN} and reports {@code over}.
 */
final class IntMath {

    private IntMath() {
    }

    static boolean isUint64(DType t) {
        return t.type() == DType.Type.UINT64;
    }

    /** Bits of the type: the range of meaningful shift counts. */
    static int bits(DType t) {
        return t.itemsize() * 8;
    }

    /** The most negative value of a signed type (as a long). */
    static long min(DType t) {
        return -(1L << (bits(t) - 1));
    }

    // tag::floor-divide[]
    /** Python's {@code x // y}: rounds toward minus infinity; {@code x // 0 == 0}. */
    static LongBinaryOperator floorDivide(DType t) {
        if (isUint64(t)) {
            return (x, y) -> y == 0 ? 0 : Long.divideUnsigned(x, y);
        }
        return (x, y) -> y == 0 ? 0 : (y == -1 ? -x : Math.floorDiv(x, y));  // -MIN wraps to MIN
    }

    /** Python's {@code x % y}: the sign of {@code y}; {@code x % 0 == 0}. */
    static LongBinaryOperator remainder(DType t) {
        if (isUint64(t)) {
            return (x, y) -> y == 0 ? 0 : Long.remainderUnsigned(x, y);
        }
        return (x, y) -> y == 0 ? 0 : Math.floorMod(x, y);
    }
    // end::floor-divide[]

    /** C's {@code x % y}: the sign of {@code x}; {@code fmod(x, 0) == 0}. */
    static LongBinaryOperator fmod(DType t) {
        if (isUint64(t)) {
            return (x, y) -> y == 0 ? 0 : Long.remainderUnsigned(x, y);
        }
        return (x, y) -> y == 0 || y == -1 ? 0 : x % y;
    }

    /** Errors of integer division: {@code divide} for a zero divisor, {@code over} for MIN / -1. */
    static Loops.IntRule divisionRule(DType t, boolean overflowCounts) {
        long min = t.isSignedInteger() ? min(t) : 0;
        return (x, y) -> {
            if (y == 0) {
                return FloatingPointErrors.DIVIDE;
            }
            return overflowCounts && t.isSignedInteger() && y == -1 && x == min
                    ? FloatingPointErrors.OVER : 0;
        };
    }

    // tag::int-power[]
    /**
     * {@code x ** y} by repeated squaring; every product keeps its low bits, so the result is
     * NumPy's wrapped one for any width. Negative exponents are refused by the caller.
     */
    static long power(long x, long y) {
        long result = 1;
        long base = x;
        long e = y;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>>= 1;                      // unsigned: uint64 exponents above 2^63 work too
        }
        return result;
    }
    // end::int-power[]

    /** {@code x << y}: 0 once {@code y} reaches the type's width (or is negative), as NumPy. */
    static LongBinaryOperator leftShift(DType t) {
        int width = bits(t);
        return (x, y) -> Long.compareUnsigned(y, width) < 0 ? x << y : 0;
    }

    /** {@code x >> y}: arithmetic for signed types; past the width 0, or -1 for negative x. */
    static LongBinaryOperator rightShift(DType t) {
        int width = bits(t);
        if (t.isUnsignedInteger()) {
            return (x, y) -> Long.compareUnsigned(y, width) < 0 ? x >>> y : 0;
        }
        return (x, y) -> Long.compareUnsigned(y, width) < 0 ? x >> y : (x < 0 ? -1 : 0);
    }

    /** Greatest common divisor of the magnitudes (Euclid), as NumPy's {@code npy_gcd}. */
    static LongBinaryOperator gcd(DType t) {
        boolean unsigned = t.isUnsignedInteger();
        return (a, b) -> gcdUnsigned(unsigned ? a : Math.abs(a), unsigned ? b : Math.abs(b));
    }

    /** Least common multiple of the magnitudes; 0 when either is 0. */
    static LongBinaryOperator lcm(DType t) {
        boolean unsigned = t.isUnsignedInteger();
        return (a, b) -> {
            long x = unsigned ? a : Math.abs(a);
            long y = unsigned ? b : Math.abs(b);
            long g = gcdUnsigned(x, y);
            return g == 0 ? 0 : Long.divideUnsigned(x, g) * y;
        };
    }

    /** Euclid on unsigned 64-bit values ({@code abs(MIN)} stays MIN and is read as 2^63). */
    private static long gcdUnsigned(long x, long y) {
        while (x != 0) {
            long c = x;
            x = Long.remainderUnsigned(y, x);
            y = c;
        }
        return y;
    }

    /** Compares as the type's values: unsigned for uint64. */
    static int compare(DType t, long x, long y) {
        return isUint64(t) ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    /** int64 {@code x} against uint64 {@code y}, exactly (NumPy's {@code qQ->?} loops). */
    static int compareSignedUnsigned(long x, long y) {
        return x < 0 || y < 0 ? -1 : Long.compare(x, y);   // y < 0 as a long: y >= 2^63
    }
}
