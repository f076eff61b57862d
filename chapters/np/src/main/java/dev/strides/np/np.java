package dev.strides.np;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.Meshgrid;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.Creation;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;
import dev.strides.ndarray.print.ArrayPrinter;
import dev.strides.ndarray.print.FloatFormat;
import dev.strides.ndarray.print.PrintOptions;
import dev.strides.ufuncs.AlongAxis;
import dev.strides.ufuncs.ArithmeticUfuncs;
import dev.strides.ufuncs.Clip;
import dev.strides.ufuncs.Closeness;
import dev.strides.ufuncs.FloatingPointErrors;
import dev.strides.ufuncs.LogicUfuncs;
import dev.strides.ufuncs.MathUfuncs;
import dev.strides.ufuncs.PackBits;
import dev.strides.ufuncs.PyFunc;
import dev.strides.ufuncs.ReduceOptions;
import dev.strides.ufuncs.Ufunc;
import dev.strides.ufuncs.UfuncOptions;
import dev.strides.views.Axes;
import dev.strides.views.ClipMode;
import dev.strides.views.DTypeView;
import dev.strides.views.Diagonal;
import dev.strides.views.Index;
import dev.strides.views.Indexing;
import dev.strides.views.MultiIndex;
import dev.strides.views.NonZero;
import dev.strides.views.Overlap;
import dev.strides.views.Reshape;
import dev.strides.views.Selection;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The NumPy namespace: every public function of the chapters under its NumPy name, spelled in
 * lowerCamelCase ({@code np.zeros}, {@code np.arange}, {@code np.promoteTypes}). No logic lives
 * here; each method forwards to the chapter class that implements it, named in its javadoc.
 *
 * <p>Keyword arguments become overloads, with NumPy's defaults: {@code np.zeros(3, 4)} is
 * {@code np.zeros((3, 4))}; {@code np.zeros(new int[] {3, 4}, np.int32)} passes a dtype.
 */
@SuppressWarnings({"checkstyle:TypeName", "java:S101"})
public final class np {

    private np() {
    }

    // ---- dtypes ---------------------------------------------------------------------------------

    public static final DType bool = DType.BOOL;
    public static final DType int8 = DType.INT8;
    public static final DType int16 = DType.INT16;
    public static final DType int32 = DType.INT32;
    public static final DType int64 = DType.INT64;
    public static final DType uint8 = DType.UINT8;
    public static final DType uint16 = DType.UINT16;
    public static final DType uint32 = DType.UINT32;
    public static final DType uint64 = DType.UINT64;
    public static final DType float16 = DType.FLOAT16;
    public static final DType float32 = DType.FLOAT32;
    public static final DType float64 = DType.FLOAT64;
    public static final DType complex64 = DType.COMPLEX64;
    public static final DType complex128 = DType.COMPLEX128;

    /** {@code np.dtype("float64")}, {@code np.dtype("<i4")}, {@code np.dtype("d")}: {@link DType#of}. */
    public static DType dtype(String spec) {
        return DType.of(spec);
    }

    // ---- creation: Creation -----------------------------------------------------------------

