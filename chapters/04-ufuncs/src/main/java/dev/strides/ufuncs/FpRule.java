package dev.strides.ufuncs;

/**
 * How a float loop recognises NumPy's floating-point errors from one element's operands and
 * rounded result (Java has no IEEE status flags to read, see {@link FloatingPointErrors}).
 * Only called when the result is not finite: every error kind that NumPy reports by default
 * produces an {@code inf} or a {@code nan}.
 */
@FunctionalInterface
interface FpRule {

    /**
     * The {@link FloatingPointErrors.Kind#bit()}s for {@code r = f(x, y)} ({@code y = 0} for
     * unary).
     */
    int flags(double x, double y, double r);

    /** NaN from non-NaN inputs is invalid; inf from finite inputs is an overflow. */
    FpRule STANDARD = (x, y, r) -> {
        if (Double.isNaN(r)) {
            return Double.isNaN(x) || Double.isNaN(y) ? 0 : FloatingPointErrors.INVALID;
        }
        return Double.isFinite(x) && Double.isFinite(y) ? FloatingPointErrors.OVER : 0;
    };

    /**
     * As {@link #STANDARD}, but inf from finite inputs is a pole: {@code log(0)}, {@code
     * arctanh(1)}.
     */
    FpRule POLE = (x, y, r) -> {
        int f = STANDARD.flags(x, y, r);
        return f == FloatingPointErrors.OVER ? FloatingPointErrors.DIVIDE : f;
    };

    /** Division: a finite non-zero over zero is a pole, anything else as {@link #STANDARD}. */
    FpRule DIVISION = (x, y, r) -> {
        if (Double.isInfinite(r) && y == 0 && Double.isFinite(x)) {
            return FloatingPointErrors.DIVIDE;
        }
        return STANDARD.flags(x, y, r);
    };

    /**
     * Functions whose C code compares its inputs with {@code <}: a NaN input signals invalid
     * (an ordered comparison with NaN raises the flag), as {@code logaddexp}'s does.
     */
    FpRule NAN_COMPARED = (x, y, r) -> Double.isNaN(x) || Double.isNaN(y)
            ? FloatingPointErrors.INVALID : STANDARD.flags(x, y, r);

    /** Functions that never report (comparisons, copysign, nextafter...). */
    FpRule QUIET = (x, y, r) -> 0;
}
