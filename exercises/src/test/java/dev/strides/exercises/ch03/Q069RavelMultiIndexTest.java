package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q069: ravel_multi_index weighs each index by the C (or F) element stride of its axis. */
@Tag("Q069")
class Q069RavelMultiIndexTest {

    @Test
    void cOrderWeighsByTheLaterLengths() {
        // np.ravel_multi_index((2, 3, 2), (3, 4, 5)) == 2*20 + 3*5 + 2
        assertThat(Q069RavelMultiIndex.ravel(new long[] {2, 3, 2}, 3, 4, 5)).isEqualTo(57);
        assertThat(Q069RavelMultiIndex.ravel(new long[] {0, 0, 0}, 3, 4, 5)).isZero();
    }

    @Test
    void fOrderWeighsByTheEarlierLengths() {
        // np.ravel_multi_index((2, 3, 2), (3, 4, 5), order='F') == 2 + 3*3 + 2*12
        assertThat(Q069RavelMultiIndex.ravelF(new long[] {2, 3, 2}, 3, 4, 5)).isEqualTo(35);
    }

    @Test
    void itInvertsUnravelIndex() {
        int[] dims = {2, 3, 4};
        for (long flat = 0; flat < 24; flat++) {
            assertThat(Q069RavelMultiIndex.ravel(np.unravelIndex(flat, dims), dims))
                    .as("ravel(unravel(%d))", flat).isEqualTo(flat);
        }
    }

    @Test
    void modeRaiseRefusesAndModeWrapWraps() {
        // np.ravel_multi_index((3, 0), (3, 4))
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> Q069RavelMultiIndex.ravel(new long[] {3, 0}, 3, 4)))
                .hasMessage("invalid entry in coordinates array");
        assertThrows(IllegalArgumentException.class,
                () -> Q069RavelMultiIndex.ravelF(new long[] {0, -1}, 3, 4));
        // np.ravel_multi_index((5, -1), (3, 4), mode='wrap') == 2*4 + 3
        assertThat(Q069RavelMultiIndex.ravelWrap(new long[] {5, -1}, 3, 4)).isEqualTo(11);
    }
}