    /** {@code np.empty(shape)}: float64, C order. */
    public static NDArray empty(int... shape) {
        return Creation.empty(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray empty(int[] shape, DType dtype) {
        return Creation.empty(dtype, Order.C, shape);
    }

    public static NDArray empty(int[] shape, DType dtype, Order order) {
        return Creation.empty(dtype, order, shape);
    }

    /** {@code np.zeros(shape)}: float64, C order. */
    public static NDArray zeros(int... shape) {
        return Creation.zeros(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray zeros(int[] shape, DType dtype) {
        return Creation.zeros(dtype, Order.C, shape);
    }

    public static NDArray zeros(int[] shape, DType dtype, Order order) {
        return Creation.zeros(dtype, order, shape);
    }

    /** {@code np.ones(shape)}: float64, C order. */
    public static NDArray ones(int... shape) {
        return Creation.ones(DType.FLOAT64, Order.C, shape);
    }

    public static NDArray ones(int[] shape, DType dtype) {
        return Creation.ones(dtype, Order.C, shape);
    }

    public static NDArray ones(int[] shape, DType dtype, Order order) {
        return Creation.ones(dtype, order, shape);
    }

    /** {@code np.full(shape, fill_value)}: the dtype follows the value (7 → int64, 7.0 → float64). */
    public static NDArray full(int[] shape, Object fillValue) {
        return Creation.full(null, Order.C, fillValue, shape);
    }

    public static NDArray full(int[] shape, Object fillValue, DType dtype) {
        return Creation.full(dtype, Order.C, fillValue, shape);
    }

    public static NDArray full(int[] shape, Object fillValue, DType dtype, Order order) {
        return Creation.full(dtype, order, fillValue, shape);
    }

    /** {@code np.eye(N)}: the N×N identity, float64. */
    public static NDArray eye(int n) {
        return Creation.eye(n, n, 0, DType.FLOAT64, Order.C);
    }

    /** {@code np.eye(N, M)}. */
    public static NDArray eye(int n, int m) {
        return Creation.eye(n, m, 0, DType.FLOAT64, Order.C);
    }

    /** {@code np.eye(N, M, k)}: ones on diagonal {@code k} (above the main one when positive). */
    public static NDArray eye(int n, int m, int k) {
        return Creation.eye(n, m, k, DType.FLOAT64, Order.C);
    }

    public static NDArray eye(int n, int m, int k, DType dtype) {
        return Creation.eye(n, m, k, dtype, Order.C);
    }

    public static NDArray eye(int n, int m, int k, DType dtype, Order order) {
        return Creation.eye(n, m, k, dtype, order);
    }

    /** {@code np.identity(n)}: float64. */
    public static NDArray identity(int n) {
        return Creation.identity(n, DType.FLOAT64);
    }

    public static NDArray identity(int n, DType dtype) {
        return Creation.identity(n, dtype);
    }

    /** {@code np.empty_like(a)}: same shape, dtype and layout (order 'K'), values unspecified. */
    public static NDArray emptyLike(NDArray prototype) {
        return Creation.emptyLike(prototype, null, Order.K);
    }

    public static NDArray emptyLike(NDArray prototype, DType dtype) {
        return Creation.emptyLike(prototype, dtype, Order.K);
    }

    public static NDArray emptyLike(NDArray prototype, DType dtype, Order order) {
        return Creation.emptyLike(prototype, dtype, order);
    }

    public static NDArray zerosLike(NDArray prototype) {
        return Creation.zerosLike(prototype, null, Order.K);
    }

    public static NDArray zerosLike(NDArray prototype, DType dtype) {
        return Creation.zerosLike(prototype, dtype, Order.K);
    }

    public static NDArray zerosLike(NDArray prototype, DType dtype, Order order) {
        return Creation.zerosLike(prototype, dtype, order);
    }

    public static NDArray onesLike(NDArray prototype) {
        return Creation.onesLike(prototype, null, Order.K);
    }

    public static NDArray onesLike(NDArray prototype, DType dtype) {
        return Creation.onesLike(prototype, dtype, Order.K);
    }

    public static NDArray onesLike(NDArray prototype, DType dtype, Order order) {
        return Creation.onesLike(prototype, dtype, order);
    }

    /** {@code np.full_like(a, fill_value)}: the value is stored in {@code a}'s dtype. */
    public static NDArray fullLike(NDArray prototype, Object fillValue) {
        return Creation.fullLike(prototype, fillValue, null, Order.K);
    }

    public static NDArray fullLike(NDArray prototype, Object fillValue, DType dtype) {
        return Creation.fullLike(prototype, fillValue, dtype, Order.K);
    }

    public static NDArray fullLike(NDArray prototype, Object fillValue, DType dtype, Order order) {
        return Creation.fullLike(prototype, fillValue, dtype, order);
    }

    /** {@code np.fromiter(iterable, dtype)}: reads the whole iterable. */
    public static NDArray fromiter(Iterable<?> items, DType dtype) {
        return Creation.fromiter(items, dtype, -1);
    }

    /** {@code np.fromiter(iterable, dtype, count)}: reads exactly {@code count} items. */
    public static NDArray fromiter(Iterable<?> items, DType dtype, long count) {
        return Creation.fromiter(items, dtype, count);
    }

    public static NDArray fromiter(Iterator<?> items, DType dtype) {
        return Creation.fromiter(items, dtype, -1);
    }

    public static NDArray fromiter(Iterator<?> items, DType dtype, long count) {
        return Creation.fromiter(items, dtype, count);
    }

    // ---- ranges: Ranges ---------------------------------------------------------------------

    /** {@code np.arange(stop)} with an integer: int64 {@code [0, stop)}. */
    public static NDArray arange(long stop) {
        return Ranges.arange(0L, stop, 1L);
    }

    public static NDArray arange(long start, long stop) {
        return Ranges.arange(start, stop, 1L);
    }

    public static NDArray arange(long start, long stop, long step) {
        return Ranges.arange(start, stop, step);
    }

    public static NDArray arange(long start, long stop, long step, DType dtype) {
        return Ranges.arange(start, stop, step, dtype);
    }

    /** {@code np.arange(stop)} with a float: float64. */
    public static NDArray arange(double stop) {
        return Ranges.arange(0.0, stop, 1.0);
    }

    public static NDArray arange(double start, double stop) {
        return Ranges.arange(start, stop, 1.0);
    }

    public static NDArray arange(double start, double stop, double step) {
        return Ranges.arange(start, stop, step);
    }

    public static NDArray arange(double start, double stop, double step, DType dtype) {
        return Ranges.arange(start, stop, step, dtype);
    }

    /** {@code np.linspace(start, stop)}: 50 samples, endpoint included. */
    public static NDArray linspace(double start, double stop) {
        return Ranges.linspace(start, stop, 50, true, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num) {
        return Ranges.linspace(start, stop, num, true, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        return Ranges.linspace(start, stop, num, endpoint, DType.FLOAT64);
    }

    public static NDArray linspace(double start, double stop, int num, boolean endpoint, DType dtype) {
        return Ranges.linspace(start, stop, num, endpoint, dtype);
    }

    /** {@code np.linspace(start, stop, num, endpoint, retstep=True)}: samples and step. */
    public static Ranges.Spaced linspaceWithStep(double start, double stop, int num, boolean endpoint) {
        return Ranges.linspaceWithStep(start, stop, num, endpoint, DType.FLOAT64);
    }

    // ---- from Java data: JavaArrays ------------------------------------------------------------

    /** {@code np.array(data)}: a new array from nested Java arrays or a scalar (0-d). */
    public static NDArray array(Object data) {
        return JavaArrays.array(data);
    }

    public static NDArray array(Object data, DType dtype) {
        return JavaArrays.array(data, dtype);
    }

    /** {@code np.asarray(data)}: no copy when {@code data} already is an NDArray. */
    public static NDArray asarray(Object data) {
        return JavaArrays.asarray(data);
    }

    public static NDArray asarray(Object data, DType dtype) {
        return JavaArrays.asarray(data, dtype);
    }

    // ---- copies, casts, promotion: NDArray, Casting -------------------------------------------

    /** {@code np.copy(a)}: a copy keeping the layout (order 'K'). */
    public static NDArray copy(NDArray a) {
        return a.copy(Order.K);
    }

    public static NDArray copy(NDArray a, Order order) {
        return a.copy(order);
    }

    /** {@code np.astype(a, dtype)}: a converted copy (casting 'unsafe'). */
    public static NDArray astype(NDArray a, DType dtype) {
        return a.astype(dtype);
    }

    /** {@code np.astype(a, dtype, casting=...)}, e.g. {@code casting = "safe"}. */
    public static NDArray astype(NDArray a, DType dtype, String casting) {
        return a.astype(dtype, Casting.Rule.of(casting));
    }

    /** {@code np.can_cast(from, to)}: under the 'safe' rule. */
    public static boolean canCast(DType from, DType to) {
        return Casting.canCast(from, to, Casting.Rule.SAFE);
    }

    /** {@code np.can_cast(from, to, casting)} with casting 'no', 'equiv', 'safe', 'same_kind' or 'unsafe'. */
    public static boolean canCast(DType from, DType to, String casting) {
        return Casting.canCast(from, to, Casting.Rule.of(casting));
    }

    /** {@code np.promote_types(a, b)}. */
    public static DType promoteTypes(DType a, DType b) {
        return Casting.promoteTypes(a, b);
    }

    /** {@code np.result_type(*arrays_and_dtypes)}: Java scalars are weak (NEP 50). */
    public static DType resultType(Object... arraysDtypesOrScalars) {
        return Casting.resultType(arraysDtypesOrScalars);
    }

    // ---- queries ------------------------------------------------------------------------------

    /** {@code np.shape(a)}. */
    public static int[] shape(NDArray a) {
        return a.shape();
    }

    /** {@code np.ndim(a)}. */
    public static int ndim(NDArray a) {
        return a.ndim();
    }

    /** {@code np.size(a)}. */
    public static long size(NDArray a) {
        return a.size();
    }

    // ---- printing: ArrayPrinter, PrintOptions, FloatFormat ----------------------------------

    /** {@code np.get_printoptions()}: the options in force on this thread. */
    public static PrintOptions getPrintoptions() {
        return PrintOptions.get();
    }

    /** {@code np.set_printoptions(...)}: replaces the options in force on this thread. */
    public static void setPrintoptions(PrintOptions options) {
        PrintOptions.set(options);
    }

    /**
     * {@code np.set_printoptions(precision=3)} as {@code np.setPrintoptions(o -> o.withPrecision(3))}:
     * changes some options, keeps the others.
     */
    public static void setPrintoptions(UnaryOperator<PrintOptions> change) {
        PrintOptions.set(change.apply(PrintOptions.get()));
    }

    /**
     * {@code with np.printoptions(precision=3):} as
     * {@code try (var scope = np.printoptions(o -> o.withPrecision(3))) { ... }}: the previous
     * options come back when the scope closes.
     */
    public static PrintOptions.Scope printoptions(UnaryOperator<PrintOptions> change) {
        return PrintOptions.with(change);
    }

    public static PrintOptions.Scope printoptions(PrintOptions options) {
        return PrintOptions.with(options);
    }

    /** {@code np.array_repr(a)}: the same text as {@code a.toString()}. */
    public static String arrayRepr(NDArray a) {
        return ArrayPrinter.arrayRepr(a);
    }

    public static String arrayRepr(NDArray a, PrintOptions options) {
        return ArrayPrinter.arrayRepr(a, options);
    }

    /** {@code np.array_str(a)}, i.e. {@code str(a)}: {@code [1. 2.]} without {@code array(...)}. */
    public static String arrayStr(NDArray a) {
        return ArrayPrinter.arrayStr(a);
    }

    public static String arrayStr(NDArray a, PrintOptions options) {
        return ArrayPrinter.arrayStr(a, options);
    }

    /** {@code np.array2string(a)}. */
    public static String array2string(NDArray a) {
        return ArrayPrinter.array2string(a);
    }

    /** {@code np.array2string(a, separator=..., prefix=..., suffix=...)} with explicit options. */
    public static String array2string(NDArray a, PrintOptions options, String separator,
                                      String prefix, String suffix) {
        return ArrayPrinter.array2string(a, options, separator, prefix, suffix);
    }

    /** {@code np.format_float_positional(x)} for a float64 value: shortest round-trip digits. */
    public static String formatFloatPositional(double x) {
        return FloatFormat.positional(x, DType.FLOAT64);
    }

    /** {@code np.format_float_scientific(x)} for a float64 value. */
    public static String formatFloatScientific(double x) {
        return FloatFormat.scientific(x, DType.FLOAT64);
    }

    // ---- chapter 02: broadcasting (dev.strides.broadcasting) -----------------------------------

    /** {@code np.broadcast_shapes(*shapes)}: {@link Broadcasting#broadcastShapes}. */
    public static int[] broadcastShapes(int[]... shapes) {
        return Broadcasting.broadcastShapes(shapes);
    }

    /** {@code np.broadcast_to(a, shape)}: a read-only view with zero strides on stretched axes. */
    public static NDArray broadcastTo(NDArray a, int... shape) {
        return Broadcasting.broadcastTo(a, shape);
    }

    /** {@code np.broadcast_arrays(*arrays)}: {@link Broadcasting#broadcastArrays}. */
    public static NDArray[] broadcastArrays(NDArray... arrays) {
        return Broadcasting.broadcastArrays(arrays);
    }

    /**
     * {@code np.broadcast(*arrays)}: the arrays' common shape and a lockstep walk over it,
     * {@link MultiIterator#of(NDArray...)} ({@code .shape()}, {@code .size()}, {@code .ndim()}).
     */
    public static MultiIterator broadcast(NDArray... arrays) {
        return MultiIterator.of(arrays);
    }

    /** {@code np.meshgrid(*xi)}: dense copies, {@code indexing='xy'}; {@link Meshgrid}. */
    public static NDArray[] meshgrid(NDArray... xi) {
        return Meshgrid.meshgrid(xi);
    }

    /** {@code np.meshgrid(*xi, indexing=..., sparse=..., copy=...)}; {@link Meshgrid}. */
    public static NDArray[] meshgrid(NDArray[] xi, String indexing, boolean sparse, boolean copy) {
        return Meshgrid.meshgrid(xi, indexing, sparse, copy);
    }

    /** {@code np.ogrid[0:3, 0:4]} is {@code np.ogrid(np.arange(3), np.arange(4))}: sparse 'ij' grids. */
    public static NDArray[] ogrid(NDArray... axes) {
        return Meshgrid.ogrid(axes);
    }

    /** {@code np.mgrid[0:3, 0:4]} is {@code np.mgrid(np.arange(3), np.arange(4))}: stacked dense grids. */
    public static NDArray mgrid(NDArray... axes) {
        return Meshgrid.mgrid(axes);
    }

    // ---- chapter 03: views and indexing (dev.strides.views) -------------------------------------

    /** {@code np.newaxis} ({@code None} in an index): a new axis of length 1, stride 0. */
    public static final Index.NewAxis newaxis = Index.NEWAXIS;

    /** {@code ...} (Python's {@code Ellipsis}) in an index: all the axes the other parts leave. */
    public static final Index.Ellipsis ellipsis = Index.ELLIPSIS;

    /** {@code slice(stop)}, i.e. {@code :stop}. */
    public static Index.Slice slice(Integer stop) {
        return Index.slice(null, stop);
    }

    /** {@code slice(start, stop)}, i.e. {@code start:stop}; null parts take their defaults. */
    public static Index.Slice slice(Integer start, Integer stop) {
        return Index.slice(start, stop);
    }

    /** {@code slice(start, stop, step)}, i.e. {@code start:stop:step}; a negative step reverses. */
    public static Index.Slice slice(Integer start, Integer stop, Integer step) {
        return Index.slice(start, stop, step);
    }

    /**
     * {@code a[expression]} in NumPy's syntax: {@code np.get(a, "1:, ::-2, None, ...")}. A view
     * for a basic index, a copy for an advanced one; {@link Indexing#get(NDArray, String)}.
     */
    public static NDArray get(NDArray a, String expression) {
        return Indexing.get(a, expression);
    }

    /** {@code a[i0, i1, ...]} with typed parts: {@code np.get(a, np.slice(1, null), newaxis)}. */
    public static NDArray get(NDArray a, Index... index) {
        return Indexing.get(a, index);
    }

    /** {@code a[mask]} or {@code a[indices]}: a boolean or integer array index (a copy). */
    public static NDArray get(NDArray a, NDArray index) {
        return Indexing.get(a, index);
    }

    /**
     * {@code a[...]} with mixed Java values: integers, {@code null} ({@code None}), Booleans,
     * NDArrays, Java arrays ({@code int[]}, {@code boolean[][]}) and {@link Index} values, each as
     * {@link Index#of(Object)} reads it: {@code np.get(a, 1, new int[] {0, 2}, np.slice(null, 2))}.
     */
    public static NDArray get(NDArray a, Object... index) {
        return Indexing.get(a, Index.parts(index));
    }

    /** {@code a[expression] = value}, modifying {@code a}: {@code np.set(a, "::2", 0)}. */
    public static void set(NDArray a, String expression, Object value) {
        Indexing.set(a, expression, value);
    }

    /** {@code a[i0, i1, ...] = value} with typed parts, modifying {@code a}. */
    public static void set(NDArray a, Index[] index, Object value) {
        Indexing.set(a, index, value);
    }

    /** {@code a[mask] = value} / {@code a[indices] = value}, modifying {@code a}. */
    public static void set(NDArray a, NDArray index, Object value) {
        Indexing.set(a, index, value);
    }

    /** {@code a[...] = value} with mixed Java index values, read as by {@link Index#of(Object)}. */
    public static void set(NDArray a, Object[] index, Object value) {
        Indexing.set(a, Index.parts(index), value);
    }

    /** {@code np.reshape(a, shape)}: C order; a view when the strides allow it, else a copy. */
    public static NDArray reshape(NDArray a, int... shape) {
        return Reshape.reshape(a, shape);
    }

    /** {@code np.reshape(a, shape, order)} with order C, F or A; {@link Reshape#reshape}. */
    public static NDArray reshape(NDArray a, int[] shape, Order order) {
        return Reshape.reshape(a, order, shape);
    }

    /** {@code np.ravel(a)}: a 1-d view when {@code a} is C-contiguous, else a copy. */
    public static NDArray ravel(NDArray a) {
        return Reshape.ravel(a);
    }

    /** {@code np.ravel(a, order)} with order C, F, A or K. */
    public static NDArray ravel(NDArray a, Order order) {
        return Reshape.ravel(a, order);
    }

    /** {@code a.flatten()} (a method in NumPy): always a new 1-d copy, C order. */
    public static NDArray flatten(NDArray a) {
        return Reshape.flatten(a);
    }

    /** {@code a.flatten(order)} (a method in NumPy) with order C, F, A or K. */
    public static NDArray flatten(NDArray a, Order order) {
        return Reshape.flatten(a, order);
    }

    /** {@code np.transpose(a)}, {@code a.T}: the axes reversed, a view. */
    public static NDArray transpose(NDArray a) {
        return Axes.transpose(a);
    }

    /** {@code np.transpose(a, axes)}: any permutation of the axes, a view. */
    public static NDArray transpose(NDArray a, int... axes) {
        return Axes.transpose(a, axes);
    }

    /** {@code np.swapaxes(a, axis1, axis2)}: a view. */
    public static NDArray swapaxes(NDArray a, int axis1, int axis2) {
        return Axes.swapaxes(a, axis1, axis2);
    }

    /** {@code np.moveaxis(a, source, destination)}: a view. */
    public static NDArray moveaxis(NDArray a, int source, int destination) {
        return Axes.moveaxis(a, source, destination);
    }

    /** {@code np.moveaxis(a, [s0, s1], [d0, d1])}: several axes at once, a view. */
    public static NDArray moveaxis(NDArray a, int[] source, int[] destination) {
        return Axes.moveaxis(a, source, destination);
    }

    /** {@code np.rollaxis(a, axis)}: the axis moved to the front, a view. */
    public static NDArray rollaxis(NDArray a, int axis) {
        return Axes.rollaxis(a, axis);
    }

    /** {@code np.rollaxis(a, axis, start)}: the axis moved before position {@code start}. */
    public static NDArray rollaxis(NDArray a, int axis, int start) {
        return Axes.rollaxis(a, axis, start);
    }

    /** {@code np.squeeze(a)}: every length-1 axis removed, a view ({@code a} itself if none). */
    public static NDArray squeeze(NDArray a) {
        return Axes.squeeze(a);
    }

    /** {@code np.squeeze(a, axis)}: the named length-1 axes removed, a view. */
    public static NDArray squeeze(NDArray a, int... axis) {
        return Axes.squeeze(a, axis);
    }

    /** {@code np.expand_dims(a, axis)}: length-1 axes inserted at those positions, a view. */
    public static NDArray expandDims(NDArray a, int... axis) {
        return Axes.expandDims(a, axis);
    }

    /** {@code np.diagonal(a)}: the main diagonal, a read-only view. */
    public static NDArray diagonal(NDArray a) {
        return Diagonal.diagonal(a);
    }

    /** {@code np.diagonal(a, offset)}: above (offset > 0) or below the main diagonal. */
    public static NDArray diagonal(NDArray a, int offset) {
        return Diagonal.diagonal(a, offset);
    }

    /** {@code np.diagonal(a, offset, axis1, axis2)}: a read-only strided view. */
    public static NDArray diagonal(NDArray a, int offset, int axis1, int axis2) {
        return Diagonal.diagonal(a, offset, axis1, axis2);
    }

    /** {@code a.view(dtype)} (a method in NumPy): the same bytes read as another dtype, a view. */
    public static NDArray view(NDArray a, DType dtype) {
        return DTypeView.view(a, dtype);
    }

    /** {@code np.shares_memory(a, b)}: exact — is some byte used by both? */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        return Overlap.sharesMemory(a, b);
    }

    /** {@code np.shares_memory(a, b, max_work)}: -1 exact, 0 bounds only; see {@link Overlap}. */
    public static boolean sharesMemory(NDArray a, NDArray b, long maxWork) {
        return Overlap.sharesMemory(a, b, maxWork);
    }

    /** {@code np.may_share_memory(a, b)}: do the byte ranges overlap? Cheap; may be a false yes. */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        return Overlap.mayShareMemory(a, b);
    }

    /** {@code np.take(a, indices)}: from the flattened array, a copy. */
    public static NDArray take(NDArray a, Object indices) {
        return Selection.take(a, indices);
    }

    /** {@code np.take(a, indices, axis)}: a copy. */
    public static NDArray take(NDArray a, Object indices, int axis) {
        return Selection.take(a, indices, axis);
    }

    /** {@code np.take(a, indices, axis, mode)}: null axis flattens; "raise", "wrap" or "clip". */
    public static NDArray take(NDArray a, Object indices, Integer axis, String mode) {
        return Selection.take(a, indices, axis, ClipMode.of(mode));
    }

    /** {@code np.put(a, indices, values)}: {@code a.flat[indices] = values}, modifying a. */
    public static void put(NDArray a, Object indices, Object values) {
        Selection.put(a, indices, values);
    }

    /** {@code np.put(a, indices, values, mode)} with mode "raise", "wrap" or "clip". */
    public static void put(NDArray a, Object indices, Object values, String mode) {
        Selection.put(a, indices, values, ClipMode.of(mode));
    }

    /** {@code np.place(a, mask, values)}: values cycled into the true positions, modifying a. */
    public static void place(NDArray a, Object mask, Object values) {
        Selection.place(a, mask, values);
    }

    /** {@code np.extract(condition, a)}: the elements where the condition is true, a 1-d copy. */
    public static NDArray extract(Object condition, NDArray a) {
        return Selection.extract(condition, a);
    }

    /** {@code np.compress(condition, a)}: along the flattened array. */
    public static NDArray compress(Object condition, NDArray a) {
        return Selection.compress(condition, a);
    }

    /** {@code np.compress(condition, a, axis)}: the slices along {@code axis} where it is true. */
    public static NDArray compress(Object condition, NDArray a, int axis) {
        return Selection.compress(condition, a, axis);
    }

    /** {@code np.nonzero(a)}: one int64 array of indices per axis. */
    public static NDArray[] nonzero(NDArray a) {
        return NonZero.nonzero(a);
    }

    /** {@code np.argwhere(a)}: the indices of the non-zero elements as rows, {@code (N, ndim)}. */
    public static NDArray argwhere(NDArray a) {
        return NonZero.argwhere(a);
    }

    /** {@code np.flatnonzero(a)}: the flat (C-order) positions of the non-zero elements. */
    public static NDArray flatnonzero(NDArray a) {
        return NonZero.flatnonzero(a);
    }

    /** {@code np.unravel_index(index, shape)}: the multi-index of one flat position, C order. */
    public static long[] unravelIndex(long index, int... shape) {
        return MultiIndex.unravelIndex(index, shape);
    }

    /** {@code np.unravel_index(index, shape, order)} for one flat position. */
    public static long[] unravelIndex(long index, int[] shape, Order order) {
        return MultiIndex.unravelIndex(index, shape, order);
    }

    /** {@code np.unravel_index(indices, shape)}: one int64 array per axis, C order. */
    public static NDArray[] unravelIndex(NDArray indices, int... shape) {
        return MultiIndex.unravelIndex(indices, shape, Order.C);
    }

    /** {@code np.unravel_index(indices, shape, order)} with order C or F. */
    public static NDArray[] unravelIndex(NDArray indices, int[] shape, Order order) {
        return MultiIndex.unravelIndex(indices, shape, order);
    }

    /** {@code np.ravel_multi_index(multi_index, dims)} for one multi-index: its flat position. */
    public static long ravelMultiIndex(long[] multiIndex, int... dims) {
        return MultiIndex.ravelMultiIndex(multiIndex, dims);
    }

    /**
     * {@code np.ravel_multi_index(multi_index, dims)}: one coordinate array (or Java array, or
     * integer) per axis, broadcast together; mode "raise", C order.
     */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims) {
        return MultiIndex.ravelMultiIndex(multiIndex, dims, ClipMode.RAISE, Order.C);
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode, order)}: one mode for all axes. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, String mode,
                                          Order order) {
        return MultiIndex.ravelMultiIndex(multiIndex, dims, ClipMode.of(mode), order);
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode=(m0, m1), order)}: a mode per axis. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, String[] modes,
                                          Order order) {
        ClipMode[] parsed = new ClipMode[modes.length];
        for (int k = 0; k < modes.length; k++) {
            parsed[k] = ClipMode.of(modes[k]);
        }
        return MultiIndex.ravelMultiIndex(multiIndex, dims, parsed, order);
    }

    /** {@code np.indices(dimensions)}: the dense int64 grid, shape {@code (len(dims), *dims)}. */
    public static NDArray indices(int... dimensions) {
        return MultiIndex.indices(dimensions, DType.INT64);
    }

    /** {@code np.indices(dimensions, dtype)}. */
    public static NDArray indices(int[] dimensions, DType dtype) {
        return MultiIndex.indices(dimensions, dtype);
    }

    /** {@code np.indices(dimensions, sparse=True)}: one broadcastable int64 array per axis. */
    public static NDArray[] indicesSparse(int... dimensions) {
        return MultiIndex.indicesSparse(dimensions, DType.INT64);
    }

    /** {@code np.indices(dimensions, dtype, sparse=True)}. */
    public static NDArray[] indicesSparse(int[] dimensions, DType dtype) {
        return MultiIndex.indicesSparse(dimensions, dtype);
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

    /** {@code np.divmod} as a ufunc object: {@link ArithmeticUfuncs#DIVMOD}. */
    public static final Ufunc divmod = ArithmeticUfuncs.DIVMOD;

    /** {@code np.modf} as a ufunc object: {@link MathUfuncs#MODF}. */
    public static final Ufunc modf = MathUfuncs.MODF;

    /** {@code np.frexp} as a ufunc object: {@link MathUfuncs#FREXP}. */
    public static final Ufunc frexp = MathUfuncs.FREXP;

    /** {@code np.clip} as a ufunc object (three inputs): {@link Clip#CLIP}. */
    public static final Ufunc clip = Clip.CLIP;

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

    /** {@code np.divmod(x, y)}: both outputs; {@link ArithmeticUfuncs#DIVMOD}. */
    public static NDArray[] divmod(Object x, Object y) {
        return ArithmeticUfuncs.DIVMOD.callAll(x, y);
    }

    /** {@code np.modf(x)}: both outputs; {@link MathUfuncs#MODF}. */
    public static NDArray[] modf(Object x) {
        return MathUfuncs.MODF.callAll(x);
    }

    /** {@code np.frexp(x)}: both outputs; {@link MathUfuncs#FREXP}. */
    public static NDArray[] frexp(Object x) {
        return MathUfuncs.FREXP.callAll(x);
    }


    // ---- chapter 04: reductions, comparisons of arrays, bits, user functions, errstate ---------

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

    /** {@code np.vectorize(f)} for a function of {@code nin} element values; dtype from the results. */
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


    // ---- chapter 05: np.lib.strideTricks and layout tools (dev.strides.stridetricks) -----------

    /**
     * {@code numpy.lib}: only its {@code stride_tricks} module lives here, as
     * {@link lib.strideTricks}.
     */
    @SuppressWarnings({"checkstyle:TypeName", "java:S101"})
    public static final class lib {

        private lib() {
        }

        /**
         * {@code numpy.lib.stride_tricks}: {@code as_strided} and {@code sliding_window_view}.
         * Forwards to {@code dev.strides.stridetricks}: AsStrided, SlidingWindows.
         */
        @SuppressWarnings({"checkstyle:TypeName", "java:S101"})
        public static final class strideTricks {

            private strideTricks() {
            }

            /** {@code as_strided(x)}: a view with x's own shape and strides. */
            public static NDArray asStrided(NDArray x) {
                return dev.strides.stridetricks.AsStrided.asStrided(x);
            }

            /** {@code as_strided(x, shape, strides)}; refuses to reach outside x. */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides);
            }

            /** {@code as_strided(x, shape, strides, writeable=writeable)}. */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides,
                                            boolean writeable) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides, writeable);
            }

            /** As above, with an explicit reach (the rest of x's buffer, never beyond it). */
            public static NDArray asStrided(NDArray x, int[] shape, long[] strides,
                                            boolean writeable,
                                            dev.strides.stridetricks.AsStrided.Reach reach) {
                return dev.strides.stridetricks.AsStrided.asStrided(x, shape, strides, writeable,
                        reach);
            }

            /** {@code sliding_window_view(x, window_shape)}: one window size per axis. */
            public static NDArray slidingWindowView(NDArray x, int... windowShape) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape);
            }

            /** {@code sliding_window_view(x, window_shape, axis=axis)}; read-only. */
            public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape,
                        axis);
            }

            /** {@code sliding_window_view(x, window_shape, axis=axis, writeable=writeable)}. */
            public static NDArray slidingWindowView(NDArray x, int[] windowShape, int[] axis,
                                                    boolean writeable) {
                return dev.strides.stridetricks.SlidingWindows.slidingWindowView(x, windowShape,
                        axis, writeable);
            }
        }
    }

    // ---- chapter 10: np.random (dev.strides.random) ---------------------------------------------

    /**
     * {@code numpy.random}: the Generator API ({@code np.random.defaultRng(42).random(5)}), the
     * bit generators and SeedSequence under NumPy's class names, and the legacy module functions
     * ({@code np.random.seed(0); np.random.rand(3)}) on one global RandomState. Forwards to
     * {@code dev.strides.random}: Generator, RandomState, GlobalRandom, SeedSequence, PCG64,
     * MT19937, SFC64, Philox.
     */
    @SuppressWarnings({"checkstyle:MethodName", "java:S100"})
    public static final class random {

        private random() {
        }

        // -- the Generator API ------------------------------------------------------------------

        /** {@code np.random.default_rng()}: PCG64 seeded from OS entropy. */
        public static dev.strides.random.Generator defaultRng() {
            return dev.strides.random.Generator.defaultRng();
        }

        /** {@code np.random.default_rng(seed)}: {@code Generator(PCG64(SeedSequence(seed)))}. */
        public static dev.strides.random.Generator defaultRng(long seed) {
            return dev.strides.random.Generator.defaultRng(seed);
        }

        public static dev.strides.random.Generator defaultRng(java.math.BigInteger seed) {
            return dev.strides.random.Generator.defaultRng(seed);
        }

        /** {@code np.random.default_rng([s0, s1, ...])}. */
        public static dev.strides.random.Generator defaultRng(long[] seedArray) {
            return dev.strides.random.Generator.defaultRng(seedArray);
        }

        public static dev.strides.random.Generator defaultRng(dev.strides.random.SeedSequence seq) {
            return dev.strides.random.Generator.defaultRng(seq);
        }

        public static dev.strides.random.Generator defaultRng(dev.strides.random.BitGenerator bg) {
            return dev.strides.random.Generator.defaultRng(bg);
        }

        /** {@code np.random.Generator(bit_generator)}. */
        public static dev.strides.random.Generator Generator(dev.strides.random.BitGenerator bg) {
            return new dev.strides.random.Generator(bg);
        }

        /** {@code np.random.SeedSequence(entropy)}. */
        public static dev.strides.random.SeedSequence SeedSequence(long entropy) {
            return new dev.strides.random.SeedSequence(entropy);
        }

        /** {@code np.random.SeedSequence()}: 128 bits of OS entropy. */
        public static dev.strides.random.SeedSequence SeedSequence() {
            return new dev.strides.random.SeedSequence();
        }

        public static dev.strides.random.SeedSequence SeedSequence(long[] entropy) {
            return new dev.strides.random.SeedSequence(entropy);
        }

        /** {@code np.random.PCG64(seed)}. */
        public static dev.strides.random.PCG64 PCG64(long seed) {
            return new dev.strides.random.PCG64(seed);
        }

        public static dev.strides.random.PCG64 PCG64(dev.strides.random.SeedSequence seq) {
            return new dev.strides.random.PCG64(seq);
        }

        /** {@code np.random.MT19937(seed)}: seeded through a SeedSequence (not RandomState's way). */
        public static dev.strides.random.MT19937 MT19937(long seed) {
            return new dev.strides.random.MT19937(seed);
        }

        public static dev.strides.random.MT19937 MT19937(dev.strides.random.SeedSequence seq) {
            return new dev.strides.random.MT19937(seq);
        }

        /** {@code np.random.SFC64(seed)}. */
        public static dev.strides.random.SFC64 SFC64(long seed) {
            return new dev.strides.random.SFC64(seed);
        }

        /** {@code np.random.Philox(seed)}. */
        public static dev.strides.random.Philox Philox(long seed) {
            return new dev.strides.random.Philox(seed);
        }

        /** {@code np.random.RandomState(seed)}: the legacy API on its own MT19937. */
        public static dev.strides.random.RandomState RandomState(long seed) {
            return new dev.strides.random.RandomState(seed);
        }

        public static dev.strides.random.RandomState RandomState() {
            return new dev.strides.random.RandomState();
        }

        // -- the legacy module functions (one global RandomState) -------------------------------

        /** {@code np.random.seed(seed)}: reseeds the global RandomState. */
        public static void seed(long seed) {
            dev.strides.random.GlobalRandom.seed(seed);
        }

        public static void seed(long[] seedArray) {
            dev.strides.random.GlobalRandom.seed(seedArray);
        }

        /** {@code np.random.seed()}: fresh OS entropy. */
        public static void seed() {
            dev.strides.random.GlobalRandom.seed();
        }

        /** {@code np.random.rand()}: one float in [0, 1). */
        public static double rand() {
            return dev.strides.random.GlobalRandom.rand();
        }

        /** {@code np.random.rand(d0, d1, ...)}. */
        public static NDArray rand(int... shape) {
            return dev.strides.random.GlobalRandom.rand(shape);
        }

        /** {@code np.random.randn()}: one standard normal (polar method). */
        public static double randn() {
            return dev.strides.random.GlobalRandom.randn();
        }

        /** {@code np.random.randn(d0, d1, ...)}. */
        public static NDArray randn(int... shape) {
            return dev.strides.random.GlobalRandom.randn(shape);
        }

        /** {@code np.random.randint(high)}: [0, high). */
        public static long randint(long high) {
            return dev.strides.random.GlobalRandom.randint(high);
        }

        public static long randint(long low, long high) {
            return dev.strides.random.GlobalRandom.randint(low, high);
        }

        /** {@code np.random.randint(low, high, size)}: int64. */
        public static NDArray randint(long low, long high, int... size) {
            return dev.strides.random.GlobalRandom.randint(low, high, size);
        }

        /** {@code np.random.random_sample()}. */
        public static double randomSample() {
            return dev.strides.random.GlobalRandom.randomSample();
        }

        public static NDArray randomSample(int... size) {
            return dev.strides.random.GlobalRandom.randomSample(size);
        }

        /** {@code np.random.random(size)}: the same as random_sample. */
        public static NDArray random(int... size) {
            return dev.strides.random.GlobalRandom.randomSample(size);
        }

        /** {@code np.random.choice(a)}. */
        public static long choice(long a) {
            return dev.strides.random.GlobalRandom.choice(a);
        }

        public static NDArray choice(long a, int... size) {
            return dev.strides.random.GlobalRandom.choice(a, size);
        }

        /** {@code np.random.choice(a, size, replace, p)}; p may be null. */
        public static NDArray choice(long a, int[] size, boolean replace, double[] p) {
            return dev.strides.random.GlobalRandom.choice(a, size, replace, p);
        }

        public static NDArray choice(NDArray a, int[] size, boolean replace, double[] p) {
            return dev.strides.random.GlobalRandom.choice(a, size, replace, p);
        }

        /** {@code np.random.shuffle(x)}: in place, along axis 0. */
        public static void shuffle(NDArray x) {
            dev.strides.random.GlobalRandom.shuffle(x);
        }

        /** {@code np.random.permutation(n)}. */
        public static NDArray permutation(long n) {
            return dev.strides.random.GlobalRandom.permutation(n);
        }

        /** {@code np.random.permutation(x)}: a shuffled copy. */
        public static NDArray permutation(NDArray x) {
            return dev.strides.random.GlobalRandom.permutation(x);
        }

        /** {@code np.random.normal(loc, scale)}. */
        public static double normal(double loc, double scale) {
            return dev.strides.random.GlobalRandom.normal(loc, scale);
        }

        public static NDArray normal(double loc, double scale, int... size) {
            return dev.strides.random.GlobalRandom.normal(loc, scale, size);
        }

        /** {@code np.random.uniform(low, high)}. */
        public static double uniform(double low, double high) {
            return dev.strides.random.GlobalRandom.uniform(low, high);
        }

        public static NDArray uniform(double low, double high, int... size) {
            return dev.strides.random.GlobalRandom.uniform(low, high, size);
        }

        /** {@code np.random.get_state()}. */
        public static dev.strides.random.RandomState.State getState() {
            return dev.strides.random.GlobalRandom.getState();
        }

        /** {@code np.random.set_state(state)}. */
        public static void setState(dev.strides.random.RandomState.State state) {
            dev.strides.random.GlobalRandom.setState(state);
        }
    }
}
