package dev.strides.random;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Walk;
import java.lang.foreign.ValueLayout;
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

    /** {@code CONS_POSITIVE_NOT_NAN}: NaN is refused first, then {@code value <= 0}. */
    static void positiveNotNaN(double value, String name) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " must not be NaN");
        }
        positive(value, name);
    }

    /** {@code CONS_BOUNDED_GT_0_1}: a probability in (0, 1]; NumPy says "contains" even here. */
    static void probabilityAboveZero(double value, String name) {
        if (!(value > 0) || !(value <= 1)) {
            throw new IllegalArgumentException(name + " <= 0, " + name + " > 1 or " + name
                    + " contains NaNs");
        }
    }

    /** {@code CONS_BOUNDED_LT_0_1}: a probability in [0, 1). */
    static void probabilityBelowOne(double value, String name) {
        if (!(value >= 0) || !(value < 1)) {
            throw new IllegalArgumentException(name + " < 0, " + name + " >= 1 or " + name
                    + " is NaN");
        }
    }

    /** {@code CONS_GT_1}: {@code value > 1}, NaN refused. */
    static void aboveOne(double value, String name) {
        if (!(value > 1)) {
            throw new IllegalArgumentException(name + " <= 1 or " + name + " is NaN");
        }
    }

    /** triangular's order: {@code left <= mode <= right} and {@code left < right} (NaN passes). */
    static void triangular(double left, double mode, double right) {
        if (left > mode) {
            throw new IllegalArgumentException("left > mode");
        }
        if (mode > right) {
            throw new IllegalArgumentException("mode > right");
        }
        if (left == right) {
            throw new IllegalArgumentException("left == right");
        }
    }

    /**
     * negative_binomial's extra check: the Poisson rate it may reach, about
     * {@code (1 - p)/p (n + 10 sqrt(n))}, must stay below {@link #POISSON_LAM_MAX}.
     */
    static void negativeBinomialRate(double n, double p) {
        if ((1 - p) / p * (n + 10 * Math.sqrt(n)) > POISSON_LAM_MAX) {
            throw new IllegalArgumentException(NEGATIVE_BINOMIAL_RATE);
        }
    }

    private static final String NEGATIVE_BINOMIAL_RATE =
            "n too large or p too small, see Generator.negative_binomial Notes";

    /** NumPy's {@code HYPERGEOM_MAX}: larger populations are refused. */
    static final double HYPERGEOM_MAX = 1e9;

    /** hypergeometric's checks, in NumPy's order: the limit, the total, then the signs. */
    static void hypergeometric(long ngood, long nbad, long nsample) {
        if (ngood >= HYPERGEOM_MAX || nbad >= HYPERGEOM_MAX) {
            throw new IllegalArgumentException(HYPERGEOM_LIMIT);
        }
        if (ngood + nbad < nsample) {
            throw new IllegalArgumentException("ngood + nbad < nsample");
        }
        nonNegative(ngood, "ngood");
        nonNegative(nbad, "nbad");
        nonNegative(nsample, "nsample");
    }

    private static final String HYPERGEOM_LIMIT =
            "both ngood and nbad must be less than " + (long) HYPERGEOM_MAX;

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

    /** {@code CONS_POSITIVE_NOT_NAN} on every element: any NaN, then any {@code <= 0}. */
    static void positiveNotNaN(NDArray values, String name) {
        if (any(values, Double::isNaN)) {
            throw new IllegalArgumentException(name + " must not be NaN");
        }
        positive(values, name);
    }

    /** {@code CONS_BOUNDED_GT_0_1} on every element (the same words as for one value). */
    static void probabilityAboveZero(NDArray p, String name) {
        if (any(p, v -> !(v > 0) || !(v <= 1))) {
            throw new IllegalArgumentException(name + " <= 0, " + name + " > 1 or " + name
                    + " contains NaNs");
        }
    }

    /** {@code CONS_BOUNDED_LT_0_1}; {@code scalarPath} picks NumPy's wording. */
    static void probabilityBelowOne(NDArray p, String name, boolean scalarPath) {
        if (scalarPath) {
            probabilityBelowOne(p.getDouble(), name);
        } else if (any(p, v -> !(v >= 0) || !(v < 1))) {
            throw new IllegalArgumentException(name + " < 0, " + name + " >= 1 or " + name
                    + " contains NaNs");
        }
    }

    /** {@code CONS_GT_1}; {@code scalarPath} picks NumPy's wording. */
    static void aboveOne(NDArray a, String name, boolean scalarPath) {
        if (scalarPath) {
            aboveOne(a.getDouble(), name);
        } else if (any(a, v -> !(v > 1))) {
            throw new IllegalArgumentException(name + " <= 1 or " + name + " contains NaNs");
        }
    }

    /**
     * triangular's order on arrays, each test over the broadcast of the two arrays it compares
     * ({@code np.any(np.greater(left, mode))}), so two that do not broadcast fail with the
     * ufunc's message before any value is compared.
     */
    static void triangular(NDArray left, NDArray mode, NDArray right) {
        if (anyPair(left, mode, (l, m) -> l > m)) {
            throw new IllegalArgumentException("left > mode");
        }
        if (anyPair(mode, right, (m, r) -> m > r)) {
            throw new IllegalArgumentException("mode > right");
        }
        if (anyPair(left, right, (l, r) -> l == r)) {
            throw new IllegalArgumentException("left == right");
        }
    }

    /** True when {@code test(a[i], b[i])} holds somewhere in the broadcast of a and b. */
    private static boolean anyPair(NDArray a, NDArray b, PairTest test) {
        boolean[] found = {false};
        MultiIterator.of(a, b).forEachElement(at -> found[0] |= test.test(
                Elements.readDouble(a.buffer(), at[0], a.dtype()),
                Elements.readDouble(b.buffer(), at[1], b.dtype())));
        return found[0];
    }

    /** A test of two doubles. */
    @FunctionalInterface
    private interface PairTest {
        boolean test(double a, double b);
    }

    /** negative_binomial's rate limit over the broadcast of p and n (NumPy's ufunc order). */
    static void negativeBinomialRate(NDArray n, NDArray p) {
        if (anyPair(p, n, (pi, ni) -> (1 - pi) / pi * (ni + 10 * Math.sqrt(ni))
                > POISSON_LAM_MAX)) {
            throw new IllegalArgumentException(NEGATIVE_BINOMIAL_RATE);
        }
    }

    /**
     * hypergeometric's checks on arrays: any element at the limit, then
     * {@code np.less(np.add(ngood, nbad), nsample)} anywhere (each step broadcasting, so shapes
     * that clash fail with the ufunc's message), then the signs of each array.
     */
    static void hypergeometric(NDArray ngood, NDArray nbad, NDArray nsample) {
        if (any(ngood, v -> v >= HYPERGEOM_MAX) || any(nbad, v -> v >= HYPERGEOM_MAX)) {
            throw new IllegalArgumentException(HYPERGEOM_LIMIT);
        }
        MultiIterator add = MultiIterator.of(ngood, nbad);
        NDArray total = Output.allocate(DType.INT64, add.shape());
        long[] next = {0};
        add.forEachElement(at -> {
            long sum = Elements.readLong(ngood.buffer(), at[0], ngood.dtype())
                    + Elements.readLong(nbad.buffer(), at[1], nbad.dtype());
            total.buffer().set(ValueLayout.JAVA_LONG_UNALIGNED, next[0], sum);
            next[0] += 8;
        });
        boolean[] tooFew = {false};
        MultiIterator.of(total, nsample).forEachElement(at -> tooFew[0] |=
                Elements.readLong(total.buffer(), at[0], total.dtype())
                        < Elements.readLong(nsample.buffer(), at[1], nsample.dtype()));
        if (tooFew[0]) {
            throw new IllegalArgumentException("ngood + nbad < nsample");
        }
        nonNegativeCounts(ngood, "ngood");
        nonNegativeCounts(nbad, "nbad");
        nonNegativeCounts(nsample, "nsample");
    }
}
