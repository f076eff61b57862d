package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q090: swapaxes exchanges two (length, stride) pairs and leaves the rest. */
@Tag("Q090")
class Q090SwapaxesTest {

    @Test
    void swapTwoAxesOfFour() {
        NDArray c = np.zeros(2, 3, 4, 5);
        NDArray s = Q090Swapaxes.swapaxes(c, 0, 2);
        // np.swapaxes(np.zeros((2, 3, 4, 5)), 0, 2).shape, .strides
        assertThat(s.shape()).containsExactly(4, 3, 2, 5);
        assertThat(s.strides()).containsExactly(40, 160, 480, 8);
        assertThat(np.sharesMemory(s, c)).isTrue();
    }

    @Test
    void negativeAxesAndTheTwoDimensionalCase() {
        NDArray m = np.reshape(np.arange(6.0), 2, 3);
        assertThat(Q090Swapaxes.swapaxes(m, -1, 0).toString())
                .as("for a matrix, swapaxes is the transpose").isEqualTo(np.transpose(m).toString());
        assertThat(Q090Swapaxes.swapaxes(m, 1, 1).strides()).as("an axis with itself")
                .containsExactly(24, 8);
    }

    @Test
    void predictTheStrides() {
        // np.swapaxes(np.zeros((2, 3, 4, 5)), 0, 2).strides
        assertThat(Q090Swapaxes.predictStrides(new int[] {2, 3, 4, 5}, 8, 0, 2))
                .containsExactly(40, 160, 480, 8);
        // np.swapaxes(np.zeros((2, 3), np.int32), 0, 1).strides
        assertThat(Q090Swapaxes.predictStrides(new int[] {2, 3}, 4, 0, 1)).containsExactly(4, 12);
    }

    @Test
    void writesGoThrough() {
        NDArray m = np.zeros(2, 3);
        Q090Swapaxes.swapaxes(m, 0, 1).setDouble(7.0, 2, 1);
        assertThat(m.getDouble(1, 2)).isEqualTo(7.0);
    }
}
