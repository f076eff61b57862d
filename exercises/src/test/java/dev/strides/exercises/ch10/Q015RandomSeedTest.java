package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.random.Generator;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q015: what a seed is, which seeds give the same stream, and how to replay one. */
@Tag("Q015")
class Q015RandomSeedTest {

    @Test
    void aSeedBecomesThirtyTwoBitWordsLeastSignificantFirst() {
        assertThat(Q015RandomSeed.seedWords(BigInteger.valueOf(42))).containsExactly(42);
        assertThat(Q015RandomSeed.seedWords(BigInteger.ZERO)).as("0 is one word, not none")
                .containsExactly(0);
        // 2**32 -> [0, 1]
        assertThat(Q015RandomSeed.seedWords(BigInteger.ONE.shiftLeft(32)))
                .as("2^32: low word 0, high word 1").containsExactly(0, 1);
        // 2**63 -> [0, 2147483648]
        assertThat(Q015RandomSeed.seedWords(BigInteger.ONE.shiftLeft(63)))
                .containsExactly(0, 2147483648L);
        // 2**64 - 1 -> [4294967295, 4294967295]
        assertThat(Q015RandomSeed.seedWords(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)))
                .containsExactly(4294967295L, 4294967295L);
    }

    @Test
    void aNegativeSeedIsRejectedWithNumPysMessage() {
        // np.random.SeedSequence(-1): ValueError: expected non-negative integer
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q015RandomSeed.seedWords(BigInteger.valueOf(-1)));
        assertThat(e).hasMessageContaining("expected non-negative integer");
    }

    @Test
    void predictWhichSeedsGiveEqualStreams() {
        boolean[] predicted = Q015RandomSeed.predictEqualStreams();
        boolean[] actual = {
            same(np.random.defaultRng(42).random(4), np.random.defaultRng(42).random(4)),
            same(np.random.defaultRng(42).random(4),
                    np.random.RandomState(42).randomSample(4)),
            same(np.random.defaultRng(0).random(4),
                    np.random.defaultRng(new long[] {0, 0}).random(4)),
            same(np.random.defaultRng(1).random(4),
                    np.random.defaultRng(BigInteger.ONE.shiftLeft(32).add(BigInteger.ONE))
                            .random(4)),
            same(np.random.RandomState(42).rand(4),
                    np.random.Generator(np.random.MT19937(42)).random(4)),
        };
        // NumPy: [True, False, True, False, False] for the same five pairs
        assertThat(actual).as("what the library does (and NumPy does)")
                .containsExactly(true, false, true, false, false);
        assertThat(predicted).as("your predictions, in the javadoc's order").isEqualTo(actual);
    }

    @Test
    void peekShowsTheNextNumbersWithoutDrawingThem() {
        Generator g = np.random.defaultRng(42);
        double[] ahead = Q015RandomSeed.peek(g, 3);
        // np.random.default_rng(42).random(3).tolist()
        assertThat(ahead).containsExactly(0.7739560485559633, 0.4388784397520523,
                0.8585979199113825);
        NDArray drawn = g.random(3);
        assertThat(drawn.toString()).as("the generator still draws the peeked numbers")
                .isEqualTo("array([0.77395605, 0.43887844, 0.85859792])");
        assertThat(Q015RandomSeed.peek(g, 1)[0]).as("then the fourth number")
                .isEqualTo(0.6973680290593639);
    }

    @Test
    void peekNeedsAPcg64() {
        Generator mt = np.random.Generator(np.random.MT19937(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q015RandomSeed.peek(mt, 2));
        assertThat(e).hasMessageContaining("PCG64");
    }

    private static boolean same(NDArray a, NDArray b) {
        double[] x = new double[(int) a.size()];
        double[] y = new double[(int) b.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = a.getDouble(i);
            y[i] = b.getDouble(i);
        }
        return Arrays.equals(x, y);
    }
}
