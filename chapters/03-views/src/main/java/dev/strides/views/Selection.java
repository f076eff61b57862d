package dev.strides.views;

import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;
import dev.strides.ndarray.Walk;

import java.util.Arrays;

/**
 * Selecting and replacing elements by position or condition, as functions:
 * {@code np.take}, {@code np.put}, {@code np.place}, {@code np.extract}, {@code np.compress}.
 * They are fancy indexing along one axis (or the flattened array) with NumPy's extra
 * {@code mode} for indices outside the axis ({@link ClipMode}).
 *
 * <p>{@code take}, {@code extract} and {@code compress} return <b>copies</b>; {@code put} and
 * {@code place} <b>modify</b> their first argument in place, addressing it by flat C-order
 * position (whatever its memory layout). Index arguments may be NDArrays, Java integer arrays or
 * single integers; value arguments NDArrays or Java data (see {@link Assignment}).
 */
public final class Selection {

    private Selection() {
    }

    /** {@code np.take(a, indices)}: from the flattened array. */
    public static NDArray take(NDArray a, Object indices) {
        return take(a, indices, null, ClipMode.RAISE);
    }

    /** {@code np.take(a, indices, axis)}. */
    public static NDArray take(NDArray a, Object indices, int axis) {
        return take(a, indices, axis, ClipMode.RAISE);
    }

    /**
     * {@code np.take(a, indices, axis, mode)}: {@code a[:, ..., indices, ...]} with the index
     * array at {@code axis} (null: the flattened array). Shape
     * {@code a.shape[:axis] + indices.shape + a.shape[axis+1:]}; a new C-ordered copy.
     *
     * @throws IndexException for RAISE, {@code index 5 is out of bounds for axis 0 with size 3};
     *     {@code cannot do a non-empty take from an empty axes.}
     * @throws dev.strides.ndarray.CastingException for indices that are not integers
     */
    public static NDArray take(NDArray a, Object indices, Integer axis, ClipMode mode) {
        NDArray src = axis == null || a.ndim() == 0 ? Reshape.ravel(a) : a;   // 0-d: as 1-d
        int ax = axis == null ? 0 : AxisException.normalize(axis, src.ndim());
        NDArray idx = integerArray(indices, Casting.Rule.SAME_KIND);
        int n = src.shape(ax);
        if (n == 0 && idx.size() > 0) {
            throw new IndexException("cannot do a non-empty take from an empty axes.");
        }
        if (FastPaths.enabled() && FastPaths.isFlatIntp(idx) && FastPaths.denseFrom(src, ax + 1)) {
            return fastTake(src, ax, idx, mode);
        }
        // tag::take[]
        long[] positions = positions(idx, n, ax, mode);    // checked, in [0, n)
        int[] shape = src.shape();
        int[] outer = Arrays.copyOfRange(shape, 0, ax);
        int[] inner = Arrays.copyOfRange(shape, ax + 1, shape.length);
        long[] innerStrides = Arrays.copyOfRange(src.strides(), ax + 1, shape.length);
        int[] outShape = concat(outer, idx.shape(), inner);
        NDArray out = NDArray.allocate(a.dtype(), outShape, Order.C);
        long block = NDArray.sizeOf(inner) * a.itemsize();
        long[] dense = NDArray.defaultStrides(inner, a.itemsize(), Order.C);
        long[] next = {0};                              // the output is filled in order
        Walk.forEachOffset(outer, src.strides(), src.offset(), start -> {
            for (long k : positions) {
                Walk.forEachPair(inner, innerStrides, start + k * src.strides(ax), dense, next[0],
                        (from, to) -> ElementCopy.copy(src.buffer(), from, out.buffer(), to,
                                a.itemsize()));
                next[0] += block;
            }
        });
        // end::take[]
        return out;
    }

    /**
     * {@code take} when the index is one flat int64 run and the blocks after {@code axis} are
     * gap-free: for each position before the axis, one loop of {@link GatherLoops#gather} over the
     * indices, each copying one block. Same result as the reference path above.
     */
    private static NDArray fastTake(NDArray src, int axis, NDArray idx, ClipMode mode) {
        int[] shape = src.shape();
        int[] outer = Arrays.copyOfRange(shape, 0, axis);
        int[] inner = Arrays.copyOfRange(shape, axis + 1, shape.length);
        NDArray out = NDArray.allocate(src.dtype(), concat(outer, idx.shape(), inner), Order.C);
        GatherLoops.Run index = GatherLoops.Run.of(idx);
        int n = src.shape(axis);
        if (NDArray.sizeOf(outer) == 0 && mode == ClipMode.RAISE) {
            GatherLoops.checkAll(index, idx.size(), n, axis);  // nothing to copy, still checked
        }
        long block = NDArray.sizeOf(inner) * src.itemsize();
        long[] next = {0};                                     // the output is filled in order
        Walk.forEachOffset(outer, src.strides(), src.offset(), start -> {
            GatherLoops.Run rows = new GatherLoops.Run(src.buffer(), start, src.strides(axis));
            GatherLoops.gather(rows, n, axis, index, idx.size(), mode,
                    new GatherLoops.Run(out.buffer(), next[0], block), src.itemsize());
            next[0] += idx.size() * block;
        });
        return out;
    }

