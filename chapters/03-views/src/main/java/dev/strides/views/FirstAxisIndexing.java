package dev.strides.views;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;

/**
 * The fast path for the most common integer-array index: one int64 array {@code idx} on the
 * first axis, nothing or only full slices after it — {@code x[idx]}, {@code a[idx]},
 * {@code a[idx, :]} — and the assignments {@code x[idx] = y}, {@code a[idx] = 0}.
 *
 * <p>Then each index names one <b>row</b> of {@code a}: the block {@code a[i]}, which sits at
 * byte {@code offset + i*strides[0]}. When the rows are gap-free and C-ordered
 * ({@link FastPaths#denseFrom}) and {@code idx} is one flat run, the result of shape
 * {@code idx.shape + a.shape[1:]} is a C-ordered array of rows, filled by one loop over the
 * indices ({@link GatherLoops#gather}) — no plan, no int64 copy of the index, no iterator. Every
 * other index takes the reference path of {@link AdvancedIndexing}; the tests compare the two.
 *
 * <p>Cost: O(len(idx)) index checks and row copies; a row longer than one element moves in one
 * {@code MemorySegment.copy}.
 */
final class FirstAxisIndexing {

    private FirstAxisIndexing() {
    }

    /**
     * The index array when {@code index} over {@code a} is the fast case (see the class comment),
     * else null. Null also while the fast paths are switched off ({@link FastPaths}).
     */
    static NDArray indexOf(NDArray a, PreparedIndex index) {
        if (!FastPaths.enabled() || index.parts.isEmpty()) {
            return null;
        }
        PreparedIndex.Part first = index.parts.getFirst();
        if (first.kind() != PreparedIndex.Kind.FANCY || !FastPaths.isFlatIntp(first.array())) {
            return null;
        }
        int axis = 1;
        for (PreparedIndex.Part p : index.parts.subList(1, index.parts.size())) {
            switch (p.kind()) {
                case ELLIPSIS -> axis += (int) p.value();
                case SLICE -> {                        // only a slice that keeps the whole axis
                    Index.Range r = p.slice().indices(a.shape(axis));
                    if (r.start() != 0 || r.step() != 1 || r.count() != a.shape(axis)) {
                        return null;
                    }
                    axis++;
                }
                default -> {
                    return null;
                }
            }
        }
        return FastPaths.denseFrom(a, 1) ? first.array() : null;
    }

    /** {@code idx.shape + a.shape[1:]}: the shape of {@code a[idx]}. */
    static int[] resultShape(NDArray a, NDArray idx) {
        int[] shape = Arrays.copyOf(idx.shape(), idx.ndim() + a.ndim() - 1);
        System.arraycopy(a.shape(), 1, shape, idx.ndim(), a.ndim() - 1);
        return shape;
    }

    /** Bytes per row: the size of {@code a[0]} times the itemsize. */
    private static long rowBytes(NDArray a) {
        return NDArray.sizeOf(Arrays.copyOfRange(a.shape(), 1, a.ndim())) * a.itemsize();
    }

    /** The rows as a run: row {@code i} at {@code offset + i*strides[0]}. */
    private static GatherLoops.Run rows(NDArray a) {
        return new GatherLoops.Run(a.buffer(), a.offset(), a.strides(0));
    }

    // tag::first-axis-get[]
    /** {@code a[idx]}: a new C-ordered array of the rows {@code idx} names. */
    static NDArray get(NDArray a, NDArray idx) {
        NDArray out = NDArray.allocate(a.dtype(), resultShape(a, idx), Order.C);
        GatherLoops.Run blocks = new GatherLoops.Run(out.buffer(), 0, rowBytes(a));
        GatherLoops.gather(rows(a), a.shape(0), 0, GatherLoops.Run.of(idx), idx.size(),
                ClipMode.RAISE, blocks, a.itemsize());
        return out;
    }
    // end::first-axis-get[]

    /** Refuses the first index outside the first axis, before anything is written. */
    static void checkAll(NDArray a, NDArray idx) {
        GatherLoops.checkAll(GatherLoops.Run.of(idx), idx.size(), a.shape(0), 0);
    }

    /**
     * {@code a[idx] = value}, {@code value} already broadcast to {@link #resultShape} and the
     * indices checked ({@link #checkAll}). Handles a value of {@code a}'s dtype whose rows are
     * one flat run (a C-contiguous value, a 1-d index, or the same row for every index) and
     * whose row is gap-free or one repeated element; returns false, writing nothing, for any
     * other value.
     */
    static boolean scatter(NDArray a, NDArray idx, NDArray value) {
        if (!value.dtype().equals(a.dtype())) {
            return false;
        }
        int nb = idx.ndim();
        int item = a.itemsize();
        long row = rowBytes(a);
        long[] st = value.strides();
        boolean spread = row > item && allZero(st, nb, st.length);    // one value for a row
        if (row > item && !spread && !FastPaths.denseFrom(value, nb)) {
            return false;
        }
        long step;                                     // bytes from one value row to the next
        if (nb == 1) {
            step = st[0];
        } else if (allZero(st, 0, nb)) {
            step = 0;
        } else if (value.flags().cContiguous()) {
            step = row;
        } else {
            return false;
        }
        GatherLoops.scatter(rows(a), a.shape(0), GatherLoops.Run.of(idx), idx.size(),
                new GatherLoops.Run(value.buffer(), value.offset(), step), spread, row, item);
        return true;
    }

    private static boolean allZero(long[] strides, int from, int to) {
        for (int k = from; k < to; k++) {
            if (strides[k] != 0) {
                return false;
            }
        }
        return true;
    }
}
