package dev.strides.np;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
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

/**
 * The layer of {@link np} for chapter 03 (dev.strides.views): the index parts ({@code newaxis},
 * {@code ellipsis}, {@code slice}), {@code get} and {@code set} ({@code a[...]} and
 * {@code a[...] = v}), reshaping ({@code reshape}, {@code ravel}, {@code flatten}), axis shuffles
 * ({@code transpose}, {@code swapaxes}, {@code moveaxis}, {@code rollaxis}, {@code squeeze},
 * {@code expandDims}), {@code diagonal}, {@code view}, overlap tests ({@code sharesMemory},
 * {@code mayShareMemory}), selection ({@code take}, {@code put}, {@code place}, {@code extract},
 * {@code compress}), {@code nonzero}, {@code argwhere}, {@code flatnonzero}, and index arithmetic
 * ({@code unravelIndex}, {@code ravelMultiIndex}, {@code indices}, {@code indicesSparse}).
 *
 * <p>Forwards to {@link Index}, {@link Indexing}, {@link Reshape}, {@link Axes}, {@link Diagonal},
 * {@link DTypeView}, {@link Overlap}, {@link Selection}, {@link NonZero} and {@link MultiIndex}.
 * Extends {@link BroadcastingApi}; {@link np} explains the chain.
 */
public abstract class ViewsApi extends BroadcastingApi {

    /** Only the next layer of the chain extends this one; there are no instances. */
    ViewsApi() {
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
}
