package dev.strides.ufuncs;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.util.Arrays;
import java.util.Map;

import static dev.strides.ufuncs.ArithmeticUfuncs.ABSOLUTE;
import static dev.strides.ufuncs.ArithmeticUfuncs.ADD;
import static dev.strides.ufuncs.ArithmeticUfuncs.MULTIPLY;
import static dev.strides.ufuncs.ArithmeticUfuncs.SUBTRACT;
import static dev.strides.ufuncs.LogicUfuncs.EQUAL;
import static dev.strides.ufuncs.LogicUfuncs.ISFINITE;
import static dev.strides.ufuncs.LogicUfuncs.ISNAN;
import static dev.strides.ufuncs.LogicUfuncs.LESS_EQUAL;
import static dev.strides.ufuncs.LogicUfuncs.LOGICAL_AND;
import static dev.strides.ufuncs.LogicUfuncs.LOGICAL_OR;

/**
 * Comparing arrays of floats: {@code np.isclose}, {@code np.allclose}, {@code np.array_equal},
 * written with ufuncs exactly as NumPy writes them in Python.
 *
 * <p>{@code isclose(a, b)} is {@code |a - b| <= atol + rtol * |b|} element-wise (plus exact
 * equality, so equal infinities are close). It is <b>not symmetric</b>: the tolerance scales
 * with {@code |b|}, the reference value. Defaults {@code rtol = 1e-05}, {@code atol = 1e-08}:
 * the absolute term makes every pair of numbers below about 1e-8 "close", a classic surprise
 * when comparing tiny values. NaN is never close to anything unless {@code equalNan}.
 */
public final class Closeness {

    public static final double DEFAULT_RTOL = 1e-05;
    public static final double DEFAULT_ATOL = 1e-08;

    private Closeness() {
    }

    // tag::isclose[]
    /** {@code np.isclose(a, b, rtol, atol, equal_nan)}: a bool array of the broadcast shape. */
    public static NDArray isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        NDArray x = UfuncCall.asArray(a);
        NDArray y = UfuncCall.asArray(b);
        DType floating = Casting.resultType(y, 1.0);          // ints compared as floats
        y = y.astype(floating);
        try (var quiet = FloatingPointErrors.errstate(Map.of(FloatingPointErrors.Kind.INVALID,
                FloatingPointErrors.Policy.IGNORE))) {
            NDArray diff = ABSOLUTE.call(SUBTRACT.call(x, y));
            NDArray bound = ADD.call(atol, MULTIPLY.call(rtol, ABSOLUTE.call(y)));
            NDArray within = LOGICAL_AND.call(LESS_EQUAL.call(diff, bound), ISFINITE.call(y));
            NDArray result = LOGICAL_OR.call(within, EQUAL.call(x, y));
            if (equalNan) {
                result = LOGICAL_OR.call(result, LOGICAL_AND.call(ISNAN.call(x), ISNAN.call(y)));
            }
            return result;
        }
    }
    // end::isclose[]

    /** {@code np.isclose(a, b)} with the default tolerances. */
    public static NDArray isclose(Object a, Object b) {
        return isclose(a, b, DEFAULT_RTOL, DEFAULT_ATOL, false);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)}: {@code all(isclose(...))}. */
    public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return all(isclose(a, b, rtol, atol, equalNan));
    }

    public static boolean allclose(Object a, Object b) {
        return allclose(a, b, DEFAULT_RTOL, DEFAULT_ATOL, false);
    }

    // tag::array-equal[]
    /**
     * {@code np.array_equal(a1, a2, equal_nan)}: same shape and every element equal. Shapes
     * that differ (even if they would broadcast) give false, not an error.
     */
    public static boolean arrayEqual(Object a1, Object a2, boolean equalNan) {
        NDArray x = UfuncCall.asArray(a1);
        NDArray y = UfuncCall.asArray(a2);
        if (!Arrays.equals(x.shape(), y.shape())) {
            return false;
        }
        NDArray same = EQUAL.call(x, y);
        if (equalNan && (x.dtype().isInexact() || y.dtype().isInexact())) {
            same = LOGICAL_OR.call(same, LOGICAL_AND.call(ISNAN.call(x), ISNAN.call(y)));
        }
        return all(same);
    }
    // end::array-equal[]

    public static boolean arrayEqual(Object a1, Object a2) {
        return arrayEqual(a1, a2, false);
    }

    /** {@code np.all(a)}: {@code logical_and.reduce} over every axis. */
    static boolean all(NDArray a) {
        return (Boolean) LOGICAL_AND.reduce(a, ReduceOptions.all()).item();
    }
}
