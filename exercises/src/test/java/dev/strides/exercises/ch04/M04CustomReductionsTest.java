package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** M04: reduce folds a binary ufunc over an axis; identity, keepdims, accumulate, pairwise. */
@Tag("M04")
class M04CustomReductionsTest {

    // a = np.arange(12.).reshape(3, 4)
    private static NDArray a() {
        return np.reshape(np.arange(12.0), 3, 4);
    }

    @Test
    void reduceAlongEachAxisWithAndWithoutKeepdims() {
        // np.add.reduce(a, axis=0, keepdims=True)
        NDArray sums = M04CustomReductions.reduceAxis(np.add, a(), 0, true);
        assertThat(sums.toString()).as("column sums, axis 0 kept with length 1")
                .isEqualTo("array([[12., 15., 18., 21.]])");
        assertThat(sums.shape()).containsExactly(1, 4);
        // np.multiply.reduce(a + 1, axis=1)
        assertThat(M04CustomReductions.reduceAxis(np.multiply, np.add(a(), 1.0), 1, false)
                .toString()).as("row products").isEqualTo("array([   24.,  1680., 11880.])");
        // np.maximum.reduce(a, axis=1, keepdims=True)
        assertThat(M04CustomReductions.reduceAxis(np.maximum, a(), -1, true).toString())
                .as("axis -1 is the last; keepdims gives a column")
                .isEqualTo("array([[ 3.],\n       [ 7.],\n       [11.]])");
    }

    @Test
    void reduceAgreesWithTheLibraryOnAStridedView() {
        NDArray t = np.transpose(a());
        // np.subtract.reduce(a.T, axis=1): not reorderable, so the order matters
        assertThat(M04CustomReductions.reduceAxis(np.subtract, t, 1, false).toString())
                .as("0 - 4 - 8, 1 - 5 - 9, ...")
                .isEqualTo(np.subtract.reduce(t, 1).toString())
                .isEqualTo("array([-12., -13., -14., -15.])");
    }

    @Test
    void anEmptyAxisNeedsAnIdentity() {
        // np.add.reduce(np.zeros((0, 3)), axis=0)
        assertThat(M04CustomReductions.reduceAxis(np.add, np.zeros(0, 3), 0, false).toString())
                .as("add's identity is 0").isEqualTo("array([0., 0., 0.])");
        assertThat(M04CustomReductions.predictEmptySumShape()).containsExactly(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> M04CustomReductions.reduceAxis(np.maximum, np.zeros(0, 3), 0, false));
        // np.maximum.reduce(np.zeros((0, 3)), axis=0)
        assertThat(e).as("maximum has none")
                .hasMessage("zero-size array to reduction operation maximum which has no identity");
    }

    @Test
    void accumulateKeepsEveryIntermediateResult() {
        // np.add.accumulate(np.array([1, 2, 3, 4]))
        assertThat(M04CustomReductions.accumulate(np.add, np.array(new long[] {1, 2, 3, 4}))
                .toString()).as("running sums").isEqualTo("array([ 1,  3,  6, 10])");
        // np.maximum.accumulate(np.array([3., 1., 4., 1., 5.]))
        assertThat(M04CustomReductions.accumulate(np.maximum,
                np.array(new double[] {3, 1, 4, 1, 5})).toString()).as("running maxima")
                .isEqualTo("array([3., 3., 4., 4., 5.])");
        assertThat(M04CustomReductions.accumulate(np.add, np.zeros(0)).shape())
                .as("empty in, empty out").containsExactly(0);
    }

    @Test
    void pairwiseSumIsBitIdenticalToNumPy() {
        // np.sum(np.full(100, 0.1)) == 9.999999999999998 (left to right: 9.99999999999998)
        assertThat(M04CustomReductions.pairwiseSum(np.full(new int[] {100}, 0.1)))
                .as("one block of eight accumulators").isEqualTo(9.999999999999998);
        NDArray big = np.full(new int[] {1_000_000}, 0.1);
        // np.sum(np.full(10**6, 0.1)) == 100000.00000000003 (left to right: 100000.00000133288)
        assertThat(M04CustomReductions.pairwiseSum(big)).as("10^6 tenths, split recursively")
                .isEqualTo(100000.00000000003);
        // np.sum(np.full(10**6, 0.1)[::2]) == 50000.000000000015
        NDArray everyOther = big.stridedView(new int[] {500_000}, new long[] {16}, 0);
        assertThat(M04CustomReductions.pairwiseSum(everyOther)).as("a strided view")
                .isEqualTo(50000.000000000015)
                .isEqualTo(np.sum(everyOther).getDouble());
    }
}
