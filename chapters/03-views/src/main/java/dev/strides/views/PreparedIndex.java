package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index expression checked against an array's shape and put in a normal form, as NumPy's
 * {@code prepare_index} does before any element is touched:
 *
 * <ol>
 *   <li>each {@link Index} becomes a {@link Part}; a k-d boolean mask becomes the k integer
 *       arrays of its {@code nonzero()}, a 0-d integer array an integer;</li>
 *   <li>the ellipsis gets the number of axes it stands for (one is appended at the end when the
 *       index names fewer axes than the array has);</li>
 *   <li>the errors that need no element: {@code too many indices for array}, a second ellipsis,
 *       a mask whose length disagrees with its axis.</li>
 * </ol>
 *
 * <p>It also classifies the index the way NumPy picks its code path: a <b>full integer</b>
 * index (one element: NumPy returns a scalar), a <b>single boolean mask</b> of the array's
 * shape, <b>basic</b> (a view) or <b>advanced</b> (a copy).
 */
final class PreparedIndex {

    /** What a part does. */
    enum Kind {
        /** Picks one position and drops the axis. */
        INTEGER,
        /** Keeps the axis, stepping through a range. */
        SLICE,
        /** Adds an axis of length 1 (stride 0). */
        NEWAXIS,
        /** Keeps {@code value} axes as they are. */
        ELLIPSIS,
        /** An integer array over one axis: advanced indexing. */
        FANCY,
        /** A 0-d boolean: advanced indexing over a new axis of length {@code value} (1 or 0). */
        ZERO_D_BOOL
    }

    /**
     * One normalized part. {@code value}: the integer, the ellipsis's axis count, or the 0-d
     * boolean as 1/0. {@code array}: the integer index array (FANCY; for ZERO_D_BOOL a zero
     * array of shape {@code (value,)}). {@code maskLength}: for arrays that came from a mask, the
     * length the mask had along this axis (checked against the array), else -1.
     */
    record Part(Kind kind, long value, Index.Slice slice, NDArray array, int maskLength) {

        boolean isAdvancedOrInteger() {
            return kind == Kind.FANCY || kind == Kind.ZERO_D_BOOL || kind == Kind.INTEGER;
        }

        boolean isAdvanced() {
            return kind == Kind.FANCY || kind == Kind.ZERO_D_BOOL;
        }
    }

    final List<Part> parts;
    final boolean fullInteger;      // every axis gets an integer: one element
    final NDArray singleMask;       // the index is one mask of exactly the array's shape, or null
    final boolean advanced;         // some part is FANCY or ZERO_D_BOOL
    final boolean scalarArrayCopy;  // 0-d integer arrays without other advanced parts: copy

    private PreparedIndex(List<Part> parts, boolean fullInteger, NDArray singleMask,
                          boolean advanced, boolean scalarArrayCopy) {
        this.parts = List.copyOf(parts);
        this.fullInteger = fullInteger;
        this.singleMask = singleMask;
        this.advanced = advanced;
        this.scalarArrayCopy = scalarArrayCopy;
    }

