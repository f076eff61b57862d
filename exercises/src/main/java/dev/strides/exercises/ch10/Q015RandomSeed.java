package dev.strides.exercises.ch10;

import dev.strides.random.Generator;
import dev.strides.workbook.NotSolved;
import java.math.BigInteger;

/**
 * Q015 - How to set random seed?
 *
 * <p>{@code rng = np.random.default_rng(42)} (new code) or {@code np.random.seed(42)} (legacy,
 * global). A seed is not the generator's state: {@code SeedSequence} cuts a non-negative integer
 * seed into 32-bit words, least significant first, pads them with zeros to its pool of 4 words
 * and hashes them into the state. So seeds are equal when their word lists are, and a
 * generator's exact position is saved and restored through its state, not its seed.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q015")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q015} to check.
 */
public final class Q015RandomSeed {

    private Q015RandomSeed() {
    }

    /**
     * The 32-bit words SeedSequence makes of {@code seed}: its base-2^32 digits, least
     * significant first; 0 gives {@code [0]}. Example: 2^32 + 7 gives {@code [7, 1]}.
     *
     * @throws IllegalArgumentException for a negative seed, with NumPy's message
     *     {@code "expected non-negative integer"}
     */
    public static long[] seedWords(BigInteger seed) {
        throw new NotSolved("Q015");
    }

    /**
     * Predict, for each pair, whether the two give the same numbers:
     *
     * <ol>
     *   <li>{@code default_rng(42).random(4)} and {@code default_rng(42).random(4)};</li>
     *   <li>{@code default_rng(42).random(4)} and {@code RandomState(42).random_sample(4)};</li>
     *   <li>{@code default_rng(0).random(4)} and {@code default_rng([0, 0]).random(4)};</li>
     *   <li>{@code default_rng(1).random(4)} and {@code default_rng(2**32 + 1).random(4)};</li>
     *   <li>{@code RandomState(42).rand(4)} and {@code Generator(MT19937(42)).random(4)}.</li>
     * </ol>
     */
    public static boolean[] predictEqualStreams() {
        throw new NotSolved("Q015");
    }

    /**
     * The next {@code n} doubles {@code g.random()} will return, without consuming them: save
     * the PCG64 state ({@code state()}), draw, restore ({@code setState}).
     *
     * @throws IllegalArgumentException when {@code g}'s bit generator is not a PCG64 (the
     *     message names PCG64)
     */
    public static double[] peek(Generator g, int n) {
        throw new NotSolved("Q015");
    }
}
