package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q089: moveaxis names where the axis ends; rollaxis names what it is put before. */
@Tag("Q089")
class Q089RollaxisMoveaxisTest {

    @Test
    void moveaxisToTheEnd() {
        NDArray c = np.zeros(2, 3, 4, 5);
        NDArray m = Q089RollaxisMoveaxis.moveaxis(c, 0, -1);
        // np.moveaxis(np.zeros((2, 3, 4, 5)), 0, -1).shape, .strides
        assertThat(m.shape()).containsExactly(3, 4, 5, 2);
        assertThat(m.strides()).containsExactly(160, 40, 8, 480);
        assertThat(np.sharesMemory(m, c)).isTrue();
    }

    @Test
    void moveaxisAnywhere() {
        NDArray c = np.zeros(2, 3, 4, 5);
        // np.moveaxis(c, 1, 2).shape, np.moveaxis(c, -1, 1).shape
        assertThat(Q089RollaxisMoveaxis.moveaxis(c, 1, 2).shape()).containsExactly(2, 4, 3, 5);
        assertThat(Q089RollaxisMoveaxis.moveaxis(c, -1, 1).shape()).containsExactly(2, 5, 3, 4);
        assertThat(Q089RollaxisMoveaxis.moveaxis(c, 2, 2).shape()).as("nowhere to go")
                .containsExactly(2, 3, 4, 5);
    }

    @Test
    void rollaxisForwardLandsOneBeforeStart() {
        // np.rollaxis(c, 1, 3).shape == (2, 4, 3, 5) == np.moveaxis(c, 1, 2).shape
        assertThat(Q089RollaxisMoveaxis.rollaxisDestination(4, 1, 3)).isEqualTo(2);
        // np.rollaxis(c, 3, 1).shape == (2, 5, 3, 4) == np.moveaxis(c, 3, 1).shape
        assertThat(Q089RollaxisMoveaxis.rollaxisDestination(4, 3, 1)).isEqualTo(1);
        assertThat(Q089RollaxisMoveaxis.rollaxisDestination(4, 0, 4)).as("start = ndim: the end")
                .isEqualTo(3);
    }

    @Test
    void everyRollIsAMove() {
        NDArray c = np.zeros(2, 3, 4, 5);
        for (int axis = 0; axis < 4; axis++) {
            for (int start = 0; start <= 4; start++) {
                int dst = Q089RollaxisMoveaxis.rollaxisDestination(4, axis, start);
                assertThat(np.moveaxis(c, axis, dst).strides())
                        .as("np.rollaxis(c, %d, %d)", axis, start)
                        .containsExactly(np.rollaxis(c, axis, start).strides());
            }
        }
    }
}
