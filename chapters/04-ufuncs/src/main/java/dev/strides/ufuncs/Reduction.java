package dev.strides.ufuncs;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Scalars;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;

/**
 * {@code ufunc.reduce}: NumPy's reduction, built from nothing but the ufunc's binary loop and
 * chapter 02's iterator.
 *
 * <p>The trick is the one NumPy uses. Allocate the result with the input's shape minus the
 * reduced axes, then view it with the <b>input's</b> shape and <b>stride 0 along the reduced
 * axes</b>. Walking (result view, input, result view) together, the loop computes
 * {@code out = f(out, x)} for every input element, and all elements of a reduced line land on
 * the same output element. When the innermost run is a reduced axis, the loop sees operand 0
 * and 2 at the same address with stride 0 — NumPy's {@code IS_BINARY_REDUCE} — and may
 * reduce the whole run at once: float {@code add} then sums it pairwise.
 *
 * <p>The result starts as the ufunc's identity ({@code 0} for add; {@code initial} if given);
 * ufuncs without one ({@code maximum}) start from the first element along the reduced axis and
 * reduce the rest. Reducing nothing is then an error: {@code zero-size array to reduction
 * operation maximum which has no identity}.
 *
 * <p>Types: add and multiply of bool and integers smaller than int64 reduce in int64 (uint64
 * for unsigned), so {@code np.add.reduce(int8 array)} does not overflow at 127; other ufuncs
 * reduce in the input's type. Cost: one pass over the input; the result is a new array (a
 * copy) unless {@code out} is given.
 */
final class Reduction {

    private Reduction() {
    }

    static void requireBinary(Ufunc u, String method) {
        if (u.nin() != 2) {
            throw new IllegalArgumentException(method + " only supported for binary functions");
        }
        if (u.nout() != 1) {
            throw new IllegalArgumentException(method + " only supported for functions returning a"
                    + " single value");
        }
    }

    // tag::reduce[]
    static NDArray reduce(Ufunc u, NDArray a, ReduceOptions o) {
        requireBinary(u, "reduce");
        boolean[] reduced = reducedAxes(o.axes(), a.ndim());
        int count = count(reduced);
        if (!u.reorderable() && count > 1) {
            throw new IllegalArgumentException("reduction operation '" + u.name() + "' is not"
                    + " reorderable, so at most one axis may be specified");
        }
        Loop loop = reduceLoop(u, a.dtype(), o.dtype(), o.out());
        NDArray in = a.dtype().equals(loop.type(1)) ? a : a.astype(loop.type(1));
        Object start = o.initial() != null ? o.initial() : u.identity();
        if (start == null) {
            return withoutIdentity(u, in, reduced, count, o);
        }
        NDArray result = result(u, in, reduced, o, loop.type(0));
        NDArray acc = sameType(result, loop.type(0)) ? result : emptyLike(result, loop.type(0));
        fill(acc, start, o.initial() == null);
        run(loop, in, acc, reduced, o.keepdims(), o.where());
        if (acc != result) {
            UfuncCall.copyInto(acc, result, null);
        }
        return result;
    }
    // end::reduce[]

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    private static boolean sameType(NDArray a, DType t) {
        return a.dtype().equals(t);
    }

    private static NDArray emptyLike(NDArray a, DType t) {
        return IterationOrder.allocate(t, a.shape(), IterationOrder.bestAxisOrder(a.ndim(),
                new long[][] {a.strides()}));
    }

    /**
     * The loop a reduction runs: {@code (T, T) -> T}. {@code dtype} wins; else add and
     * multiply lift small integers to int64/uint64 (only when {@code out} is not given, as in
     * NumPy); logical ufuncs reduce in bool.
     */
    // tag::reduce-loop[]
    static Loop reduceLoop(Ufunc u, DType in, DType dtype, NDArray out) {
        DType t = dtype != null ? dtype.nativeType() : in.nativeType();
        boolean addOrMultiply = u.name().equals("add") || u.name().equals("multiply");
        boolean small = in.isBool() || in.isInteger() && in.itemsize() < 8;
        if (dtype == null && out == null && addOrMultiply && small) {
            t = in.isUnsignedInteger() ? DType.UINT64 : DType.INT64;
        }
        Loop loop = TypeResolver.resolve(u, new Object[] {t, t}, null, null);
        if (loop.type(0).equals(loop.type(2)) && loop.type(1).equals(loop.type(2))) {
            return loop;
        }
        if (u.name().startsWith("logical_")) {
            DType outType = loop.type(2);
            for (Loop l : u.loops()) {
                if (l.type(0).equals(outType) && l.type(1).equals(outType)
                        && l.type(2).equals(outType)) {
                    return l;
                }
            }
        }
        throw new UfuncTypeException("No loop matching the specified signature and casting was"
                + " found for ufunc " + u.name());
    }
    // end::reduce-loop[]

