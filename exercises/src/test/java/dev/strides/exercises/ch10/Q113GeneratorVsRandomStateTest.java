package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import dev.strides.random.BitGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q113: the same question, "an integer in [0, high)", answered two ways. Generator uses
 * Lemire's multiplication, RandomState masked rejection; both are unbiased, and they give
 * different numbers. Expected values from NumPy 2.4.
 */
@Tag("Q113")
class Q113GeneratorVsRandomStateTest {

    private static long[] lemire(BitGenerator bg, long high, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Q113GeneratorVsRandomState.lemire(bg, high);
        }
        return out;
    }

    private static long[] masked(BitGenerator bg, long high, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Q113GeneratorVsRandomState.masked(bg, high);
        }
        return out;
    }

    private static BitGenerator pcg(long seed) {
        return np.random.defaultRng(seed).bitGenerator();
    }

    private static BitGenerator legacyMt(long seed) {
        return np.random.RandomState(seed).bitGenerator();
    }

    @Test
    void lemireOnThirtyTwoBitDrawsIsWhatGeneratorIntegersGives() {
        // np.random.default_rng(42).integers(0, 10, 5).tolist()
        assertThat(lemire(pcg(42), 10, 5)).containsExactly(0, 7, 6, 4, 4);
        // np.random.default_rng(42).integers(0, 1000, 6).tolist()
        assertThat(lemire(pcg(42), 1000, 6)).containsExactly(89, 773, 654, 438, 433, 858);
        assertThat(np.random.defaultRng(42).integers(0, 10, 5).toString())
                .as("the library's integers").isEqualTo("array([0, 7, 6, 4, 4])");
    }

    @Test
    void lemireOnSixtyFourBitDrawsForWideRanges() {
        // np.random.default_rng(42).integers(0, 2**40, 3).tolist()
        assertThat(lemire(pcg(42), 1L << 40, 3)).as("high - 1 > 2^32 - 1: 64-bit draws")
                .containsExactly(850973674774L, 482551947687L, 944038396526L);
    }

    @Test
    void maskedRejectionIsWhatRandintGives() {
        // np.random.RandomState(0).randint(0, 10, 5).tolist()
        assertThat(masked(legacyMt(0), 10, 5)).containsExactly(5, 0, 3, 3, 7);
        // np.random.RandomState(42).randint(0, 1000, 6).tolist()
        assertThat(masked(legacyMt(42), 1000, 6)).containsExactly(102, 435, 860, 270, 106, 71);
        // np.random.RandomState(0).randint(0, 2**40, 3).tolist()
        assertThat(masked(legacyMt(0), 1L << 40, 3)).as("64-bit words: first word high")
                .containsExactly(741280623151L, 506137267392L, 291447657211L);
    }

    @Test
    void oneValueNeedsNoDrawAndAnEmptyRangeIsAnError() {
        BitGenerator bg = pcg(42);
        assertThat(Q113GeneratorVsRandomState.lemire(bg, 1)).as("[0, 1) holds only 0")
                .isZero();
        assertThat(Q113GeneratorVsRandomState.masked(bg, 1)).isZero();
        // hex(np.random.default_rng(42).bit_generator.random_raw()) == '0xc621fbcd16d92688'
        assertThat(bg.nextUint64()).as("nothing was drawn: the stream is still at its start")
                .isEqualTo(0xc621fbcd16d92688L);
        // np.random.default_rng(0).integers(0): ValueError: high <= 0
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q113GeneratorVsRandomState.lemire(pcg(0), 0));
        assertThat(e).hasMessageContaining("high <= 0");
    }

    @Test
    void predictTheBitGeneratorBehindEachApi() {
        assertThat(Q113GeneratorVsRandomState.bitGeneratorOf("default_rng")).isEqualTo("PCG64")
                .isEqualTo(np.random.defaultRng(1).bitGenerator().toString());
        assertThat(Q113GeneratorVsRandomState.bitGeneratorOf("RandomState"))
                .isEqualTo("MT19937")
                .isEqualTo(np.random.RandomState(1).bitGenerator().toString());
        assertThat(Q113GeneratorVsRandomState.bitGeneratorOf("np.random.seed"))
                .as("the module functions share one global RandomState").isEqualTo("MT19937");
    }
}
