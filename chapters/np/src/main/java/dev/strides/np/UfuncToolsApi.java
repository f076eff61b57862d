package dev.strides.np;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.AlongAxis;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.ufuncs.Clip;
import dev.strides.ufuncs.Closeness;
import dev.strides.ufuncs.FloatingPointErrors;
import dev.strides.ufuncs.PackBits;
import dev.strides.ufuncs.PyFunc;
import dev.strides.ufuncs.ReduceOptions;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The layer of {@link np} for chapter 04 (dev.strides.ufuncs), last of its five layers: what is
 * built on the ufuncs. {@code sum} ({@code add.reduce}), {@code clip} (a three-input ufunc: field
 * and methods), comparisons of whole arrays ({@code isclose}, {@code allclose},
 * {@code arrayEqual}), bit packing ({@code packbits}, {@code unpackbits}), user functions
 * ({@code frompyfunc}, {@code vectorize}, {@code applyAlongAxis}, {@code applyOverAxes}) and the
 * floating-point error policy ({@code geterr}, {@code seterr}, {@code errstate}).
 *
 * <p>Forwards to {@link ArithmeticUfuncs}, {@link Clip}, {@link Closeness}, {@link PackBits},
 * {@link PyFunc}, {@link AlongAxis} and {@link FloatingPointErrors}. Extends
 * {@link TrigRoundingUfuncApi}; {@link np} explains the chain.
 */
