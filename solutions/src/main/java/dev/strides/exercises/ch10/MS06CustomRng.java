package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;
import dev.strides.random.Generator;
import dev.strides.random.SeedSequence;

/**
 * MS06 - How to implement a custom random number generator? Reference solution.
 *
 * <p>A bit generator owes the world one method, {@code nextUint64}; everything else (32-bit
 * halves, doubles, every distribution of {@link Generator}) is built on it by the base class.
 */
public final class MS06CustomRng {

    private MS06CustomRng() {
    }

    /** One xoshiro256** step: the ** scrambler on s1, then the xor/shift/rotate engine. */
    public static long next(long[] s) {
        long result = Long.rotateLeft(s[1] * 5, 7) * 9;
        long t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = Long.rotateLeft(s[3], 45);
        return result;
    }

    /** Seeded through {@code SeedSequence(seed)}, as NumPy seeds its bit generators. */
    public static BitGenerator xoshiro(long seed) {
        return xoshiro(new SeedSequence(seed));
    }

    /** The four state words are {@code seq.generate_state(4, uint64)}. */
    public static BitGenerator xoshiro(SeedSequence seq) {
        return new Xoshiro256StarStar(seq, seq.generateState64(4));
    }

    /** A state set directly; the all-zero state is the one fixed point, so it is refused. */
    public static BitGenerator xoshiroFromState(long s0, long s1, long s2, long s3) {
        return new Xoshiro256StarStar(null, new long[] {s0, s1, s2, s3});
    }

    /** Any Generator method now runs on xoshiro256**'s bits. */
    public static Generator generator(long seed) {
        return new Generator(xoshiro(seed));
    }

    /** xoshiro256** behind the BitGenerator contract: 256 bits of state, period 2^256 - 1. */
    private static final class Xoshiro256StarStar extends BitGenerator {

        private final long[] s;

        Xoshiro256StarStar(SeedSequence seq, long[] state) {
            super(seq);                                       // null: not spawnable
            if ((state[0] | state[1] | state[2] | state[3]) == 0) {
                throw new IllegalArgumentException("xoshiro256** state must not be all zero");
            }
            this.s = state.clone();
        }

        @Override
        public long nextUint64() {
            return next(s);
        }

        @Override
        protected BitGenerator withSeedSequence(SeedSequence seq) {
            return xoshiro(seq);                              // what spawn calls per child
        }

        @Override
        public String toString() {
            return "Xoshiro256StarStar";
        }
    }
}
