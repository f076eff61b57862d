package dev.strides.np;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;

/**
 * The layer of {@link np} for chapter 04 (dev.strides.ufuncs), first of its five layers:
 * {@code kwargs()} (the start of every {@code out=}, {@code where=}, {@code casting=},
 * {@code dtype=} option set) and the arithmetic ufuncs of {@link ArithmeticUfuncs}: {@code add},
 * {@code subtract}, {@code multiply}, {@code divide}, {@code trueDivide}, {@code floorDivide},
 * {@code remainder}, {@code mod}, {@code fmod}, {@code power}, {@code floatPower}, {@code gcd},
 * {@code lcm}, {@code heaviside}, {@code negative}, {@code positive}, {@code absolute},
 * {@code abs}, {@code fabs}, {@code sign}, {@code reciprocal}, {@code conjugate}, {@code conj},
 * {@code square} and {@code divmod}.
 *
 * <p>Each ufunc is re-exported twice under the same name: as a field holding the {@link Ufunc}
 * object ({@code np.add.reduce(a, 0)}) and as methods that call it ({@code np.add(x, y)}). Java
 * keeps fields and methods apart, so both spellings work. Extends {@link ViewsApi}; {@link np}
 * explains the chain.
 */
public abstract class ArithmeticUfuncApi extends ViewsApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    ArithmeticUfuncApi() {
    }

    // ---- chapter 04: ufuncs (dev.strides.ufuncs) --------------------------------------------------

    // Every ufunc is a field (np.add.reduce(a, 0), np.multiply.outer(x, y), np.add.at(a, idx, 1))
    // and a method (np.add(x, y), np.add(x, y, out), np.add(x, y, np.kwargs().where(mask))).
    // Operands are arrays or Java scalars; Java scalars are weak (NEP 50): np.add(uint8Array, 3)
    // stays uint8. Results of 0-d calls are 0-d arrays (NumPy returns scalars).

    /** {@code np.add(x, y, out=..., where=..., casting=..., dtype=...)}: start from here, e.g. {@code np.kwargs().out(z)}. */
    public static UfuncOptions kwargs() {
        return UfuncOptions.DEFAULTS;
    }

    /** {@code np.add} as a ufunc object: {@link ArithmeticUfuncs#ADD}. */
    public static final Ufunc add = ArithmeticUfuncs.ADD;

    /** {@code np.subtract} as a ufunc object: {@link ArithmeticUfuncs#SUBTRACT}. */
    public static final Ufunc subtract = ArithmeticUfuncs.SUBTRACT;

    /** {@code np.multiply} as a ufunc object: {@link ArithmeticUfuncs#MULTIPLY}. */
    public static final Ufunc multiply = ArithmeticUfuncs.MULTIPLY;

    /** {@code np.divide} as a ufunc object: {@link ArithmeticUfuncs#DIVIDE}. */
    public static final Ufunc divide = ArithmeticUfuncs.DIVIDE;

    /** {@code np.true_divide} as a ufunc object: {@link ArithmeticUfuncs#DIVIDE}. */
    public static final Ufunc trueDivide = ArithmeticUfuncs.DIVIDE;

    /** {@code np.floor_divide} as a ufunc object: {@link ArithmeticUfuncs#FLOOR_DIVIDE}. */
    public static final Ufunc floorDivide = ArithmeticUfuncs.FLOOR_DIVIDE;

    /** {@code np.remainder} as a ufunc object: {@link ArithmeticUfuncs#REMAINDER}. */
    public static final Ufunc remainder = ArithmeticUfuncs.REMAINDER;

    /** {@code np.mod} as a ufunc object: {@link ArithmeticUfuncs#REMAINDER}. */
    public static final Ufunc mod = ArithmeticUfuncs.REMAINDER;

    /** {@code np.fmod} as a ufunc object: {@link ArithmeticUfuncs#FMOD}. */
    public static final Ufunc fmod = ArithmeticUfuncs.FMOD;

    /** {@code np.power} as a ufunc object: {@link ArithmeticUfuncs#POWER}. */
    public static final Ufunc power = ArithmeticUfuncs.POWER;

    /** {@code np.float_power} as a ufunc object: {@link ArithmeticUfuncs#FLOAT_POWER}. */
    public static final Ufunc floatPower = ArithmeticUfuncs.FLOAT_POWER;

    /** {@code np.gcd} as a ufunc object: {@link ArithmeticUfuncs#GCD}. */
    public static final Ufunc gcd = ArithmeticUfuncs.GCD;

    /** {@code np.lcm} as a ufunc object: {@link ArithmeticUfuncs#LCM}. */
    public static final Ufunc lcm = ArithmeticUfuncs.LCM;

    /** {@code np.heaviside} as a ufunc object: {@link ArithmeticUfuncs#HEAVISIDE}. */
    public static final Ufunc heaviside = ArithmeticUfuncs.HEAVISIDE;

    /** {@code np.negative} as a ufunc object: {@link ArithmeticUfuncs#NEGATIVE}. */
    public static final Ufunc negative = ArithmeticUfuncs.NEGATIVE;

    /** {@code np.positive} as a ufunc object: {@link ArithmeticUfuncs#POSITIVE}. */
    public static final Ufunc positive = ArithmeticUfuncs.POSITIVE;

    /** {@code np.absolute} as a ufunc object: {@link ArithmeticUfuncs#ABSOLUTE}. */
    public static final Ufunc absolute = ArithmeticUfuncs.ABSOLUTE;

    /** {@code np.abs} as a ufunc object: {@link ArithmeticUfuncs#ABSOLUTE}. */
    public static final Ufunc abs = ArithmeticUfuncs.ABSOLUTE;

    /** {@code np.fabs} as a ufunc object: {@link ArithmeticUfuncs#FABS}. */
    public static final Ufunc fabs = ArithmeticUfuncs.FABS;

    /** {@code np.sign} as a ufunc object: {@link ArithmeticUfuncs#SIGN}. */
    public static final Ufunc sign = ArithmeticUfuncs.SIGN;

    /** {@code np.reciprocal} as a ufunc object: {@link ArithmeticUfuncs#RECIPROCAL}. */
    public static final Ufunc reciprocal = ArithmeticUfuncs.RECIPROCAL;

    /** {@code np.conjugate} as a ufunc object: {@link ArithmeticUfuncs#CONJUGATE}. */
    public static final Ufunc conjugate = ArithmeticUfuncs.CONJUGATE;

    /** {@code np.conj} as a ufunc object: {@link ArithmeticUfuncs#CONJUGATE}. */
    public static final Ufunc conj = ArithmeticUfuncs.CONJUGATE;

    /** {@code np.square} as a ufunc object: {@link ArithmeticUfuncs#SQUARE}. */
    public static final Ufunc square = ArithmeticUfuncs.SQUARE;

    /** {@code np.divmod} as a ufunc object: {@link ArithmeticUfuncs#DIVMOD}. */
    public static final Ufunc divmod = ArithmeticUfuncs.DIVMOD;

    /** {@code np.add(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#ADD}. */
    public static NDArray add(Object x, Object y) {
        return ArithmeticUfuncs.ADD.call(x, y);
    }

    /** {@code np.add(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray add(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.ADD.call(x, y, out);
    }

    /** {@code np.add(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray add(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.ADD.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.subtract(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#SUBTRACT}. */
    public static NDArray subtract(Object x, Object y) {
        return ArithmeticUfuncs.SUBTRACT.call(x, y);
    }

    /** {@code np.subtract(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray subtract(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.SUBTRACT.call(x, y, out);
    }

    /** {@code np.subtract(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray subtract(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.SUBTRACT.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.multiply(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#MULTIPLY}. */
    public static NDArray multiply(Object x, Object y) {
        return ArithmeticUfuncs.MULTIPLY.call(x, y);
    }

    /** {@code np.multiply(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray multiply(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.MULTIPLY.call(x, y, out);
    }

    /** {@code np.multiply(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray multiply(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.MULTIPLY.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.divide(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#DIVIDE}. */
    public static NDArray divide(Object x, Object y) {
        return ArithmeticUfuncs.DIVIDE.call(x, y);
    }

    /** {@code np.divide(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray divide(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.DIVIDE.call(x, y, out);
    }

    /** {@code np.divide(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray divide(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.DIVIDE.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.true_divide(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#DIVIDE}. */
    public static NDArray trueDivide(Object x, Object y) {
        return ArithmeticUfuncs.DIVIDE.call(x, y);
    }

    /** {@code np.true_divide(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray trueDivide(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.DIVIDE.call(x, y, out);
    }

    /** {@code np.true_divide(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray trueDivide(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.DIVIDE.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.floor_divide(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#FLOOR_DIVIDE}. */
    public static NDArray floorDivide(Object x, Object y) {
        return ArithmeticUfuncs.FLOOR_DIVIDE.call(x, y);
    }

    /** {@code np.floor_divide(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray floorDivide(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.FLOOR_DIVIDE.call(x, y, out);
    }

    /** {@code np.floor_divide(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray floorDivide(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.FLOOR_DIVIDE.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.remainder(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#REMAINDER}. */
    public static NDArray remainder(Object x, Object y) {
        return ArithmeticUfuncs.REMAINDER.call(x, y);
    }

    /** {@code np.remainder(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray remainder(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.REMAINDER.call(x, y, out);
    }

    /** {@code np.remainder(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray remainder(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.REMAINDER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.mod(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#REMAINDER}. */
    public static NDArray mod(Object x, Object y) {
        return ArithmeticUfuncs.REMAINDER.call(x, y);
    }

    /** {@code np.mod(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray mod(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.REMAINDER.call(x, y, out);
    }

    /** {@code np.mod(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray mod(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.REMAINDER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.fmod(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#FMOD}. */
    public static NDArray fmod(Object x, Object y) {
        return ArithmeticUfuncs.FMOD.call(x, y);
    }

    /** {@code np.fmod(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray fmod(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.FMOD.call(x, y, out);
    }

    /** {@code np.fmod(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray fmod(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.FMOD.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.power(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#POWER}. */
    public static NDArray power(Object x, Object y) {
        return ArithmeticUfuncs.POWER.call(x, y);
    }

    /** {@code np.power(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray power(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.POWER.call(x, y, out);
    }

    /** {@code np.power(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray power(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.POWER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.float_power(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#FLOAT_POWER}. */
    public static NDArray floatPower(Object x, Object y) {
        return ArithmeticUfuncs.FLOAT_POWER.call(x, y);
    }

    /** {@code np.float_power(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray floatPower(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.FLOAT_POWER.call(x, y, out);
    }

    /** {@code np.float_power(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray floatPower(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.FLOAT_POWER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.gcd(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#GCD}. */
    public static NDArray gcd(Object x, Object y) {
        return ArithmeticUfuncs.GCD.call(x, y);
    }

    /** {@code np.gcd(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray gcd(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.GCD.call(x, y, out);
    }

    /** {@code np.gcd(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray gcd(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.GCD.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.lcm(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#LCM}. */
    public static NDArray lcm(Object x, Object y) {
        return ArithmeticUfuncs.LCM.call(x, y);
    }

    /** {@code np.lcm(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray lcm(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.LCM.call(x, y, out);
    }

    /** {@code np.lcm(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray lcm(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.LCM.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.heaviside(x, y)}: arrays or Java scalars, broadcast; {@link ArithmeticUfuncs#HEAVISIDE}. */
    public static NDArray heaviside(Object x, Object y) {
        return ArithmeticUfuncs.HEAVISIDE.call(x, y);
    }

    /** {@code np.heaviside(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray heaviside(Object x, Object y, NDArray out) {
        return ArithmeticUfuncs.HEAVISIDE.call(x, y, out);
    }

    /** {@code np.heaviside(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray heaviside(Object x, Object y, UfuncOptions options) {
        return ArithmeticUfuncs.HEAVISIDE.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.negative(x)}: {@link ArithmeticUfuncs#NEGATIVE}. */
    public static NDArray negative(Object x) {
        return ArithmeticUfuncs.NEGATIVE.call(x);
    }

    /** {@code np.negative(x, out=out)}. */
    public static NDArray negative(Object x, NDArray out) {
        return ArithmeticUfuncs.NEGATIVE.callInto(x, out);
    }

    /** {@code np.negative(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray negative(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.NEGATIVE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.positive(x)}: {@link ArithmeticUfuncs#POSITIVE}. */
    public static NDArray positive(Object x) {
        return ArithmeticUfuncs.POSITIVE.call(x);
    }

    /** {@code np.positive(x, out=out)}. */
    public static NDArray positive(Object x, NDArray out) {
        return ArithmeticUfuncs.POSITIVE.callInto(x, out);
    }

    /** {@code np.positive(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray positive(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.POSITIVE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.absolute(x)}: {@link ArithmeticUfuncs#ABSOLUTE}. */
    public static NDArray absolute(Object x) {
        return ArithmeticUfuncs.ABSOLUTE.call(x);
    }

    /** {@code np.absolute(x, out=out)}. */
    public static NDArray absolute(Object x, NDArray out) {
        return ArithmeticUfuncs.ABSOLUTE.callInto(x, out);
    }

    /** {@code np.absolute(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray absolute(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.ABSOLUTE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.abs(x)}: {@link ArithmeticUfuncs#ABSOLUTE}. */
    public static NDArray abs(Object x) {
        return ArithmeticUfuncs.ABSOLUTE.call(x);
    }

    /** {@code np.abs(x, out=out)}. */
    public static NDArray abs(Object x, NDArray out) {
        return ArithmeticUfuncs.ABSOLUTE.callInto(x, out);
    }

    /** {@code np.abs(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray abs(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.ABSOLUTE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.fabs(x)}: {@link ArithmeticUfuncs#FABS}. */
    public static NDArray fabs(Object x) {
        return ArithmeticUfuncs.FABS.call(x);
    }

    /** {@code np.fabs(x, out=out)}. */
    public static NDArray fabs(Object x, NDArray out) {
        return ArithmeticUfuncs.FABS.callInto(x, out);
    }

    /** {@code np.fabs(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray fabs(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.FABS.call(new Object[] {x}, options)[0];
    }

    /** {@code np.sign(x)}: {@link ArithmeticUfuncs#SIGN}. */
    public static NDArray sign(Object x) {
        return ArithmeticUfuncs.SIGN.call(x);
    }

    /** {@code np.sign(x, out=out)}. */
    public static NDArray sign(Object x, NDArray out) {
        return ArithmeticUfuncs.SIGN.callInto(x, out);
    }

    /** {@code np.sign(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray sign(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.SIGN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.reciprocal(x)}: {@link ArithmeticUfuncs#RECIPROCAL}. */
    public static NDArray reciprocal(Object x) {
        return ArithmeticUfuncs.RECIPROCAL.call(x);
    }

    /** {@code np.reciprocal(x, out=out)}. */
    public static NDArray reciprocal(Object x, NDArray out) {
        return ArithmeticUfuncs.RECIPROCAL.callInto(x, out);
    }

    /** {@code np.reciprocal(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray reciprocal(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.RECIPROCAL.call(new Object[] {x}, options)[0];
    }

    /** {@code np.conjugate(x)}: {@link ArithmeticUfuncs#CONJUGATE}. */
    public static NDArray conjugate(Object x) {
        return ArithmeticUfuncs.CONJUGATE.call(x);
    }

    /** {@code np.conjugate(x, out=out)}. */
    public static NDArray conjugate(Object x, NDArray out) {
        return ArithmeticUfuncs.CONJUGATE.callInto(x, out);
    }

    /** {@code np.conjugate(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray conjugate(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.CONJUGATE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.conj(x)}: {@link ArithmeticUfuncs#CONJUGATE}. */
    public static NDArray conj(Object x) {
        return ArithmeticUfuncs.CONJUGATE.call(x);
    }

    /** {@code np.conj(x, out=out)}. */
    public static NDArray conj(Object x, NDArray out) {
        return ArithmeticUfuncs.CONJUGATE.callInto(x, out);
    }

    /** {@code np.conj(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray conj(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.CONJUGATE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.square(x)}: {@link ArithmeticUfuncs#SQUARE}. */
    public static NDArray square(Object x) {
        return ArithmeticUfuncs.SQUARE.call(x);
    }

    /** {@code np.square(x, out=out)}. */
    public static NDArray square(Object x, NDArray out) {
        return ArithmeticUfuncs.SQUARE.callInto(x, out);
    }

    /** {@code np.square(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray square(Object x, UfuncOptions options) {
        return ArithmeticUfuncs.SQUARE.call(new Object[] {x}, options)[0];
    }

    /** {@code np.divmod(x, y)}: both outputs; {@link ArithmeticUfuncs#DIVMOD}. */
    public static NDArray[] divmod(Object x, Object y) {
        return ArithmeticUfuncs.DIVMOD.callAll(x, y);
    }
}
