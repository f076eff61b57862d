package dev.strides.random;

/**
 * Parameter checks of the samplers, with NumPy's messages ({@code scale < 0}). They run once per
 * call, before any draw, so a rejected call consumes no randomness. NaN passes the sign checks,
 * as in NumPy ({@code normal(0, nan)} returns NaN), but not the range checks.
 */
final class Checks {

    /** NumPy's {@code POISSON_LAM_MAX}: larger means could overflow int64 samples. */
    static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt(Long.MAX_VALUE) * 10;

    private Checks() {
    }

    /** {@code CONS_NON_NEGATIVE}: the sign bit must be clear (so -0.0 is refused), NaN passes. */
    static void nonNegative(double value, String name) {
        if (!Double.isNaN(value) && (Double.doubleToRawLongBits(value) < 0)) {
            throw new IllegalArgumentException(name + " < 0");
        }
    }

    static void nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " < 0");
        }
    }

    /** {@code CONS_POSITIVE}: {@code value <= 0} is refused (NaN passes). */
    static void positive(double value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " <= 0");
        }
    }

    /** {@code CONS_BOUNDED_0_1}: a probability in [0, 1], NaN refused. */
    static void probability(double value, String name) {
        if (!(value >= 0) || !(value <= 1)) {
            throw new IllegalArgumentException(name + " < 0, " + name + " > 1 or " + name
                    + " is NaN");
        }
    }

    /** {@code CONS_POISSON}: {@code 0 <= lam <= POISSON_LAM_MAX}. */
    static void poissonLam(double lam) {
        if (!(lam >= 0)) {
            throw new IllegalArgumentException("lam < 0 or lam is NaN");
        }
        if (!(lam <= POISSON_LAM_MAX)) {
            throw new IllegalArgumentException("lam value too large");
        }
    }
}
