package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import dev.strides.random.BitGenerator;
import dev.strides.random.Generator;
import dev.strides.random.SeedSequence;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * MS06: xoshiro256** behind the BitGenerator interface. NumPy has no xoshiro, so the expected
 * values come from a twenty-line Python reference of the algorithm (in uint64 arithmetic) seeded
 * with NumPy's {@code SeedSequence(42).generate_state(4, np.uint64)}.
 */
@Tag("MS06")
class MS06CustomRngTest {

    @Test
    void theReferenceOutputsFromStateOneTwoThreeFour() {
        long[] s = {1, 2, 3, 4};
        // rotl(2 * 5, 7) * 9 = 11520 = 0x2d00, then the state has moved on
        assertThat(MS06CustomRng.next(s)).isEqualTo(0x2d00L);
        assertThat(s).as("s2 ^= s0, s3 ^= s1, s1 ^= s2, s0 ^= s3, s2 ^= s1 << 17, rotl(s3, 45)")
                .containsExactly(7L, 0L, 262146L, 211106232532992L);
        BitGenerator x = MS06CustomRng.xoshiroFromState(1, 2, 3, 4);
        assertThat(x.nextUint64()).as("the same step behind nextUint64").isEqualTo(0x2d00L);
        assertThat(x.nextUint64()).isEqualTo(0L);
        assertThat(x.nextUint64()).isEqualTo(0x5a007080L);
    }

    @Test
    void seededThroughSeedSequenceLikeNumPysGenerators() {
        // [hex(v) for v in np.random.SeedSequence(42).generate_state(4, np.uint64)] is the state
        assertThat(new SeedSequence(42).generateState64(4)[0]).isEqualTo(0x9f1e2e6dcd540ab7L);
        BitGenerator x = MS06CustomRng.xoshiro(42);
        assertThat(new long[] {x.nextUint64(), x.nextUint64(), x.nextUint64(), x.nextUint64()})
                .containsExactly(0x162ee0b89c91ffbdL, 0x65848352e042ff5aL, 0xb1feb5cc049fd625L,
                        0x39c1760b6ebfaebcL);
    }

    @Test
    void everyGeneratorMethodRunsOnTheNewBits() {
        Generator g = MS06CustomRng.generator(42);
        // repr(np.array([(v >> 11) * 2.0**-53 for v in the first three outputs]))
        assertThat(g.random(3).toString()).as("(x >>> 11) * 2^-53 on xoshiro's outputs")
                .isEqualTo("array([0.0866528 , 0.39655324, 0.69529282])");
        Generator h = MS06CustomRng.generator(42);
        assertThat(h.random()).isEqualTo(0.08665279872054288);
        // Lemire's method on buffered 32-bit halves, as Generator.integers(0, 100, 4) does
        assertThat(MS06CustomRng.generator(42).integers(0, 100, 4).toString())
                .isEqualTo("array([61,  8, 87, 39])");
    }

    @Test
    void thirtyTwoBitDrawsAreTheLowThenTheHighHalf() {
        BitGenerator x = MS06CustomRng.xoshiro(42);
        // first output 0x162ee0b89c91ffbd
        assertThat(x.nextUint32()).as("low half").isEqualTo(0x9c91ffbd);
        assertThat(x.nextUint32()).as("high half, kept from the same draw")
                .isEqualTo(0x162ee0b8);
    }

    @Test
    void aSeedSequenceSeedsIt() {
        BitGenerator fromSeq = MS06CustomRng.xoshiro(new SeedSequence(42));
        assertThat(fromSeq.nextUint64()).as("xoshiro(42) is xoshiro(SeedSequence(42))")
                .isEqualTo(0x162ee0b89c91ffbdL);
    }

    @Test
    void spawnedChildrenAreXoshiroToo() {
        Generator child = MS06CustomRng.generator(42).spawn(2).get(1);
        assertThat(child.bitGenerator().getClass()).as("spawn calls withSeedSequence")
                .isEqualTo(MS06CustomRng.xoshiro(1).getClass());
        // seeded with np.random.SeedSequence(42).spawn(2)[1].generate_state(4, np.uint64)
        assertThat(child.bitGenerator().nextUint64()).isEqualTo(0xf60f50ec0ccb2b63L);
    }

    @Test
    void theAllZeroStateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MS06CustomRng.xoshiroFromState(0, 0, 0, 0));
        assertThat(e).hasMessageContaining("all zero");
    }
}
