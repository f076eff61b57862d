package dev.strides.np;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.MathUfuncs;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;

/**
 * The layer of {@link np} for chapter 04 (dev.strides.ufuncs), third of its five layers: the ufuncs
 * of {@link MathUfuncs} with two inputs ({@code arctan2}, {@code hypot}, the extremes
 * {@code maximum}, {@code minimum}, {@code fmax}, {@code fmin}, and {@code copysign},
 * {@code nextafter}, {@code logaddexp}, {@code logaddexp2}, {@code ldexp}), then exponentials,
 * logarithms and roots ({@code exp}, {@code exp2}, {@code expm1}, {@code log}, {@code log2},
 * {@code log10}, {@code log1p}, {@code sqrt}, {@code cbrt}).
 *
 * <p>Each ufunc is a field (the {@link Ufunc} object) and methods of the same name, as in
 * {@link ArithmeticUfuncApi}. Extends {@link LogicUfuncApi}; {@link np} explains the chain.
 */
public abstract class MathUfuncApi extends LogicUfuncApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    MathUfuncApi() {
    }

    /** {@code np.arctan2} as a ufunc object: {@link MathUfuncs#ARCTAN2}. */
    public static final Ufunc arctan2 = MathUfuncs.ARCTAN2;

    /** {@code np.hypot} as a ufunc object: {@link MathUfuncs#HYPOT}. */
    public static final Ufunc hypot = MathUfuncs.HYPOT;

    /** {@code np.maximum} as a ufunc object: {@link MathUfuncs#MAXIMUM}. */
    public static final Ufunc maximum = MathUfuncs.MAXIMUM;

    /** {@code np.minimum} as a ufunc object: {@link MathUfuncs#MINIMUM}. */
    public static final Ufunc minimum = MathUfuncs.MINIMUM;

    /** {@code np.fmax} as a ufunc object: {@link MathUfuncs#FMAX}. */
    public static final Ufunc fmax = MathUfuncs.FMAX;

    /** {@code np.fmin} as a ufunc object: {@link MathUfuncs#FMIN}. */
    public static final Ufunc fmin = MathUfuncs.FMIN;

    /** {@code np.copysign} as a ufunc object: {@link MathUfuncs#COPYSIGN}. */
    public static final Ufunc copysign = MathUfuncs.COPYSIGN;

    /** {@code np.nextafter} as a ufunc object: {@link MathUfuncs#NEXTAFTER}. */
    public static final Ufunc nextafter = MathUfuncs.NEXTAFTER;

    /** {@code np.logaddexp} as a ufunc object: {@link MathUfuncs#LOGADDEXP}. */
    public static final Ufunc logaddexp = MathUfuncs.LOGADDEXP;

    /** {@code np.logaddexp2} as a ufunc object: {@link MathUfuncs#LOGADDEXP2}. */
    public static final Ufunc logaddexp2 = MathUfuncs.LOGADDEXP2;

    /** {@code np.ldexp} as a ufunc object: {@link MathUfuncs#LDEXP}. */
    public static final Ufunc ldexp = MathUfuncs.LDEXP;

    /** {@code np.exp} as a ufunc object: {@link MathUfuncs#EXP}. */
    public static final Ufunc exp = MathUfuncs.EXP;

    /** {@code np.exp2} as a ufunc object: {@link MathUfuncs#EXP2}. */
    public static final Ufunc exp2 = MathUfuncs.EXP2;

    /** {@code np.expm1} as a ufunc object: {@link MathUfuncs#EXPM1}. */
    public static final Ufunc expm1 = MathUfuncs.EXPM1;

    /** {@code np.log} as a ufunc object: {@link MathUfuncs#LOG}. */
    public static final Ufunc log = MathUfuncs.LOG;

    /** {@code np.log2} as a ufunc object: {@link MathUfuncs#LOG2}. */
    public static final Ufunc log2 = MathUfuncs.LOG2;

    /** {@code np.log10} as a ufunc object: {@link MathUfuncs#LOG10}. */
    public static final Ufunc log10 = MathUfuncs.LOG10;

    /** {@code np.log1p} as a ufunc object: {@link MathUfuncs#LOG1P}. */
    public static final Ufunc log1p = MathUfuncs.LOG1P;

    /** {@code np.sqrt} as a ufunc object: {@link MathUfuncs#SQRT}. */
    public static final Ufunc sqrt = MathUfuncs.SQRT;

    /** {@code np.cbrt} as a ufunc object: {@link MathUfuncs#CBRT}. */
    public static final Ufunc cbrt = MathUfuncs.CBRT;

    /** {@code np.arctan2(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#ARCTAN2}. */
    public static NDArray arctan2(Object x, Object y) {
        return MathUfuncs.ARCTAN2.call(x, y);
    }

    /** {@code np.arctan2(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray arctan2(Object x, Object y, NDArray out) {
        return MathUfuncs.ARCTAN2.call(x, y, out);
    }

    /** {@code np.arctan2(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arctan2(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.ARCTAN2.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.hypot(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#HYPOT}. */
    public static NDArray hypot(Object x, Object y) {
        return MathUfuncs.HYPOT.call(x, y);
    }

    /** {@code np.hypot(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray hypot(Object x, Object y, NDArray out) {
        return MathUfuncs.HYPOT.call(x, y, out);
    }

    /** {@code np.hypot(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray hypot(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.HYPOT.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.maximum(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#MAXIMUM}. */
    public static NDArray maximum(Object x, Object y) {
        return MathUfuncs.MAXIMUM.call(x, y);
    }

    /** {@code np.maximum(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray maximum(Object x, Object y, NDArray out) {
        return MathUfuncs.MAXIMUM.call(x, y, out);
    }

    /** {@code np.maximum(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray maximum(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.MAXIMUM.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.minimum(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#MINIMUM}. */
    public static NDArray minimum(Object x, Object y) {
        return MathUfuncs.MINIMUM.call(x, y);
    }

    /** {@code np.minimum(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray minimum(Object x, Object y, NDArray out) {
        return MathUfuncs.MINIMUM.call(x, y, out);
    }

    /** {@code np.minimum(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray minimum(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.MINIMUM.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.fmax(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#FMAX}. */
    public static NDArray fmax(Object x, Object y) {
        return MathUfuncs.FMAX.call(x, y);
    }

    /** {@code np.fmax(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray fmax(Object x, Object y, NDArray out) {
        return MathUfuncs.FMAX.call(x, y, out);
    }

    /** {@code np.fmax(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray fmax(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.FMAX.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.fmin(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#FMIN}. */
    public static NDArray fmin(Object x, Object y) {
        return MathUfuncs.FMIN.call(x, y);
    }

    /** {@code np.fmin(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray fmin(Object x, Object y, NDArray out) {
        return MathUfuncs.FMIN.call(x, y, out);
    }

    /** {@code np.fmin(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray fmin(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.FMIN.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.copysign(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#COPYSIGN}. */
    public static NDArray copysign(Object x, Object y) {
        return MathUfuncs.COPYSIGN.call(x, y);
    }

    /** {@code np.copysign(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray copysign(Object x, Object y, NDArray out) {
        return MathUfuncs.COPYSIGN.call(x, y, out);
    }

    /** {@code np.copysign(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray copysign(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.COPYSIGN.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.nextafter(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#NEXTAFTER}. */
    public static NDArray nextafter(Object x, Object y) {
        return MathUfuncs.NEXTAFTER.call(x, y);
    }

    /** {@code np.nextafter(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray nextafter(Object x, Object y, NDArray out) {
        return MathUfuncs.NEXTAFTER.call(x, y, out);
    }

    /** {@code np.nextafter(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray nextafter(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.NEXTAFTER.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logaddexp(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#LOGADDEXP}. */
    public static NDArray logaddexp(Object x, Object y) {
        return MathUfuncs.LOGADDEXP.call(x, y);
    }

    /** {@code np.logaddexp(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray logaddexp(Object x, Object y, NDArray out) {
        return MathUfuncs.LOGADDEXP.call(x, y, out);
    }

    /** {@code np.logaddexp(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logaddexp(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.LOGADDEXP.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.logaddexp2(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#LOGADDEXP2}. */
    public static NDArray logaddexp2(Object x, Object y) {
        return MathUfuncs.LOGADDEXP2.call(x, y);
    }

    /** {@code np.logaddexp2(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray logaddexp2(Object x, Object y, NDArray out) {
        return MathUfuncs.LOGADDEXP2.call(x, y, out);
    }

    /** {@code np.logaddexp2(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray logaddexp2(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.LOGADDEXP2.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.ldexp(x, y)}: arrays or Java scalars, broadcast; {@link MathUfuncs#LDEXP}. */
    public static NDArray ldexp(Object x, Object y) {
        return MathUfuncs.LDEXP.call(x, y);
    }

    /** {@code np.ldexp(x, y, out=out)}: writes into {@code out} and returns it. */
    public static NDArray ldexp(Object x, Object y, NDArray out) {
        return MathUfuncs.LDEXP.call(x, y, out);
    }

    /** {@code np.ldexp(x, y, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray ldexp(Object x, Object y, UfuncOptions options) {
        return MathUfuncs.LDEXP.call(new Object[] {x, y}, options)[0];
    }

    /** {@code np.exp(x)}: {@link MathUfuncs#EXP}. */
    public static NDArray exp(Object x) {
        return MathUfuncs.EXP.call(x);
    }

    /** {@code np.exp(x, out=out)}. */
    public static NDArray exp(Object x, NDArray out) {
        return MathUfuncs.EXP.callInto(x, out);
    }

    /** {@code np.exp(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray exp(Object x, UfuncOptions options) {
        return MathUfuncs.EXP.call(new Object[] {x}, options)[0];
    }

    /** {@code np.exp2(x)}: {@link MathUfuncs#EXP2}. */
    public static NDArray exp2(Object x) {
        return MathUfuncs.EXP2.call(x);
    }

    /** {@code np.exp2(x, out=out)}. */
    public static NDArray exp2(Object x, NDArray out) {
        return MathUfuncs.EXP2.callInto(x, out);
    }

    /** {@code np.exp2(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray exp2(Object x, UfuncOptions options) {
        return MathUfuncs.EXP2.call(new Object[] {x}, options)[0];
    }

    /** {@code np.expm1(x)}: {@link MathUfuncs#EXPM1}. */
    public static NDArray expm1(Object x) {
        return MathUfuncs.EXPM1.call(x);
    }

    /** {@code np.expm1(x, out=out)}. */
    public static NDArray expm1(Object x, NDArray out) {
        return MathUfuncs.EXPM1.callInto(x, out);
    }

    /** {@code np.expm1(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray expm1(Object x, UfuncOptions options) {
        return MathUfuncs.EXPM1.call(new Object[] {x}, options)[0];
    }

    /** {@code np.log(x)}: {@link MathUfuncs#LOG}. */
    public static NDArray log(Object x) {
        return MathUfuncs.LOG.call(x);
    }

    /** {@code np.log(x, out=out)}. */
    public static NDArray log(Object x, NDArray out) {
        return MathUfuncs.LOG.callInto(x, out);
    }

    /** {@code np.log(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray log(Object x, UfuncOptions options) {
        return MathUfuncs.LOG.call(new Object[] {x}, options)[0];
    }

    /** {@code np.log2(x)}: {@link MathUfuncs#LOG2}. */
    public static NDArray log2(Object x) {
        return MathUfuncs.LOG2.call(x);
    }

    /** {@code np.log2(x, out=out)}. */
    public static NDArray log2(Object x, NDArray out) {
        return MathUfuncs.LOG2.callInto(x, out);
    }

    /** {@code np.log2(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray log2(Object x, UfuncOptions options) {
        return MathUfuncs.LOG2.call(new Object[] {x}, options)[0];
    }

    /** {@code np.log10(x)}: {@link MathUfuncs#LOG10}. */
    public static NDArray log10(Object x) {
        return MathUfuncs.LOG10.call(x);
    }

    /** {@code np.log10(x, out=out)}. */
    public static NDArray log10(Object x, NDArray out) {
        return MathUfuncs.LOG10.callInto(x, out);
    }

    /** {@code np.log10(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray log10(Object x, UfuncOptions options) {
        return MathUfuncs.LOG10.call(new Object[] {x}, options)[0];
    }

    /** {@code np.log1p(x)}: {@link MathUfuncs#LOG1P}. */
    public static NDArray log1p(Object x) {
        return MathUfuncs.LOG1P.call(x);
    }

    /** {@code np.log1p(x, out=out)}. */
    public static NDArray log1p(Object x, NDArray out) {
        return MathUfuncs.LOG1P.callInto(x, out);
    }

    /** {@code np.log1p(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray log1p(Object x, UfuncOptions options) {
        return MathUfuncs.LOG1P.call(new Object[] {x}, options)[0];
    }

    /** {@code np.sqrt(x)}: {@link MathUfuncs#SQRT}. */
    public static NDArray sqrt(Object x) {
        return MathUfuncs.SQRT.call(x);
    }

    /** {@code np.sqrt(x, out=out)}. */
    public static NDArray sqrt(Object x, NDArray out) {
        return MathUfuncs.SQRT.callInto(x, out);
    }

    /** {@code np.sqrt(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray sqrt(Object x, UfuncOptions options) {
        return MathUfuncs.SQRT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.cbrt(x)}: {@link MathUfuncs#CBRT}. */
    public static NDArray cbrt(Object x) {
        return MathUfuncs.CBRT.call(x);
    }

    /** {@code np.cbrt(x, out=out)}. */
    public static NDArray cbrt(Object x, NDArray out) {
        return MathUfuncs.CBRT.callInto(x, out);
    }

    /** {@code np.cbrt(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray cbrt(Object x, UfuncOptions options) {
        return MathUfuncs.CBRT.call(new Object[] {x}, options)[0];
    }
}
