package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q064 - How to use isclose() for float comparison?
 *
 * <p>Floats carry rounding error, so {@code 0.1 + 0.2 == 0.3} is false. {@code np.isclose(a, b)}
 * asks instead, element by element,
 *
 * <pre>|a - b| &lt;= atol + rtol * |b|        (rtol = 1e-5, atol = 1e-8 by default)</pre>
 *
 * <p>Two consequences: the test is <b>not symmetric</b> ({@code b} sets the scale), and the
 * absolute tolerance dominates near zero ({@code np.isclose(1e-9, 0)} is true: pass
 * {@code atol=0} when tiny values matter). Infinities are close only to an equal infinity,
 * NaN to nothing unless {@code equal_nan=True}. NumPy computes it as
 * {@code (|a - b| <= atol + rtol*|b|) & isfinite(b) | (a == b)}, then adds
 * {@code isnan(a) & isnan(b)} when {@code equal_nan}: the {@code isfinite(b)} guard matters,
 * because {@code |1e308 - inf| <= inf} would otherwise be true.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q064IsClose {

    private Q064IsClose() {
    }

    /**
     * Implement {@code np.isclose(a, b, rtol, atol, equal_nan)} from ufuncs: {@code np.abs},
     * {@code np.subtract}, {@code np.multiply}, {@code np.add}, {@code np.lessEqual},
     * {@code np.isfinite}, {@code np.equal}, {@code np.isnan} and the logical ufuncs.
     *
     * @return a new bool array of the broadcast shape
     */
    public static NDArray isclose(NDArray a, NDArray b, double rtol, double atol,
                                  boolean equalNan) {
        NDArray bound = np.add(atol, np.multiply(rtol, np.abs(b)));
        NDArray near = np.logicalAnd(np.lessEqual(np.abs(np.subtract(a, b)), bound),
                np.isfinite(b));
        NDArray result = np.logicalOr(near, np.equal(a, b));
        if (equalNan) {
            result = np.logicalOr(result, np.logicalAnd(np.isnan(a), np.isnan(b)));
        }
        return result;
    }

    /**
     * Predict three answers, in this order: {@code np.isclose(1e-9, 0)},
     * {@code np.isclose(0.1 + 0.2, 0.3)}, {@code 0.1 + 0.2 == 0.3}.
     */
    public static boolean[] predict() {
        return new boolean[] {true, true, false};
    }
}
