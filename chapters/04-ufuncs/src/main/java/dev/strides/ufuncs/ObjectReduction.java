package dev.strides.ufuncs;

import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;

/**
 * {@code reduce} and {@code accumulate} of a {@code frompyfunc} ufunc: NumPy's reductions of
 * dtype {@code object}, one boxed call of the user's function {@code f} per element after the
 * first.
 *
 * <p><b>Fold order.</b> NumPy's object loops fold <b>left to right</b>: along one axis,
 * {@code reduce} is {@code f(f(f(a0, a1), a2), a3)} and {@code accumulate} keeps every
 * intermediate, {@code out[0] = a[0]}, {@code out[i] = f(out[i-1], a[i])}. The order matters
 * because {@code f} need not be commutative or associative: with {@code f(a, b) = 10a + b} the
 * rows of {@code [[0, 1, 2], [3, 4, 5]]} reduce to {@code 12} and {@code 345}.
 *
 * <p><b>The start.</b> Without {@code initial}, each result element starts as the input's first
 * element along the reduced axes, copied as it is (a line of length 1 makes no call). With
 * {@code initial}, every result element starts there and all elements are folded in. An
 * {@code identity} given to {@code frompyfunc} is used <b>only when the input is empty</b> —
 * NumPy ignores an object ufunc's identity otherwise — and reducing an empty axis with neither
 * is NumPy's error {@code zero-size array to reduction operation <lambda> (vectorized) which
 * has no identity}. A {@code where} mask needs {@code initial}: a result element might receive
 * no element at all.
 *
 * <p><b>Several axes.</b> A ufunc without an identity is not reorderable: NumPy then allows one
 * axis at most. With one ({@code identity=None} included), several axes are folded in NumPy's
 * iteration order, memory order ({@link IterationOrder}, without flipping negative strides), so
 * {@code reduce(a.T, axis=None)} folds the elements of {@code a} as they lie in memory.
 *
 * <p>Results are typed by the values they hold, like every frompyfunc result (see
 * {@link PyFunc}). Cost: one call per element except the first of each result element (every
 * element with {@code initial}), one boxed value per element; the result is a new array.
 */
final class ObjectReduction {

    private ObjectReduction() {
    }

    // tag::object-reduce[]
    static NDArray reduce(PyFunc f, NDArray a, ReduceOptions o) {
        boolean[] reduced = checkedAxes(f, a, o);
        Object start = o.initial() != null ? o.initial()
                : a.size() == 0 ? f.identity() : null;     // an identity only for empty input
        if (start == null) {
            checkCanStartFromFirst(a, reduced, o.where() != null);
        }
        int[] shape = Reduction.resultShape(a.shape(), reduced, o.keepdims());
        Object[] acc = new Object[Math.toIntExact(NDArray.sizeOf(shape))];
        boolean[] started = new boolean[acc.length];
        if (start != null) {
            Arrays.fill(acc, start);
            Arrays.fill(started, true);
        }
        if (a.size() > 0) {
            fold(f, a, reduced, o.where(), acc, started);
        }
        return PyFunc.inferred(acc, shape);
    }
    // end::object-reduce[]

    /** The reduced axes, after NumPy's checks: a binary ufunc, valid axes, reorderable if many. */
    private static boolean[] checkedAxes(PyFunc f, NDArray a, ReduceOptions o) {
        f.requireBinaryUfunc("reduce");
        if (o.dtype() != null || o.out() != null) {
            throw new IllegalArgumentException("reduce of a frompyfunc takes no dtype or out:"
                    + " NumPy's result has dtype object, Strides infers the dtype");
        }
        boolean[] reduced = Reduction.reducedAxes(legacyScalarAxes(o.axes(), a.ndim()), a.ndim());
        int count = 0;
        for (boolean r : reduced) {
            count += r ? 1 : 0;
        }
        if (!f.reorderable() && count > 1) {
            throw new IllegalArgumentException("reduction operation '" + PyFunc.NAME + "' is not"
                    + " reorderable, so at most one axis may be specified");
        }
        return reduced;
    }

    /**
     * NumPy's special case for 0-d input: {@code axis=0} and {@code axis=-1} mean no axis (so
     * {@code reduce(np.array(5))} is 5).
     */
    private static int[] legacyScalarAxes(int[] axes, int ndim) {
        boolean zeroOrLast = axes != null && axes.length == 1 && (axes[0] == 0 || axes[0] == -1);
        return ndim == 0 && zeroOrLast ? new int[0] : axes;
    }

