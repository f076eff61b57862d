package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.util.Arrays;
import java.util.Comparator;

/**
 * H01 - How to optimize stride usage for cache locality? Reference solution.
 *
 * <p>The CPU loads memory in 64-byte cache lines. A loop whose innermost index has the
 * smallest stride uses every byte of every line it loads and lets the prefetcher stream ahead;
 * a loop whose innermost index jumps a whole row wastes most of each line and, once the rows
 * no longer fit in cache, loads each line again and again (see this chapter's measurements).
 * So: nest loops so the axis with the smallest |stride| is innermost; when an array will be
 * traversed many times in an order that fights its layout, pay once for a contiguous copy
 * ({@code np.ascontiguousarray}); and prefer reductions over the contiguous axis.
 */
public final class H01CacheLocality {

    private H01CacheLocality() {
    }

    /**
     * The order to nest loops over {@code a}'s axes, outermost first, so that memory is walked
     * forward: axes by decreasing |stride|, the smallest |stride| last (innermost). Equal
     * strides keep their axis order.
     *
     * @param a any array
     * @return a permutation of {@code 0 .. ndim-1}
     */
    public static int[] loopOrder(NDArray a) {
        Integer[] axes = new Integer[a.ndim()];
        Arrays.setAll(axes, k -> k);
        Arrays.sort(axes, Comparator.comparingLong((Integer k) -> -Math.abs(a.strides(k))));
        return Arrays.stream(axes).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The sum of a 2-d float64 array of any layout (C, F, transposed, sliced), with the loops
     * nested so the inner loop runs along the axis of smaller |stride|.
     *
     * @param a a 2-d float64 array, not modified
     * @return the sum of its elements
     */
    public static double sumCacheFriendly(NDArray a) {
        int outer = Math.abs(a.strides(0)) >= Math.abs(a.strides(1)) ? 0 : 1;
        int inner = 1 - outer;
        double s = 0;
        int[] index = new int[2];
        for (int i = 0; i < a.shape(outer); i++) {
            index[outer] = i;
            for (int j = 0; j < a.shape(inner); j++) {
                index[inner] = j;
                s += a.getDouble(index);
            }
        }
        return s;
    }

    /**
     * NumPy's {@code np.ascontiguousarray(a)}: {@code a} itself when it is already
     * C-contiguous (no copy), otherwise a C-ordered copy with the same values.
     *
     * @param a any array, not modified
     * @return a C-contiguous array equal to {@code a}
     */
    public static NDArray ascontiguous(NDArray a) {
        return a.flags().cContiguous() ? a : np.copy(a, Order.C);
    }
}
