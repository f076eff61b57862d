package dev.strides.random;

import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Walk;
import java.util.function.DoublePredicate;

/**
 * Parameter checks of the samplers, with NumPy's messages ({@code scale < 0}). They run once per
 * call, before any draw, so a rejected call consumes no randomness. NaN passes the sign checks,
 * as in NumPy ({@code normal(0, nan)} returns NaN), but not the range checks.
 *
 * <p>Array parameters are checked as whole arrays, as NumPy's {@code check_array_constraint}:
 * one bad element rejects the call. The wording differs from the scalar one where NumPy's does
 * ({@code p contains NaNs} for {@code p is NaN}; for lam the size test comes first).
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

    // ---- array parameters (NumPy's check_array_constraint) -------------------------------------

    /** True when some element of {@code a}, read as float64, satisfies {@code test}. */
    private static boolean any(NDArray a, DoublePredicate test) {
        boolean[] found = {false};
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), at -> {
            found[0] |= test.test(Elements.readDouble(a.buffer(), at, a.dtype()));
        });
        return found[0];
    }

    /** {@code CONS_NON_NEGATIVE} on every element: the same rule and words as for one value. */
    static void nonNegative(NDArray values, String name) {
        if (any(values, v -> !Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0)) {
            throw new IllegalArgumentException(name + " < 0");
        }
    }

    /** {@code CONS_POSITIVE} on every element ({@code np.less_equal(val, 0)}; NaN passes). */
    static void positive(NDArray values, String name) {
        if (any(values, v -> v <= 0)) {
            throw new IllegalArgumentException(name + " <= 0");
        }
    }

    /** A count (binomial's n) after NumPy's cast to int64: no element below 0. */
    static void nonNegativeCounts(NDArray counts, String name) {
        boolean[] negative = {false};
        Walk.forEachOffset(counts.shape(), counts.strides(), counts.offset(), at -> {
            negative[0] |= Elements.readLong(counts.buffer(), at, counts.dtype()) < 0;
        });
        if (negative[0]) {
            throw new IllegalArgumentException(name + " < 0");
        }
    }

    /** {@code CONS_BOUNDED_0_1}; {@code scalarPath} (all parameters 0-d) picks NumPy's wording. */
    static void probability(NDArray p, String name, boolean scalarPath) {
        if (scalarPath) {
            probability(p.getDouble(), name);
        } else if (any(p, v -> !(v >= 0) || !(v <= 1))) {
            throw new IllegalArgumentException(name + " < 0, " + name + " > 1 or " + name
                    + " contains NaNs");
        }
    }

    /** {@code CONS_POISSON}: for arrays NumPy tests the upper bound first (NaN fails it). */
    static void poissonLam(NDArray lam, boolean scalarPath) {
        if (scalarPath) {
            poissonLam(lam.getDouble());
            return;
        }
        if (any(lam, v -> !(v <= POISSON_LAM_MAX))) {
            throw new IllegalArgumentException("lam value too large");
        }
        if (any(lam, v -> !(v >= 0))) {
            throw new IllegalArgumentException("lam < 0 or lam contains NaNs");
        }
    }
}
