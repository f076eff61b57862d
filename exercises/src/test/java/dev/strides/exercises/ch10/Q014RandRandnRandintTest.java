package dev.strides.exercises.ch10;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.random.BitGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q014: the legacy functions, rebuilt on RandomState's own Mersenne Twister. Expected values
 * from NumPy 2.4 after {@code np.random.seed(0)}.
 */
@Tag("Q014")
class Q014RandRandnRandintTest {

    private static BitGenerator legacyMt(long seed) {
        return np.random.RandomState(seed).bitGenerator();      // MT19937, init_genrand(seed)
    }

    @Test
    void randIsTwoThirtyTwoBitWordsPerDouble() {
        double[] ours = Q014RandRandnRandint.rand(legacyMt(0), 6);
        // np.random.seed(0); np.random.rand(2, 3).ravel().tolist()
        assertThat(ours).as("bit-exact legacy doubles for seed 0").containsExactly(
                0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
                0.5448831829968969, 0.4236547993389047, 0.6458941130666561);

        BitGenerator mt = legacyMt(0);
        Q014RandRandnRandint.rand(mt, 1);
        // np.random.RandomState(0).randint(0, 2**32, size=4, dtype=np.uint32)[2] == 3071714933
        assertThat(mt.nextUint32() & 0xFFFF_FFFFL)
                .as("one double consumed words 0 and 1: the next word is word 2")
                .isEqualTo(3071714933L);
    }

    @Test
    void randnIsThePolarMethodSecondValueFirst() {
        double[] ours = Q014RandRandnRandint.randn(legacyMt(0), 7);
        // np.random.seed(0); np.random.randn(7).tolist()
        assertThat(ours).as("the polar method on seed 0 (pairs come out f*x2, then f*x1)")
                .containsExactly(1.764052345967664, 0.4001572083672233, 0.9787379841057392,
                        2.240893199201458, 1.8675579901499675, -0.977277879876411,
                        0.9500884175255894);
        assertThat(Q014RandRandnRandint.randn(legacyMt(0), 0)).as("n = 0").isEmpty();
    }

    @Test
    void predictTheDtypes() {
        assertThat(Q014RandRandnRandint.dtypeName("rand")).isEqualTo("float64")
                .isEqualTo(np.random.rand(2, 3).dtype().name());
        assertThat(Q014RandRandnRandint.dtypeName("randn")).isEqualTo("float64")
                .isEqualTo(np.random.randn(2).dtype().name());
        // np.random.randint(0, 10, 5).dtype == int64 on 64-bit Linux
        assertThat(Q014RandRandnRandint.dtypeName("randint")).isEqualTo("int64")
                .isEqualTo(np.random.randint(0, 10, 5).dtype().name());
    }

    @Test
    void predictTheShapesAndRangesToo() {
        assertThat(Q014RandRandnRandint.dtypeName("randint")).as("randint is integer")
                .isEqualTo("int64");
        np.random.seed(0);
        NDArray u = np.random.rand(2, 3);                      // dimensions as separate ints
        NDArray k = np.random.randint(5, 10, 4);               // low, high, size
        assertThat(u.shape()).as("rand(2, 3)").containsExactly(2, 3);
        for (int i = 0; i < 4; i++) {
            assertThat(k.getLong(i)).as("randint(5, 10) is in [5, 10): high is excluded")
                    .isBetween(5L, 9L);
        }
        // np.random.seed(0); np.random.randint(5, size=4).tolist() == [4, 0, 3, 3]
        np.random.seed(0);
        assertThat(np.random.randint(0, 5, 4).toString()).isEqualTo("array([4, 0, 3, 3])");
    }

    @Test
    void anUnknownFunctionIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q014RandRandnRandint.dtypeName("random_integers"));
        assertThat(e).hasMessageContaining("random_integers");
    }
}
