package dev.strides.ndarray;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;

/**
 * Array creation with NumPy's semantics and defaults: {@code empty}, {@code zeros}, {@code ones},
 * {@code full}, {@code eye}, {@code identity}, the {@code *Like} variants and {@code fromiter}.
 * Ranges ({@code arange}, {@code linspace}) are in {@link Ranges}; Java arrays to ndarrays in
 * {@link JavaArrays}. Every function here returns a new array that owns its buffer.
 */
public final class Creation {

    private Creation() {
    }

    /**
     * {@code np.empty(shape, dtype, order)}: a new array whose values are not meant to be read.
     * NumPy leaves the memory uninitialised; Java hands out zeroed memory, so here it reads 0 — do
     * not rely on that, it is the one place Strides differs on purpose.
     */
    public static NDArray empty(DType dtype, Order order, int... shape) {
        return NDArray.allocate(dtype, shape, order);
    }

    // tag::zeros[]
    /** {@code np.zeros(shape, dtype, order)}: all elements 0. Costs one zero-filled allocation. */
    public static NDArray zeros(DType dtype, Order order, int... shape) {
        return NDArray.allocate(dtype, shape, order); // a new Java array arrives zero-filled
    }
    // end::zeros[]

    /** {@code np.ones(shape, dtype, order)}: all elements 1. */
    public static NDArray ones(DType dtype, Order order, int... shape) {
        return full(dtype, order, true, shape);
    }

    /**
     * {@code np.full(shape, fill_value, dtype)}: every element set to {@code value}. A null dtype
     * takes the value's ({@code 7} → int64, {@code 7.0} → float64, {@code true} → bool). NumPy
     * stores it with {@code np.copyto(casting='unsafe')} ({@link Scalars#writeUnsafe}): an int
     * that does not fit is refused, but a float is truncated ({@code full(2.5, int32)} is 2) and a
     * complex loses its imaginary part in a real array.
     */
    public static NDArray full(DType dtype, Order order, Object value, int... shape) {
        DType t = dtype != null ? dtype : Scalars.defaultType(value);
        NDArray a = NDArray.allocate(t, shape, order);
        fill(a, value);
        return a;
    }

    // tag::fill[]
    /**
     * Converts {@code value} once (NumPy checks it even when there are no elements), then copies
     * its bytes into every element of {@code a}'s freshly allocated, gap-free buffer.
     */
    private static void fill(NDArray a, Object value) {
        int item = a.itemsize();
        MemorySegment one = MemorySegment.ofArray(new byte[item]);
        Scalars.writeUnsafe(one, 0, a.dtype(), value);
        MemorySegment buf = a.buffer();
        for (long at = 0; at < a.nbytes(); at += item) {
            MemorySegment.copy(one, 0, buf, at, item);
        }
    }
    // end::fill[]

    // tag::eye[]
    /**
     * {@code np.eye(N, M, k, dtype, order)}: ones on the {@code k}-th diagonal of an N×M array,
     * zeros elsewhere. Built from the memory model alone: element {@code (i, i+k)} lives at byte
     * {@code i*strides[0] + (i+k)*strides[1]}, so the ones sit {@code strides[0] + strides[1]}
     * bytes apart — one write per one, no loop over the zeros.
     */
    public static NDArray eye(int n, int m, int k, DType dtype, Order order) {
        NDArray a = NDArray.allocate(dtype, new int[] {n, m}, order);
        int first = Math.max(0, -k);                  // first row touching the diagonal
        int count = Math.max(0, Math.min(n - first, m - (first + k)));
        long step = a.strides(0) + a.strides(1);
        long at = first * a.strides(0) + (long) (first + k) * a.strides(1);
        for (int i = 0; i < count; i++, at += step) {
            Elements.writeLong(a.buffer(), at, dtype, 1, false);
        }
        return a;
    }
    // end::eye[]

    /** {@code np.identity(n, dtype)}: the n×n identity, {@code eye(n, n, 0)}. */
    public static NDArray identity(int n, DType dtype) {
        return eye(n, n, 0, dtype, Order.C);
    }

    // ---- *_like ---------------------------------------------------------------------------------

