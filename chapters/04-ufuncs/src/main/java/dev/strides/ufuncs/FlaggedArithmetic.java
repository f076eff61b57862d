package dev.strides.ufuncs;

import dev.strides.ufuncs.FloatingPointErrors.Kind;
import dev.strides.ufuncs.FloatingPointErrors.Status;

/**
 * Float or double arithmetic that records the IEEE exceptions C code would leave in the CPU's
 * status flags, for the complex functions that NumPy writes as plain C formulas ({@code expm1},
 * {@code log1p}, {@code exp2}, {@code square}, {@code reciprocal}, {@code sign} and the
 * small-integer {@code power} loop).
 *
 * <p>Java has no status flags to read (see {@link FloatingPointErrors}), so each operation checks
 * its own operands and result: an infinity from finite operands is an overflow ({@code exp(800)},
 * {@code 1e300 * 1e300}); a NaN from non-NaN operands is invalid ({@code inf * 0},
 * {@code inf - inf}, {@code sin(inf)}); a finite non-zero value over zero, or {@code log(0)}, is
 * a division by zero. An ordered comparison ({@code <}, {@code >=}) with a NaN operand is
 * invalid too: C's {@code a >= b} compiles to a signalling comparison.
 *
 * <p>In {@code single} mode every result is rounded to float after each operation, which is what
 * C computes for complex64 ({@code npy_cfloat}): for {@code + - * /} rounding the exact double
 * result to float gives the float operation's result bit for bit, and the transcendental
 * functions are as close as the C library's float versions (within an ulp). Cost: one check per
 * operation, on top of the operation.
 */
final class FlaggedArithmetic {

    private final boolean single;
    private final Status status;

    /**
     * @param single  round every result to float (complex64) instead of double
     * @param status  where the exceptions go; <b>modified</b>
     */
    FlaggedArithmetic(boolean single, Status status) {
        this.single = single;
        this.status = status;
    }

    Status status() {
        return status;
    }

    boolean single() {
        return single;
    }

    /** {@code v} in this arithmetic's precision (float or double). */
    double round(double v) {
        return single ? (float) v : v;
    }

    double add(double a, double b) {
        return checked(round(a + b), a, b);
    }

    double subtract(double a, double b) {
        return checked(round(a - b), a, b);
    }

    double multiply(double a, double b) {
        return checked(round(a * b), a, b);
    }

    double divide(double a, double b) {
        double q = round(a / b);
        if (b == 0 && a != 0 && Double.isFinite(a)) {
            status.raise(Kind.DIVIDE);
            return q;
        }
        return checked(q, a, b);
    }

    /**
     * {@code a * b + c} with one rounding, as the fused multiply-add of NumPy's SIMD complex
     * loops: in float for complex64 (a float {@code fma}, not a double one rounded twice).
     * {@code fma(0, inf, nan)} is quiet, as x86's instruction leaves it (IEEE 754 lets the
     * implementation choose).
     */
    double fma(double a, double b, double c) {
        double r = single ? Math.fma((float) a, (float) b, (float) c) : Math.fma(a, b, c);
        if (Double.isNaN(r)) {
            if (!Double.isNaN(a) && !Double.isNaN(b) && !Double.isNaN(c)) {
                status.raise(Kind.INVALID);              // inf * 0, or inf - inf
            }
        } else if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)
                && Double.isFinite(c)) {
            status.raise(Kind.OVER);
        }
        return r;
    }

    /** C's {@code a > b}: false for a NaN operand, and the comparison signals invalid. */
    boolean greater(double a, double b) {
        signalIfNaN(a, b);
        return a > b;
    }

    /** C's {@code a < b}. */
    boolean less(double a, double b) {
        signalIfNaN(a, b);
        return a < b;
    }

    /** C's {@code a >= b}. */
    boolean atLeast(double a, double b) {
        signalIfNaN(a, b);
        return a >= b;
    }

    /** C's {@code a <= b}. */
    boolean atMost(double a, double b) {
        signalIfNaN(a, b);
        return a <= b;
    }

    double exp(double x) {
        return checked(round(StrictMath.exp(x)), x, 0);
    }

    double expm1(double x) {
        return checked(round(StrictMath.expm1(x)), x, 0);
    }

    double sin(double x) {
        return checked(round(StrictMath.sin(x)), x, 0);
    }

    double cos(double x) {
        return checked(round(StrictMath.cos(x)), x, 0);
    }

    /** {@code log(0)} is a pole: divide by zero; {@code log(-1)} is invalid. */
    double log(double x) {
        if (x == 0) {
            status.raise(Kind.DIVIDE);
            return Double.NEGATIVE_INFINITY;
        }
        return checked(round(StrictMath.log(x)), x, 0);
    }

    /** The C library's {@code hypot} ({@code hypotf} in single mode), see {@link Hypot}. */
    double hypot(double a, double b) {
        return checked(single ? Hypot.hypotFloat(a, b) : Hypot.hypot(a, b), a, b);
    }

    double atan2(double y, double x) {
        return round(StrictMath.atan2(y, x));           // never raises: total on its domain
    }

    // An infinity from finite operands overflowed; a NaN from non-NaN operands is invalid.
    private double checked(double r, double a, double b) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                status.raise(Kind.INVALID);
            }
        } else if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            status.raise(Kind.OVER);
        }
        return r;
    }

    private void signalIfNaN(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            status.raise(Kind.INVALID);
        }
    }
}
