package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.NDArray;
import org.junit.jupiter.api.Test;

/**
 * A custom bit generator behind the same Generator interface: SplitMix64 reproduces Vigna's
 * reference outputs, and every Generator method runs on it (uniform, bounded integers,
 * ziggurat normals, shuffles) with the right distribution.
 */
class SplitMix64Test {

    @Test
    void reproducesTheReferenceVector() {
        // splitmix64.c (Vigna) seeded with 1234567
        SplitMix64 g = SplitMix64.ofState(1234567);
        assertThat(Long.toUnsignedString(g.nextUint64())).isEqualTo("6457827717110365317");
        assertThat(Long.toUnsignedString(g.nextUint64())).isEqualTo("3203168211198807973");
        assertThat(Long.toUnsignedString(g.nextUint64())).isEqualTo("9817491932198370423");
        assertThat(Long.toUnsignedString(g.nextUint64())).isEqualTo("4593380528125082431");
        assertThat(Long.toUnsignedString(g.nextUint64())).isEqualTo("16408922859458223821");
    }

    @Test
    void theBaseClassDerivesHalvesAndDoubles() {
        long first = SplitMix64.ofState(99).nextUint64();
        SplitMix64 g = SplitMix64.ofState(99);
        assertThat(g.nextUint32()).isEqualTo((int) first);             // low half first
        assertThat(g.nextUint32()).isEqualTo((int) (first >>> 32));    // then the high half
        assertThat(SplitMix64.ofState(99).nextDouble()).isEqualTo((first >>> 11) * 0x1.0p-53);
    }

    @Test
    void everyGeneratorMethodRunsOnIt() {
        Generator g = new Generator(new SplitMix64(42));
        NDArray z = g.standardNormal(100_000);
        double mean = 0;
        double sq = 0;
        for (int i = 0; i < 100_000; i++) {
            mean += z.getDouble(i);
            sq += z.getDouble(i) * z.getDouble(i);
        }
        assertThat(mean / 1e5).isCloseTo(0, within(0.015));
        assertThat(sq / 1e5).isCloseTo(1, within(0.02));
        NDArray dice = g.integers(1, 7, 60_000);
        long[] counts = new long[7];
        for (int i = 0; i < 60_000; i++) {
            counts[(int) dice.getLong(i)]++;
        }
        assertThat(counts[0]).isZero();
        for (int face = 1; face <= 6; face++) {
            assertThat(counts[face]).isBetween(9_500L, 10_500L);
        }
        assertThat(g.permutation(10).size()).isEqualTo(10);
    }

    @Test
    void spawnsAndReseedsLikeNumPysGenerators() {
        SplitMix64 a = new SplitMix64(7);
        SplitMix64 b = new SplitMix64(7);
        assertThat(a.nextUint64()).isEqualTo(b.nextUint64());
        BitGenerator child = new SplitMix64(7).spawn(2).get(1);
        assertThat(child).isInstanceOf(SplitMix64.class);
        assertThat(child.nextUint64()).isNotEqualTo(new SplitMix64(7).nextUint64());
        SplitMix64 saved = SplitMix64.ofState(a.state());
        assertThat(saved.nextUint64()).isEqualTo(a.nextUint64());
    }
}
