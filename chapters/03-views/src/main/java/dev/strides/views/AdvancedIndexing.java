package dev.strides.views;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;
import dev.strides.ndarray.Walk;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Advanced ("fancy") indexing with integer arrays, NumPy's rules. The index arrays are
 * broadcast together to a shape {@code B}; the basic parts of the index make a view, the
 * <b>subspace</b> {@code S}. Every position {@code b} of {@code B} names one subspace block:
 *
 * <pre>{@code block(b) = subspace.offset + Σ_j idx_j[b] * strides[axis_j]}</pre>
 *
 * <p>and the result is these blocks stacked: a new array of shape {@code B + S} (its memory
 * order as {@link ResultLayout} describes). If the advanced parts stood next to each other in
 * the index, their axes go back where they stood — the result is then a transposed view of that
 * {@code B + S} array, as in NumPy ({@code a[:, [0, 1]]} of a 3×4 int64 array has strides
 * {@code (8, 24)}, not {@code (16, 8)}). Either way the selected elements are a <b>copy</b>.
 *
 * <p>Cost: O(size(B) × size(S)) element copies, plus one pass over each index array to check its
 * bounds and convert it to int64. The walk over {@code B} is chapter 02's {@link MultiIterator}.
 * This is the reference path, for any index and layout; the common case of one int64 array on
 * the first axis of an array with gap-free rows takes the loop of {@link FirstAxisIndexing}.
 */
final class AdvancedIndexing {

    private static final ValueLayout.OfLong INTP = ValueLayout.JAVA_LONG_UNALIGNED;

    private AdvancedIndexing() {
    }

    /** The advanced parts of an index, resolved against one array. */
    record Plan(NDArray subspace, NDArray[] indices, NDArray[] layouts, long[] strides,
                int[] broadcastShape, int insertionPoint, int[] resultShape, boolean singleIndex) {

        /** The result axis order as allocated: advanced axes first, then the subspace. */
        int[] internalOrder() {
            int nb = broadcastShape.length;
            int[] order = new int[resultShape.length];
            int k = 0;
            for (int i = 0; i < nb; i++) {
                order[k++] = insertionPoint + i;
            }
            for (int i = 0; i < resultShape.length; i++) {
                if (i < insertionPoint || i >= insertionPoint + nb) {
                    order[k++] = i;
                }
            }
            return order;
        }
    }

    /**
     * Resolves the advanced parts: broadcasts the index arrays, checks every index against its
     * axis (only when the broadcast shape is not empty, as NumPy does), converts them to int64
     * with negative indices made positive, and places the index axes in the result's shape.
     */
    static Plan plan(NDArray a, PreparedIndex index) {
        NDArray subspace = subspace(a, index);
        List<NDArray> arrays = new ArrayList<>();
        List<long[]> axes = new ArrayList<>();        // {axis, stride, length}; axis -1: 0-d bool
        int axis = 0;
        for (PreparedIndex.Part p : index.parts) {
            switch (p.kind()) {
                case FANCY -> {
                    arrays.add(p.array());
                    axes.add(new long[] {axis, a.strides(axis), a.shape(axis)});
                    axis++;
                }
                case ZERO_D_BOOL -> {
                    arrays.add(p.array());
                    axes.add(new long[] {-1, 0, 1});
                }
                case ELLIPSIS -> axis += (int) p.value();
                case INTEGER, SLICE -> axis++;
                case NEWAXIS -> { }
            }
        }
        int[] b = broadcastIndexShapes(arrays);
        boolean check = NDArray.sizeOf(b) > 0;
        NDArray[] indices = new NDArray[arrays.size()];
        long[] strides = new long[arrays.size()];
        for (int j = 0; j < indices.length; j++) {
            long[] ax = axes.get(j);
            indices[j] = ax[0] < 0 ? arrays.get(j)
                    : toIntp(arrays.get(j), (int) ax[0], (int) ax[2], check);
            strides[j] = ax[1];
        }
        // tag::placement[]
        int p = index.insertionPoint();                // 0 unless the parts were adjacent
        int[] s = subspace.shape();
        int[] result = new int[b.length + s.length];   // S[:p] + B + S[p:]
        System.arraycopy(s, 0, result, 0, p);
        System.arraycopy(b, 0, result, p, b.length);
        System.arraycopy(s, p, result, p + b.length, s.length - p);
        // end::placement[]
        boolean single = index.parts.size() == 1
                && index.parts.getFirst().kind() == PreparedIndex.Kind.FANCY;
        return new Plan(subspace, indices, arrays.toArray(NDArray[]::new), strides, b, p, result,
                single);
    }

