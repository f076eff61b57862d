package dev.strides.views;

import dev.strides.ndarray.Buffers;
import dev.strides.ndarray.NDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Do two arrays share memory? NumPy's {@code np.may_share_memory} (a cheap, conservative
 * answer) and {@code np.shares_memory} (the exact one).
 *
 * <p>Each array touches the bytes {@code offset + Σ i_k*strides[k] + u} for indices
 * {@code 0 <= i_k < shape[k]} and {@code 0 <= u < itemsize}. The <b>bounds</b> test compares
 * the lowest and highest byte each can touch: O(ndim), and "maybe" whenever the intervals meet —
 * {@code x[::2]} and {@code x[1::2]} interleave, so their bounds overlap although they share no
 * byte. The <b>exact</b> test asks whether some byte is touched by both, i.e. whether the
 * equation
 *
 * <pre>{@code start_a + Σ |sa_i| x_i + u  ==  start_b + Σ |sb_j| y_j + v}</pre>
 *
 * <p>has a solution in the bounded integers: a bounded linear Diophantine equation, solved by
 * {@link BoundedDiophantine}.
 *
 * <p><b>Cost.</b> The exact problem is NP-hard in general; the work grows exponentially with the
 * number of axes in the worst case. For arrays made by slicing one contiguous array — the
 * usual case — the search needs O(ndim) steps. {@link #sharesMemory(NDArray, NDArray, long)}
 * caps the work like NumPy's {@code max_work} and throws {@link TooHardException} beyond it.
 */
public final class Overlap {

    /** NumPy's {@code TooHardError}: the exact problem needed more than {@code max_work} steps. */
    public static final class TooHardException extends IllegalStateException {
        public TooHardException(String message) {
            super(message);
        }
    }

    private Overlap() {
    }

    // tag::may-share[]
    /**
     * {@code np.may_share_memory(a, b)}: true when the byte ranges the two arrays can touch
     * intersect. False guarantees no shared byte; true may be a false alarm. O(ndim).
     */
    public static boolean mayShareMemory(NDArray a, NDArray b) {
        long[] ea = Buffers.extent(a);              // [first byte, one past the last byte)
        long[] eb = Buffers.extent(b);
        return ea != null && eb != null && Buffers.sameBlock(a.buffer(), b.buffer())
                && ea[0] < eb[1] && eb[0] < ea[1];
    }
    // end::may-share[]

    /** {@code np.shares_memory(a, b)}: the exact answer, whatever the work. */
    public static boolean sharesMemory(NDArray a, NDArray b) {
        return sharesMemory(a, b, -1);
    }

    // tag::shares-memory[]
    /**
     * {@code np.shares_memory(a, b, max_work)}: is there a byte both arrays touch? Bounds first
     * (most pairs end there), then the exact search over at most {@code maxWork} candidates
     * ({@code -1}: no limit, {@code 0}: bounds only, as NumPy's {@code max_work}).
     *
     * @throws TooHardException when the search needs more than {@code maxWork} candidates
     */
    public static boolean sharesMemory(NDArray a, NDArray b, long maxWork) {
        if (!mayShareMemory(a, b)) {
            return false;
        }
        if (maxWork == 0) {
            return true;
        }
        List<long[]> terms = new ArrayList<>();           // {coefficient, upper bound}
        long startA = addTerms(a, terms, false);
        long endB = addTerms(b, terms, true);             // b's variables run backwards
        terms.add(new long[] {1, a.itemsize() - 1});      // the byte u inside a's element
        terms.add(new long[] {1, b.itemsize() - 1});      // ... and v inside b's, reversed
        long target = endB + b.itemsize() - 1 - startA;
        return new BoundedDiophantine(terms, maxWork).solvable(target);
    }
    // end::shares-memory[]

    /**
     * Adds one term per axis that moves ({@code |stride|}, {@code shape-1}) and returns the
     * lowest address (or, {@code reversed}, the highest element start) the array reaches.
     */
    private static long addTerms(NDArray a, List<long[]> terms, boolean reversed) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        long low = address(a) + a.offset();
        long high = low;
        for (int k = 0; k < shape.length; k++) {
            long reach = (long) (shape[k] - 1) * strides[k];
            if (reach < 0) {
                low += reach;
            } else {
                high += reach;
            }
            if (shape[k] > 1 && strides[k] != 0) {
                terms.add(new long[] {Math.abs(strides[k]), shape[k] - 1});
            }
        }
        return reversed ? high : low;
    }

    private static long address(NDArray a) {
        return a.buffer().address();
    }
}
