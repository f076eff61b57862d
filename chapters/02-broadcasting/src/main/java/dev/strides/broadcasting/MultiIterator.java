package dev.strides.broadcasting;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;
import java.util.Objects;

/**
 * Walks several arrays in lockstep over their broadcast shape: the core of NumPy's
 * {@code nditer} and {@code np.broadcast}, simplified. Every elementwise operation (ufuncs in
 * chapter 4, assignment and fancy indexing in chapter 3) is a loop over this iterator.
 *
 * <p>Each operand gets <b>broadcast strides</b> over the common shape (stride 0 on stretched
 * axes, see {@link Broadcasting}), so the byte position of element {@code (i0, ..., in)} in
 * operand {@code op} is {@code offset[op] + Σ ik * stride[op][k]}. Instead of calling back once
 * per element, the iterator hands out the innermost axis as one <b>run</b>: the byte positions
 * of its first element in every operand, its length and every operand's stride along it. That
 * is the shape of NumPy's inner loops ({@code char **args, npy_intp *dimensions, npy_intp
 * *steps}): the per-element work becomes a tight loop with one addition per operand.
 *
 * <p>Before walking, adjacent axes are <b>coalesced</b> when that is the same walk for every
 * operand: axis {@code k} merges into axis {@code k+1} when
 * {@code stride[op][k] == shape[k+1] * stride[op][k+1]} for all operands (length-1 axes are
 * dropped first). Contiguous operands of the same shape therefore give one run of {@link #size}
 * elements, however many dimensions they have.
 *
 * <p>Runs come in C order of the broadcast shape (the last axis fastest). Cost: O(size) element
 * visits, plus O(size / runLength × ndim) for the odometer between runs; no allocation per run.
 * An iterator is immutable and may be walked any number of times, from one thread at a time per
 * {@code forEachRun} call (each call has its own cursor).
 */
public final class MultiIterator {

    /** The body of a loop over one run; see {@link #forEachRun}. */
    @FunctionalInterface
    public interface InnerLoop {
        /**
         * One run of {@code count} elements: operand {@code op}'s elements are at byte positions
         * {@code offsets[op] + i * strides[op]} of its buffer, {@code 0 <= i < count}. Both arrays
         * are refilled before every call, so the loop may advance {@code offsets} in place; they
         * are reused between calls, so it must not keep them.
         */
        void run(long[] offsets, int count, long[] strides);
    }

    private final NDArray[] operands;
    private final int[] shape;            // the broadcast shape
    private final long size;              // product of shape
    private final long[][] strides;       // [op][axis] broadcast strides, bytes
    private final int[] runShape;         // coalesced shape, length-1 axes dropped
    private final long[][] runStrides;    // [axis][op] strides of the coalesced axes

    private MultiIterator(int[] shape, NDArray[] operands, long[][] strides) {
        this.operands = operands;
        this.shape = shape;
        this.size = NDArray.sizeOf(shape);
        this.strides = strides;
        int[][] coalesced = new int[1][];
        this.runStrides = coalesce(shape, strides, coalesced);
        this.runShape = coalesced[0];
    }

    // ---- making iterators -----------------------------------------------------------------------

    /**
     * An iterator over {@code operands} broadcast together, as {@code np.nditer(operands)}.
     *
     * @throws ShapeException NumPy's words, trailing space included: {@code operands could not
     *     be broadcast together with shapes (3,) (4,) }
     */
    // tag::of[]
    public static MultiIterator of(NDArray... operands) {
        int[][] shapes = shapesOf(operands);
        int[] shape;
        try {
            shape = Broadcasting.broadcastShapes(shapes);
        } catch (ShapeException e) {
            throw new ShapeException(Broadcasting.operandsMessage(operands));
        }
        return new MultiIterator(shape, operands, broadcastStrides(shape, operands));
    }
    // end::of[]