    /**
     * The subspace view. For an empty array it may describe elements that do not exist (NumPy
     * allows such a view); then a zero-filled stand-in of the same layout is used instead —
     * the result is empty anyway, as every index into a length-0 axis is out of bounds.
     */
    private static NDArray subspace(NDArray a, PreparedIndex index) {
        BasicIndexing.Layout v = BasicIndexing.layout(a, index);
        if (a.size() == 0 && NDArray.sizeOf(v.shape()) > 0) {
            return NDArray.allocate(a.dtype(), v.shape(), Order.C);
        }
        return a.stridedView(v.shape(), v.strides(), v.offset());
    }

    /** The index arrays' broadcast shape, with NumPy's message (note the trailing space). */
    private static int[] broadcastIndexShapes(List<NDArray> arrays) {
        int[][] shapes = arrays.stream().map(NDArray::shape).toArray(int[][]::new);
        try {
            return Broadcasting.broadcastShapes(shapes);
        } catch (ShapeException e) {
            StringBuilder sb = new StringBuilder("shape mismatch: indexing arrays could not be"
                    + " broadcast together with shapes ");
            for (int[] s : shapes) {
                sb.append(Broadcasting.compactShape(s)).append(' ');
            }
            throw new IndexException(sb.toString());
        }
    }

    /**
     * A C-ordered int64 copy of {@code index} with negative entries counted from the end of the
     * axis; with {@code check}, every entry outside {@code [-length, length)} is refused.
     */
    static NDArray toIntp(NDArray index, int axis, int length, boolean check) {
        NDArray out = NDArray.allocate(DType.INT64, index.shape(), Order.C);
        MemorySegment src = index.buffer();
        MemorySegment dst = out.buffer();
        DType t = index.dtype();
        boolean unsigned64 = t.type() == DType.Type.UINT64;
        boolean intp = t.equals(DType.INT64);          // NumPy's own index type: read directly
        Walk.forEachPair(index.shape(), index.strides(), index.offset(), out.strides(), 0,
                (from, to) -> {
                    long i = intp ? src.get(INTP, from) : Elements.readLong(src, from, t);
                    if (check && (i < -length || i >= length || unsigned64 && i < 0)) {
                        String shown = unsigned64 ? Long.toUnsignedString(i) : String.valueOf(i);
                        throw new IndexException("index " + shown + " is out of bounds for axis "
                                + axis + " with size " + length);
                    }
                    dst.set(INTP, to, i < 0 ? i + length : i);
                });
        return out;
    }

    // ---- getting -------------------------------------------------------------------------------

    // tag::gather[]
    /** {@code a[index]} with advanced parts: a copy, laid out {@code B + S}, axes put back. */
    static NDArray get(NDArray a, PreparedIndex index) {
        NDArray idx = FirstAxisIndexing.indexOf(a, index);
        if (idx != null) {
            return FirstAxisIndexing.get(a, idx);              // x[idx], a[rows, :]: one loop
        }
        Plan plan = plan(a, index);
        NDArray subspace = plan.subspace();
        int nb = plan.broadcastShape().length;
        NDArray out = ResultLayout.allocate(a.dtype(), plan);     // shape B + S
        if (out.size() > 0) {
            long[] outStrides = out.strides();
            NDArray outBlocks = out.stridedView(plan.broadcastShape(),
                    Arrays.copyOf(outStrides, nb), 0);         // where each block starts
            Block block = new Block(subspace.shape(), subspace.strides(),
                    Arrays.copyOfRange(outStrides, nb, outStrides.length), a.dtype(), a.dtype());
            forEachBlock(plan, outBlocks, (source, target) ->
                    block.copy(a.buffer(), source, out.buffer(), target));
        }
        return ResultLayout.putAxesBack(out, plan);
    }
    // end::gather[]

    // ---- setting -------------------------------------------------------------------------------

    /**
     * {@code a[index] = value} with advanced parts: the value is broadcast to the shape
     * {@code a[index]} would have, then written block by block in C order over {@code B} — so
     * for a repeated index the last write wins. Everything is checked before the first write.
     */
    static void set(NDArray a, PreparedIndex index, Object value) {
        Assignment.requireWriteable(a);
        NDArray idx = FirstAxisIndexing.indexOf(a, index);     // the fast case, or null
        Plan plan = null;
        if (idx != null) {
            FirstAxisIndexing.checkAll(a, idx);
        } else {
            plan = plan(a, index);
        }
        NDArray v = Assignment.asArray(value, a.dtype());
        if (value instanceof NDArray && Overlap.mayShareMemory(a, v)) {
            v = v.copy();                              // read everything before writing
        }
        NDArray fitted = fitValue(v, idx != null ? FirstAxisIndexing.resultShape(a, idx)
                : plan.resultShape());
        if (fitted.size() == 0 || idx != null && FirstAxisIndexing.scatter(a, idx, fitted)) {
            return;
        }
        scatter(a, plan != null ? plan : plan(a, index), fitted);
    }

