package dev.strides.exercises.ch10;

import dev.strides.random.Generator;
import dev.strides.random.PCG64;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Q015 - How to set random seed? Reference solution.
 *
 * <p>A seed is not the state: SeedSequence cuts it into 32-bit words and hashes them into the
 * state, so equal word lists (after zero padding to the pool size) give equal streams.
 */
public final class Q015RandomSeed {

    private static final BigInteger WORD = BigInteger.ONE.shiftLeft(32);

    private Q015RandomSeed() {
    }

    /** Base-2^32 digits, least significant first; 0 is one word. */
    public static long[] seedWords(BigInteger seed) {
        if (seed.signum() < 0) {
            throw new IllegalArgumentException("expected non-negative integer");
        }
        List<Long> words = new ArrayList<>();
        BigInteger rest = seed;
        do {
            words.add(rest.mod(WORD).longValue());
            rest = rest.shiftRight(32);
        } while (rest.signum() > 0);
        return words.stream().mapToLong(Long::longValue).toArray();
    }

    /** True, false, true ([0] and [0, 0] both pad to [0, 0, 0, 0]), false, false. */
    public static boolean[] predictEqualStreams() {
        return new boolean[] {true, false, true, false, false};
    }

    /** Saves the state, draws, restores: the next {@code n} numbers, left undrawn. */
    public static double[] peek(Generator g, int n) {
        if (!(g.bitGenerator() instanceof PCG64 pcg)) {
            throw new IllegalArgumentException(
                    "peek needs a PCG64 bit generator, got " + g.bitGenerator());
        }
        PCG64.State saved = pcg.state();
        double[] ahead = new double[n];
        for (int i = 0; i < n; i++) {
            ahead[i] = g.random();
        }
        pcg.setState(saved);
        return ahead;
    }
}
