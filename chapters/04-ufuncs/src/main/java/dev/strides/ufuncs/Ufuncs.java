package dev.strides.ufuncs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every standard ufunc by its NumPy name ({@code "add"}, {@code "true_divide"},
 * {@code "mod"}...), for code that picks a ufunc at run time: fixtures, the workbook, a REPL.
 * NumPy's aliases map to the same object: {@code true_divide} is {@code divide}, {@code mod} is
 * {@code remainder}, {@code bitwise_not} is {@code invert}, {@code abs} is {@code absolute},
 * {@code conj} is {@code conjugate}, {@code degrees}/{@code radians} are
 * {@code rad2deg}/{@code deg2rad}.
 */
public final class Ufuncs {

    private static final Map<String, Ufunc> BY_NAME = new LinkedHashMap<>();

    static {
        for (Ufunc u : List.of(ArithmeticUfuncs.ADD, ArithmeticUfuncs.SUBTRACT,
                ArithmeticUfuncs.MULTIPLY, ArithmeticUfuncs.DIVIDE, ArithmeticUfuncs.FLOOR_DIVIDE,
                ArithmeticUfuncs.REMAINDER, ArithmeticUfuncs.FMOD, ArithmeticUfuncs.DIVMOD,
                ArithmeticUfuncs.POWER, ArithmeticUfuncs.FLOAT_POWER, ArithmeticUfuncs.NEGATIVE,
                ArithmeticUfuncs.POSITIVE, ArithmeticUfuncs.ABSOLUTE, ArithmeticUfuncs.FABS,
                ArithmeticUfuncs.SIGN, ArithmeticUfuncs.RECIPROCAL, ArithmeticUfuncs.CONJUGATE,
                ArithmeticUfuncs.SQUARE, ArithmeticUfuncs.GCD, ArithmeticUfuncs.LCM,
                ArithmeticUfuncs.HEAVISIDE,
                MathUfuncs.EXP, MathUfuncs.EXP2, MathUfuncs.EXPM1, MathUfuncs.LOG, MathUfuncs.LOG2,
                MathUfuncs.LOG10, MathUfuncs.LOG1P, MathUfuncs.SQRT, MathUfuncs.CBRT,
                MathUfuncs.SIN,
                MathUfuncs.COS, MathUfuncs.TAN, MathUfuncs.ARCSIN, MathUfuncs.ARCCOS,
                MathUfuncs.ARCTAN, MathUfuncs.ARCTAN2, MathUfuncs.HYPOT, MathUfuncs.SINH,
                MathUfuncs.COSH, MathUfuncs.TANH, MathUfuncs.ARCSINH, MathUfuncs.ARCCOSH,
                MathUfuncs.ARCTANH, MathUfuncs.DEG2RAD, MathUfuncs.RAD2DEG, MathUfuncs.FLOOR,
                MathUfuncs.CEIL, MathUfuncs.TRUNC, MathUfuncs.RINT, MathUfuncs.MAXIMUM,
                MathUfuncs.MINIMUM, MathUfuncs.FMAX, MathUfuncs.FMIN, MathUfuncs.COPYSIGN,
                MathUfuncs.NEXTAFTER, MathUfuncs.SPACING, MathUfuncs.LOGADDEXP,
                MathUfuncs.LOGADDEXP2, MathUfuncs.MODF, MathUfuncs.FREXP, MathUfuncs.LDEXP,
                LogicUfuncs.EQUAL, LogicUfuncs.NOT_EQUAL, LogicUfuncs.LESS, LogicUfuncs.LESS_EQUAL,
                LogicUfuncs.GREATER, LogicUfuncs.GREATER_EQUAL, LogicUfuncs.LOGICAL_AND,
                LogicUfuncs.LOGICAL_OR, LogicUfuncs.LOGICAL_XOR, LogicUfuncs.LOGICAL_NOT,
                LogicUfuncs.BITWISE_AND, LogicUfuncs.BITWISE_OR, LogicUfuncs.BITWISE_XOR,
                LogicUfuncs.INVERT, LogicUfuncs.LEFT_SHIFT, LogicUfuncs.RIGHT_SHIFT,
                LogicUfuncs.BITWISE_COUNT, LogicUfuncs.ISNAN, LogicUfuncs.ISINF,
                LogicUfuncs.ISFINITE, LogicUfuncs.SIGNBIT, Clip.CLIP)) {
            BY_NAME.put(u.name(), u);
        }
        BY_NAME.put("true_divide", ArithmeticUfuncs.DIVIDE);
        BY_NAME.put("mod", ArithmeticUfuncs.REMAINDER);
        BY_NAME.put("bitwise_not", LogicUfuncs.INVERT);
        BY_NAME.put("bitwise_invert", LogicUfuncs.INVERT);
        BY_NAME.put("abs", ArithmeticUfuncs.ABSOLUTE);
        BY_NAME.put("conj", ArithmeticUfuncs.CONJUGATE);
        BY_NAME.put("degrees", MathUfuncs.RAD2DEG);
        BY_NAME.put("radians", MathUfuncs.DEG2RAD);
        BY_NAME.put("pow", ArithmeticUfuncs.POWER);
        BY_NAME.put("bitwise_left_shift", LogicUfuncs.LEFT_SHIFT);
        BY_NAME.put("bitwise_right_shift", LogicUfuncs.RIGHT_SHIFT);
        BY_NAME.put("asin", MathUfuncs.ARCSIN);
        BY_NAME.put("acos", MathUfuncs.ARCCOS);
        BY_NAME.put("atan", MathUfuncs.ARCTAN);
        BY_NAME.put("atan2", MathUfuncs.ARCTAN2);
        BY_NAME.put("asinh", MathUfuncs.ARCSINH);
        BY_NAME.put("acosh", MathUfuncs.ARCCOSH);
        BY_NAME.put("atanh", MathUfuncs.ARCTANH);
    }

    private Ufuncs() {
    }

    /**
     * The ufunc NumPy calls {@code name}.
     *
     * @throws IllegalArgumentException {@code module 'numpy' has no attribute 'nope'}
     */
    public static Ufunc byName(String name) {
        Ufunc u = BY_NAME.get(Objects.requireNonNull(name, "name"));
        if (u == null) {
            throw new IllegalArgumentException("module 'numpy' has no attribute '" + name + "'");
        }
        return u;
    }

    /** Every name and alias, in a stable order. */
    public static Map<String, Ufunc> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }
}