    /** Which axes are reduced; null means all. Checks range and repeats. */
    static boolean[] reducedAxes(int[] axes, int ndim) {
        boolean[] reduced = new boolean[ndim];
        if (axes == null) {
            Arrays.fill(reduced, true);
            return reduced;
        }
        for (int axis : axes) {
            int k = checkAxis(axis, ndim);
            if (reduced[k]) {
                throw new IllegalArgumentException("duplicate value in 'axis'");
            }
            reduced[k] = true;
        }
        return reduced;
    }

    /** NumPy's {@code AxisError}: {@code axis 3 is out of bounds for array of dimension 2}. */
    static int checkAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new dev.strides.ndarray.IndexException("axis " + axis
                    + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** The shape of the result: the input's with reduced axes dropped (or 1 with keepdims). */
    static int[] resultShape(int[] shape, boolean[] reduced, boolean keepdims) {
        int[] out = new int[shape.length];
        int n = 0;
        for (int k = 0; k < shape.length; k++) {
            if (!reduced[k]) {
                out[n++] = shape[k];
            } else if (keepdims) {
                out[n++] = 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** {@code out} checked against the result shape, or a new array laid out like the input. */
    private static NDArray result(Ufunc u, NDArray in, boolean[] reduced, ReduceOptions o,
                                  DType t) {
        int[] shape = resultShape(in.shape(), reduced, o.keepdims());
        NDArray out = o.out();
        if (out == null) {
            int[] order = IterationOrder.bestAxisOrder(in.ndim(), new long[][] {in.strides()});
            return IterationOrder.allocate(t, shape, keptOrder(order, reduced, o.keepdims()));
        }
        if (out.ndim() != shape.length) {
            throw new IllegalArgumentException("output parameter for reduction operation "
                    + u.name() + " has the wrong number of dimensions: Found " + out.ndim()
                    + " but expected " + shape.length
                    + (o.keepdims() ? " (must match the operand's when keepdims=True)" : ""));
        }
        if (!Arrays.equals(out.shape(), shape)) {
            throw new ShapeException("operands could not be broadcast together with remapped"
                    + " shapes [original->remapped]: " + Broadcasting.compactShape(out.shape())
                    + " " + Broadcasting.compactShape(in.shape()) + " ");
        }
        UfuncCall.checkOutput(u, t, out, dev.strides.ndarray.Casting.Rule.UNSAFE);
        return out;
    }

    /** The iteration order restricted to the result's axes, renumbered. */
    private static int[] keptOrder(int[] order, boolean[] reduced, boolean keepdims) {
        int[] number = new int[reduced.length];
        int n = 0;
        for (int k = 0; k < reduced.length; k++) {
            number[k] = !reduced[k] || keepdims ? n++ : -1;
        }
        return Arrays.stream(order).filter(k -> number[k] >= 0).map(k -> number[k]).toArray();
    }

    /**
     * Sets every element of {@code a} to the start value. An identity is stored as the loop's C
     * code stores it (bitwise_and's -1 becomes all ones in uint8); a user's {@code initial} is
     * range-checked like any Java scalar.
     */
    static void fill(NDArray a, Object value, boolean identity) {
        NDArray one = NDArray.allocate(a.dtype(), new int[0], dev.strides.ndarray.Order.C);
        switch (value) {
            case Boolean b when identity ->
                    Elements.writeLong(one.buffer(), 0, a.dtype(), b ? 1 : 0, false);
            case Long v when identity -> Elements.writeLong(one.buffer(), 0, a.dtype(), v, false);
            case Double v when identity -> Elements.writeDouble(one.buffer(), 0, a.dtype(), v);
            default -> Scalars.writeUnsafe(one.buffer(), 0, a.dtype(), value);
        }
        UfuncCall.copyInto(one, a, null);
    }

    // tag::reduce-run[]
    /**
     * {@code acc = f(acc, x)} over all of {@code in}: {@code acc} is seen with the input's shape
     * and stride 0 on the reduced axes, and walked together with the input in memory order.
     */
    static void run(Loop loop, NDArray in, NDArray acc, boolean[] reduced, boolean keepdims,
                    NDArray where) {
        int[] shape = in.shape();
        long[] strides = new long[shape.length];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (!reduced[k] || keepdims) {
                strides[k] = reduced[k] ? 0 : acc.strides(j);
                j++;
            }
        }
        NDArray accView = acc.stridedView(shape, strides, acc.offset());
        int[] order = IterationOrder.bestAxisOrder(shape.length, new long[][] {in.strides()});
        NDArray mask = where == null ? null
                : MultiIterator.of(shape, where.astype(DType.BOOL)).view(0);
        FloatingPointErrors.Status status = new FloatingPointErrors.Status();
        UfuncCall.run(loop.body(), new NDArray[] {accView, in}, new NDArray[] {accView}, mask,
                shape, order, status);
        FloatingPointErrors.check(status, "reduce");
    }
    // end::reduce-run[]

    /** No identity: start from the first element along one reduced axis, reduce the rest. */
    private static NDArray withoutIdentity(Ufunc u, NDArray in, boolean[] reduced, int count,
                                           ReduceOptions o) {
        if (o.where() != null) {
            throw new IllegalArgumentException("reduction operation '" + u.name() + "' does not"
                    + " have an identity, so to use a where mask one has to specify 'initial'");
        }
        Loop loop = reduceLoop(u, in.dtype(), o.dtype(), o.out());
        NDArray result = result(u, in, reduced, o, loop.type(0));
        int axis = -1;
        for (int k = 0; k < reduced.length && axis < 0; k++) {
            axis = reduced[k] ? k : -1;
        }
        if (axis < 0) {                                        // axis=(): a cast copy
            UfuncCall.copyInto(in, result, null);
            return result;
        }
        for (int k = 0; k < reduced.length; k++) {               // even if the result is empty
            if (reduced[k] && in.shape(k) == 0) {
                throw new IllegalArgumentException("zero-size array to reduction operation "
                        + u.name() + " which has no identity");
            }
        }
        if (in.size() == 0) {                                  // an empty kept axis: no work
            return result;
        }
        if (count > 1) {                                       // one axis, then the others
            DType t = loop.type(0);
            NDArray partial = reduce(u, in, ReduceOptions.axis(axis).keepdims(true).dtype(t));
            int first = axis;
            int[] rest = java.util.stream.IntStream.range(0, reduced.length)
                    .filter(k -> reduced[k] && k != first).toArray();
            NDArray r = reduce(u, partial, ReduceOptions.axes(rest).keepdims(true).dtype(t));
            UfuncCall.copyInto(o.keepdims() ? r : squeeze(r, reduced), result, null);
            return result;
        }
        NDArray acc = sameType(result, loop.type(0)) ? result : emptyLike(result, loop.type(0));
        UfuncCall.copyInto(slice(in, axis, 0, 1, o.keepdims()), acc, null);
        run(loop, slice(in, axis, 1, in.shape(axis), true), acc, reduced, o.keepdims(), null);
        if (acc != result) {
            UfuncCall.copyInto(acc, result, null);
        }
        return result;
    }

    /**
     * {@code a[..., start:stop, ...]} along {@code axis}; the axis dropped when length 1 and not
     * kept.
     */
    static NDArray slice(NDArray a, int axis, int start, int stop, boolean keep) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        long offset = a.offset() + (long) start * strides[axis];
        shape[axis] = stop - start;
        if (!keep) {
            int[] s = new int[shape.length - 1];
            long[] st = new long[shape.length - 1];
            for (int k = 0, j = 0; k < shape.length; k++) {
                if (k != axis) {
                    s[j] = shape[k];
                    st[j++] = strides[k];
                }
            }
            return a.stridedView(s, st, offset);
        }
        return a.stridedView(shape, strides, stop > start ? offset : a.offset());
    }

    /** A keepdims result without its reduced (length-1) axes: a view. */
    private static NDArray squeeze(NDArray r, boolean[] reduced) {
        int[] shape = resultShape(r.shape(), reduced, false);
        long[] strides = new long[shape.length];
        for (int k = 0, j = 0; k < reduced.length; k++) {
            if (!reduced[k]) {
                strides[j++] = r.strides(k);
            }
        }
        return r.stridedView(shape, strides, r.offset());
    }

    /**
     * {@code np.sum(a, axis, dtype, out, keepdims, initial, where)}: {@code add.reduce}, axis=None
     * by default.
     */
    static NDArray sum(NDArray a, ReduceOptions o) {
        return reduce(ArithmeticUfuncs.ADD, a, o);
    }
}
