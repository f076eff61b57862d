package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Walk;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Where an array is non-zero: {@code np.nonzero}, {@code np.argwhere}, {@code np.flatnonzero}.
 * An element counts when it is "truthy": non-zero, NaN included ({@code bool(nan)} is true), a
 * complex number when either part is non-zero.
 *
 * <p>All three walk the array twice in C order — once to count, once to write — so the result
 * is allocated once at its exact size. Cost: O(size) time, O(count × ndim) memory. A boolean
 * mask index {@code a[mask]} is {@code a[np.nonzero(mask)]}: this class is how masks become
 * integer indices.
 *
 * <p>A boolean array that is one flat run (1-d, or C-contiguous: {@link FastPaths}) is counted
 * eight bytes at a time and its positions listed by a branch-free loop of {@link GatherLoops};
 * every other array takes the walks below, the reference the tests compare with.
 */
public final class NonZero {

    private static final ValueLayout.OfLong INTP = ValueLayout.JAVA_LONG_UNALIGNED;

    private NonZero() {
    }

    /** Number of truthy elements: {@code np.count_nonzero(a)}. */
    public static long countNonzero(NDArray a) {
        if (FastPaths.enabled() && FastPaths.isFlatMask(a)) {
            return GatherLoops.countTrue(GatherLoops.Run.of(a), a.size());
        }
        long[] count = {0};
        MemorySegment buf = a.buffer();
        DType t = a.dtype();
        if (t.isBool()) {                              // a mask: test the byte itself
            Walk.forEachOffset(a.shape(), a.strides(), a.offset(),
                    p -> count[0] += buf.get(ValueLayout.JAVA_BYTE, p) != 0 ? 1 : 0);
            return count[0];
        }
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p -> {
            if (Elements.readBoolean(buf, p, t)) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * {@code np.nonzero(a)}: one int64 array per axis; together they list the multi-indices of
     * the truthy elements in C order, so {@code a[nonzero(a)]} gathers them. As in NumPy the
     * arrays are columns of one {@code (count, ndim)} buffer (stride {@code ndim*8} bytes).
     *
     * @throws IllegalArgumentException for a 0-d array, as NumPy 2 refuses it
     */
    public static NDArray[] nonzero(NDArray a) {
        int ndim = a.ndim();
        if (ndim == 0) {
            throw new IllegalArgumentException("Calling nonzero on 0d arrays is not allowed. Use"
                    + " np.atleast_1d(scalar).nonzero() instead." + (a.dtype().isBool()
                    ? " If the context of this error is of the form `arr[nonzero(cond)]`, just use"
                    + " `arr[cond]`." : ""));
        }
        if (ndim == 1 && FastPaths.enabled() && FastPaths.isFlatMask(a)) {
            return new NDArray[] {flatnonzero(a)};     // a 1-d mask: its positions are the answer
        }
        // tag::nonzero[]
        int count = Math.toIntExact(countNonzero(a));  // pass 1: the size
        NDArray table = intp(count * ndim);
        MemorySegment out = table.buffer();
        int[] row = {0};
        forEachTruthy(a, index -> {                    // pass 2: the multi-indices
            long at = (long) row[0]++ * ndim * Long.BYTES;
            for (int k = 0; k < ndim; k++) {
                out.set(INTP, at + (long) k * Long.BYTES, index[k]);   // row-major (count, ndim)
            }
        });
        NDArray[] columns = new NDArray[ndim];
        for (int k = 0; k < ndim; k++) {
            columns[k] = ndim == 1 ? table
                    : table.stridedView(new int[] {count}, new long[] {(long) ndim * Long.BYTES},
                            (long) k * Long.BYTES);
        }
        return columns;
        // end::nonzero[]
    }

    /** A new 1-d int64 array; stride 8 even when empty, as NumPy allocates index arrays. */
    private static NDArray intp(int n) {
        return NDArray.allocateLayout(DType.INT64, new int[] {n}, new long[] {Long.BYTES});
    }

    /** Receives the multi-index of an element (a shared array: read, don't keep). */
    @FunctionalInterface
    interface IndexConsumer {
        void accept(int[] index);
    }

    /** Calls {@code action} with the multi-index of every truthy element, in C order. */
    static void forEachTruthy(NDArray a, IndexConsumer action) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        if (a.size() == 0) {
            return;
        }
        MemorySegment buf = a.buffer();
        DType t = a.dtype();
        int n = shape.length;
        int[] index = new int[n];
        long p = a.offset();
        boolean bytes = t.isBool();                    // a mask: one byte per element
        while (true) {                                 // the odometer of chapter 01's Walk
            if (bytes ? buf.get(ValueLayout.JAVA_BYTE, p) != 0 : Elements.readBoolean(buf, p, t)) {
                action.accept(index);
            }
            int k = n - 1;
            for (; k >= 0; k--) {
                p += strides[k];
                if (++index[k] < shape[k]) {
                    break;
                }
                p -= (long) shape[k] * strides[k];
                index[k] = 0;
            }
            if (k < 0) {
                return;
            }
        }
    }

    /**
     * {@code np.argwhere(a)}: the multi-indices of the truthy elements as the rows of a
     * {@code (count, ndim)} int64 array. As in NumPy this is the transpose of the stacked
     * {@link #nonzero} arrays: a transposed view of a fresh {@code (ndim, count)} array. A 0-d
     * array gives shape {@code (1, 0)} or {@code (0, 0)}.
     */
    public static NDArray argwhere(NDArray a) {
        if (a.ndim() == 0) {
            NDArray rows = argwhere(a.stridedView(new int[] {1}, new long[] {0}, a.offset()));
            return rows.stridedView(new int[] {rows.shape(0), 0}, rows.strides(), rows.offset());
        }
        NDArray[] columns = nonzero(a);
        int ndim = a.ndim();
        int count = columns[0].shape(0);
        NDArray stacked = NDArray.allocate(DType.INT64, new int[] {ndim, count}, Order.C);
        for (int k = 0; k < ndim; k++) {
            for (int i = 0; i < count; i++) {
                stacked.setLong(columns[k].getLong(i), k, i);
            }
        }
        long[] st = stacked.strides();
        return stacked.stridedView(new int[] {count, ndim}, new long[] {st[1], st[0]}, 0);
    }

    /**
     * {@code np.flatnonzero(a)}: the positions of the truthy elements in {@code a.ravel()}, i.e.
     * their C-order flat indices, as int64.
     */
    public static NDArray flatnonzero(NDArray a) {
        int count = Math.toIntExact(countNonzero(a));
        NDArray out = intp(count);
        if (FastPaths.enabled() && FastPaths.isFlatMask(a)) {
            GatherLoops.truePositions(GatherLoops.Run.of(a), a.size(), out.buffer(), count);
            return out;
        }
        MemorySegment buf = out.buffer();
        int[] shape = a.shape();
        int[] next = {0};
        forEachTruthy(a, index -> {
            long flat = 0;
            for (int k = 0; k < index.length; k++) {
                flat = flat * shape[k] + index[k];
            }
            buf.set(INTP, (long) next[0]++ * Long.BYTES, flat);
        });
        return out;
    }
}
