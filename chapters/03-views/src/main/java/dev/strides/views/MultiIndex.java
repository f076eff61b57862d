package dev.strides.views;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;
import dev.strides.ndarray.ShapeException;
import dev.strides.ndarray.Walk;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Converting between flat positions and multi-indices: {@code np.unravel_index},
 * {@code np.ravel_multi_index}, and the grids of {@code np.indices}.
 *
 * <p>For a shape {@code (d0, d1, ..., dn)} read in C order, the flat position of
 * {@code (i0, ..., in)} is {@code Σ ik * (d(k+1) * ... * dn)} — the element strides of a
 * C-contiguous array; in F order the products run the other way. Unravelling inverts it with
 * repeated division: the last index is {@code flat % dn}, then {@code flat /= dn}, and so on.
 * These are the formulas behind chapter 01's {@code NDArray.flatByteOffset}.
 */
public final class MultiIndex {

    private static final ValueLayout.OfLong INTP = ValueLayout.JAVA_LONG_UNALIGNED;

    private MultiIndex() {
    }

    // tag::unravel[]
    /**
     * {@code np.unravel_index(index, shape, order)} for one position: its multi-index.
     *
     * @throws IllegalArgumentException {@code index 12 is out of bounds for array with size 12}
     */
    public static long[] unravelIndex(long index, int[] shape, Order order) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index
                    + " is out of bounds for array with size " + size);
        }
        long[] out = new long[shape.length];
        long rest = index;
        for (int j = 0; j < shape.length; j++) {
            int k = order == Order.F ? j : shape.length - 1 - j;   // fastest axis first
            out[k] = rest % shape[k];
            rest /= shape[k];
        }
        return out;
    }
    // end::unravel[]

    /** {@code np.unravel_index(index, shape)}: C order. */
    public static long[] unravelIndex(long index, int... shape) {
        return unravelIndex(index, shape, Order.C);
    }

    /**
     * {@code np.unravel_index(indices, shape, order)}: one int64 array per axis, each of the
     * indices' shape. As in NumPy they are views of one array whose last axis runs over the axes.
     *
     * @throws dev.strides.ndarray.DTypeException {@code only int indices permitted}
     */
    public static NDArray[] unravelIndex(NDArray indices, int[] shape, Order order) {
        requireIntegers(indices);
        int n = shape.length;
        if (n == 0) {                                  // np.unravel_index(0, ()) is ()
            Walk.forEachOffset(indices.shape(), indices.strides(), indices.offset(), p ->
                    unravelIndex(Elements.readLong(indices.buffer(), p, indices.dtype()), shape,
                            order));
            if (indices.ndim() != 0) {
                throw new IllegalArgumentException(
                        "multiple indices are not supported for 0d arrays");
            }
            return new NDArray[0];
        }
        int[] outShape = java.util.Arrays.copyOf(indices.shape(), indices.ndim() + 1);
        outShape[indices.ndim()] = n;
        NDArray table = NDArray.allocateLayout(DType.INT64, outShape,
                keptStrides(indices, n));
        NDArray positions = table.stridedView(indices.shape(),
                java.util.Arrays.copyOf(table.strides(), indices.ndim()), 0);
        MemorySegment out = table.buffer();
        MultiIterator.of(indices, positions).forEachElement(at -> {
            long[] multi = unravelIndex(Elements.readLong(indices.buffer(), at[0], indices.dtype()),
                    shape, order);
            for (int k = 0; k < n; k++) {
                out.set(INTP, at[1] + (long) k * Long.BYTES, multi[k]);
            }
        });
        NDArray[] result = new NDArray[n];
        long[] st = table.strides();
        for (int k = 0; k < n; k++) {
            result[k] = table.stridedView(indices.shape(),
                    java.util.Arrays.copyOf(st, indices.ndim()), (long) k * Long.BYTES);
        }
        return result;
    }

    /**
     * Dense strides for {@code (indices.shape..., n)}: the last axis innermost, the others in the
     * indices' memory order (K), as NumPy's iterator allocates it — non-zero even when empty.
     */
    private static long[] keptStrides(NDArray indices, int n) {
        int nd = indices.ndim();
        long[] strides = new long[nd + 1];
        strides[nd] = Long.BYTES;
        long step = (long) Long.BYTES * n;
        for (int axis : ResultLayout.iteratorOrder(indices.shape(), new NDArray[] {indices})) {
            strides[axis] = step;
            step *= Math.max(indices.shape(axis), 1);
        }
        return strides;
    }

    /**
     * {@code np.ravel_multi_index(multi_index, dims, mode, order)}: the flat position of each
     * multi-index, the coordinate arrays broadcast together, with one mode per axis.
     *
     * @throws IllegalArgumentException {@code invalid entry in coordinates array} (mode RAISE),
     *     {@code parameter multi_index must be a sequence of length 2}, {@code only 'C' or 'F'
     *     order is permitted}, {@code cannot unravel if shape has zero entries (is empty).}
     */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, ClipMode[] modes,
                                          Order order) {
        int n = dims.length;
        if (modes.length != n) {
            throw new IllegalArgumentException("list of clipmodes has wrong length ("
                    + modes.length + " instead of " + n + ")");
        }
        ClipMode[] perAxis = modes.clone();
        if (order != Order.C && order != Order.F) {
            throw new IllegalArgumentException("only 'C' or 'F' order is permitted");
        }
        long[] weights = weights(dims, order);
        if (multiIndex.length != n) {
            throw new IllegalArgumentException("parameter multi_index must be a sequence of length "
                    + n);
        }
        NDArray[] coords = new NDArray[n + 1];
        for (int k = 0; k < n; k++) {
            coords[k] = requireIntegers(JavaArrays.asarray(multiIndex[k]));
        }
        int[] shape = MultiIterator.of(java.util.Arrays.copyOf(coords, n)).shape();  // broadcast
        NDArray out = NDArray.allocateLayout(DType.INT64, shape, resultStrides(shape, coords));
        coords[n] = out;
        if (out.size() != 0) {
            for (int d : dims) {
                if (d == 0) {
                    throw new IllegalArgumentException(
                            "cannot unravel if shape has zero entries (is empty).");
                }
            }
        }
        // tag::ravel-multi-index[]
        MultiIterator.of(shape, coords).forEachElement(at -> {
            long flat = 0;
            for (int k = 0; k < n; k++) {
                long j = Elements.readLong(coords[k].buffer(), at[k], coords[k].dtype());
                if (perAxis[k] == ClipMode.RAISE && (j < 0 || j >= dims[k])) {
                    throw new IllegalArgumentException("invalid entry in coordinates array");
                }
                long i = perAxis[k].adjust(j, dims[k]);
                flat += i * weights[k];
            }
            out.buffer().set(INTP, at[n], flat);
        });
        // end::ravel-multi-index[]
        return out;
    }

    /** {@code np.ravel_multi_index(multi_index, dims, mode, order)}: one mode for every axis. */
    public static NDArray ravelMultiIndex(Object[] multiIndex, int[] dims, ClipMode mode,
                                          Order order) {
        ClipMode[] modes = new ClipMode[dims.length];
        java.util.Arrays.fill(modes, mode);
        return ravelMultiIndex(multiIndex, dims, modes, order);
    }

    /** {@code np.ravel_multi_index(multi_index, dims)} for one multi-index: mode RAISE, C order. */
    public static long ravelMultiIndex(long[] multiIndex, int... dims) {
        Object[] coords = new Object[multiIndex.length];
        for (int k = 0; k < coords.length; k++) {
            coords[k] = multiIndex[k];
        }
        return ravelMultiIndex(coords, dims, ClipMode.RAISE, Order.C).getLong();
    }

    /** The weight of each coordinate: C-contiguous element strides (or F). */
    private static long[] weights(int[] dims, Order order) {
        long[] w = new long[dims.length];
        long s = 1;
        for (int j = 0; j < dims.length; j++) {
            int k = order == Order.F ? j : dims.length - 1 - j;
            w[k] = s;
            try {
                s = Math.multiplyExact(s, dims[k]);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("invalid dims: array size defined by dims is"
                        + " larger than the maximum possible size.");
            }
        }
        return w;
    }

    private static long[] resultStrides(int[] shape, NDArray[] coords) {
        long[] strides = new long[shape.length];
        if (NDArray.sizeOf(shape) == 0) {
            return strides;
        }
        long step = Long.BYTES;
        NDArray[] inputs = java.util.Arrays.copyOf(coords, coords.length - 1);
        for (int axis : ResultLayout.iteratorOrder(shape, inputs)) {
            strides[axis] = step;
            step *= shape[axis];
        }
        return strides;
    }

    private static NDArray requireIntegers(NDArray a) {
        if (!a.dtype().isInteger()) {
            throw new dev.strides.ndarray.DTypeException("only int indices permitted");
        }
        return a;
    }

    // tag::indices[]
    /**
     * {@code np.indices(dimensions, dtype)}: a {@code (len(dimensions), *dimensions)} array whose
     * {@code k}-th slice holds, at every position, that position's index along axis {@code k}.
     */
    public static NDArray indices(int[] dimensions, DType dtype) {
        int n = dimensions.length;
        int[] shape = new int[n + 1];
        shape[0] = n;
        System.arraycopy(dimensions, 0, shape, 1, n);
        NDArray grid = NDArray.allocate(dtype, shape, Order.C);
        NDArray[] rows = indicesSparse(dimensions, dtype);
        for (int k = 0; k < n; k++) {
            Assignment.assign(Indexing.get(grid, new Index.Int(k)), rows[k]);   // broadcast copy
        }
        return grid;
    }
    // end::indices[]

    /**
     * {@code np.indices(dimensions, dtype, sparse=True)}: one array per axis, of length
     * {@code dimensions[k]} along axis {@code k} and 1 elsewhere — they broadcast against each
     * other to the dense grid without storing it.
     */
    public static NDArray[] indicesSparse(int[] dimensions, DType dtype) {
        int n = dimensions.length;
        NDArray[] out = new NDArray[n];
        for (int k = 0; k < n; k++) {
            int[] shape = new int[n];
            java.util.Arrays.fill(shape, 1);
            shape[k] = dimensions[k];
            if (dimensions[k] < 0) {
                throw new ShapeException("negative dimensions are not allowed");
            }
            out[k] = Reshape.reshape(Ranges.arange(0L, dimensions[k], 1L, dtype), shape);
        }
        return out;
    }
}
