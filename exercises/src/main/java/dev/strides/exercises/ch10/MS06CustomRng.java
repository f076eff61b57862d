package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;
import dev.strides.random.Generator;
import dev.strides.random.SeedSequence;
import dev.strides.workbook.NotSolved;

/**
 * MS06 - How to implement a custom random number generator?
 *
 * <p>In NumPy a new generator is a {@code BitGenerator}: it supplies raw bits, and
 * {@code Generator} turns them into every distribution. Here the contract is the abstract class
 * {@link BitGenerator}: write a private nested class that extends it, with a constructor that
 * calls {@code super(seq)} ({@code null} when there is no seed sequence), {@code nextUint64()}
 * (one {@link #next} step on its state) and {@code withSeedSequence(seq)} (a new generator of
 * your kind: what {@code spawn} calls per child). The base class derives buffered 32-bit halves
 * and doubles; the factories below return instances of your class.
 *
 * <p>Implement Blackman and Vigna's xoshiro256**: four 64-bit state words s0..s3, and per call
 *
 * <pre>{@code result = rotl(s1 * 5, 7) * 9
 * t = s1 << 17
 * s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
 * return result}</pre>
 *
 * <p>Seed it like NumPy's own generators: the state is {@code seq.generateState64(4)} of a
 * {@link SeedSequence}. The all-zero state never leaves zero, so it must be refused.
 *
 * <p>Your task: replace each {@code throw new NotSolved("MS06")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook MS06} to check.
 */
public final class MS06CustomRng {

    private MS06CustomRng() {
    }

    /**
     * One xoshiro256** step on the state {@code s} (four words, modified in place): returns
     * {@code rotl(s1 * 5, 7) * 9} and advances the state as above.
     */
    public static long next(long[] s) {
        throw new NotSolved("MS06");
    }

    /** A xoshiro256** bit generator seeded through {@code new SeedSequence(seed)}. */
    public static BitGenerator xoshiro(long seed) {
        throw new NotSolved("MS06");
    }

    /**
     * A xoshiro256** bit generator whose state is {@code seq.generateState64(4)}, in order s0 to
     * s3; it remembers {@code seq}, so that {@code spawn} works on it.
     */
    public static BitGenerator xoshiro(SeedSequence seq) {
        throw new NotSolved("MS06");
    }

    /**
     * A xoshiro256** bit generator with its state set directly (no seed sequence).
     *
     * @throws IllegalArgumentException when all four words are 0 (the message says "all zero")
     */
    public static BitGenerator xoshiroFromState(long s0, long s1, long s2, long s3) {
        throw new NotSolved("MS06");
    }

    /** A {@link Generator} on {@code xoshiro(seed)}. */
    public static Generator generator(long seed) {
        throw new NotSolved("MS06");
    }
}
