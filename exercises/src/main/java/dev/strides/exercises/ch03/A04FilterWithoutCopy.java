package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;
import java.util.function.DoublePredicate;

/**
 * A04 - Write code to filter values without creating a copy
 *
 * <p>{@code a[a > 0]} allocates a new array. When memory is tight and {@code a} may be
 * overwritten, filter <i>in place</i>: move every kept element to the front of {@code a} (a
 * write position that only ever trails the read position, so nothing unread is overwritten) and
 * return the view {@code a[:k]} of the first {@code k} elements. No new element memory is used;
 * the tail of {@code a} keeps stale values. The same idea fills a preallocated output buffer
 * reused across calls.
 *
 * <p>Your task: replace each {@code throw new NotSolved("A04")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook A04} to check.
 */
public final class A04FilterWithoutCopy {

    private A04FilterWithoutCopy() {
    }

    /**
     * Compacts the elements of the 1-d {@code a} that pass {@code keep} to its front, in order,
     * and returns {@code a[:k]} ({@code np.get(a, np.slice(0, k))}), a view of {@code a}.
     * Works for any stride, including a negative one ({@code a[::-1]}).
     *
     * @param a    a writeable 1-d float64 array, <b>modified</b>
     * @param keep which values to keep
     * @return the kept values, a view of {@code a}'s buffer
     */
    public static NDArray filterInPlace(NDArray a, DoublePredicate keep) {
        throw new NotSolved("A04");
    }

    /**
     * Writes the elements of the 1-d {@code a} that pass {@code keep} into the front of the
     * preallocated {@code out} and returns the view {@code out[:k]}; {@code a} is not modified.
     *
     * @param a    a 1-d float64 array
     * @param keep which values to keep
     * @param out  a writeable 1-d float64 buffer at least as long as {@code a}, <b>modified</b>
     * @return the kept values, a view of {@code out}'s buffer
     * @throws IllegalArgumentException when {@code out} is shorter than {@code a}
     */
    public static NDArray filterInto(NDArray a, DoublePredicate keep, NDArray out) {
        throw new NotSolved("A04");
    }
}