    // tag::scatter[]
    /** Writes {@code value}, of the result's shape, into {@code a}: its axes taken as B + S. */
    private static void scatter(NDArray a, Plan plan, NDArray value) {
        int nb = plan.broadcastShape().length;
        long[] strides = new long[value.ndim()];       // the value's strides in B + S order
        int[] order = plan.internalOrder();
        for (int k = 0; k < order.length; k++) {
            strides[k] = value.strides(order[k]);
        }
        NDArray valueBlocks = value.stridedView(plan.broadcastShape(),
                Arrays.copyOf(strides, nb), value.offset());
        NDArray subspace = plan.subspace();
        Block block = new Block(subspace.shape(), Arrays.copyOfRange(strides, nb, strides.length),
                subspace.strides(), value.dtype(), a.dtype());
        forEachBlock(plan, valueBlocks, (target, from) ->
                block.copy(value.buffer(), from, a.buffer(), target));
    }
    // end::scatter[]

    /** The value broadcast to the indexing result, with NumPy's message when it does not fit. */
    private static NDArray fitValue(NDArray v, int[] resultShape) {
        try {
            return Broadcasting.broadcastForAssignment(v, resultShape);
        } catch (ShapeException e) {
            throw new ShapeException("shape mismatch: value array of shape "
                    + Broadcasting.compactShape(v.shape()) + " could not be broadcast to indexing"
                    + " result of shape " + Broadcasting.compactShape(resultShape));
        }
    }

    /** Receives the subspace block's byte offset in the indexed array and in the other operand. */
    @FunctionalInterface
    interface BlockVisitor {
        void visit(long arrayOffset, long otherOffset);
    }

    // tag::for-each-block[]
    /**
     * Walks {@code B} in C order with the iterator of chapter 02 over the index arrays and
     * {@code other} (the result's or the value's block starts), computing each block's address
     * in the indexed array: {@code subspace.offset + Σ_j idx_j * strides_j}.
     */
    static void forEachBlock(Plan plan, NDArray other, BlockVisitor visitor) {
        NDArray[] idx = plan.indices();
        int m = idx.length;
        NDArray[] operands = Arrays.copyOf(idx, m + 1);
        operands[m] = other;
        long[] axisStrides = plan.strides();
        long base = plan.subspace().offset();
        MultiIterator.of(plan.broadcastShape(), operands).forEachRun((offsets, count, steps) -> {
            for (int i = 0; i < count; i++) {
                long at = base;
                for (int j = 0; j < m; j++) {
                    at += idx[j].buffer().get(INTP, offsets[j] + i * steps[j]) * axisStrides[j];
                }
                visitor.visit(at, offsets[m] + i * steps[m]);
            }
        });
    }
    // end::for-each-block[]

    /**
     * Copies one subspace block between two layouts of the same shape, converting the dtype when
     * it differs (NumPy's unsafe cast, as assignment uses). The common cases get a fast path:
     * a one-element block (an index for every axis) and two gap-free C-ordered blocks.
     */
    static final class Block {
        private final int[] shape;
        private final long[] sourceStrides;
        private final long[] targetStrides;
        private final DType from;
        private final DType to;
        private final long size;                       // elements per block
        private final boolean dense;                   // both layouts C-contiguous

        Block(int[] shape, long[] sourceStrides, long[] targetStrides, DType from, DType to) {
            this.shape = shape;
            this.sourceStrides = sourceStrides;
            this.targetStrides = targetStrides;
            this.from = from;
            this.to = to;
            this.size = NDArray.sizeOf(shape);
            long[] c = NDArray.defaultStrides(shape, from.itemsize(), Order.C);
            boolean d = from.equals(to);
            for (int k = 0; k < shape.length; k++) {
                d &= shape[k] == 1 || sourceStrides[k] == c[k] && targetStrides[k] == c[k];
            }
            this.dense = d;
        }

        void copy(MemorySegment src, long source, MemorySegment dst, long target) {
            int item = from.itemsize();
            if (!from.equals(to)) {
                Walk.forEachPair(shape, sourceStrides, source, targetStrides, target,
                        (x, y) -> Elements.convert(src, x, from, dst, y, to));
            } else if (size == 1) {                    // one element: no walk needed
                ElementCopy.copy(src, source, dst, target, item);
            } else if (dense) {                        // gap-free on both sides: one copy
                MemorySegment.copy(src, source, dst, target, size * item);
            } else if (shape.length == 1) {            // a strided row or column: a plain loop
                long s = source;
                long t = target;
                for (int i = 0; i < shape[0]; i++, s += sourceStrides[0], t += targetStrides[0]) {
                    ElementCopy.copy(src, s, dst, t, item);
                }
            } else {
                Walk.forEachPair(shape, sourceStrides, source, targetStrides, target,
                        (x, y) -> ElementCopy.copy(src, x, dst, y, item));
            }
        }
    }
}
