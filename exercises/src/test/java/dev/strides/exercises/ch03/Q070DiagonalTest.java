package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q070: a diagonal is a read-only view with stride strides[0] + strides[1]. */
@Tag("Q070")
class Q070DiagonalTest {

    private static NDArray m() {
        return np.reshape(np.arange(16), 4, 4);
    }

    @Test
    void theMainDiagonalStepsDownAndRight() {
        NDArray d = Q070Diagonal.diagonal(m(), 0);
        // np.arange(16).reshape(4, 4).diagonal(), .strides
        assertThat(d.toString()).isEqualTo("array([ 0,  5, 10, 15])");
        assertThat(d.strides()).as("32 + 8").containsExactly(40);
    }

    @Test
    void offsetsMoveTheStart() {
        NDArray m = m();
        // m.diagonal(1), m.diagonal(-2), m.diagonal(5)
        assertThat(Q070Diagonal.diagonal(m, 1).toString()).isEqualTo("array([ 1,  6, 11])");
        assertThat(Q070Diagonal.diagonal(m, -2).toString()).isEqualTo("array([ 8, 13])");
        assertThat(Q070Diagonal.diagonal(m, 5).shape()).as("beyond the matrix: empty")
                .containsExactly(0);
        // np.arange(12).reshape(3, 4).diagonal(1)
        assertThat(Q070Diagonal.diagonal(np.reshape(np.arange(12), 3, 4), 1).toString())
                .isEqualTo("array([ 1,  6, 11])");
    }

    @Test
    void theDiagonalIsAReadOnlyView() {
        NDArray m = m();
        NDArray d = Q070Diagonal.diagonal(m, 0);
        assertThat(np.sharesMemory(d, m)).isTrue();
        assertThat(d.isWriteable()).isFalse();
        assertThrows(ReadOnlyException.class, () -> d.setLong(7, 0));
        assertThat(Q070Diagonal.diagonal(np.transpose(m), 1).toString())
                .as("m.T.diagonal(1) is m's diagonal below the main one").isEqualTo("array([ 4,  9, 14])");
    }

    @Test
    void traceSumsTheDiagonal() {
        // np.trace(np.arange(16.0).reshape(4, 4))
        assertThat(Q070Diagonal.trace(np.reshape(np.arange(16.0), 4, 4))).isEqualTo(30.0);
    }
}
