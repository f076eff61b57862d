package dev.strides.views;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;
import dev.strides.ndarray.Walk;

import java.util.Arrays;

/**
 * {@code reshape}, {@code ravel} and {@code flatten}: the same elements under a new shape, read
 * in C (row-major) or F (column-major) order.
 *
 * <p><b>View or copy.</b> {@code reshape} returns a <b>view</b> whenever new strides can
 * describe the new shape over the same bytes — always for a contiguous array, and often for
 * strided ones (NumPy's {@code _attempt_nocopy_reshape}, {@link #noCopyStrides}); otherwise it
 * copies the elements once (O(size)) and views the copy. {@code ravel} is a {@code reshape(-1)}
 * that only tries the contiguous cases (so {@code x[::2].ravel()} copies although
 * {@code x[::2].reshape(-1)} does not); {@code flatten} always copies.
 */
public final class Reshape {

    private Reshape() {
    }

    /** {@code a.reshape(shape)}: C order, one dimension may be -1. */
    public static NDArray reshape(NDArray a, int... shape) {
        return reshape(a, Order.C, shape);
    }

    /**
     * {@code np.reshape(a, shape, order)}: a view when the strides allow it, else a view of a
     * copy. One entry of {@code shape} may be negative: it is inferred from the size.
     *
     * @throws ShapeException {@code cannot reshape array of size 12 into shape (5,)},
     *     {@code can only specify one unknown dimension}
     * @throws IllegalArgumentException {@code order 'K' is not permitted for reshaping}
     */
    // tag::reshape[]
    public static NDArray reshape(NDArray a, Order order, int... shape) {
        if (order == Order.K) {
            throw new IllegalArgumentException("order 'K' is not permitted for reshaping");
        }
        boolean f = order == Order.F || order == Order.A && isFortran(a);
        if (Arrays.equals(shape, a.shape())) {
            return a.stridedView(a.shape(), a.strides(), a.offset());   // nothing to do: a view
        }
        int[] dims = inferUnknown(shape, a.size());
        NDArray source = a;
        boolean contiguous = f ? a.flags().fContiguous() : a.flags().cContiguous();
        if (!contiguous) {
            long[] strides = noCopyStrides(a.shape(), a.strides(), a.itemsize(), dims, f);
            if (strides != null) {
                return a.stridedView(dims, strides, a.offset());      // strided, still a view
            }
            source = a.copy(f ? Order.F : Order.C);                    // the one copy
        }
        return source.stridedView(dims, fillStrides(dims, a.itemsize(), f), source.offset());
    }
    // end::reshape[]

    /** F- and not C-contiguous: NumPy's {@code PyArray_ISFORTRAN}, which order A follows. */
    static boolean isFortran(NDArray a) {
        return a.flags().fContiguous() && !a.flags().cContiguous();
    }