    /** The index values in C order, brought into {@code [0, n)} by {@code mode}. */
    private static long[] positions(NDArray idx, long n, int axis, ClipMode mode) {
        long[] out = new long[Math.toIntExact(idx.size())];
        int[] k = {0};
        Walk.forEachOffset(idx.shape(), idx.strides(), idx.offset(), p -> {
            long i = Elements.readLong(idx.buffer(), p, idx.dtype());
            long j = mode == ClipMode.RAISE ? (i < 0 ? i + n : i) : mode.adjust(i, n);
            if (j < 0 || j >= n) {
                throw new IndexException("index " + i + " is out of bounds for axis " + axis
                        + " with size " + n);
            }
            out[k[0]++] = j;
        });
        return out;
    }

    /**
     * {@code np.put(a, indices, values, mode)}:
     * {@code a.flat[indices[i]] = values[i % len(values)]}, modifying {@code a}. Repeated
     * indices: the last write wins. All indices are checked before the first write (NumPy may
     * stop half-way).
     */
    // tag::put[]
    public static void put(NDArray a, Object indices, Object values, ClipMode mode) {
        Assignment.requireWriteable(a);
        NDArray idx = integerArray(indices, Casting.Rule.SAFE);
        if (idx.size() > 0 && a.size() == 0) {
            throw new IndexException("cannot replace elements of an empty array");
        }
        NDArray v = Reshape.ravel(Assignment.asArray(values, a.dtype()));
        if (v.size() == 0) {
            return;
        }
        if (Overlap.mayShareMemory(a, v)) {
            v = v.copy();
        }
        long[] flat = positions(idx, a.size(), 0, mode);
        for (int i = 0; i < flat.length; i++) {
            long from = v.flatByteOffset(i % v.size());
            Elements.convert(v.buffer(), from, v.dtype(),
                    a.buffer(), a.flatByteOffset(flat[i]), a.dtype());
        }
    }
    // end::put[]

    /** {@code np.put(a, indices, values)} with mode RAISE. */
    public static void put(NDArray a, Object indices, Object values) {
        put(a, indices, values, ClipMode.RAISE);
    }

    /**
     * {@code np.place(a, mask, values)}: the elements where {@code mask} is true get
     * {@code values} in order, repeated cyclically — unlike {@code a[mask] = values}, which needs
     * exactly one value per true element or one value. Modifies {@code a}.
     *
     * @throws ShapeException {@code place: mask and data must be the same size}
     * @throws IllegalArgumentException {@code Cannot insert from an empty array!}
     */
    // tag::place[]
    public static void place(NDArray a, Object mask, Object values) {
        Assignment.requireWriteable(a);
        NDArray m = JavaArrays.asarray(mask);
        if (m.size() != a.size()) {
            throw new ShapeException("place: mask and data must be the same size");
        }
        NDArray v = Reshape.ravel(Assignment.asArray(values, a.dtype()));
        NDArray where = NonZero.flatnonzero(m);
        if (v.size() == 0) {
            if (where.size() > 0) {
                throw new IllegalArgumentException("Cannot insert from an empty array!");
            }
            return;
        }
        if (Overlap.mayShareMemory(a, v)) {
            v = v.copy();
        }
        for (int j = 0; j < where.size(); j++) {
            Elements.convert(v.buffer(), v.flatByteOffset(j % v.size()),
                    v.dtype(), a.buffer(), a.flatByteOffset(where.getLong(j)), a.dtype());
        }
    }
    // end::place[]

    /**
     * {@code np.extract(condition, a)}: the elements of {@code a.ravel()} where
     * {@code condition.ravel()} is true, as a new 1-d array — {@code take(ravel(a),
     * flatnonzero(condition))}, so a longer condition fails only if it is true past the end.
     */
    public static NDArray extract(Object condition, NDArray a) {
        return take(Reshape.ravel(a), NonZero.flatnonzero(JavaArrays.asarray(condition)));
    }

    /** {@code np.compress(condition, a)}: along the flattened array. */
    public static NDArray compress(Object condition, NDArray a) {
        return compressAlong(condition, a, null);
    }

    /**
     * {@code np.compress(condition, a, axis)}: the slices along {@code axis} where the 1-d
     * {@code condition} is true; a shorter condition counts as false beyond its end.
     *
     * @throws ShapeException {@code condition must be a 1-d array}
     */
    public static NDArray compress(Object condition, NDArray a, int axis) {
        return compressAlong(condition, a, axis);
    }

    private static NDArray compressAlong(Object condition, NDArray a, Integer axis) {
        NDArray c = JavaArrays.asarray(condition);
        if (c.ndim() != 1) {
            throw new ShapeException("condition must be a 1-d array");
        }
        return take(a, NonZero.flatnonzero(c), axis, ClipMode.RAISE);
    }

    /**
     * Indices as an int64 array. An NDArray is cast under {@code rule} (take: same_kind, put:
     * safe — floats are refused either way); Java data is read as Python ints ({@code 1.0} is 1).
     */
    static NDArray integerArray(Object indices, Casting.Rule rule) {
        if (indices instanceof NDArray idx) {
            Casting.require(idx.dtype(), DType.INT64, rule);
            return idx.dtype().equals(DType.INT64) ? idx : idx.astype(DType.INT64);
        }
        return JavaArrays.array(indices, DType.INT64);
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
