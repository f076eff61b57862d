package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;
import dev.strides.workbook.NotSolved;

/**
 * Q113 - Explain the difference between Generator vs RandomState?
 *
 * <p>RandomState is the legacy API: MT19937, frozen algorithms (its streams never change between
 * NumPy versions), one global instance behind {@code np.random.seed/rand/...}. Generator is the
 * new one: a pluggable bit generator (PCG64 by default), faster and better algorithms, and
 * streams that may improve between versions. One visible difference: both answer "an integer
 * in [0, high)" without bias, but in different ways, so the same question gives different
 * numbers.
 *
 * <ul>
 *   <li>Generator ({@code integers}) uses Lemire's method. With {@code rng = high - 1} and
 *       {@code n = rng + 1}: if {@code rng <= 2^32 - 1}, take a 32-bit draw u, {@code m = u * n}
 *       (64 bits), {@code leftover = m mod 2^32}; if {@code leftover < n}, compute
 *       {@code threshold = (2^32 - 1 - rng) mod n} and redraw while {@code leftover <
 *       threshold}; the answer is {@code m >>> 32}. Wider ranges do the same on 64-bit draws
 *       ({@code Math.unsignedMultiplyHigh}, {@code Long.remainderUnsigned}, threshold
 *       {@code (2^64 - n) mod n}).</li>
 *   <li>RandomState ({@code randint}) uses masked rejection: {@code mask} is the smallest
 *       {@code 2^k - 1 >= rng}; draw, keep {@code draw & mask}, retry while it exceeds rng. It
 *       draws 32-bit words when {@code rng <= 2^32 - 1}, else 64-bit ones.</li>
 * </ul>
 *
 * <p>When {@code high == 1} both return 0 without drawing.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q113")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q113} to check.
 */
public final class Q113GeneratorVsRandomState {

    private Q113GeneratorVsRandomState() {
    }

    /**
     * One integer in {@code [0, high)} by Lemire's method, as {@code Generator.integers(0, high)}.
     *
     * @throws IllegalArgumentException for {@code high <= 0}, NumPy's message {@code "high <= 0"}
     */
    public static long lemire(BitGenerator bg, long high) {
        throw new NotSolved("Q113");
    }

    /**
     * One integer in {@code [0, high)} by masked rejection, as
     * {@code RandomState.randint(0, high)}.
     *
     * @throws IllegalArgumentException for {@code high <= 0}, NumPy's message {@code "high <= 0"}
     */
    public static long masked(BitGenerator bg, long high) {
        throw new NotSolved("Q113");
    }

    /**
     * Predict: the bit generator's class name behind {@code "default_rng"},
     * {@code "RandomState"} and {@code "np.random.seed"}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static String bitGeneratorOf(String api) {
        throw new NotSolved("Q113");
    }
}
