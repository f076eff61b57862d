package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.views.AxisException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q053: expand_dims inserts and squeeze removes length-1 axes; both are views. */
@Tag("Q053")
class Q053ExpandSqueezeTest {

    @Test
    void expandDimsInsertsALengthOneAxis() {
        NDArray a = np.zeros(2, 3);
        // np.expand_dims(np.zeros((2, 3)), 1).shape
        assertThat(Q053ExpandSqueeze.expandDims(a, 1).shape()).containsExactly(2, 1, 3);
        // np.expand_dims(np.zeros((2, 3)), -1).shape
        assertThat(Q053ExpandSqueeze.expandDims(a, -1).shape()).containsExactly(2, 3, 1);
        assertThat(Q053ExpandSqueeze.expandDims(a, 0).shape()).containsExactly(1, 2, 3);
        NDArray e = Q053ExpandSqueeze.expandDims(a, 1);
        assertThat(new long[] {e.strides(0), e.strides(2)}).as("the old axes keep their strides")
                .containsExactly(24, 8);
        assertThat(np.sharesMemory(e, a)).isTrue();
    }

    @Test
    void anAxisOutsideTheResultIsAnAxisError() {
        AxisException e = assertThrows(AxisException.class,
                () -> Q053ExpandSqueeze.expandDims(np.zeros(2, 3), 3));
        // np.expand_dims(np.zeros((2, 3)), 3)
        assertThat(e).hasMessage("axis 3 is out of bounds for array of dimension 3");
    }

    @Test
    void squeezeDropsEveryLengthOneAxis() {
        NDArray a = np.zeros(1, 3, 1, 2);
        NDArray s = Q053ExpandSqueeze.squeeze(a);
        // np.zeros((1, 3, 1, 2)).squeeze().shape, .strides
        assertThat(s.shape()).containsExactly(3, 2);
        assertThat(s.strides()).containsExactly(16, 8);
        assertThat(np.sharesMemory(s, a)).isTrue();
        assertThat(Q053ExpandSqueeze.squeeze(np.zeros(1, 1)).ndim()).as("(1, 1) becomes 0-d")
                .isZero();
    }

    @Test
    void squeezeUndoesExpandDims() {
        NDArray v = np.arange(4.0);
        NDArray round = Q053ExpandSqueeze.squeeze(Q053ExpandSqueeze.expandDims(v, 0));
        assertThat(round.shape()).containsExactly(4);
        assertThat(round.toString()).isEqualTo("array([0., 1., 2., 3.])");
    }
}