    /**
     * Replaces the one negative entry by what the size leaves for it, and checks the size, with
     * NumPy's messages (any negative number means "unknown", as in NumPy).
     */
    static int[] inferUnknown(int[] shape, long size) {
        int unknown = -1;
        long known = 1;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] < 0) {
                if (unknown >= 0) {
                    throw new ShapeException("can only specify one unknown dimension");
                }
                unknown = k;
            } else {
                try {
                    known = Math.multiplyExact(known, shape[k]);
                } catch (ArithmeticException e) {
                    throw sizeMismatch(shape, size);
                }
            }
        }
        int[] dims = shape.clone();
        if (unknown >= 0) {
            if (known == 0 || size % known != 0) {
                throw sizeMismatch(shape, size);
            }
            dims[unknown] = Math.toIntExact(size / known);
        } else if (known != size) {
            throw sizeMismatch(shape, size);
        }
        return dims;
    }

    /**
     * NumPy's wording, which spells the requested shape as its C code does: no spaces, a leading
     * unknown dimension left out, later ones written {@code newaxis}: {@code (5,)}, {@code (2,5)},
     * {@code (5)} for {@code (-1, 5)}, {@code (0,newaxis)} for {@code (0, -1)}.
     */
    private static ShapeException sizeMismatch(int[] shape, long size) {
        int i = 0;
        while (i < shape.length && shape[i] < 0) {
            i++;
        }
        StringBuilder sb = new StringBuilder("(");
        if (i < shape.length) {
            sb.append(shape[i++]);
            for (; i < shape.length; i++) {
                sb.append(',').append(shape[i] < 0 ? "newaxis" : String.valueOf(shape[i]));
            }
            sb.append(shape.length == 1 ? ",)" : ")");
        } else {
            sb.append(')');
        }
        return new ShapeException("cannot reshape array of size " + size + " into shape " + sb);
    }

    /**
     * Strides that show an array of {@code oldShape}/{@code oldStrides} as {@code newShape}
     * without moving a byte, or null when none exist (NumPy's {@code _attempt_nocopy_reshape}).
     * Length-1 axes are dropped; then old and new axes are matched in groups of equal element
     * count. A group of old axes can be re-split only if it is contiguous within itself (in the
     * reading order): each axis steps exactly over the next one. The new axes of the group then
     * get the strides of a contiguous block starting at the group's innermost stride.
     */
    static long[] noCopyStrides(int[] oldShape, long[] oldStrides, int itemsize, int[] newShape,
                                boolean f) {
        int[] od = new int[oldShape.length];
        long[] os = new long[oldShape.length];
        int on = 0;
        for (int k = 0; k < oldShape.length; k++) {
            if (oldShape[k] != 1) {
                od[on] = oldShape[k];
                os[on++] = oldStrides[k];
            }
        }
        int nn = newShape.length;
        long[] ns = new long[nn];
        int oi = 0;
        int oj = 1;
        int ni = 0;
        int nj = 1;
        // tag::no-copy[]
        while (ni < nn && oi < on) {                   // old axes [oi, oj) = new axes [ni, nj)
            long np = newShape[ni];
            long op = od[oi];
            while (np != op) {                         // grow the smaller side of the group
                if (np < op) {
                    np *= newShape[nj++];
                } else {
                    op *= od[oj++];
                }
            }
            for (int ok = oi; ok < oj - 1; ok++) {     // the old group must be contiguous
                boolean joined = f ? os[ok + 1] == od[ok] * os[ok]
                        : os[ok] == od[ok + 1] * os[ok + 1];
                if (!joined) {
                    return null;                       // no strides exist: reshape copies
                }
            }
            // end::no-copy[]
            if (f) {                                   // strides for the new axes of the group
                ns[ni] = os[oi];
                for (int nk = ni + 1; nk < nj; nk++) {
                    ns[nk] = ns[nk - 1] * newShape[nk - 1];
                }
            } else {
                ns[nj - 1] = os[oj - 1];
                for (int nk = nj - 1; nk > ni; nk--) {
                    ns[nk - 1] = ns[nk] * newShape[nk];
                }
            }
            ni = nj++;
            oi = oj++;
        }
        // trailing length-1 axes of the new shape: the next-fastest stride, as NumPy sets it
        long last = ni >= 1 ? ns[ni - 1] : itemsize;
        if (f && ni >= 1) {
            last *= newShape[ni - 1];
        }
        for (int nk = ni; nk < nn; nk++) {
            ns[nk] = last;
        }
        return ns;
    }

    /**
     * Strides of a contiguous array of {@code shape} (NumPy's {@code _array_fill_strides}): like
     * chapter 01's fresh-array strides, except that a length-0 axis counts as 1, so an empty
     * reshaped array keeps non-zero strides: {@code zeros((0, 3)).reshape(3, 0)} has
     * {@code (8, 8)}.
     */
    static long[] fillStrides(int[] shape, int itemsize, boolean f) {
        long[] strides = new long[shape.length];
        long step = itemsize;
        for (int j = 0; j < shape.length; j++) {
            int k = f ? j : shape.length - 1 - j;
            strides[k] = step;
            step *= Math.max(shape[k], 1);
        }
        return strides;
    }

    // ---- ravel and flatten ----------------------------------------------------------------------

    /** {@code a.ravel()}: C order. */
    public static NDArray ravel(NDArray a) {
        return ravel(a, Order.C);
    }

    // tag::ravel[]
    /**
     * {@code np.ravel(a, order)}: a 1-d <b>view</b> when {@code a} is contiguous in the reading
     * order (for K: in the order of its strides), else {@link #flatten}'s copy. Unlike
     * {@link #reshape}, strided-but-compatible layouts are not tried.
     */
    public static NDArray ravel(NDArray a, Order order) {
        Order o = order;
        if (o == Order.K && a.flags().cContiguous()) {
            o = Order.C;
        } else if (o == Order.K && a.flags().fContiguous()) {
            o = Order.F;
        } else if (o == Order.A) {
            o = isFortran(a) ? Order.F : Order.C;
        }
        if (o == Order.C && a.flags().cContiguous() || o == Order.F && a.flags().fContiguous()) {
            return reshape(a, o, -1);
        }
        if (o == Order.K && isDenseInStrideOrder(a)) {
            return a.stridedView(new int[] {(int) a.size()}, new long[] {a.itemsize()}, a.offset());
        }
        return flatten(a, o);
    }
    // end::ravel[]

    /** Walking the axes by decreasing |stride|, is the array gap-free with positive strides? */
    private static boolean isDenseInStrideOrder(NDArray a) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        long expected = a.itemsize();
        for (int axis : ResultLayout.keptOrder(shape, strides)) {      // innermost first
            if (shape[axis] == 1) {
                continue;
            }
            if (strides[axis] != expected) {
                return false;
            }
            expected *= shape[axis];
        }
        return true;
    }

    /** {@code a.flatten()}: a C-order copy. */
    public static NDArray flatten(NDArray a) {
        return flatten(a, Order.C);
    }

    /**
     * {@code a.flatten(order)} (a method in NumPy): always a new 1-d <b>copy</b>, the elements read
     * in C, F, A (F if {@code a} is F-contiguous only) or K order (memory order as NumPy's
     * iterator finds it: axes by decreasing |stride|, stride-0 axes left in C order, each axis
     * read in its index direction — a reversed axis stays reversed). O(size).
     */
    // tag::flatten[]
    public static NDArray flatten(NDArray a, Order order) {
        int n = Math.toIntExact(a.size());
        NDArray read = switch (order) {
            case C -> a;
            case F -> Axes.transpose(a);
            case A -> isFortran(a) ? Axes.transpose(a) : a;
            case K -> Axes.transpose(a,
                    reverse(ResultLayout.iteratorOrder(a.shape(), new NDArray[] {a})));
        };
        NDArray out = NDArray.allocate(a.dtype(), new int[] {n}, Order.C);
        int item = a.itemsize();
        long[] dense = NDArray.defaultStrides(read.shape(), item, Order.C);
        Walk.forEachPair(read.shape(), read.strides(), read.offset(), dense, 0, (from, to) ->
                ElementCopy.copy(a.buffer(), from, out.buffer(), to, item));    // `read` in C order
        return out;
    }
    // end::flatten[]

    private static int[] reverse(int[] order) {
        int[] r = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            r[k] = order[order.length - 1 - k];
        }
        return r;
    }
}
