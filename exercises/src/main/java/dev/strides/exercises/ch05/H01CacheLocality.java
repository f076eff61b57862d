package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * H01 - How to optimize stride usage for cache locality?
 *
 * <p>The CPU loads memory in 64-byte cache lines. A loop whose innermost index has the
 * smallest stride uses every byte of every line it loads and lets the prefetcher stream ahead;
 * a loop whose innermost index jumps a whole row wastes most of each line and, once the rows
 * no longer fit in cache, loads each line again and again (see this chapter's measurements).
 * So: nest loops so the axis with the smallest |stride| is innermost; when an array will be
 * traversed many times in an order that fights its layout, pay once for a contiguous copy
 * ({@code np.ascontiguousarray}); and prefer reductions over the contiguous axis.
 *
 * <p>Your task: replace each {@code throw new NotSolved("H01")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook H01} to check.
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
        throw new NotSolved("H01");
    }

    /**
     * The sum of a 2-d float64 array of any layout (C, F, transposed, sliced), with the loops
     * nested so the inner loop runs along the axis of smaller |stride|.
     *
     * @param a a 2-d float64 array, not modified
     * @return the sum of its elements
     */
    public static double sumCacheFriendly(NDArray a) {
        throw new NotSolved("H01");
    }

    /**
     * NumPy's {@code np.ascontiguousarray(a)}: {@code a} itself when it is already
     * C-contiguous (no copy), otherwise a C-ordered copy with the same values.
     *
     * @param a any array, not modified
     * @return a C-contiguous array equal to {@code a}
     */
    public static NDArray ascontiguous(NDArray a) {
        throw new NotSolved("H01");
    }
}
