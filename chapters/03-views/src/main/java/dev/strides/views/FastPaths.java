package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * When the fast loops of {@link GatherLoops} may replace the readable reference paths of
 * advanced indexing, and the switch that turns them off.
 *
 * <p>The fast loops see an operand as one <b>flat run</b>: {@code n} elements at
 * {@code offset + k*step}, {@code k = 0..n-1}, in C order. Two layouts are such a run: a 1-d
 * array (any stride, negative included) and a C-contiguous array of any shape (step = itemsize).
 * Anything else — a transposed or sliced 2-d array, a broadcast view — takes the reference
 * path, which walks any layout with chapter 02's iterator.
 *
 * <p>{@link #withReferencePaths} runs a call with the fast loops switched off for the current
 * thread: the tests run both paths on the same inputs and compare the bytes.
 */
final class FastPaths {

    /** {@link #flatStep} of a layout that is not one flat run. */
    static final long NOT_FLAT = Long.MIN_VALUE;

    private static final ThreadLocal<Boolean> REFERENCE_ONLY = ThreadLocal.withInitial(() -> false);

    private FastPaths() {
    }

    /** False while {@link #withReferencePaths} runs on this thread. */
    static boolean enabled() {
        return !REFERENCE_ONLY.get();
    }

    /** Runs {@code call} on the reference paths only (for tests and for comparing speed). */
    static <T> T withReferencePaths(Supplier<T> call) {
        boolean before = REFERENCE_ONLY.get();
        REFERENCE_ONLY.set(true);
        try {
            return call.get();
        } finally {
            REFERENCE_ONLY.set(before);
        }
    }

    // tag::flat-step[]
    /**
     * The byte step between consecutive elements when {@code a} is one flat run in C order:
     * {@code strides[0]} of a 1-d array, the itemsize of a C-contiguous one; else
     * {@link #NOT_FLAT}.
     */
    static long flatStep(NDArray a) {
        if (a.ndim() == 1) {
            return a.strides(0);
        }
        return a.flags().cContiguous() ? a.itemsize() : NOT_FLAT;
    }
    // end::flat-step[]

    /** A native-order int64 index array (NumPy's intp) that is one flat run. */
    static boolean isFlatIntp(NDArray index) {
        return index.dtype().equals(DType.INT64) && flatStep(index) != NOT_FLAT;
    }

    /** A boolean array that is one flat run. */
    static boolean isFlatMask(NDArray mask) {
        return mask.dtype().isBool() && flatStep(mask) != NOT_FLAT;
    }

    /**
     * True when the axes {@code from..ndim-1} of {@code a} have exactly the strides of a new
     * C-ordered array of their shape, so that each position along the axes before them starts
     * one gap-free block of bytes laid out as the result of an index lays it out. An empty block
     * qualifies: nothing is copied.
     */
    static boolean denseFrom(NDArray a, int from) {
        int[] inner = Arrays.copyOfRange(a.shape(), from, a.ndim());
        if (NDArray.sizeOf(inner) == 0) {
            return true;
        }
        long[] c = NDArray.defaultStrides(inner, a.itemsize(), Order.C);
        return Arrays.equals(c, Arrays.copyOfRange(a.strides(), from, a.ndim()));
    }
}