    /**
     * {@code np.empty_like(a, dtype, order)}: shape of {@code a}; dtype of {@code a} unless given.
     * The memory order: C or F as asked; A is F when {@code a} is F- and not C-contiguous, else C;
     * K keeps {@code a}'s layout — C or F when {@code a} is contiguous that way, otherwise the axes
     * are laid out densely in the order of {@code a}'s strides, largest |stride| outermost (so
     * the transpose of a C array gives an F array, as in NumPy). Copies in order K use the same
     * layout.
     */
    public static NDArray emptyLike(NDArray prototype, DType dtype, Order order) {
        DType t = dtype != null ? dtype : prototype.dtype();
        Flags f = prototype.flags();
        Order resolved = switch (order) {
            case C, F -> order;
            case A -> f.fContiguous() && !f.cContiguous() ? Order.F : Order.C;
            case K -> f.cContiguous() ? Order.C : f.fContiguous() ? Order.F : null;
        };
        if (resolved != null) {
            return NDArray.allocate(t, prototype.shape(), resolved);
        }
        return NDArray.allocateLayout(t, prototype.shape(), keptStrides(prototype, t.itemsize()));
    }

    /**
     * Dense strides that follow {@code a}'s axis order: sort the axes by decreasing |stride|
     * (stably, so ties keep C order), then give them C-order strides in that order.
     */
    private static long[] keptStrides(NDArray a, int itemsize) {
        int[] shape = a.shape();
        long[] st = a.strides();
        Integer[] perm = new Integer[shape.length];
        for (int k = 0; k < perm.length; k++) {
            perm[k] = k;
        }
        Arrays.sort(perm, Comparator.comparingLong((Integer k) -> Math.abs(st[k])).reversed());
        long[] strides = new long[shape.length];
        long step = itemsize;
        for (int j = perm.length - 1; j >= 0; j--) {
            strides[perm[j]] = step;
            step *= shape[perm[j]];
        }
        return strides;
    }

    public static NDArray zerosLike(NDArray prototype, DType dtype, Order order) {
        return emptyLike(prototype, dtype, order);
    }

    public static NDArray onesLike(NDArray prototype, DType dtype, Order order) {
        return fullLike(prototype, true, dtype, order);
    }

    /** {@code np.full_like(a, value, dtype, order)}: the value is cast to the result's dtype. */
    public static NDArray fullLike(NDArray prototype, Object value, DType dtype, Order order) {
        NDArray a = emptyLike(prototype, dtype, order);
        fill(a, value);
        return a;
    }

    // ---- fromiter -----------------------------------------------------------------------------

    // tag::fromiter[]
    /**
     * {@code np.fromiter(iterable, dtype, count)}: a 1-d array filled from an iterator in one pass.
     * With {@code count >= 0} the buffer is allocated once and exactly {@code count} items are
     * read; with {@code count = -1} the buffer grows by doubling (amortised O(1) per item) and is
     * trimmed at the end.
     *
     * @throws IllegalArgumentException when the iterator ends before {@code count} items
     */
    public static NDArray fromiter(Iterator<?> items, DType dtype, long count) {
        Objects.requireNonNull(dtype, "fromiter: dtype is required (NumPy: 'dtype' must be given)");
        if (count < -1) {
            throw new IllegalArgumentException("Must specify length when using variable-size data-type.");
        }
        long capacity = count >= 0 ? count : 16;
        NDArray a = NDArray.allocate(dtype, new int[] {Math.toIntExact(capacity)}, Order.C);
        long n = 0;
        int item = dtype.itemsize();
        while ((count < 0 || n < count) && items.hasNext()) {
            if (n == capacity) {                      // count = -1: double the buffer
                capacity *= 2;
                NDArray bigger = NDArray.allocate(dtype, new int[] {Math.toIntExact(capacity)}, Order.C);
                MemorySegment.copy(a.buffer(), 0, bigger.buffer(), 0, n * item);
                a = bigger;
            }
            Scalars.write(a.buffer(), n * item, dtype, items.next());
            n++;
        }
        if (count >= 0 && n < count) {
            throw new IllegalArgumentException("iterator too short: Expected " + count
                    + " but iterator had only " + n + " items.");
        }
        if (n == 0) {  // NumPy's fromiter keeps the item stride even when it read nothing
            return NDArray.allocateLayout(dtype, new int[] {0}, new long[] {item});
        }
        return n == capacity ? a : a.stridedView(new int[] {(int) n}, new long[] {item}, 0).copy();
    }
    // end::fromiter[]

    /** {@link #fromiter(Iterator, DType, long)} over an {@code Iterable}. */
    public static NDArray fromiter(Iterable<?> items, DType dtype, long count) {
        return fromiter(items.iterator(), dtype, count);
    }
}
