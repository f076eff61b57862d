package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;

import java.util.Arrays;
import java.util.Objects;

/**
 * One part of an index expression such as {@code a[1:, ::-2, None, ...]}: NumPy's six kinds of
 * index, as typed values. {@link #parse} reads NumPy's own spelling from a string.
 *
 * <ul>
 *   <li><b>basic</b> — {@link Int} ({@code 3}, {@code -1}), {@link Slice} ({@code 1:8:2}),
 *       {@link NewAxis} ({@code None}), {@link Ellipsis} ({@code ...}): the result is a
 *       <b>view</b>, a new (shape, strides, offset) over the same buffer;</li>
 *   <li><b>advanced</b> — {@link Mask} (a boolean array) and {@link IntArray} (an integer
 *       array): the result is a <b>copy</b>, because the selected elements are in general not
 *       evenly spaced in memory and no strides can describe them.</li>
 * </ul>
 */
public sealed interface Index permits Index.Int, Index.Slice, Index.NewAxis, Index.Ellipsis,
        Index.Mask, Index.IntArray {

    /** {@code np.newaxis}, NumPy's {@code None} in an index: a new axis of length 1, stride 0. */
    NewAxis NEWAXIS = new NewAxis();

    /** {@code ...}: as many full slices {@code :} as the other parts leave axes. */
    Ellipsis ELLIPSIS = new Ellipsis();

    /** The full slice {@code :}. */
    Slice ALL = new Slice(null, null, null);

    /** An integer: picks one position and removes the axis; negative counts from the end. */
    record Int(long value) implements Index {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * A slice {@code start:stop:step}, Python's rules: null parts take their defaults (start 0,
     * stop the axis length, step 1; reversed when the step is negative), negative bounds count
     * from the end, bounds beyond the axis are clipped, and the step must not be 0.
     */
    record Slice(Integer start, Integer stop, Integer step) implements Index {

        /**
         * The positions this slice selects on an axis of {@code length}: Python's
         * {@code slice.indices(length)} plus the count, which is what a view needs. Element
         * {@code i} of the result is element {@code start + i*step} of the axis.
         *
         * @throws IllegalArgumentException {@code slice step cannot be zero}
         */
        // tag::slice-indices[]
        public Range indices(int length) {
            int st = step == null ? 1 : step;
            if (st == 0) {
                throw new IllegalArgumentException("slice step cannot be zero");
            }
            int lower = st > 0 ? 0 : -1;               // the first position before the axis
            int upper = st > 0 ? length : length - 1;  // ... and after it
            int from = start == null ? (st > 0 ? lower : upper) : clip(start, length, lower, upper);
            int to = stop == null ? (st > 0 ? upper : lower) : clip(stop, length, lower, upper);
            int count = st > 0
                    ? (to > from ? (int) (((long) to - from - 1) / st + 1) : 0)
                    : (from > to ? (int) (((long) from - to - 1) / -(long) st + 1) : 0);
            return new Range(from, to, st, count);
        }

        private static int clip(int bound, int length, int lower, int upper) {
            long b = bound < 0 ? (long) bound + length : bound;  // negative counts from the end
            return (int) Math.max(lower, Math.min(upper, b));
        }
        // end::slice-indices[]

        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop)
                    + (step == null ? "" : ":" + step);
        }
    }

    /**
     * What a slice selects on one axis: positions {@code start, start+step, ...}, {@code count} of
     * them; {@code stop} is Python's normalized stop (exclusive).
     */
    record Range(int start, int stop, int step, int count) {
    }

    /** {@code None} / {@code np.newaxis}. */
    record NewAxis() implements Index {
        @Override
        public String toString() {
            return "None";
        }
    }

    /** {@code ...}. */
    record Ellipsis() implements Index {
        @Override
        public String toString() {
            return "...";
        }
    }

    /**
     * A boolean array: selects the positions where it is true. A k-dimensional mask covers k
     * axes and is replaced by the k integer arrays of its {@code nonzero()}; a 0-d mask ({@code
     * True}/{@code False}) adds an axis of length 1 or 0.
     */
    record Mask(NDArray mask) implements Index {
        public Mask {
            Objects.requireNonNull(mask, "mask");
            if (!mask.dtype().isBool()) {
                throw new IndexException("a mask index must have dtype bool, not "
                        + mask.dtype().name());
            }
        }

        @Override
        public String toString() {
            return literal(mask);
        }
    }

    /**
     * An integer array: each element picks a position along its axis. Several integer arrays
     * are broadcast together; the result takes their broadcast shape. A 0-d integer array acts
     * as an {@link Int} that forces a copy.
     */
    record IntArray(NDArray indices) implements Index {
        public IntArray {
            Objects.requireNonNull(indices, "indices");
            if (!indices.dtype().isInteger()) {
                throw new IndexException(
                        "arrays used as indices must be of integer (or boolean) type");
            }
        }

        @Override
        public String toString() {
            return literal(indices);
        }
    }

    // ---- factories ----------------------------------------------------------------------------

    /** The integer index {@code index}. */
    static Int at(long index) {
        return new Int(index);
    }

    /** {@code start:stop} (either may be null). */
    static Slice slice(Integer start, Integer stop) {
        return new Slice(start, stop, null);
    }

    /** {@code start:stop:step} (any may be null). */
    static Slice slice(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /**
     * An array index: a bool array becomes a {@link Mask}, an integer array an {@link IntArray}.
     *
     * @throws IndexException {@code arrays used as indices must be of integer (or boolean) type}
     */
    static Index array(NDArray array) {
        Objects.requireNonNull(array, "array");
        if (array.dtype().isBool()) {
            return new Mask(array);
        }
        if (array.dtype().isInteger()) {
            return new IntArray(array);
        }
        throw new IndexException("arrays used as indices must be of integer (or boolean) type");
    }

    /**
     * Any Java value NumPy accepts in an index: an {@link Index} itself, an integral number
     * ({@link Int}), {@code null} ({@link #NEWAXIS}), a {@code Boolean} (0-d mask), an
     * {@link NDArray}, or Java arrays ({@code int[]}, {@code long[][]}, {@code boolean[]}...),
     * which are read like Python lists.
     */
    static Index of(Object value) {
        return switch (value) {
            case null -> NEWAXIS;
            case Index index -> index;
            case Integer i -> new Int(i);
            case Long l -> new Int(l);
            case Short s -> new Int(s);
            case Byte b -> new Int(b);
            case Boolean b -> new Mask(JavaArrays.array(b));
            case NDArray a -> array(a);
            default -> {
                if (value.getClass().isArray()) {
                    yield array(fromList(JavaArrays.array(value)));
                }
                throw new IndexException("only integers, slices (`:`), ellipsis (`...`),"
                        + " numpy.newaxis (`None`) and integer or boolean arrays are valid"
                        + " indices");
            }
        };
    }

    /**
     * Several values through {@link #of(Object)}: the parts of {@code a[1, None, [0, 2]]} are
     * {@code Index.parts(1, null, new int[] {0, 2})}.
     */
    static Index[] parts(Object... values) {
        return Arrays.stream(values).map(Index::of).toArray(Index[]::new);
    }

    /**
     * NumPy's slice syntax in a string: {@code "1:, ::-2, None, ..."}. Integer and boolean lists
     * ({@code [0, 2]}, {@code [[True, False]]}) are read as arrays, as NumPy reads Python lists.
     */
    static Index[] parse(String expression) {
        return IndexParser.parse(expression);
    }

    /**
     * A Java list literal as NumPy converts it to an index: an empty list becomes an integer
     * (intp) array, as NumPy gives {@code a[[]]} an empty integer index.
     */
    static NDArray fromList(NDArray converted) {
        if (converted.size() == 0 && !converted.dtype().isBool()) {
            return converted.astype(DType.INT64);
        }
        return converted;
    }

    /** An array as a Python literal: {@code [0, 2]}, {@code [[True, False]]}, {@code True}. */
    private static String literal(NDArray a) {
        StringBuilder sb = new StringBuilder();
        appendLiteral(a, a.shape(), 0, new int[a.ndim()], sb);
        return sb.toString();
    }

    private static void appendLiteral(NDArray a, int[] shape, int axis, int[] at,
                                      StringBuilder sb) {
        if (axis == shape.length) {
            Object v = a.dtype().isBool() ? (a.getBoolean(at) ? "True" : "False") : a.item(at);
            sb.append(v);
            return;
        }
        sb.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            at[axis] = i;
            sb.append(i == 0 ? "" : ", ");
            appendLiteral(a, shape, axis + 1, at, sb);
        }
        sb.append(']');
    }

    /** An index expression written back in NumPy's syntax: {@code "1:, ::-2, None, ..."}. */
    static String toString(Index... parts) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(parts[k]);
        }
        return sb.toString();
    }
}
