package dev.strides.exercises.ch02;

import dev.strides.workbook.NotSolved;

/**
 * Q012 - What is broadcasting error?
 *
 * <p>A broadcasting error is NumPy refusing shapes that the rule cannot reconcile: aligned at
 * the right, some axis has two different lengths and neither is 1. {@code np.ones(3) +
 * np.ones(4)} raises
 *
 * <pre>ValueError: operands could not be broadcast together with shapes (3,) (4,) </pre>
 *
 * <p>The message lists every operand's shape in NumPy's C spelling, without spaces:
 * {@code (2,3)}, a trailing comma for one axis {@code (3,)}, {@code ()} for a 0-d array, and a
 * space after each shape (so the message ends with a space). Reading it is the first step of
 * every fix: compare the shapes from the right and find the axis that disagrees.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q012")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q012} to check.
 */
public final class Q012BroadcastingErrors {

    private Q012BroadcastingErrors() {
    }

    /**
     * The rightmost axis where {@code a} and {@code b} clash, counted from the end ({@code -1}
     * is the last axis), or {@code 0} when they broadcast. Only axes both shapes have can
     * clash.
     *
     * <p>Examples: {@code (3,)} and {@code (4,)} give -1; {@code (2, 1)} and {@code (8, 4, 3)}
     * give -2 (2 against 4; the last axis is fine because of the 1); {@code (5, 4)} and
     * {@code (4, 5)} give -1; {@code (3, 1)} and {@code (4,)} give 0.
     *
     * @param a a shape, not modified
     * @param b a shape, not modified
     * @return a negative axis, or 0
     */
    public static int clashingAxis(int[] a, int[] b) {
        throw new NotSolved("Q012");
    }

    /**
     * What NumPy's {@code np.add} (or any ufunc) says about operands of these shapes: null
     * when they all broadcast together, else exactly
     * {@code "operands could not be broadcast together with shapes (2,3) (4,) "}, listing every
     * shape in order with {@link #compact}.
     *
     * @param shapes the operands' shapes, not modified
     * @return null, or NumPy's message
     */
    public static String ufuncError(int[]... shapes) {
        throw new NotSolved("Q012");
    }

    /**
     * A shape as NumPy's C code spells it in this message: {@code (2,3)}, {@code (3,)},
     * {@code ()}.
     *
     * @param shape a shape, not modified
     * @return its spelling
     */
    public static String compact(int[] shape) {
        throw new NotSolved("Q012");
    }
}