    /**
     * An iterator over {@code operands} broadcast to a given {@code shape} (an output's shape,
     * say), as {@code np.nditer(operands, itershape=shape)}: every operand must broadcast to
     * exactly that shape.
     *
     * @throws ShapeException {@code input operand has more dimensions than allowed by the axis
     *     remapping} when an operand has more axes than {@code shape}, else NumPy's
     *     {@code operands could not be broadcast together with remapped shapes
     *     [original->remapped]: (3,)  and requested shape (4,)}
     */
    public static MultiIterator of(int[] shape, NDArray... operands) {
        int[] target = NDArray.checkShape(shape);
        shapesOf(operands);
        for (NDArray op : operands) {
            if (op.ndim() > target.length) {
                throw new ShapeException("input operand has more dimensions than allowed by the"
                        + " axis remapping");
            }
        }
        long[][] strides = broadcastStrides(target, operands);
        if (strides == null) {
            throw new ShapeException(Broadcasting.remappedMessage(target, operands));
        }
        return new MultiIterator(target, operands, strides);
    }

    /**
     * An iterator for a ufunc-style call: {@code inputs} broadcast together, then the
     * {@code outputs} must already have the broadcast shape (an output is never stretched: one
     * element would receive many results). Operands are numbered inputs first, then outputs.
     *
     * @throws ShapeException {@code operands could not be broadcast together with shapes ...} when
     *     the shapes clash, or {@code non-broadcastable output operand with shape (3,) doesn't
     *     match the broadcast shape (2,3)} when an output would have to be stretched
     */
    // tag::with-outputs[]
    public static MultiIterator withOutputs(NDArray[] inputs, NDArray... outputs) {
        NDArray[] all = Arrays.copyOf(inputs, inputs.length + outputs.length);
        System.arraycopy(outputs, 0, all, inputs.length, outputs.length);
        MultiIterator it = of(all);
        for (NDArray out : outputs) {
            if (!Arrays.equals(out.shape(), it.shape)) {
                throw new ShapeException("non-broadcastable output operand with shape "
                        + Broadcasting.compactShape(out.shape()) + " doesn't match the broadcast"
                        + " shape " + Broadcasting.compactShape(it.shape));
            }
        }
        return it;
    }
    // end::with-outputs[]

    private static int[][] shapesOf(NDArray[] operands) {
        Objects.requireNonNull(operands, "operands");
        int[][] shapes = new int[operands.length][];
        for (int k = 0; k < operands.length; k++) {
            shapes[k] = Objects.requireNonNull(operands[k], "operands[" + k + "]").shape();
        }
        return shapes;
    }

    private static long[][] broadcastStrides(int[] shape, NDArray[] operands) {
        long[][] strides = new long[operands.length][];
        for (int op = 0; op < operands.length; op++) {
            NDArray a = operands[op];
            strides[op] = Broadcasting.stridesFor(a.shape(), a.strides(), shape);
            if (strides[op] == null) {
                return null;
            }
        }
        return strides;
    }

