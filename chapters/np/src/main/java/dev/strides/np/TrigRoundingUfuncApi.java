package dev.strides.np;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.MathUfuncs;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;

/**
 * The layer of {@link np} for chapter 04 (dev.strides.ufuncs), fourth of its five layers: the
 * one-input ufuncs of {@link MathUfuncs} for trigonometry ({@code sin}, {@code cos}, {@code tan},
 * {@code arcsin}, {@code arccos}, {@code arctan}), hyperbolic functions ({@code sinh},
 * {@code cosh}, {@code tanh}, {@code arcsinh}, {@code arccosh}, {@code arctanh}), angle units
 * ({@code deg2rad}, {@code radians}, {@code rad2deg}, {@code degrees}), rounding ({@code floor},
 * {@code ceil}, {@code trunc}, {@code rint}) and the parts of a float ({@code spacing},
 * {@code modf}, {@code frexp}). The two-input {@code arctan2} lives in {@link MathUfuncApi}.
 *
 * <p>Each ufunc is a field (the {@link Ufunc} object) and methods of the same name, as in
 * {@link ArithmeticUfuncApi}. Extends {@link MathUfuncApi}; {@link np} explains the chain.
 */
public abstract class TrigRoundingUfuncApi extends MathUfuncApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    TrigRoundingUfuncApi() {
    }

    /** {@code np.sin} as a ufunc object: {@link MathUfuncs#SIN}. */
    public static final Ufunc sin = MathUfuncs.SIN;

    /** {@code np.cos} as a ufunc object: {@link MathUfuncs#COS}. */
    public static final Ufunc cos = MathUfuncs.COS;

    /** {@code np.tan} as a ufunc object: {@link MathUfuncs#TAN}. */
    public static final Ufunc tan = MathUfuncs.TAN;

    /** {@code np.arcsin} as a ufunc object: {@link MathUfuncs#ARCSIN}. */
    public static final Ufunc arcsin = MathUfuncs.ARCSIN;

    /** {@code np.arccos} as a ufunc object: {@link MathUfuncs#ARCCOS}. */
    public static final Ufunc arccos = MathUfuncs.ARCCOS;

    /** {@code np.arctan} as a ufunc object: {@link MathUfuncs#ARCTAN}. */
    public static final Ufunc arctan = MathUfuncs.ARCTAN;

    /** {@code np.sinh} as a ufunc object: {@link MathUfuncs#SINH}. */
    public static final Ufunc sinh = MathUfuncs.SINH;

    /** {@code np.cosh} as a ufunc object: {@link MathUfuncs#COSH}. */
    public static final Ufunc cosh = MathUfuncs.COSH;

    /** {@code np.tanh} as a ufunc object: {@link MathUfuncs#TANH}. */
    public static final Ufunc tanh = MathUfuncs.TANH;

    /** {@code np.arcsinh} as a ufunc object: {@link MathUfuncs#ARCSINH}. */
    public static final Ufunc arcsinh = MathUfuncs.ARCSINH;

    /** {@code np.arccosh} as a ufunc object: {@link MathUfuncs#ARCCOSH}. */
    public static final Ufunc arccosh = MathUfuncs.ARCCOSH;

    /** {@code np.arctanh} as a ufunc object: {@link MathUfuncs#ARCTANH}. */
    public static final Ufunc arctanh = MathUfuncs.ARCTANH;

    /** {@code np.deg2rad} as a ufunc object: {@link MathUfuncs#DEG2RAD}. */
    public static final Ufunc deg2rad = MathUfuncs.DEG2RAD;

    /** {@code np.radians} as a ufunc object: {@link MathUfuncs#DEG2RAD}. */
    public static final Ufunc radians = MathUfuncs.DEG2RAD;

    /** {@code np.rad2deg} as a ufunc object: {@link MathUfuncs#RAD2DEG}. */
    public static final Ufunc rad2deg = MathUfuncs.RAD2DEG;

    /** {@code np.degrees} as a ufunc object: {@link MathUfuncs#RAD2DEG}. */
    public static final Ufunc degrees = MathUfuncs.RAD2DEG;

    /** {@code np.floor} as a ufunc object: {@link MathUfuncs#FLOOR}. */
    public static final Ufunc floor = MathUfuncs.FLOOR;

    /** {@code np.ceil} as a ufunc object: {@link MathUfuncs#CEIL}. */
    public static final Ufunc ceil = MathUfuncs.CEIL;

    /** {@code np.trunc} as a ufunc object: {@link MathUfuncs#TRUNC}. */
    public static final Ufunc trunc = MathUfuncs.TRUNC;

    /** {@code np.rint} as a ufunc object: {@link MathUfuncs#RINT}. */
    public static final Ufunc rint = MathUfuncs.RINT;

    /** {@code np.spacing} as a ufunc object: {@link MathUfuncs#SPACING}. */
    public static final Ufunc spacing = MathUfuncs.SPACING;

    /** {@code np.modf} as a ufunc object: {@link MathUfuncs#MODF}. */
    public static final Ufunc modf = MathUfuncs.MODF;

    /** {@code np.frexp} as a ufunc object: {@link MathUfuncs#FREXP}. */
    public static final Ufunc frexp = MathUfuncs.FREXP;

    /** {@code np.sin(x)}: {@link MathUfuncs#SIN}. */
    public static NDArray sin(Object x) {
        return MathUfuncs.SIN.call(x);
    }

    /** {@code np.sin(x, out=out)}. */
    public static NDArray sin(Object x, NDArray out) {
        return MathUfuncs.SIN.callInto(x, out);
    }

    /** {@code np.sin(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray sin(Object x, UfuncOptions options) {
        return MathUfuncs.SIN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.cos(x)}: {@link MathUfuncs#COS}. */
    public static NDArray cos(Object x) {
        return MathUfuncs.COS.call(x);
    }

    /** {@code np.cos(x, out=out)}. */
    public static NDArray cos(Object x, NDArray out) {
        return MathUfuncs.COS.callInto(x, out);
    }

    /** {@code np.cos(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray cos(Object x, UfuncOptions options) {
        return MathUfuncs.COS.call(new Object[] {x}, options)[0];
    }

    /** {@code np.tan(x)}: {@link MathUfuncs#TAN}. */
    public static NDArray tan(Object x) {
        return MathUfuncs.TAN.call(x);
    }

    /** {@code np.tan(x, out=out)}. */
    public static NDArray tan(Object x, NDArray out) {
        return MathUfuncs.TAN.callInto(x, out);
    }

    /** {@code np.tan(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray tan(Object x, UfuncOptions options) {
        return MathUfuncs.TAN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arcsin(x)}: {@link MathUfuncs#ARCSIN}. */
    public static NDArray arcsin(Object x) {
        return MathUfuncs.ARCSIN.call(x);
    }

    /** {@code np.arcsin(x, out=out)}. */
    public static NDArray arcsin(Object x, NDArray out) {
        return MathUfuncs.ARCSIN.callInto(x, out);
    }

    /** {@code np.arcsin(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arcsin(Object x, UfuncOptions options) {
        return MathUfuncs.ARCSIN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arccos(x)}: {@link MathUfuncs#ARCCOS}. */
    public static NDArray arccos(Object x) {
        return MathUfuncs.ARCCOS.call(x);
    }

    /** {@code np.arccos(x, out=out)}. */
    public static NDArray arccos(Object x, NDArray out) {
        return MathUfuncs.ARCCOS.callInto(x, out);
    }

    /** {@code np.arccos(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arccos(Object x, UfuncOptions options) {
        return MathUfuncs.ARCCOS.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arctan(x)}: {@link MathUfuncs#ARCTAN}. */
    public static NDArray arctan(Object x) {
        return MathUfuncs.ARCTAN.call(x);
    }

    /** {@code np.arctan(x, out=out)}. */
    public static NDArray arctan(Object x, NDArray out) {
        return MathUfuncs.ARCTAN.callInto(x, out);
    }

    /** {@code np.arctan(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arctan(Object x, UfuncOptions options) {
        return MathUfuncs.ARCTAN.call(new Object[] {x}, options)[0];
    }

    /** {@code np.sinh(x)}: {@link MathUfuncs#SINH}. */
    public static NDArray sinh(Object x) {
        return MathUfuncs.SINH.call(x);
    }

    /** {@code np.sinh(x, out=out)}. */
    public static NDArray sinh(Object x, NDArray out) {
        return MathUfuncs.SINH.callInto(x, out);
    }

    /** {@code np.sinh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray sinh(Object x, UfuncOptions options) {
        return MathUfuncs.SINH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.cosh(x)}: {@link MathUfuncs#COSH}. */
    public static NDArray cosh(Object x) {
        return MathUfuncs.COSH.call(x);
    }

    /** {@code np.cosh(x, out=out)}. */
    public static NDArray cosh(Object x, NDArray out) {
        return MathUfuncs.COSH.callInto(x, out);
    }

    /** {@code np.cosh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray cosh(Object x, UfuncOptions options) {
        return MathUfuncs.COSH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.tanh(x)}: {@link MathUfuncs#TANH}. */
    public static NDArray tanh(Object x) {
        return MathUfuncs.TANH.call(x);
    }

    /** {@code np.tanh(x, out=out)}. */
    public static NDArray tanh(Object x, NDArray out) {
        return MathUfuncs.TANH.callInto(x, out);
    }

    /** {@code np.tanh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray tanh(Object x, UfuncOptions options) {
        return MathUfuncs.TANH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arcsinh(x)}: {@link MathUfuncs#ARCSINH}. */
    public static NDArray arcsinh(Object x) {
        return MathUfuncs.ARCSINH.call(x);
    }

    /** {@code np.arcsinh(x, out=out)}. */
    public static NDArray arcsinh(Object x, NDArray out) {
        return MathUfuncs.ARCSINH.callInto(x, out);
    }

    /** {@code np.arcsinh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arcsinh(Object x, UfuncOptions options) {
        return MathUfuncs.ARCSINH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arccosh(x)}: {@link MathUfuncs#ARCCOSH}. */
    public static NDArray arccosh(Object x) {
        return MathUfuncs.ARCCOSH.call(x);
    }

    /** {@code np.arccosh(x, out=out)}. */
    public static NDArray arccosh(Object x, NDArray out) {
        return MathUfuncs.ARCCOSH.callInto(x, out);
    }

    /** {@code np.arccosh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arccosh(Object x, UfuncOptions options) {
        return MathUfuncs.ARCCOSH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.arctanh(x)}: {@link MathUfuncs#ARCTANH}. */
    public static NDArray arctanh(Object x) {
        return MathUfuncs.ARCTANH.call(x);
    }

    /** {@code np.arctanh(x, out=out)}. */
    public static NDArray arctanh(Object x, NDArray out) {
        return MathUfuncs.ARCTANH.callInto(x, out);
    }

    /** {@code np.arctanh(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray arctanh(Object x, UfuncOptions options) {
        return MathUfuncs.ARCTANH.call(new Object[] {x}, options)[0];
    }

    /** {@code np.deg2rad(x)}: {@link MathUfuncs#DEG2RAD}. */
    public static NDArray deg2rad(Object x) {
        return MathUfuncs.DEG2RAD.call(x);
    }

    /** {@code np.deg2rad(x, out=out)}. */
    public static NDArray deg2rad(Object x, NDArray out) {
        return MathUfuncs.DEG2RAD.callInto(x, out);
    }

    /** {@code np.deg2rad(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray deg2rad(Object x, UfuncOptions options) {
        return MathUfuncs.DEG2RAD.call(new Object[] {x}, options)[0];
    }

    /** {@code np.radians(x)}: {@link MathUfuncs#DEG2RAD}. */
    public static NDArray radians(Object x) {
        return MathUfuncs.DEG2RAD.call(x);
    }

    /** {@code np.radians(x, out=out)}. */
    public static NDArray radians(Object x, NDArray out) {
        return MathUfuncs.DEG2RAD.callInto(x, out);
    }

    /** {@code np.radians(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray radians(Object x, UfuncOptions options) {
        return MathUfuncs.DEG2RAD.call(new Object[] {x}, options)[0];
    }

    /** {@code np.rad2deg(x)}: {@link MathUfuncs#RAD2DEG}. */
    public static NDArray rad2deg(Object x) {
        return MathUfuncs.RAD2DEG.call(x);
    }

    /** {@code np.rad2deg(x, out=out)}. */
    public static NDArray rad2deg(Object x, NDArray out) {
        return MathUfuncs.RAD2DEG.callInto(x, out);
    }

    /** {@code np.rad2deg(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray rad2deg(Object x, UfuncOptions options) {
        return MathUfuncs.RAD2DEG.call(new Object[] {x}, options)[0];
    }

    /** {@code np.degrees(x)}: {@link MathUfuncs#RAD2DEG}. */
    public static NDArray degrees(Object x) {
        return MathUfuncs.RAD2DEG.call(x);
    }

    /** {@code np.degrees(x, out=out)}. */
    public static NDArray degrees(Object x, NDArray out) {
        return MathUfuncs.RAD2DEG.callInto(x, out);
    }

    /** {@code np.degrees(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray degrees(Object x, UfuncOptions options) {
        return MathUfuncs.RAD2DEG.call(new Object[] {x}, options)[0];
    }

    /** {@code np.floor(x)}: {@link MathUfuncs#FLOOR}. */
    public static NDArray floor(Object x) {
        return MathUfuncs.FLOOR.call(x);
    }

    /** {@code np.floor(x, out=out)}. */
    public static NDArray floor(Object x, NDArray out) {
        return MathUfuncs.FLOOR.callInto(x, out);
    }

    /** {@code np.floor(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray floor(Object x, UfuncOptions options) {
        return MathUfuncs.FLOOR.call(new Object[] {x}, options)[0];
    }

    /** {@code np.ceil(x)}: {@link MathUfuncs#CEIL}. */
    public static NDArray ceil(Object x) {
        return MathUfuncs.CEIL.call(x);
    }

    /** {@code np.ceil(x, out=out)}. */
    public static NDArray ceil(Object x, NDArray out) {
        return MathUfuncs.CEIL.callInto(x, out);
    }

    /** {@code np.ceil(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray ceil(Object x, UfuncOptions options) {
        return MathUfuncs.CEIL.call(new Object[] {x}, options)[0];
    }

    /** {@code np.trunc(x)}: {@link MathUfuncs#TRUNC}. */
    public static NDArray trunc(Object x) {
        return MathUfuncs.TRUNC.call(x);
    }

    /** {@code np.trunc(x, out=out)}. */
    public static NDArray trunc(Object x, NDArray out) {
        return MathUfuncs.TRUNC.callInto(x, out);
    }

    /** {@code np.trunc(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray trunc(Object x, UfuncOptions options) {
        return MathUfuncs.TRUNC.call(new Object[] {x}, options)[0];
    }

    /** {@code np.rint(x)}: {@link MathUfuncs#RINT}. */
    public static NDArray rint(Object x) {
        return MathUfuncs.RINT.call(x);
    }

    /** {@code np.rint(x, out=out)}. */
    public static NDArray rint(Object x, NDArray out) {
        return MathUfuncs.RINT.callInto(x, out);
    }

    /** {@code np.rint(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray rint(Object x, UfuncOptions options) {
        return MathUfuncs.RINT.call(new Object[] {x}, options)[0];
    }

    /** {@code np.spacing(x)}: {@link MathUfuncs#SPACING}. */
    public static NDArray spacing(Object x) {
        return MathUfuncs.SPACING.call(x);
    }

    /** {@code np.spacing(x, out=out)}. */
    public static NDArray spacing(Object x, NDArray out) {
        return MathUfuncs.SPACING.callInto(x, out);
    }

    /** {@code np.spacing(x, out=..., where=..., casting=..., dtype=...)}. */
    public static NDArray spacing(Object x, UfuncOptions options) {
        return MathUfuncs.SPACING.call(new Object[] {x}, options)[0];
    }

    /** {@code np.modf(x)}: both outputs; {@link MathUfuncs#MODF}. */
    public static NDArray[] modf(Object x) {
        return MathUfuncs.MODF.callAll(x);
    }

    /** {@code np.frexp(x)}: both outputs; {@link MathUfuncs#FREXP}. */
    public static NDArray[] frexp(Object x) {
        return MathUfuncs.FREXP.callAll(x);
    }
}