    /** Without a start value: no where mask, and every reduced axis must have an element. */
    private static void checkCanStartFromFirst(NDArray a, boolean[] reduced, boolean where) {
        if (where) {
            throw new IllegalArgumentException("reduction operation '" + PyFunc.NAME + "' does"
                    + " not have an identity, so to use a where mask one has to specify"
                    + " 'initial'");
        }
        for (int k = 0; k < reduced.length; k++) {
            if (reduced[k] && a.shape(k) == 0) {
                throw new IllegalArgumentException("zero-size array to reduction operation "
                        + PyFunc.NAME + " which has no identity");
            }
        }
    }

    // tag::object-fold[]
    /**
     * {@code acc[cell] = f(acc[cell], x)} for every element {@code x} (where the mask allows), in
     * NumPy's iteration order; a cell not yet started takes its first element as it is.
     */
    private static void fold(PyFunc f, NDArray a, boolean[] reduced, NDArray where, Object[] acc,
                             boolean[] started) {
        NDArray cells = cellNumbers(a.shape(), reduced);    // the result element each one feeds
        NDArray mask = where == null ? null
                : MultiIterator.of(a.shape(), where.astype(DType.BOOL)).view(0);
        inMemoryOrder(a, cells, mask).forEachElement(at -> {
            if (mask != null && !Elements.readBoolean(mask.buffer(), at[2], DType.BOOL)) {
                return;
            }
            int cell = (int) Elements.readLong(cells.buffer(), at[1], DType.INT64);
            Object x = ElementValues.read(a, at[0]);
            acc[cell] = started[cell] ? f.combine(acc[cell], x) : x;
            started[cell] = true;
        });
    }
    // end::object-fold[]

    /**
     * Input, cell numbers and mask (null: none), all of the input's shape, walked in NumPy's
     * order: memory order of the input and the mask ({@link IterationOrder}), each axis from
     * index 0 up even when its stride is negative.
     */
    private static MultiIterator inMemoryOrder(NDArray a, NDArray cells, NDArray mask) {
        int[] shape = a.shape();
        int[] order = IterationOrder.bestAxisOrder(shape.length, mask == null
                ? new long[][] {a.strides()} : new long[][] {a.strides(), mask.strides()});
        NDArray[] walk = mask == null ? new NDArray[] {a, cells} : new NDArray[] {a, cells, mask};
        for (int op = 0; op < walk.length; op++) {          // memory order becomes C order
            walk[op] = IterationOrder.permuted(walk[op], shape, walk[op].strides(), order);
        }
        return MultiIterator.of(walk);
    }

    /**
     * An int64 array of the input's shape holding, for each element, the C-order number of the
     * result element it is reduced into: {@code 0, 1, ...} over the kept axes, stride 0 along
     * the reduced ones (the view trick of {@link Reduction}).
     */
    private static NDArray cellNumbers(int[] shape, boolean[] reduced) {
        NDArray numbers = NDArray.allocate(DType.INT64,
                Reduction.resultShape(shape, reduced, true), Order.C);
        for (long i = 0; i < numbers.size(); i++) {
            Elements.writeLong(numbers.buffer(), i * Long.BYTES, DType.INT64, i, false);
        }
        long[] strides = numbers.strides();
        for (int k = 0; k < shape.length; k++) {
            strides[k] = reduced[k] ? 0 : strides[k];
        }
        return numbers.stridedView(shape, strides, 0);
    }

    // tag::object-accumulate[]
    static NDArray accumulate(PyFunc f, NDArray a, int axis) {
        f.requireBinaryUfunc("accumulate");
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("cannot accumulate on a scalar");
        }
        int k = Reduction.checkAxis(axis, a.ndim());
        Object[] x = valuesInCOrder(a);
        Object[] out = new Object[x.length];
        int n = a.shape(k);
        int step = Math.toIntExact(innerSize(a, k));   // C-order distance of neighbours on the axis
        for (int block = 0; block < x.length; block += n * step) {    // outer indices, C order
            for (int j = block; j < block + step; j++) {              // one line along the axis
                out[j] = x[j];                                        // out[0] = a[0]
                for (int i = 1; i < n; i++) {
                    int at = j + i * step;
                    out[at] = f.combine(out[at - step], x[at]);       // out[i] = f(out[i-1], a[i])
                }
            }
        }
        return PyFunc.inferred(out, a.shape());
    }
    // end::object-accumulate[]

    /** The product of the axes after {@code axis}. */
    private static long innerSize(NDArray a, int axis) {
        long size = 1;
        for (int d = axis + 1; d < a.ndim(); d++) {
            size *= a.shape(d);
        }
        return size;
    }

    /** Every element of {@code a} as a Java value, in C order. */
    private static Object[] valuesInCOrder(NDArray a) {
        Object[] values = new Object[Math.toIntExact(a.size())];
        int[] i = {0};
        MultiIterator.of(a).forEachElement(at -> values[i[0]++] = ElementValues.read(a, at[0]));
        return values;
    }
}