    /** Normalizes {@code index} for an array of {@code shape}; see the class comment. */
    static PreparedIndex prepare(int[] shape, Index... index) {
        Objects.requireNonNull(index, "index");
        int ndim = shape.length;
        if (index.length == 1 && index[0] instanceof Index.Mask(NDArray m)
                && Arrays.equals(m.shape(), shape)) {
            return new PreparedIndex(List.of(), false, m, true, false);   // a[mask]
        }
        List<Part> parts = new ArrayList<>();
        int used = 0;                                  // array axes the parts consume
        int ellipsisAt = -1;
        boolean advanced = false;
        boolean scalarArray = false;
        for (Index part : index) {
            switch (Objects.requireNonNull(part, "index part")) {
                case Index.Ellipsis e -> {
                    if (ellipsisAt >= 0) {
                        throw new IndexException(
                                "an index can only have a single ellipsis ('...')");
                    }
                    ellipsisAt = parts.size();
                    parts.add(new Part(Kind.ELLIPSIS, 0, null, null, -1));
                }
                case Index.NewAxis n -> parts.add(new Part(Kind.NEWAXIS, 0, null, null, -1));
                case Index.Slice s -> {
                    parts.add(new Part(Kind.SLICE, 0, s, null, -1));
                    used++;
                }
                case Index.Int i -> {
                    parts.add(new Part(Kind.INTEGER, i.value(), null, null, -1));
                    used++;
                }
                // tag::prepare[]
                case Index.IntArray(NDArray a) when a.ndim() == 0 -> {
                    parts.add(new Part(Kind.INTEGER, a.getLong(), null, null, -1));
                    scalarArray = true;                // acts as an integer, but copies
                    used++;
                }
                case Index.IntArray(NDArray a) -> {
                    parts.add(new Part(Kind.FANCY, 0, null, a, -1));
                    advanced = true;
                    used++;
                }
                case Index.Mask(NDArray m) when m.ndim() == 0 -> {
                    int n = m.getBoolean() ? 1 : 0;    // True: axis of 1; False: axis of 0
                    NDArray zeros = NDArray.allocate(DType.INT64, new int[] {n}, Order.C);
                    parts.add(new Part(Kind.ZERO_D_BOOL, n, null, zeros, -1));
                    advanced = true;
                }
                case Index.Mask(NDArray m) -> {
                    NDArray[] nonzero = NonZero.nonzero(m);    // one integer array per axis
                    for (int k = 0; k < nonzero.length; k++) {
                        parts.add(new Part(Kind.FANCY, 0, null, nonzero[k], m.shape(k)));
                    }
                    advanced = true;
                    used += nonzero.length;
                }
                // end::prepare[]
            }
        }
        boolean fullInteger = false;
        if (used < ndim) {
            if (ellipsisAt < 0) {                      // a[1] means a[1, ...]
                ellipsisAt = parts.size();
                parts.add(new Part(Kind.ELLIPSIS, 0, null, null, -1));
            }
            parts.set(ellipsisAt, new Part(Kind.ELLIPSIS, ndim - used, null, null, -1));
        } else if (used > ndim) {
            throw new IndexException("too many indices for array: array is " + ndim
                    + "-dimensional, but " + used + " were indexed");
        }
        if (parts.stream().allMatch(p -> p.kind() == Kind.INTEGER)) {
            fullInteger = true;                        // includes a[()] on a 0-d array
        }
        checkMaskLengths(shape, parts);
        boolean scalarArrayCopy = scalarArray && !advanced && !fullInteger;
        return new PreparedIndex(parts, fullInteger, null, advanced, scalarArrayCopy);
    }

    /** NumPy checks a mask's length along each axis only now that the ellipsis is known. */
    private static void checkMaskLengths(int[] shape, List<Part> parts) {
        int axis = 0;
        for (Part p : parts) {
            if (p.maskLength() >= 0 && p.maskLength() != shape[axis]) {
                throw new IndexException("boolean index did not match indexed array along axis "
                        + axis + "; size of axis is " + shape[axis]
                        + " but size of corresponding boolean axis is " + p.maskLength());
            }
            axis += switch (p.kind()) {
                case ELLIPSIS -> (int) p.value();
                case NEWAXIS, ZERO_D_BOOL -> 0;
                default -> 1;
            };
        }
    }

    /**
     * NumPy's placement rule for the axes an advanced index produces. When all advanced (and
     * integer) parts stand next to each other, the broadcast index axes replace them in place:
     * the result is a transposed view of an array laid out advanced-axes-first, and this
     * returns how many result axes come before them. When a slice, newaxis or ellipsis
     * separates them, they go first and this returns 0.
     */
    int insertionPoint() {
        int resultAxes = 0;     // result axes made by the parts before the current one
        int first = -1;
        boolean gap = false;
        for (Part p : parts) {
            if (p.isAdvancedOrInteger()) {
                if (first < 0) {
                    first = resultAxes;
                } else if (gap) {
                    return 0;                          // separated: advanced axes first
                }
            } else if (first >= 0) {
                gap = true;
            }
            resultAxes += switch (p.kind()) {
                case ELLIPSIS -> (int) p.value();
                case SLICE, NEWAXIS -> 1;
                default -> 0;
            };
        }
        return Math.max(first, 0);
    }
}
