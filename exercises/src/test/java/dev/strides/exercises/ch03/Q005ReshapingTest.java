package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q005: reshaping a contiguous array is a view with fresh C strides; -1 is inferred. */
@Tag("Q005")
class Q005ReshapingTest {

    @Test
    void cStridesAreProductsOfTheLaterLengths() {
        // np.zeros((2, 3, 4)).strides
        assertThat(Q005Reshaping.cStrides(new int[] {2, 3, 4}, 8)).as("(2, 3, 4) float64")
                .containsExactly(96, 32, 8);
        // np.zeros(5, np.int32).strides
        assertThat(Q005Reshaping.cStrides(new int[] {5}, 4)).as("(5,) int32").containsExactly(4);
        assertThat(Q005Reshaping.cStrides(new int[0], 8)).as("a 0-d array has no strides").isEmpty();
    }

    @Test
    void minusOneIsInferredFromTheSize() {
        // np.zeros(12).reshape(-1, 4).shape == (3, 4)
        assertThat(Q005Reshaping.inferShape(new int[] {-1, 4}, 12)).containsExactly(3, 4);
        // np.zeros(12).reshape(2, -1, 3).shape == (2, 2, 3)
        assertThat(Q005Reshaping.inferShape(new int[] {2, -1, 3}, 12)).containsExactly(2, 2, 3);
        assertThat(Q005Reshaping.inferShape(new int[] {3, 4}, 12)).as("nothing to infer")
                .containsExactly(3, 4);
    }

    @Test
    void impossibleShapesAreRefusedWithNumPysMessages() {
        ShapeException two = assertThrows(ShapeException.class,
                () -> Q005Reshaping.inferShape(new int[] {-1, -1}, 12));
        // np.zeros(12).reshape(-1, -1)
        assertThat(two).hasMessage("can only specify one unknown dimension");
        // np.zeros(12).reshape(5, -1): ValueError: cannot reshape array of size 12 into shape (5,newaxis)
        assertThat(assertThrows(ShapeException.class,
                () -> Q005Reshaping.inferShape(new int[] {5, -1}, 12)).getMessage())
                .startsWith("cannot reshape array of size 12");
        assertThat(assertThrows(ShapeException.class,
                () -> Q005Reshaping.inferShape(new int[] {5}, 12)).getMessage())
                .startsWith("cannot reshape array of size 12");
    }

    @Test
    void reshapeOfAContiguousArrayIsAView() {
        NDArray a = np.arange(12.0);
        NDArray m = Q005Reshaping.reshapeView(a, 3, -1);
        assertThat(m.shape()).containsExactly(3, 4);
        // np.arange(12.0).reshape(3, -1).strides
        assertThat(m.strides()).containsExactly(32, 8);
        assertThat(m.toString()).isEqualTo(np.reshape(a, 3, 4).toString());
        m.setDouble(-1.0, 2, 3);
        assertThat(a.getDouble(11)).as("m[2, 3] is a[11]: the same bytes").isEqualTo(-1.0);
    }

    @Test
    void theViewKeepsTheOffsetAndNeedsContiguity() {
        NDArray a = np.arange(12.0);
        NDArray tail = np.get(a, "2:");                        // 10 elements from byte 16
        NDArray m = Q005Reshaping.reshapeView(tail, 2, 5);
        assertThat(m.offset()).as("a[2:].reshape(2, 5) starts where a[2:] starts").isEqualTo(16);
        // np.arange(12.0)[2:].reshape(2, 5)[1, 0] == 7.0
        assertThat(m.getDouble(1, 0)).isEqualTo(7.0);
        assertThrows(IllegalArgumentException.class,
                () -> Q005Reshaping.reshapeView(np.get(a, "::2"), 2, 3),
                "a[::2] has stride 16: fresh C strides would read the wrong bytes");
    }
}
