package dev.strides.broadcasting;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * {@code np.sum} over chosen axes, with {@code keepdims}: a reduction written as a broadcast.
 *
 * <p><b>The naive precursor of chapter 4's {@code ufunc.reduce}</b> (which {@code np.sum} runs),
 * kept for this chapter's book and tests: nothing else uses it. The idea is worth seeing here,
 * and chapter 4's reductions use exactly it: allocate the result with the reduced axes kept as length 1, then view it
 * with the input's shape and <b>stride 0 along the reduced axes</b>. Walking that view and the
 * input together with a {@link MultiIterator}, {@code out[i, 0] += a[i, j]} visits every input
 * element once and lands each one on its row's total. With {@code keepdims} the result keeps
 * those length-1 axes, so it broadcasts straight back against the input:
 * {@code a / a.sum(axis=1, keepdims=True)}.
 *
 * <p>Result dtype as NumPy's: bool and signed integers sum in {@code int64}, unsigned ones in
 * {@code uint64} (integers wrap around), floats in their own type. The order of additions is the
 * iteration order; NumPy adds contiguous runs pairwise, so float sums of more than 8 elements may
 * differ from NumPy's in the last bits. Cost: one pass over {@code a}; the result is a copy.
 */
public final class Sums {

    private Sums() {
    }

    /** The sum of all elements, as a 0-d array. */
    public static NDArray sum(NDArray a) {
        int[] all = new int[a.ndim()];
        Arrays.setAll(all, k -> k);
        return sum(a, all, false);
    }

    /** The sum along one axis (negative counts from the end). */
    public static NDArray sum(NDArray a, int axis, boolean keepdims) {
        return sum(a, new int[] {axis}, keepdims);
    }

    /**
     * {@code np.sum(a, axis=axes, keepdims=keepdims)}: a <b>copy</b> whose shape is {@code a}'s
     * with the {@code axes} removed (or set to 1 with {@code keepdims}).
     *
     * @throws dev.strides.ndarray.IndexException {@code axis 2 is out of bounds for array of
     *     dimension 2}
     * @throws IllegalArgumentException {@code duplicate value in 'axis'}
     */
    // tag::sum[]
    public static NDArray sum(NDArray a, int[] axes, boolean keepdims) {
        boolean[] reduced = reducedAxes(axes, a.ndim());
        int[] shape = a.shape();
        int[] kept = shape.clone();
        for (int k = 0; k < kept.length; k++) {
            kept[k] = reduced[k] ? 1 : kept[k];
        }
        NDArray out = NDArray.allocate(sumType(a.dtype()), keepdims ? kept : dropped(kept, reduced),
                Order.C);
        long[] strides = new long[shape.length];            // out seen with a's shape:
        for (int k = 0, j = 0; k < shape.length; k++) {      // stride 0 along reduced axes,
            if (!reduced[k] || keepdims) {                   // so every a[i, j] lands on out[i]
                strides[k] = reduced[k] ? 0 : out.strides(j);
                j++;
            }
        }
        NDArray accumulator = out.stridedView(shape, strides, 0);
        accumulate(MultiIterator.of(shape, accumulator, a), out.dtype(), a.dtype());
        return out;
    }
    // end::sum[]

    private static void accumulate(MultiIterator it, DType outType, DType inType) {
        MemorySegment sz = it.operand(0).buffer();
        MemorySegment sa = it.operand(1).buffer();
        if (outType.isInexact()) {
            it.forEachElement(at -> {
                double total = Elements.readDouble(sz, at[0], outType);
                double value = Elements.readDouble(sa, at[1], inType);
                Elements.writeDouble(sz, at[0], outType, total + value);
            });
        } else {                                           // integers wrap around, as NumPy's do
            it.forEachElement(at -> {
                long total = Elements.readLong(sz, at[0], outType);
                Elements.writeLong(sz, at[0], outType, total + Elements.readLong(sa, at[1], inType),
                        false);
            });
        }
    }

    static DType sumType(DType t) {
        if (t.isComplex()) {
            throw new DTypeException("sum: complex arrays are not supported by the provisional"
                    + " chapter-2 reduction (chapter 6 handles them)");
        }
        if (t.isUnsignedInteger()) {
            return DType.UINT64;
        }
        return t.isInexact() ? t.nativeType() : DType.INT64;
    }

    private static boolean[] reducedAxes(int[] axes, int ndim) {
        boolean[] reduced = new boolean[ndim];
        for (int axis : axes) {
            int k = NDArray.normalizeAxis(axis, ndim);
            if (reduced[k]) {
                throw new IllegalArgumentException("duplicate value in 'axis'");
            }
            reduced[k] = true;
        }
        return reduced;
    }

    private static int[] dropped(int[] values, boolean[] reduced) {
        return IntStream.range(0, values.length).filter(k -> !reduced[k])
                .map(k -> values[k]).toArray();
    }
}