public abstract class UfuncToolsApi extends TrigRoundingUfuncApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    UfuncToolsApi() {
    }

    // ---- chapter 04: reductions, comparisons of arrays, bits, user functions, errstate ---------

    /** {@code np.clip} as a ufunc object (three inputs): {@link Clip#CLIP}. */
    public static final Ufunc clip = Clip.CLIP;

    /** {@code np.sum(a)}: every element ({@code add.reduce}, axis=None), a 0-d array; ints sum in int64. */
    public static NDArray sum(NDArray a) {
        return ArithmeticUfuncs.ADD.reduce(a, ReduceOptions.all());
    }

    /** {@code np.sum(a, axis=axis)}. */
    public static NDArray sum(NDArray a, int axis) {
        return ArithmeticUfuncs.ADD.reduce(a, ReduceOptions.axis(axis));
    }

    /** {@code np.sum(a, axis=axis, keepdims=keepdims)}. */
    public static NDArray sum(NDArray a, int axis, boolean keepdims) {
        return ArithmeticUfuncs.ADD.reduce(a, ReduceOptions.axis(axis).keepdims(keepdims));
    }

    /** {@code np.sum(a, axis=(0, 2), keepdims=keepdims)}; {@code axes == null} is {@code axis=None}. */
    public static NDArray sum(NDArray a, int[] axes, boolean keepdims) {
        return ArithmeticUfuncs.ADD.reduce(a, ReduceOptions.axes(axes).keepdims(keepdims));
    }

    /** {@code np.sum(a, axis, dtype, out, keepdims, initial, where)}: every keyword. */
    public static NDArray sum(NDArray a, ReduceOptions options) {
        return ArithmeticUfuncs.ADD.reduce(a, options);
    }

    /** {@code np.clip(a, a_min, a_max)}: a null bound is no bound; {@link Clip}. */
    public static NDArray clip(Object a, Object aMin, Object aMax) {
        return Clip.clip(a, aMin, aMax, UfuncOptions.DEFAULTS);
    }

    /** {@code np.clip(a, a_min, a_max, out=out)}. */
    public static NDArray clip(Object a, Object aMin, Object aMax, NDArray out) {
        return Clip.clip(a, aMin, aMax, UfuncOptions.DEFAULTS.out(out));
    }

    /** {@code np.isclose(a, b)}: {@code |a - b| <= 1e-08 + 1e-05 * |b|}; {@link Closeness}. */
    public static NDArray isclose(Object a, Object b) {
        return Closeness.isclose(a, b);
    }

    /** {@code np.isclose(a, b, rtol, atol, equal_nan)}. */
    public static NDArray isclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return Closeness.isclose(a, b, rtol, atol, equalNan);
    }

    /** {@code np.allclose(a, b)}: every element close. */
    public static boolean allclose(Object a, Object b) {
        return Closeness.allclose(a, b);
    }

    /** {@code np.allclose(a, b, rtol, atol, equal_nan)}. */
    public static boolean allclose(Object a, Object b, double rtol, double atol, boolean equalNan) {
        return Closeness.allclose(a, b, rtol, atol, equalNan);
    }

    /** {@code np.array_equal(a1, a2)}: same shape and equal elements. */
    public static boolean arrayEqual(Object a1, Object a2) {
        return Closeness.arrayEqual(a1, a2);
    }

    /** {@code np.array_equal(a1, a2, equal_nan=...)}. */
    public static boolean arrayEqual(Object a1, Object a2, boolean equalNan) {
        return Closeness.arrayEqual(a1, a2, equalNan);
    }

    /** {@code np.packbits(a)}: the flattened array, 8 elements per uint8, big bit order; {@link PackBits}. */
    public static NDArray packbits(NDArray a) {
        return PackBits.packbits(a, null, "big");
    }

    /** {@code np.packbits(a, axis=axis)}. */
    public static NDArray packbits(NDArray a, int axis) {
        return PackBits.packbits(a, axis, "big");
    }

    /** {@code np.packbits(a, axis, bitorder)}: axis null flattens; bitorder "big" or "little". */
    public static NDArray packbits(NDArray a, Integer axis, String bitorder) {
        return PackBits.packbits(a, axis, bitorder);
    }

    /** {@code np.unpackbits(a)}: the flattened uint8 array, 8 bits each, big bit order. */
    public static NDArray unpackbits(NDArray a) {
        return PackBits.unpackbits(a, null, null, "big");
    }

    /** {@code np.unpackbits(a, axis=axis)}. */
    public static NDArray unpackbits(NDArray a, int axis) {
        return PackBits.unpackbits(a, axis, null, "big");
    }

    /** {@code np.unpackbits(a, axis, count, bitorder)}: null axis flattens, null count keeps all. */
    public static NDArray unpackbits(NDArray a, Integer axis, Integer count, String bitorder) {
        return PackBits.unpackbits(a, axis, count, bitorder);
    }

    /** {@code np.frompyfunc(f, nin, nout)}: {@code f} maps element values to {@code nout} values; {@link PyFunc}. */
    public static PyFunc frompyfunc(Function<Object[], Object[]> f, int nin, int nout) {
        return PyFunc.frompyfunc(f, nin, nout);
    }

    /**
     * {@code np.frompyfunc(f, nin, nout, identity=identity)}: a reorderable ufunc whose
     * {@code reduce} of no elements gives {@code identity} ({@code null} is
     * {@code identity=None}); {@link PyFunc}.
     */
    public static PyFunc frompyfunc(Function<Object[], Object[]> f, int nin, int nout,
                                    Object identity) {
        return PyFunc.frompyfunc(f, nin, nout, identity);
    }

    /**
     * {@code np.vectorize(f)} for a function of {@code nin} element values: the first result's
     * type is the output dtype (one extra call on the first elements, as NumPy).
     */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin) {
        return PyFunc.vectorize(f, nin);
    }

    /** {@code np.vectorize(f, otypes=[otype])}. */
    public static PyFunc vectorize(Function<Object[], Object> f, int nin, DType otype) {
        return PyFunc.vectorize(f, nin, otype);
    }

    /** {@code np.apply_along_axis(func1d, axis, arr)}; {@link AlongAxis}. */
    public static NDArray applyAlongAxis(Function<NDArray, Object> func1d, int axis, NDArray arr) {
        return AlongAxis.applyAlongAxis(func1d, axis, arr);
    }

    /** {@code np.apply_over_axes(func, a, axes)}: {@code func(a, axis)} once per axis. */
    public static NDArray applyOverAxes(BiFunction<NDArray, Integer, NDArray> func, NDArray a,
                                        int... axes) {
        return AlongAxis.applyOverAxes(func, a, axes);
    }

    /** {@code np.geterr()}: this thread's floating-point error policies; {@link FloatingPointErrors}. */
    public static Map<FloatingPointErrors.Kind, FloatingPointErrors.Policy> geterr() {
        return FloatingPointErrors.geterr();
    }

    /** {@code np.seterr(all=policy)}: returns the previous policies. */
    public static Map<FloatingPointErrors.Kind, FloatingPointErrors.Policy> seterr(
            FloatingPointErrors.Policy all) {
        return FloatingPointErrors.seterr(all);
    }

    /** {@code np.seterr(divide=..., over=..., ...)} for the kinds given. */
    public static Map<FloatingPointErrors.Kind, FloatingPointErrors.Policy> seterr(
            Map<FloatingPointErrors.Kind, FloatingPointErrors.Policy> policies) {
        return FloatingPointErrors.seterr(policies);
    }

    /** {@code with np.errstate(all="raise"):} as {@code try (var s = np.errstate(Policy.RAISE)) {...}}. */
    public static FloatingPointErrors.Scope errstate(FloatingPointErrors.Policy all) {
        return FloatingPointErrors.errstate(all);
    }

    /** {@code with np.errstate(divide="ignore"):} for the kinds given. */
    public static FloatingPointErrors.Scope errstate(
            Map<FloatingPointErrors.Kind, FloatingPointErrors.Policy> policies) {
        return FloatingPointErrors.errstate(policies);
    }
}
