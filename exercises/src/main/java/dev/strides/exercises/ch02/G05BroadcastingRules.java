package dev.strides.exercises.ch02;

import dev.strides.workbook.NotSolved;

/**
 * G05 - Explain broadcasting rules with examples.
 *
 * <p>NumPy's rules, for any number of shapes:
 *
 * <ol>
 *   <li>align the shapes at their right end; a shape with fewer axes is padded with 1s on the
 *       left;</li>
 *   <li>along each axis, the lengths must all be equal, except that a length of 1 matches
 *       anything;</li>
 *   <li>the result takes, on each axis, the length that is not 1 (or 1 if all are 1; 0 if the
 *       others are 0 or 1).</li>
 * </ol>
 *
 * <p>When an axis breaks rule 2, {@code np.broadcast_shapes} names the first pair that clashes:
 * scanning axes from the left of the result, and on each axis the operands in order, the
 * <i>first</i> operand that set the length (not 1) and the one that disagrees with it:
 *
 * <pre>shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1
 * with shape (3, 1) and arg 2 with shape (5, 4, 2).</pre>
 *
 * <p>(on one line, two spaces after the first period, Python's tuple spelling with spaces).
 *
 * <p>Your task: replace each {@code throw new NotSolved("G05")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook G05} to check.
 */
public final class G05BroadcastingRules {

    private G05BroadcastingRules() {
    }

    /**
     * {@code np.broadcast_shapes(*shapes)} from the rules above, without calling
     * {@code np.broadcastShapes}. No shapes give {@code ()}.
     *
     * @param shapes shapes, not modified
     * @return the broadcast shape
     * @throws IllegalArgumentException with NumPy's message, naming the first clashing pair
     */
    public static int[] broadcastShapes(int[]... shapes) {
        throw new NotSolved("G05");
    }

    /**
     * Predict, by the rules and without running anything, the broadcast shape of each pair
     * below, or {@code null} where NumPy raises an error. Return them in this order:
     *
     * <ol>
     *   <li>an image {@code (256, 256, 3)} with per-channel weights {@code (3,)}</li>
     *   <li>{@code (8, 1, 6, 1)} with {@code (7, 1, 5)}</li>
     *   <li>{@code (5, 4)} with {@code (1,)}</li>
     *   <li>{@code (15, 3, 5)} with {@code (15, 1, 5)}</li>
     *   <li>{@code (3,)} with {@code (4,)}</li>
     *   <li>{@code (2, 1)} with {@code (8, 4, 3)}</li>
     *   <li>{@code (0, 1)} with {@code (3,)}</li>
     * </ol>
     *
     * @return seven shapes (or nulls)
     */
    public static int[][] predictions() {
        throw new NotSolved("G05");
    }
}
