package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q067: np.indices gives row and column planes; the sparse form broadcasts to the same grid. */
@Tag("Q067")
class Q067IndicesTest {

    @Test
    void theDenseGridHasARowPlaneAndAColumnPlane() {
        NDArray g = Q067Indices.indices(2, 3);
        // np.indices((2, 3))
        assertThat(g.toString()).isEqualTo("array([[[0, 0, 0],\n        [1, 1, 1]],\n\n"
                + "       [[0, 1, 2],\n        [0, 1, 2]]])");
        assertThat(g.dtype().name()).isEqualTo("int64");
        assertThat(g.toString()).isEqualTo(np.indices(2, 3).toString());
    }

    @Test
    void theSparseGridIsAColumnAndARow() {
        NDArray[] ij = Q067Indices.sparseIndices(3, 4);
        // [x.shape for x in np.indices((3, 4), sparse=True)]
        assertThat(ij[0].shape()).containsExactly(3, 1);
        assertThat(ij[1].shape()).containsExactly(1, 4);
        assertThat(ij[0].toString()).isEqualTo("array([[0],\n       [1],\n       [2]])");
        assertThat(ij[1].toString()).isEqualTo("array([[0, 1, 2, 3]])");
        assertThat(ij[0].nbytes() + ij[1].nbytes()).as("3 + 4 integers instead of 2 * 12")
                .isEqualTo(56);
    }

    @Test
    void aCheckerboardFromTheSparseGrid() {
        // np.add(*np.indices((3, 4), sparse=True)) % 2
        assertThat(Q067Indices.checkerboard(3, 4).toString()).isEqualTo(
                "array([[0, 1, 0, 1],\n       [1, 0, 1, 0],\n       [0, 1, 0, 1]])");
    }

    @Test
    void emptyGridsKeepTheirShape() {
        // np.indices((0, 3)).shape
        assertThat(Q067Indices.indices(0, 3).shape()).containsExactly(2, 0, 3);
        assertThat(Q067Indices.sparseIndices(0, 3)[0].shape()).containsExactly(0, 1);
    }
}