    /**
     * Drops length-1 axes, then merges each axis into the group before it when, for every
     * operand, the outer stride is exactly the inner group's length times its stride. Returns
     * the strides [axis][op] of the groups and puts their lengths in {@code shapeOut[0]}.
     */
    private static long[][] coalesce(int[] shape, long[][] strides, int[][] shapeOut) {
        int nop = strides.length;
        int[] dims = new int[shape.length];
        long[][] st = new long[shape.length][];
        int n = 0;
        // tag::coalesce[]
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == 1) {
                continue;                                  // never stepped: irrelevant
            }
            long[] axis = new long[nop];
            for (int op = 0; op < nop; op++) {
                axis[op] = strides[op][k];
            }
            if (n > 0 && mergeable(st[n - 1], axis, shape[k], (long) dims[n - 1] * shape[k])) {
                dims[n - 1] *= shape[k];                   // same walk, one axis fewer
                st[n - 1] = axis;                          // the group steps like its inner axis
            } else {
                dims[n] = shape[k];
                st[n++] = axis;
            }
        }
        // end::coalesce[]
        shapeOut[0] = Arrays.copyOf(dims, n);
        return Arrays.copyOf(st, n);
    }

    // tag::mergeable[]
    private static boolean mergeable(long[] outer, long[] inner, int innerLength, long merged) {
        if (merged > Integer.MAX_VALUE) {
            return false;                                  // a run length must fit an int
        }
        for (int op = 0; op < outer.length; op++) {
            if (outer[op] != innerLength * inner[op]) {
                return false;
            }
        }
        return true;
    }
    // end::mergeable[]

    // ---- what it walks --------------------------------------------------------------------------

    /** The broadcast shape; a fresh copy. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of element positions visited: the product of {@link #shape()}. */
    public long size() {
        return size;
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of operands. */
    public int nop() {
        return operands.length;
    }

    /** Operand {@code op}, as given. */
    public NDArray operand(int op) {
        return operands[op];
    }

    /** Operand {@code op}'s strides over the broadcast shape (0 where stretched); a fresh copy. */
    public long[] strides(int op) {
        return strides[op].clone();
    }

    /**
     * Operand {@code op} seen with the broadcast shape: a <b>read-only view</b> with its broadcast
     * strides, as NumPy's {@code nditer.itviews}.
     */
    public NDArray view(int op) {
        return Broadcasting.readOnlyView(operands[op], shape, strides[op]);
    }

    /**
     * The shape actually walked after coalescing (length-1 axes dropped, mergeable neighbours
     * merged); its last entry is the run length. Contiguous operands give {@code [size]}.
     */
    public int[] coalescedShape() {
        return runShape.clone();
    }

    // ---- walking --------------------------------------------------------------------------------

    /**
     * Calls {@code loop} once per innermost run, in C order. An empty broadcast shape calls it
     * never; a 0-d one (or all axes of length 1) calls it once with {@code count = 1}.
     */
    public void forEachRun(InnerLoop loop) {
        if (size == 0) {
            return;
        }
        int nop = operands.length;
        long[] start = new long[nop];                      // the cursor: first element of the run
        for (int op = 0; op < nop; op++) {
            start[op] = operands[op].offset();
        }
        int n = runShape.length;
        long[] innerStrides = n == 0 ? new long[nop] : runStrides[n - 1];
        int count = n == 0 ? 1 : runShape[n - 1];
        long[] offsets = new long[nop];                    // handed out, refilled per run
        long[] steps = new long[nop];
        int[] index = new int[Math.max(n - 1, 0)];        // odometer over the outer axes
        // tag::for-each-run[]
        while (true) {
            System.arraycopy(start, 0, offsets, 0, nop);
            System.arraycopy(innerStrides, 0, steps, 0, nop);
            loop.run(offsets, count, steps);
            int k = n - 2;                                 // advance the outer axes
            for (; k >= 0; k--) {
                long[] st = runStrides[k];
                if (++index[k] < runShape[k]) {
                    for (int op = 0; op < nop; op++) {
                        start[op] += st[op];
                    }
                    break;
                }
                index[k] = 0;                              // wrap: back to the axis start
                for (int op = 0; op < nop; op++) {
                    start[op] -= (long) (runShape[k] - 1) * st[op];
                }
            }
            if (k < 0) {
                return;
            }
        }
        // end::for-each-run[]
    }

    /** The body of a loop over single elements; see {@link #forEachElement}. */
    @FunctionalInterface
    public interface ElementLoop {
        /** One element: its byte position in every operand (a shared array: read, don't keep). */
        void visit(long[] offsets);
    }

    /**
     * Calls {@code loop} once per element of the broadcast shape, in C order: the readable
     * per-element walk, built on {@link #forEachRun}. Prefer runs where speed matters.
     */
    public void forEachElement(ElementLoop loop) {
        int nop = operands.length;
        long[] at = new long[nop];
        forEachRun((offsets, count, steps) -> {
            for (int i = 0; i < count; i++) {
                for (int op = 0; op < nop; op++) {
                    at[op] = offsets[op] + i * steps[op];
                }
                loop.visit(at);
            }
        });
    }

    @Override
    public String toString() {
        return "MultiIterator(shape=" + NDArray.tuple(shape) + ", operands=" + operands.length
                + ", runs of " + (runShape.length == 0 ? 1 : runShape[runShape.length - 1]) + ")";
    }
}
