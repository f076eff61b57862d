package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q019: a[mask] collects the elements under True in C order, as a new 1-d array. */
@Tag("Q019")
class Q019BooleanIndexingTest {

    @Test
    void selectKeepsTheElementsUnderTrue() {
        NDArray a = np.array(new double[] {3, -1, 4, -1, 5});
        NDArray picked = Q019BooleanIndexing.select(a, np.greater(a, 0.0));
        // a[a > 0]
        assertThat(picked.toString()).isEqualTo("array([3., 4., 5.])");
        assertThat(np.sharesMemory(picked, a)).as("a boolean index copies").isFalse();
    }

    @Test
    void aTwoDimensionalMaskGivesA1dResultInCOrder() {
        NDArray a = np.reshape(np.arange(6.0), 2, 3);
        NDArray mask = np.array(new boolean[][] {{true, false, true}, {false, true, false}});
        // np.arange(6.0).reshape(2, 3)[[[True, False, True], [False, True, False]]]
        assertThat(Q019BooleanIndexing.select(a, mask).toString())
                .isEqualTo("array([0., 2., 4.])");
        assertThat(Q019BooleanIndexing.select(np.transpose(a), np.transpose(mask)).toString())
                .as("C order of the view a.T, not of the buffer").isEqualTo("array([0., 4., 2.])");
    }

    @Test
    void nothingSelectedIsAnEmptyArray() {
        NDArray a = np.arange(4.0);
        assertThat(Q019BooleanIndexing.select(a, np.greater(a, 10.0)).shape()).containsExactly(0);
    }

    @Test
    void aMaskOfTheWrongLengthIsAnIndexError() {
        IndexException e = assertThrows(IndexException.class, () -> Q019BooleanIndexing.select(
                np.arange(6.0), np.array(new boolean[] {true, false})));
        // np.arange(6.0)[np.array([True, False])]
        assertThat(e).hasMessage("boolean index did not match indexed array along axis 0; size of"
                + " axis is 6 but size of corresponding boolean axis is 2");
    }

    @Test
    void betweenCombinesTwoConditions() {
        NDArray a = np.arange(10.0);
        // a[(a >= 2.5) & (a <= 6)]
        assertThat(Q019BooleanIndexing.between(a, 2.5, 6).toString())
                .isEqualTo("array([3., 4., 5., 6.])");
        assertThat(Q019BooleanIndexing.between(a, 6, 2.5).shape()).as("an empty interval")
                .containsExactly(0);
    }
}
