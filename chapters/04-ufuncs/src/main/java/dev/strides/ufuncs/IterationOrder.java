package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * The order in which a ufunc walks its operands and lays out the arrays it allocates: NumPy's
 * {@code order='K'}, computed as NumPy's iterator computes it
 * ({@code npyiter_find_best_axis_ordering}).
 *
 * <p>The axes are sorted by the size of their strides, smallest innermost, with a stable
 * insertion sort that compares two axes only on operands where both strides are non-zero (a
 * zero stride — a broadcast axis — says nothing about memory order). When operands disagree,
 * C order wins. So {@code exp(a.T)} walks {@code a}'s memory in order and returns an
 * F-ordered result, exactly as NumPy's {@code np.exp(a.T).strides} shows, and a reduction of an
 * F-ordered array adds its columns in memory order.
 */
final class IterationOrder {

    private IterationOrder() {
    }

    /**
     * The axes from outermost to innermost. {@code strides[op][axis]} are the operands'
     * broadcast strides (0 on stretched axes; pass none for outputs still to be allocated).
     */
    static int[] bestAxisOrder(int ndim, long[][] strides) {
        int[] perm = new int[ndim];                    // perm[0] = innermost, as NumPy keeps it
        for (int i = 0; i < ndim; i++) {
            perm[i] = ndim - 1 - i;                    // start from C order, reversed
        }
        for (int i0 = 1; i0 < ndim; i0++) {
            int axis = perm[i0];
            int insertAt = i0;
            // tag::best-order[]
            for (int i1 = i0 - 1; i1 >= 0; i1--) {
                boolean ambiguous = true;
                boolean swap = false;
                for (long[] s : strides) {
                    long s0 = s[axis];
                    long s1 = s[perm[i1]];
                    if (s0 != 0 && s1 != 0) {
                        if (Math.abs(s1) <= Math.abs(s0)) {
                            swap = false;              // conflicts resolve to C order
                        } else if (ambiguous) {
                            swap = true;
                        }
                        ambiguous = false;
                    }
                }
                if (!ambiguous) {
                    if (!swap) {
                        break;
                    }
                    insertAt = i1;
                }
            }
            // end::best-order[]
            System.arraycopy(perm, insertAt, perm, insertAt + 1, i0 - insertAt);
            perm[insertAt] = axis;
        }
        int[] outerFirst = new int[ndim];
        for (int i = 0; i < ndim; i++) {
            outerFirst[i] = perm[ndim - 1 - i];
        }
        return outerFirst;
    }

    /** True when {@code order} is 0, 1, ..., n-1 (nothing to permute). */
    static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** A new array of {@code shape} whose memory is dense in {@code order} (outermost first). */
    static NDArray allocate(DType dtype, int[] shape, int[] order) {
        long[] strides = new long[shape.length];
        long step = dtype.itemsize();
        for (int i = order.length - 1; i >= 0; i--) {
            strides[order[i]] = step;
            step *= Math.max(shape[order[i]], 1);
        }
        if (NDArray.sizeOf(shape) == 0) {
            java.util.Arrays.fill(strides, 0);         // NumPy 2: empty arrays have zero strides
        }
        return NDArray.allocateLayout(dtype, shape, strides);
    }

    /**
     * A view of {@code a} (with {@code strides} over the full shape) with its axes in {@code
     * order}.
     */
    static NDArray permuted(NDArray a, int[] shape, long[] strides, int[] order) {
        int[] s = new int[order.length];
        long[] st = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            s[i] = shape[order[i]];
            st[i] = strides[order[i]];
        }
        return a.stridedView(s, st, a.offset());
    }
}
