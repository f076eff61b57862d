package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q084: None adds a length-1 axis with stride 0; a column and a row broadcast to a table. */
@Tag("Q084")
class Q084NewaxisTest {

    @Test
    void newAxisIsAViewWithStrideZero() {
        NDArray x = np.arange(3.0);
        NDArray column = Q084Newaxis.newAxis(x, 1);
        NDArray row = Q084Newaxis.newAxis(x, 0);

        assertThat(column.shape()).as("x[:, None].shape").containsExactly(3, 1);
        assertThat(column.strides()).as("np.arange(3.0)[:, None].strides").containsExactly(8, 0);
        assertThat(row.shape()).as("x[None].shape").containsExactly(1, 3);
        assertThat(row.strides()).as("np.arange(3.0)[None].strides").containsExactly(0, 8);
        assertThat(column.buffer()).as("a view: x's buffer").isSameAs(x.buffer());
        column.setDouble(9.0, 2, 0);
        assertThat(x.getDouble(2)).as("writes go through to x").isEqualTo(9.0);
    }

    @Test
    void newAxisWorksAnywhereInAnyRank() {
        NDArray m = np.zeros(2, 3);
        // np.zeros((2, 3))[:, :, None].strides == (24, 8, 0)
        assertThat(Q084Newaxis.newAxis(m, 2).strides()).as("m[:, :, None].strides")
                .containsExactly(24, 8, 0);
        assertThat(Q084Newaxis.newAxis(m, 1).shape()).as("m[:, None].shape").containsExactly(2, 1, 3);
        // np.array(5.)[None].shape == (1,)
        assertThat(Q084Newaxis.newAxis(np.full(new int[0], 5.0), 0).shape())
                .as("a 0-d array gains its first axis").containsExactly(1);
        assertThrows(IllegalArgumentException.class, () -> Q084Newaxis.newAxis(m, 3),
                "position 3 is past the end of a 2-d array");
    }

    @Test
    void outerProductOfAColumnAndARow() {
        NDArray p = Q084Newaxis.outer(np.array(new double[] {1, 2, 3}),
                np.array(new double[] {10, 20}));
        // x[:, None] * y[None, :]
        assertThat(p.toString()).as("(3, 1) * (1, 2) is (3, 2)")
                .isEqualTo("array([[10., 20.],\n       [20., 40.],\n       [30., 60.]])");
    }

    @Test
    void differencesAreAntisymmetric() {
        NDArray d = Q084Newaxis.differences(np.array(new double[] {1, 2, 3}));
        // x[:, None] - x[None, :]
        assertThat(d.toString()).as("x[i] - x[j]").isEqualTo(
                "array([[ 0., -1., -2.],\n       [ 1.,  0., -1.],\n       [ 2.,  1.,  0.]])");
        assertThat(Q084Newaxis.differences(np.zeros(0)).shape()).as("no points, no pairs")
                .containsExactly(0, 0);
    }
}
