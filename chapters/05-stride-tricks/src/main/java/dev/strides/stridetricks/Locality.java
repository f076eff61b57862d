package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Cache locality made visible: the same sum, over the same float64 elements, with the loops
 * nested in different orders. The result is the same (up to rounding order); the speed is not.
 *
 * <p>Memory moves between RAM and the CPU in cache lines of 64 bytes (8 float64). A loop whose
 * innermost index steps 8 bytes uses every byte of each line it loads, and the hardware
 * prefetcher sees the pattern and loads ahead. A loop whose innermost index steps a whole row
 * ({@code strides[0]} = {@code 8·ncols} bytes) uses 8 bytes of each 64-byte line, and once the
 * rows it touches no longer fit in cache, loads every line eight times. The rule: <b>put the
 * axis with the smallest |stride| innermost</b> - that is what {@link #loopOrder} returns, and
 * what NumPy's iterator does for {@code order='K'} (chapter 2's {@code MultiIterator} walks
 * C order but coalesces contiguous axes into one run).
 *
 * <p>A transposed view ({@code a.T}) has the same buffer with the strides swapped: looping over
 * it "row by row" is looping over {@code a} column by column. Summing it in
 * {@link #loopOrder} order is as fast as summing {@code a}.
 */
public final class Locality {

    private static final ValueLayout.OfDouble F64 = ValueLayout.JAVA_DOUBLE_UNALIGNED;

    private Locality() {
    }

    // tag::loop-order[]
    /**
     * The order to nest loops over {@code a} to walk its memory forward: axes by decreasing
     * |stride|, so the last one (innermost) has the smallest step. Equal strides keep their
     * order. For a C array this is {@code (0, 1, ..., n-1)}; for F or {@code a.T}, reversed.
     */
    public static int[] loopOrder(NDArray a) {
        Integer[] axes = new Integer[a.ndim()];
        for (int k = 0; k < axes.length; k++) {
            axes[k] = k;
        }
        long[] strides = a.strides();
        Arrays.sort(axes, Comparator.comparingLong((Integer k) -> -Math.abs(strides[k])));
        return Arrays.stream(axes).mapToInt(Integer::intValue).toArray();
    }
    // end::loop-order[]

    /** Sums with the loops nested as the indexes are written: the last axis innermost. */
    public static double sumRowOrder(NDArray a) {
        int[] order = new int[a.ndim()];
        Arrays.setAll(order, k -> k);
        return sum(a, order);
    }

    /** Sums with the loops nested the other way: the first axis innermost. */
    public static double sumColumnOrder(NDArray a) {
        int[] order = new int[a.ndim()];
        Arrays.setAll(order, k -> order.length - 1 - k);
        return sum(a, order);
    }

    /** Sums in the order of {@link #loopOrder}: memory order, whatever the view's strides. */
    public static double sumMemoryOrder(NDArray a) {
        return sum(a, loopOrder(a));
    }

    /**
     * Sums a float64 array visiting its elements with the loops nested in {@code order}
     * ({@code order[0]} outermost, the last entry innermost). The inner loop is one pointer
     * bump of {@code strides[inner]} bytes per element; an odometer moves the outer axes.
     */
    public static double sum(NDArray a, int[] order) {
        checkFloat64(a);
        if (a.size() == 0) {
            return 0;
        }
        if (a.ndim() == 0) {
            return a.getDouble();
        }
        MemorySegment memory = a.buffer();
        // tag::sum-in-order[]
        int inner = order[order.length - 1];
        int n = a.shape(inner);
        long step = a.strides(inner);
        int[] counter = new int[order.length - 1];      // indexes of the outer axes
        long start = a.offset();
        double s = 0;
        while (true) {
            long p = start;
            for (int i = 0; i < n; i++, p += step) {
                s += memory.get(F64, p);
            }
            int k = counter.length - 1;                 // advance the odometer
            for (; k >= 0; k--) {
                int axis = order[k];
                start += a.strides(axis);
                if (++counter[k] < a.shape(axis)) {
                    break;
                }
                start -= a.strides(axis) * a.shape(axis);
                counter[k] = 0;
            }
            if (k < 0) {
                return s;
            }
        }
        // end::sum-in-order[]
    }

    private static void checkFloat64(NDArray a) {
        if (!a.dtype().equals(DType.FLOAT64)) {
            throw new IllegalArgumentException("the locality sums read native float64, got dtype "
                    + a.dtype().str());
        }
    }
}
