package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the bounded-integer kernels: every draw is in range, and the fast Lemire path
 * (one {@code unsignedMultiplyHigh}) equals a reference written with exact 128-bit BigInteger
 * arithmetic on the same 64-bit draws.
 */
class BoundedIntegersPropertiesTest {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    @Property(tries = 300)
    void lemire64MatchesTheExactReference(@ForAll long seed, @ForAll long rng) {
        if (rng == -1L) {
            return;                                   // the full range skips Lemire
        }
        long fast = BoundedIntegers.lemire64(new PCG64(seed & Long.MAX_VALUE), rng);
        assertThat(fast).isEqualTo(reference(new PCG64(seed & Long.MAX_VALUE), rng));
    }

    /** Lemire's method with BigInteger: m = x * (rng + 1); reject while m mod 2^64 < threshold. */
    private static long reference(BitGenerator g, long rng) {
        BigInteger n = new BigInteger(Long.toUnsignedString(rng)).add(BigInteger.ONE);
        BigInteger threshold = TWO_64.subtract(n).mod(n);
        for (;;) {
            BigInteger m = new BigInteger(Long.toUnsignedString(g.nextUint64())).multiply(n);
            if (m.mod(TWO_64).compareTo(threshold) >= 0) {
                return m.shiftRight(64).longValue();
            }
        }
    }

    @Property(tries = 300)
    void everyDrawIsInRange(@ForAll long seed, @ForAll @LongRange(min = 0, max = 70_000) long rng,
                            @ForAll boolean masked) {
        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
        PCG64 g = new PCG64(seed & Long.MAX_VALUE);
        for (int bits : new int[] {64, 32, 16, 8}) {
            long r = Math.min(rng, (1L << Math.min(bits, 62)) - 1);
            for (int i = 0; i < 20; i++) {
                long v = BoundedIntegers.bounded(g, 0, r, bits, masked, buf);
                assertThat(v).isBetween(0L, r);
            }
        }
    }

    @Property(tries = 200)
    void intervalStaysInRange(@ForAll long seed, @ForAll @LongRange(min = 0) long max) {
        PCG64 g = new PCG64(seed & Long.MAX_VALUE);
        assertThat(BoundedIntegers.interval(g, max)).isBetween(0L, max);
    }
}
