package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q037 - How to replace values meeting a condition?
 *
 * <p>{@code a[a > 10] = 10} assigns through a boolean mask: every element under {@code True}
 * is overwritten, in place, and nothing else changes. (Reading {@code a[a > 10]} makes a copy;
 * <i>assigning</i> to it writes into {@code a}.) When the original must stay as it is, copy first
 * or use {@code np.where(cond, x, a)}, which builds a new array. NaN needs {@code np.isnan}: no
 * comparison is true for NaN, not even {@code nan == nan}.
 *
 * <p>Use {@code np.greater}, {@code np.isnan}, {@code np.copy} and {@code np.set(a, mask, value)}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q037")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q037} to check.
 */
public final class Q037ConditionalReplace {

    private Q037ConditionalReplace() {
    }

    /**
     * {@code a[a > limit] = value}, in place.
     *
     * @param a     a writeable float64 array, <b>modified</b>
     * @param limit elements strictly above it are replaced
     * @param value the replacement
     * @throws dev.strides.ndarray.ReadOnlyException {@code assignment destination is read-only}
     */
    public static void replaceAboveInPlace(NDArray a, double limit, double value) {
        throw new NotSolved("Q037");
    }

    /**
     * The same replacement in a new array; {@code a} is left as it is.
     *
     * @param a     a float64 array, not modified
     * @param limit elements strictly above it are replaced
     * @param value the replacement
     * @return a new array
     */
    public static NDArray replacedAbove(NDArray a, double limit, double value) {
        throw new NotSolved("Q037");
    }

    /**
     * {@code a[np.isnan(a)] = value}, in place.
     *
     * @param a     a writeable float64 array, <b>modified</b>
     * @param value the replacement for every NaN
     */
    public static void replaceNaNInPlace(NDArray a, double value) {
        throw new NotSolved("Q037");
    }
}
