package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The memory layout NumPy gives the result of an advanced index — strides are visible, so
 * Strides reproduces them. The result is first allocated in the order {@code B + S} (index axes,
 * then subspace axes), dense, and owning its buffer:
 *
 * <ul>
 *   <li>the subspace axes are innermost, in the order of the subspace's own strides (largest
 *       |stride| outermost, ties in C order) — a transposed subspace stays transposed;</li>
 *   <li>the index axes are outermost, in C order — except when the subspace has one element
 *       (or there is none), where they follow the index arrays' own memory order as NumPy's
 *       iterator sorts it (an F-ordered index array gives an F-ordered result);</li>
 *   <li>{@code x[idx]} with one contiguous int64 array {@code idx} over a 1-d {@code x} (NumPy's
 *       fast path) is laid out in C order, or F order when {@code idx} is F-ordered only.</li>
 * </ul>
 *
 * <p>Then, if the index parts were adjacent, {@link #putAxesBack} returns a transposed <b>view</b>
 * with the index axes where the parts stood.
 */
final class ResultLayout {

    private ResultLayout() {
    }

    /** A new, zero-filled array of shape {@code B + S} with NumPy's strides for it. */
    static NDArray allocate(DType dtype, AdvancedIndexing.Plan plan) {
        int[] b = plan.broadcastShape();
        NDArray subspace = plan.subspace();
        int[] s = subspace.shape();
        int[] shape = new int[b.length + s.length];
        System.arraycopy(b, 0, shape, 0, b.length);
        System.arraycopy(s, 0, shape, b.length, s.length);
        if (NDArray.sizeOf(shape) == 0) {
            return NDArray.allocate(dtype, shape, Order.C);     // empty: all strides 0
        }
        if (plan.singleIndex()) {                               // NumPy's fast path for x[idx]
            NDArray idx = plan.layouts()[0];
            boolean trivial = idx.dtype().equals(DType.INT64) && idx.flags().aligned()
                    && (idx.ndim() <= 1 || idx.flags().contiguous());
            if (trivial) {
                return NDArray.allocate(dtype, shape, Reshape.isFortran(idx) ? Order.F : Order.C);
            }
        }
        long[] strides = new long[shape.length];
        long step = dtype.itemsize();
        for (int axis : keptOrder(s, subspace.strides())) {     // innermost first
            strides[b.length + axis] = step;
            step *= s[axis];
        }
        int[] order = subspace.size() == 1
                ? iteratorOrder(b, plan.layouts()) : reversedRange(b.length);
        for (int axis : order) {
            strides[axis] = step;
            step *= b[axis];
        }
        return NDArray.allocateLayout(dtype, shape, strides);
    }

    /**
     * The result as the user sees it: when the index parts were adjacent and not first, a
     * transposed view that moves the index axes to {@code insertionPoint}; else {@code out}.
     */
    static NDArray putAxesBack(NDArray out, AdvancedIndexing.Plan plan) {
        if (plan.insertionPoint() == 0) {
            return out;
        }
        int[] order = plan.internalOrder();
        long[] internal = out.strides();
        long[] strides = new long[internal.length];
        for (int k = 0; k < order.length; k++) {
            strides[order[k]] = internal[k];
        }
        return out.stridedView(plan.resultShape(), strides, out.offset());
    }

    // tag::kept-order[]
    /**
     * Axes from fastest to slowest by |stride|, as NumPy's {@code PyArray_CreateSortedStridePerm}:
     * a stable sort, so equal strides (length-1 axes, newaxis) keep C order.
     */
    static int[] keptOrder(int[] shape, long[] strides) {
        Integer[] axes = new Integer[shape.length];
        for (int k = 0; k < axes.length; k++) {
            axes[k] = k;
        }
        Arrays.sort(axes, Comparator.comparingLong((Integer k) -> Math.abs(strides[k])).reversed());
        int[] innermostFirst = new int[axes.length];
        for (int k = 0; k < axes.length; k++) {
            innermostFirst[k] = axes[axes.length - 1 - k];
        }
        return innermostFirst;
    }
    // end::kept-order[]

    private static int[] reversedRange(int n) {
        int[] r = new int[n];
        for (int k = 0; k < n; k++) {
            r[k] = n - 1 - k;
        }
        return r;
    }

    /**
     * The axis order NumPy's iterator picks for operands broadcast to {@code shape} (its "K"
     * order), fastest axis first: start from C order reversed and insertion-sort by |stride|,
     * comparing two axes only on operands where both strides are non-zero; any operand that
     * prefers the current order wins (C order wins conflicts).
     */
    // tag::iterator-order[]
    static int[] iteratorOrder(int[] shape, NDArray[] operands) {
        int n = shape.length;
        long[][] st = new long[operands.length][];
        for (int op = 0; op < operands.length; op++) {
            st[op] = broadcastStrides(operands[op], n);
        }
        int[] perm = reversedRange(n);
        for (int i0 = 1; i0 < n; i0++) {
            int pos = i0;
            int a0 = perm[i0];
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                int decided = compare(st, a0, perm[i1]);      // 1 swap, 0 keep, -1 no opinion
                if (decided == 0) {
                    break;
                } else if (decided == 1) {
                    pos = i1;
                }
            }
            System.arraycopy(perm, pos, perm, pos + 1, i0 - pos);
            perm[pos] = a0;
        }
        return perm;
    }
    // end::iterator-order[]

    private static int compare(long[][] strides, int a0, int a1) {
        int decided = -1;
        for (long[] s : strides) {
            if (s[a0] != 0 && s[a1] != 0) {
                if (Math.abs(s[a1]) <= Math.abs(s[a0])) {
                    return 0;                                  // this operand keeps the order
                }
                decided = 1;
            }
        }
        return decided;
    }

    /** Strides over a broadcast shape of {@code n} axes: 0 on new and length-1 axes. */
    private static long[] broadcastStrides(NDArray op, int n) {
        int[] shape = op.shape();
        long[] strides = op.strides();
        long[] out = new long[n];
        int lead = n - shape.length;
        for (int k = 0; k < shape.length; k++) {
            out[lead + k] = shape[k] == 1 ? 0 : strides[k];
        }
        return out;
    }
}
