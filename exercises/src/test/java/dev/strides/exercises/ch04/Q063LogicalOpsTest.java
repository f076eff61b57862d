package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q063: logical ufuncs read truth values and return bool; bitwise ones work on bits. */
@Tag("Q063")
class Q063LogicalOpsTest {

    private static final NDArray P = np.array(new boolean[] {true, true, false, false});
    private static final NDArray Q = np.array(new boolean[] {true, false, true, false});

    @Test
    void xorAndNeitherOnBoolArrays() {
        // np.logical_xor(p, q)
        assertThat(Q063LogicalOps.exactlyOne(P, Q).toString()).as("exactly one is true")
                .isEqualTo("array([False,  True,  True, False])");
        // np.logical_not(np.logical_or(p, q))
        assertThat(Q063LogicalOps.neither(P, Q).toString()).as("both false")
                .isEqualTo("array([False, False, False,  True])");
    }

    @Test
    void logicalAndReadsIntegersAsTruthValues() {
        NDArray x = np.array(new long[] {2, 0, -1, 3});
        NDArray y = np.array(new long[] {1, 1, 0, 4});
        // np.logical_and(np.array([2, 0, -1, 3]), np.array([1, 1, 0, 4]))
        assertThat(Q063LogicalOps.bothNonZero(x, y).toString()).as("non-zero and non-zero")
                .isEqualTo("array([ True, False, False,  True])");
        // np.array([2, 0, -1, 3]) & np.array([1, 1, 0, 4])
        assertThat(np.bitwiseAnd(x, y).toString()).as("the bitwise and shares no bits here")
                .isEqualTo("array([0, 0, 0, 0])");
        assertThat(Q063LogicalOps.predictBitwiseAndOf2And1()).as("np.bitwise_and(2, 1)")
                .isZero()
                .isEqualTo(np.bitwiseAnd(2L, 1L).getLong());
    }

    @Test
    void allIsTheLogicalAndReduction() {
        // np.logical_and.reduce(np.array([True, True, False]))
        assertThat(Q063LogicalOps.all(np.array(new boolean[] {true, true, false})))
                .as("one false is enough").isFalse();
        assertThat(Q063LogicalOps.all(np.array(new boolean[][] {{true, true}, {true, true}})))
                .as("every axis is reduced").isTrue();
        // np.logical_and.reduce(np.zeros(0, bool)) == True
        assertThat(Q063LogicalOps.all(np.zeros(new int[] {0}, np.bool)))
                .as("over nothing: the identity True").isTrue();
    }
}
