package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q068: unravel_index turns a flat position into a multi-index by repeated division. */
@Tag("Q068")
class Q068UnravelIndexTest {

    @Test
    void unravelInCOrder() {
        // np.unravel_index(22, (3, 4, 5))
        assertThat(Q068UnravelIndex.unravel(22, 3, 4, 5)).containsExactly(1, 0, 2);
        assertThat(Q068UnravelIndex.unravel(0, 3, 4, 5)).containsExactly(0, 0, 0);
        assertThat(Q068UnravelIndex.unravel(59, 3, 4, 5)).containsExactly(2, 3, 4);
    }

    @Test
    void unravelInFOrder() {
        // np.unravel_index(22, (3, 4, 5), order='F')
        assertThat(Q068UnravelIndex.unravelF(22, 3, 4, 5)).containsExactly(1, 3, 1);
    }

    @Test
    void agreesWithTheLibraryEverywhere() {
        int[] shape = {2, 3, 4};
        for (long flat = 0; flat < 24; flat++) {
            assertThat(Q068UnravelIndex.unravel(flat, shape)).as("C, %d", flat)
                    .containsExactly(np.unravelIndex(flat, shape));
        }
    }

    @Test
    void positionsOutsideTheArrayAreRefused() {
        // np.unravel_index(60, (3, 4, 5))
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> Q068UnravelIndex.unravel(60, 3, 4, 5)))
                .hasMessage("index 60 is out of bounds for array with size 60");
        assertThrows(IllegalArgumentException.class, () -> Q068UnravelIndex.unravelF(-1, 3, 4));
    }

    @Test
    void whereIsTheMaximum() {
        NDArray a = np.array(new double[][] {{1, 7, 3}, {9, 2, 9}});
        // np.unravel_index(a.argmax(), a.shape): the first 9 in C order
        assertThat(Q068UnravelIndex.argmaxIndex(a)).containsExactly(1, 0);
        assertThat(Q068UnravelIndex.argmaxIndex(np.transpose(a))).as("a.T: its own C order")
                .containsExactly(0, 1);
    }
}
