package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q018: comparisons are ufuncs that return one bool per element of the broadcast shape. */
@Tag("Q018")
class Q018ElementwiseComparisonTest {

    @Test
    void inRangeCombinesTwoComparisons() {
        NDArray a = np.array(new double[] {1, 5, Double.NaN, 3, 7});
        // a = np.array([1., 5., np.nan, 3., 7.]); (a >= 2) & (a <= 6)
        assertThat(Q018ElementwiseComparison.inRange(a, 2, 6).toString())
                .as("2 <= a <= 6, element by element; NaN is in no range")
                .isEqualTo("array([False,  True, False,  True, False])");
    }

    @Test
    void countEqualSumsTheTrueValues() {
        NDArray a = np.array(new double[] {1, 2, Double.NaN, 4});
        NDArray b = np.array(new double[] {1, 0, Double.NaN, 4});
        // np.sum(np.array([1., 2, np.nan, 4]) == np.array([1., 0, np.nan, 4])) == 2
        assertThat(Q018ElementwiseComparison.countEqual(a, b))
                .as("positions 0 and 3; NaN == NaN is false").isEqualTo(2);
        // np.sum(np.arange(6).reshape(2, 3) == np.array([0, 4, 2])) == 3
        assertThat(Q018ElementwiseComparison.countEqual(np.reshape(np.arange(6), 2, 3),
                np.array(new long[] {0, 4, 2}))).as("a row broadcast against a (2, 3) table")
                .isEqualTo(3);
    }

    @Test
    void thresholdsBroadcastAlongTheColumns() {
        NDArray m = np.array(new double[][] {{1, 5, 3}, {4, 2, 6}});
        // m > np.array([2., 2., 5.])
        assertThat(Q018ElementwiseComparison.exceedsColumnThresholds(m,
                np.array(new double[] {2, 2, 5})).toString())
                .as("column j compared with thresholds[j]")
                .isEqualTo("array([[False,  True, False],\n       [ True, False,  True]])");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q018ElementwiseComparison.exceedsColumnThresholds(m, np.ones(2)));
        // np.greater(np.ones((2, 3)), np.ones(2))
        assertThat(e).as("one threshold per row does not line up with the columns")
                .hasMessage("operands could not be broadcast together with shapes (2,3) (2,) ");
    }

    @Test
    void nanIsNotEqualToItself() {
        assertThat(Q018ElementwiseComparison.predictNanEqualsNan())
                .as("np.nan == np.nan").isFalse()
                .isEqualTo(np.equal(Double.NaN, Double.NaN).getBoolean());
    }
}
