package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;

/**
 * {@code ufunc.accumulate} and {@code ufunc.reduceat}: reductions that keep intermediate
 * results, from the same binary loop.
 *
 * <p><b>accumulate</b> along an axis: {@code out[0] = a[0]}, {@code out[i] = f(out[i-1], a[i])},
 * i.e. {@code np.cumsum} for add. It is one ufunc call with shifted views of the same result,
 * operands {@code (out[:-1], a[1:], out[1:])}: each element reads the one written just before
 * it. That only works with a loop that reads each element right before writing it, so
 * accumulate always runs the readable loop (NumPy's fast loops likewise fall back to scalar
 * code when input and output overlap). Additions are sequential, not pairwise.
 *
 * <p><b>reduceat</b> with indices {@code i0, i1, ...}: result {@code k} is the reduction of
 * {@code a[i_k : i_{k+1}]}, or just {@code a[i_k]} when {@code i_{k+1} <= i_k}; the last one
 * runs to the end. Each is a reduce with the first element as the start.
 */
final class Accumulation {

    private Accumulation() {
    }

    static NDArray accumulate(Ufunc u, NDArray a, int axis, DType dtype, NDArray out) {
        Reduction.requireBinary(u, "accumulate");
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("cannot accumulate on a scalar");
        }
        int k = Reduction.checkAxis(axis, a.ndim());
        Loop loop = Reduction.reduceLoop(u, a.dtype(), dtype, out);
        DType t = loop.type(0);
        NDArray in = a.dtype().equals(t) ? a : a.astype(t);
        int[] layout = IterationOrder.bestAxisOrder(a.ndim(), new long[][] {a.strides()});
        NDArray result = out == null ? IterationOrder.allocate(t, a.shape(), layout)
                : checkOut(out, a);
        // tag::accumulate[]
        NDArray acc = result.dtype().equals(t) ? result : in.copy();
        int n = a.shape(k);
        if (n > 0) {
            NDArray first = Reduction.slice(in, k, 0, 1, true);
            UfuncCall.copyInto(first, Reduction.slice(acc, k, 0, 1, true), null);   // out[0] = a[0]
        }
        if (n > 1) {
            NDArray previous = Reduction.slice(acc, k, 0, n - 1, true);
            NDArray next = Reduction.slice(in, k, 1, n, true);
            NDArray written = Reduction.slice(acc, k, 1, n, true);
            int[] shape = previous.shape();
            int[] order = new int[shape.length];
            Arrays.setAll(order, i -> i);                  // index order: out[i-1] before out[i]
            FloatingPointErrors.Status status = new FloatingPointErrors.Status();
            UfuncCall.run(loop.reference(), new NDArray[] {previous, next}, new NDArray[] {written},
                    null, shape, order, status);
            FloatingPointErrors.check(status, "accumulate");
        }
        if (acc != result) {
            UfuncCall.copyInto(acc, result, null);
        }
        return result;
    }
    // end::accumulate[]

    private static NDArray checkOut(NDArray out, NDArray a) {
        if (!Arrays.equals(out.shape(), a.shape())) {
            throw new ShapeException("non-broadcastable output operand with shape "
                    + dev.strides.broadcasting.Broadcasting.compactShape(out.shape())
                    + " doesn't match the broadcast shape "
                    + dev.strides.broadcasting.Broadcasting.compactShape(a.shape()));
        }
        if (!out.isWriteable()) {
            throw new dev.strides.ndarray.ReadOnlyException("output array is read-only");
        }
        return out;
    }

    static NDArray reduceat(Ufunc u, NDArray a, int[] indices, int axis, DType dtype, NDArray out) {
        Reduction.requireBinary(u, "reduceat");
        int k = Reduction.checkAxis(axis, Math.max(a.ndim(), 1));
        int n = a.shape(k);
        for (int index : indices) {
            if (index < 0 || index >= n) {
                throw new IndexException("index " + index + " out-of-bounds in " + u.name()
                        + ".reduceat [0, " + n + ")");
            }
        }
        Loop loop = Reduction.reduceLoop(u, a.dtype(), dtype, out);
        DType t = loop.type(0);
        NDArray in = a.dtype().equals(t) ? a : a.astype(t);
        int[] shape = a.shape();
        shape[k] = indices.length;
        NDArray result = out != null ? out : IterationOrder.allocate(t, shape,
                IterationOrder.bestAxisOrder(a.ndim(), new long[][] {a.strides()}));
        NDArray acc = result.dtype().equals(t) ? result : IterationOrder.allocate(t, shape,
                IterationOrder.bestAxisOrder(shape.length, new long[][] {result.strides()}));
        // tag::reduceat[]
        boolean[] reduced = new boolean[a.ndim()];
        reduced[k] = true;
        for (int i = 0; i < indices.length; i++) {
            int start = indices[i];
            int stop = i + 1 < indices.length && indices[i + 1] > start ? indices[i + 1]
                    : i + 1 < indices.length ? start + 1 : n;
            NDArray target = Reduction.slice(acc, k, i, i + 1, true);
            UfuncCall.copyInto(Reduction.slice(in, k, start, start + 1, true), target, null);
            if (stop > start + 1) {
                Reduction.run(loop, Reduction.slice(in, k, start + 1, stop, true), target, reduced,
                        true, null);
            }
        }
        if (acc != result) {
            UfuncCall.copyInto(acc, result, null);
        }
        return result;
    }
    // end::reduceat[]
}
