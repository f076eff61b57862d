package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q041: meshgrid is two vectors stretched with stride 0; sparse grids broadcast by themselves. */
@Tag("Q041")
class Q041MeshgridTest {

    private static final NDArray X = np.array(new double[] {0, 1, 2, 3});
    private static final NDArray Y = np.array(new double[] {0, 1, 2});

    @Test
    void gridXYHasNumPysValues() {
        NDArray[] grid = Q041Meshgrid.gridXY(X, Y);
        NDArray[] numpy = np.meshgrid(X, Y);             // X, Y = np.meshgrid(x, y)

        assertThat(grid).as("two grids").hasSize(2);
        assertThat(grid[0].toString()).as("X: x repeated down the rows")
                .isEqualTo(numpy[0].toString())
                .isEqualTo("array([[0., 1., 2., 3.],\n       [0., 1., 2., 3.],\n"
                        + "       [0., 1., 2., 3.]])");
        assertThat(grid[1].toString()).as("Y: y repeated along the columns")
                .isEqualTo(numpy[1].toString())
                .isEqualTo("array([[0., 0., 0., 0.],\n       [1., 1., 1., 1.],\n"
                        + "       [2., 2., 2., 2.]])");
    }

    @Test
    void gridXYCopiesNothing() {
        NDArray[] grid = Q041Meshgrid.gridXY(X, Y);

        assertThat(grid[0].buffer()).as("X reads x's buffer").isSameAs(X.buffer());
        assertThat(grid[1].buffer()).as("Y reads y's buffer").isSameAs(Y.buffer());
        // np.meshgrid(x, y, copy=False)[0].strides == (0, 8); [1].strides == (8, 0)
        assertThat(grid[0].strides()).as("strides of X").containsExactly(0, 8);
        assertThat(grid[1].strides()).as("strides of Y").containsExactly(8, 0);
        assertThat(grid[0].isWriteable() || grid[1].isWriteable())
                .as("both grids are read-only views").isFalse();
    }

    @Test
    void squaredRadiusEvaluatesOnEveryPoint() {
        NDArray r2 = Q041Meshgrid.squaredRadius(X, Y);
        // xs, ys = np.meshgrid(x, y, sparse=True); xs**2 + ys**2
        assertThat(r2.toString()).as("x**2 + y**2 on the 3 x 4 grid").isEqualTo(
                "array([[ 0.,  1.,  4.,  9.],\n       [ 1.,  2.,  5., 10.],\n"
                        + "       [ 4.,  5.,  8., 13.]])");
        NDArray other = Q041Meshgrid.squaredRadius(np.array(new double[] {-1, 0.5}),
                np.array(new double[] {2, 3, -4}));
        assertThat(other.toString()).as("x = [-1, 0.5], y = [2, 3, -4]").isEqualTo(
                "array([[ 5.  ,  4.25],\n       [10.  ,  9.25],\n       [17.  , 16.25]])");
    }

    @Test
    void gridsOfALengthOneVectorAreStillTwoDimensional() {
        NDArray[] grid = Q041Meshgrid.gridXY(np.array(new double[] {5}), Y);
        assertThat(grid[0].shape()).as("np.meshgrid([5.], y)[0].shape").containsExactly(3, 1);
        assertThat(grid[0].getDouble(2, 0)).as("every row holds 5").isEqualTo(5.0);
    }

    @Test
    void predictTheShapesOfThreeDimensionalGrids() {
        // [g.shape for g in np.meshgrid(np.arange(4), np.arange(3), np.arange(2))]
        assertThat(Q041Meshgrid.predictShapeXY()).as("indexing='xy' swaps the first two axes")
                .containsExactly(np.meshgrid(np.arange(4), np.arange(3), np.arange(2))[0].shape());
        assertThat(Q041Meshgrid.predictShapeIJ()).as("indexing='ij' keeps argument order")
                .containsExactly(np.meshgrid(new NDArray[] {np.arange(4), np.arange(3),
                    np.arange(2)}, "ij", false, true)[0].shape());
    }
}
