package dev.strides.random;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Walk;

/**
 * Fisher-Yates shuffles: {@code shuffle} (in place), {@code permutation} (a copy) and
 * {@code permuted} (each lane on its own), drawing exactly as NumPy does.
 *
 * <p><b>Fisher-Yates.</b> For {@code i = n-1} down to 1, swap element i with a uniform
 * {@code j} in {@code [0, i]}. Each of the n! orders comes out with probability 1/n!; cost O(n)
 * swaps and n - 1 bounded draws (masked rejection, {@link BoundedIntegers#interval}). A 1-d
 * array swaps single elements byte by byte; an n-d array swaps whole slabs along the axis.
 */
final class Shuffling {

    private Shuffling() {
    }

    // tag::fisher-yates[]
    /** Shuffles the slabs of {@code x} along {@code axis} in place (modifies x). */
    static void shuffle(BitGenerator g, NDArray x, int axis) {
        Slabs.requireWriteable(x, "array");
        int ax = NDArray.normalizeAxis(axis, x.ndim());
        long n = x.shape(ax);
        if (x.ndim() == 1) {
            for (long i = n - 1; i >= 1; i--) {
                long j = BoundedIntegers.interval(g, i);
                Slabs.swapElements(x, i, j);             // even when i == j, as NumPy
            }
            return;
        }
        if (x.size() == 0) {
            return;
        }
        for (long i = n - 1; i >= 1; i--) {
            long j = BoundedIntegers.interval(g, i);
            if (i != j) {
                Slabs.swapSlabs(x, ax, i, j);
            }
        }
    }
    // end::fisher-yates[]

    /** {@code permutation(n)}: {@code arange(n)} shuffled, int64. */
    static NDArray permutation(BitGenerator g, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        long[] values = new long[Math.toIntExact(n)];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        NDArray a = Slabs.int64(values, values.length);
        shuffle(g, a, 0);
        return a;
    }

    /**
     * {@code permutation(x, axis)}: a shuffled <b>copy</b>. A 1-d array is copied and shuffled;
     * an n-d array gathers its slabs in the order of a shuffled {@code arange}.
     */
    static NDArray permutation(BitGenerator g, NDArray x, int axis) {
        int ax = NDArray.normalizeAxis(axis, x.ndim());
        if (x.ndim() == 1) {
            NDArray copy = x.copy();
            shuffle(g, copy, 0);
            return copy;
        }
        NDArray idx = permutation(g, x.shape(ax));
        long[] order = new long[(int) idx.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = idx.getLong(i);
        }
        return Slabs.take(x, ax, order, new int[] {order.length});
    }

    /**
     * {@code permuted(x, axis, out)}: a copy of x (or {@code out}) in which every 1-d lane along
     * {@code axis} is shuffled independently; {@code axis == null} shuffles all elements as one
     * lane, in the memory order of the copy.
     */
    static NDArray permuted(BitGenerator g, NDArray x, Integer axis, NDArray out) {
        NDArray y;
        if (out == null) {
            y = x.copy(Order.K);
        } else {
            Slabs.requireWriteable(out, "out");
            if (!java.util.Arrays.equals(out.shape(), x.shape())) {
                throw new IllegalArgumentException("out must have the same shape as x");
            }
            Slabs.copyInto(x, out);
            y = out;
        }
        if (axis == null) {
            shuffleFlat(g, y);
            return y;
        }
        // tag::permuted[]
        int ax = NDArray.normalizeAxis(axis, y.ndim());
        int[] shape = y.shape();
        long[] strides = y.strides();
        shape[ax] = 1;                                   // iterate all lanes, C order
        int lanes = y.shape(ax);
        Walk.forEachOffset(shape, strides, y.offset(), start -> {
            NDArray lane = y.stridedView(new int[] {lanes}, new long[] {strides[ax]}, start);
            for (long i = lanes - 1; i >= 0; i--) {      // NumPy runs down to i = 0 here
                Slabs.swapElements(lane, i, BoundedIntegers.interval(g, i));
            }
        });
        // end::permuted[]
        return y;
    }

    /**
     * All elements as one lane. A C- or F-contiguous array is shuffled through a 1-d view of its
     * block in memory order (NumPy's {@code ravel(order='A')}); any other layout goes through a
     * C-ordered copy that is written back.
     */
    private static void shuffleFlat(BitGenerator g, NDArray y) {
        if (y.ndim() <= 1) {
            if (y.ndim() == 1) {
                shuffle(g, y, 0);
            }
            return;
        }
        boolean contiguous = y.flags().contiguous();
        NDArray work = contiguous ? y : y.copy(Order.C);
        long n = work.size();
        NDArray flat = work.stridedView(new int[] {(int) n},
                new long[] {work.itemsize()}, work.offset());   // ravel(order='A'): a view
        shuffle(g, flat, 0);
        if (!contiguous) {
            Slabs.copyInto(work, y);
        }
    }
}
