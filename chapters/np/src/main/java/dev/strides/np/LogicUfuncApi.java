package dev.strides.np;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.LogicUfuncs;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;

/**
 * The layer of {@link np} for chapter 04 (dev.strides.ufuncs), second of its five layers: the
 * ufuncs of {@link LogicUfuncs}. Comparisons ({@code equal}, {@code notEqual}, {@code less},
 * {@code lessEqual}, {@code greater}, {@code greaterEqual}), logic ({@code logicalAnd},
 * {@code logicalOr}, {@code logicalXor}, {@code logicalNot}), bits ({@code bitwiseAnd},
 * {@code bitwiseOr}, {@code bitwiseXor}, {@code leftShift}, {@code rightShift}, {@code invert},
 * {@code bitwiseNot}, {@code bitwiseCount}) and floating-point tests ({@code isnan}, {@code isinf},
 * {@code isfinite}, {@code signbit}).
 *
 * <p>Each ufunc is a field (the {@link Ufunc} object) and methods of the same name, as in
 * {@link ArithmeticUfuncApi}. Extends {@link ArithmeticUfuncApi}; {@link np} explains the chain.
 */
public abstract class LogicUfuncApi extends ArithmeticUfuncApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    LogicUfuncApi() {
    }

    /** {@code np.equal} as a ufunc object: {@link LogicUfuncs#EQUAL}. */
    public static final Ufunc equal = LogicUfuncs.EQUAL;

    /** {@code np.not_equal} as a ufunc object: {@link LogicUfuncs#NOT_EQUAL}. */
    public static final Ufunc notEqual = LogicUfuncs.NOT_EQUAL;

    /** {@code np.less} as a ufunc object: {@link LogicUfuncs#LESS}. */
    public static final Ufunc less = LogicUfuncs.LESS;

    /** {@code np.less_equal} as a ufunc object: {@link LogicUfuncs#LESS_EQUAL}. */
    public static final Ufunc lessEqual = LogicUfuncs.LESS_EQUAL;

    /** {@code np.greater} as a ufunc object: {@link LogicUfuncs#GREATER}. */
    public static final Ufunc greater = LogicUfuncs.GREATER;

    /** {@code np.greater_equal} as a ufunc object: {@link LogicUfuncs#GREATER_EQUAL}. */
    public static final Ufunc greaterEqual = LogicUfuncs.GREATER_EQUAL;

    /** {@code np.logical_and} as a ufunc object: {@link LogicUfuncs#LOGICAL_AND}. */
    public static final Ufunc logicalAnd = LogicUfuncs.LOGICAL_AND;

    /** {@code np.logical_or} as a ufunc object: {@link LogicUfuncs#LOGICAL_OR}. */
    public static final Ufunc logicalOr = LogicUfuncs.LOGICAL_OR;

    /** {@code np.logical_xor} as a ufunc object: {@link LogicUfuncs#LOGICAL_XOR}. */
    public static final Ufunc logicalXor = LogicUfuncs.LOGICAL_XOR;

    /** {@code np.bitwise_and} as a ufunc object: {@link LogicUfuncs#BITWISE_AND}. */
    public static final Ufunc bitwiseAnd = LogicUfuncs.BITWISE_AND;

    /** {@code np.bitwise_or} as a ufunc object: {@link LogicUfuncs#BITWISE_OR}. */
    public static final Ufunc bitwiseOr = LogicUfuncs.BITWISE_OR;

    /** {@code np.bitwise_xor} as a ufunc object: {@link LogicUfuncs#BITWISE_XOR}. */
    public static final Ufunc bitwiseXor = LogicUfuncs.BITWISE_XOR;

    /** {@code np.left_shift} as a ufunc object: {@link LogicUfuncs#LEFT_SHIFT}. */
    public static final Ufunc leftShift = LogicUfuncs.LEFT_SHIFT;

    /** {@code np.right_shift} as a ufunc object: {@link LogicUfuncs#RIGHT_SHIFT}. */
    public static final Ufunc rightShift = LogicUfuncs.RIGHT_SHIFT;

    /** {@code np.logical_not} as a ufunc object: {@link LogicUfuncs#LOGICAL_NOT}. */
    public static final Ufunc logicalNot = LogicUfuncs.LOGICAL_NOT;

    /** {@code np.invert} as a ufunc object: {@link LogicUfuncs#INVERT}. */
    public static final Ufunc invert = LogicUfuncs.INVERT;

    /** {@code np.bitwise_not} as a ufunc object: {@link LogicUfuncs#INVERT}. */
    public static final Ufunc bitwiseNot = LogicUfuncs.INVERT;

    /** {@code np.bitwise_count} as a ufunc object: {@link LogicUfuncs#BITWISE_COUNT}. */
    public static final Ufunc bitwiseCount = LogicUfuncs.BITWISE_COUNT;

    /** {@code np.isnan} as a ufunc object: {@link LogicUfuncs#ISNAN}. */
    public static final Ufunc isnan = LogicUfuncs.ISNAN;

    /** {@code np.isinf} as a ufunc object: {@link LogicUfuncs#ISINF}. */
    public static final Ufunc isinf = LogicUfuncs.ISINF;

    /** {@code np.isfinite} as a ufunc object: {@link LogicUfuncs#ISFINITE}. */
    public static final Ufunc isfinite = LogicUfuncs.ISFINITE;

    /** {@code np.signbit} as a ufunc object: {@link LogicUfuncs#SIGNBIT}. */
    public static final Ufunc signbit = LogicUfuncs.SIGNBIT;

    /** {@code np.equal(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#EQUAL}. */
    public static NDArray equal(Object x, Object y) {
        return LogicUfuncs.EQUAL.call(x, y);
    }

    /** {@code np.equal(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray equal(Object x, Object y, NDArray out) {
        return LogicUfuncs.EQUAL.call(x, y, out);
    }

    /** {@code np.equal(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray equal(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.EQUAL.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.not_equal(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#NOT_EQUAL}. */
    public static NDArray notEqual(Object x, Object y) {
        return LogicUfuncs.NOT_EQUAL.call(x, y);
    }

    /** {@code np.not_equal(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray notEqual(Object x, Object y, NDArray out) {
        return LogicUfuncs.NOT_EQUAL.call(x, y, out);
    }

    /** {@code np.not_equal(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray notEqual(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.NOT_EQUAL.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.less(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LESS}. */
    public static NDArray less(Object x, Object y) {
        return LogicUfuncs.LESS.call(x, y);
    }

    /** {@code np.less(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray less(Object x, Object y, NDArray out) {
        return LogicUfuncs.LESS.call(x, y, out);
    }

    /** {@code np.less(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray less(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LESS.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.less_equal(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LESS_EQUAL}. */
    public static NDArray lessEqual(Object x, Object y) {
        return LogicUfuncs.LESS_EQUAL.call(x, y);
    }

    /** {@code np.less_equal(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray lessEqual(Object x, Object y, NDArray out) {
        return LogicUfuncs.LESS_EQUAL.call(x, y, out);
    }

    /** {@code np.less_equal(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray lessEqual(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LESS_EQUAL.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.greater(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#GREATER}. */
    public static NDArray greater(Object x, Object y) {
        return LogicUfuncs.GREATER.call(x, y);
    }

    /** {@code np.greater(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray greater(Object x, Object y, NDArray out) {
        return LogicUfuncs.GREATER.call(x, y, out);
    }

    /** {@code np.greater(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray greater(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.GREATER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.greater_equal(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#GREATER_EQUAL}. */
    public static NDArray greaterEqual(Object x, Object y) {
        return LogicUfuncs.GREATER_EQUAL.call(x, y);
    }

    /** {@code np.greater_equal(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray greaterEqual(Object x, Object y, NDArray out) {
        return LogicUfuncs.GREATER_EQUAL.call(x, y, out);
    }

    /** {@code np.greater_equal(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray greaterEqual(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.GREATER_EQUAL.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logical_and(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LOGICAL_AND}. */
    public static NDArray logicalAnd(Object x, Object y) {
        return LogicUfuncs.LOGICAL_AND.call(x, y);
    }

    /** {@code np.logical_and(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray logicalAnd(Object x, Object y, NDArray out) {
        return LogicUfuncs.LOGICAL_AND.call(x, y, out);
    }

    /** {@code np.logical_and(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logicalAnd(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LOGICAL_AND.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logical_or(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LOGICAL_OR}. */
    public static NDArray logicalOr(Object x, Object y) {
        return LogicUfuncs.LOGICAL_OR.call(x, y);
    }

    /** {@code np.logical_or(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray logicalOr(Object x, Object y, NDArray out) {
        return LogicUfuncs.LOGICAL_OR.call(x, y, out);
    }

    /** {@code np.logical_or(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logicalOr(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LOGICAL_OR.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logical_xor(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LOGICAL_XOR}. */
    public static NDArray logicalXor(Object x, Object y) {
        return LogicUfuncs.LOGICAL_XOR.call(x, y);
    }

    /** {@code np.logical_xor(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray logicalXor(Object x, Object y, NDArray out) {
        return LogicUfuncs.LOGICAL_XOR.call(x, y, out);
    }

    /** {@code np.logical_xor(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logicalXor(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LOGICAL_XOR.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.bitwise_and(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#BITWISE_AND}. */
    public static NDArray bitwiseAnd(Object x, Object y) {
        return LogicUfuncs.BITWISE_AND.call(x, y);
    }

    /** {@code np.bitwise_and(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray bitwiseAnd(Object x, Object y, NDArray out) {
        return LogicUfuncs.BITWISE_AND.call(x, y, out);
    }

    /** {@code np.bitwise_and(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray bitwiseAnd(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.BITWISE_AND.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.bitwise_or(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#BITWISE_OR}. */
    public static NDArray bitwiseOr(Object x, Object y) {
        return LogicUfuncs.BITWISE_OR.call(x, y);
    }

    /** {@code np.bitwise_or(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray bitwiseOr(Object x, Object y, NDArray out) {
        return LogicUfuncs.BITWISE_OR.call(x, y, out);
    }

    /** {@code np.bitwise_or(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray bitwiseOr(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.BITWISE_OR.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.bitwise_xor(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#BITWISE_XOR}. */
    public static NDArray bitwiseXor(Object x, Object y) {
        return LogicUfuncs.BITWISE_XOR.call(x, y);
    }

    /** {@code np.bitwise_xor(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray bitwiseXor(Object x, Object y, NDArray out) {
        return LogicUfuncs.BITWISE_XOR.call(x, y, out);
    }

    /** {@code np.bitwise_xor(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray bitwiseXor(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.BITWISE_XOR.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.left_shift(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#LEFT_SHIFT}. */
    public static NDArray leftShift(Object x, Object y) {
        return LogicUfuncs.LEFT_SHIFT.call(x, y);
    }

    /** {@code np.left_shift(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray leftShift(Object x, Object y, NDArray out) {
        return LogicUfuncs.LEFT_SHIFT.call(x, y, out);
    }

    /** {@code np.left_shift(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray leftShift(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.LEFT_SHIFT.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.right_shift(x, y)}: arrays or Java scalars, broadcast; {@link LogicUfuncs#RIGHT_SHIFT}. */
    public static NDArray rightShift(Object x, Object y) {
        return LogicUfuncs.RIGHT_SHIFT.call(x, y);
    }

    /** {@code np.right_shift(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray rightShift(Object x, Object y, NDArray out) {
        return LogicUfuncs.RIGHT_SHIFT.call(x, y, out);
    }

    /** {@code np.right_shift(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray rightShift(Object x, Object y, UfuncOptions options) {
        return LogicUfuncs.RIGHT_SHIFT.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logical_not(x)}: {@link LogicUfuncs#LOGICAL_NOT}. */
    public static NDArray logicalNot(Object x) {
        return LogicUfuncs.LOGICAL_NOT.call(x);
    }

    /** {@code np.logical_not(x, out=out)}. */
    public static NDArray logicalNot(Object x, NDArray out) {
        return LogicUfuncs.LOGICAL_NOT.callInto(x, out);
    }

    /** {@code np.logical_not(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logicalNot(Object x, UfuncOptions options) {
        return LogicUfuncs.LOGICAL_NOT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.invert(x)}: {@link LogicUfuncs#INVERT}. */
    public static NDArray invert(Object x) {
        return LogicUfuncs.INVERT.call(x);
    }

    /** {@code np.invert(x, out=out)}. */
    public static NDArray invert(Object x, NDArray out) {
        return LogicUfuncs.INVERT.callInto(x, out);
    }

    /** {@code np.invert(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray invert(Object x, UfuncOptions options) {
        return LogicUfuncs.INVERT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.bitwise_not(x)}: {@link LogicUfuncs#INVERT}. */
    public static NDArray bitwiseNot(Object x) {
        return LogicUfuncs.INVERT.call(x);
    }

    /** {@code np.bitwise_not(x, out=out)}. */
    public static NDArray bitwiseNot(Object x, NDArray out) {
        return LogicUfuncs.INVERT.callInto(x, out);
    }

    /** {@code np.bitwise_not(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray bitwiseNot(Object x, UfuncOptions options) {
        return LogicUfuncs.INVERT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.bitwise_count(x)}: {@link LogicUfuncs#BITWISE_COUNT}. */
    public static NDArray bitwiseCount(Object x) {
        return LogicUfuncs.BITWISE_COUNT.call(x);
    }

    /** {@code np.bitwise_count(x, out=out)}. */
    public static NDArray bitwiseCount(Object x, NDArray out) {
        return LogicUfuncs.BITWISE_COUNT.callInto(x, out);
    }

    /** {@code np.bitwise_count(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray bitwiseCount(Object x, UfuncOptions options) {
        return LogicUfuncs.BITWISE_COUNT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.isnan(x)}: {@link LogicUfuncs#ISNAN}. */
    public static NDArray isnan(Object x) {
        return LogicUfuncs.ISNAN.call(x);
    }

    /** {@code np.isnan(x, out=out)}. */
    public static NDArray isnan(Object x, NDArray out) {
        return LogicUfuncs.ISNAN.callInto(x, out);
    }

    /** {@code np.isnan(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray isnan(Object x, UfuncOptions options) {
        return LogicUfuncs.ISNAN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.isinf(x)}: {@link LogicUfuncs#ISINF}. */
    public static NDArray isinf(Object x) {
        return LogicUfuncs.ISINF.call(x);
    }

    /** {@code np.isinf(x, out=out)}. */
    public static NDArray isinf(Object x, NDArray out) {
        return LogicUfuncs.ISINF.callInto(x, out);
    }

    /** {@code np.isinf(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray isinf(Object x, UfuncOptions options) {
        return LogicUfuncs.ISINF.call(new Object[] {x}, options)[0];
    }

    /** {@code np.isfinite(x)}: {@link LogicUfuncs#ISFINITE}. */
    public static NDArray isfinite(Object x) {
        return LogicUfuncs.ISFINITE.call(x);
    }

    /** {@code np.isfinite(x, out=out)}. */
    public static NDArray isfinite(Object x, NDArray out) {
        return LogicUfuncs.ISFINITE.callInto(x, out);
    }

    /** {@code np.isfinite(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray isfinite(Object x, UfuncOptions options) {
        return LogicUfuncs.ISFINITE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.signbit(x)}: {@link LogicUfuncs#SIGNBIT}. */
    public static NDArray signbit(Object x) {
        return LogicUfuncs.SIGNBIT.call(x);
    }

    /** {@code np.signbit(x, out=out)}. */
    public static NDArray signbit(Object x, NDArray out) {
        return LogicUfuncs.SIGNBIT.callInto(x, out);
    }

    /** {@code np.signbit(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray signbit(Object x, UfuncOptions options) {
        return LogicUfuncs.SIGNBIT.call(new Object[] {x}, options)[0];
    }
}
