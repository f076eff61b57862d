package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q109: objects become columns, branches become masks; vectorize is only a loop. */
@Tag("Q109")
class Q109VectorizingObjectsTest {

    // x = np.array([-1., 0.5, 1., 3., 0.])
    // np.piecewise(x, [x < 0, (x >= 0) & (x < 1), x >= 1], [0, lambda v: v**2, lambda v: 2*v - 1])
    private static final String PIECEWISE = "array([0.  , 0.25, 1.  , 5.  , 0.  ])";

    private static NDArray x() {
        return np.array(new double[] {-1, 0.5, 1, 3, 0});
    }

    @Test
    void pointsBecomeARowPerPoint() {
        NDArray xy = Q109VectorizingObjects.toColumns(List.of(new double[] {3, 4},
                new double[] {1, 0}, new double[] {0, -2}));
        // np.array([[3., 4.], [1., 0.], [0., -2.]])
        assertThat(xy.toString()).as("(3, 2), one row per point")
                .isEqualTo("array([[ 3.,  4.],\n       [ 1.,  0.],\n       [ 0., -2.]])");
        // np.hypot(p[:, 0], p[:, 1])
        assertThat(Q109VectorizingObjects.norms(xy).toString()).as("one hypot call for all")
                .isEqualTo("array([5., 1., 2.])");
    }

    @Test
    void theColumnsAreStridedViews() {
        NDArray xy = np.array(new double[][] {{3, 4}, {1, 0}});
        NDArray column = np.get(xy, ":, 0");
        assertThat(column.strides()).as("p[:, 0].strides == (16,)").containsExactly(16);
        assertThat(Q109VectorizingObjects.norms(xy).toString()).isEqualTo("array([5., 1.])");
    }

    @Test
    void vectorizeGivesThePiecewiseValues() {
        assertThat(Q109VectorizingObjects.piecewiseVectorize(x()).toString())
                .as("one scalar call per element").isEqualTo(PIECEWISE);
    }

    @Test
    void masksAndWhereGiveTheSameValues() {
        NDArray in = x();
        assertThat(Q109VectorizingObjects.piecewiseUfuncs(in).toString())
                .as("each branch is one ufunc call with where=").isEqualTo(PIECEWISE);
        assertThat(in.toString()).as("x is not modified")
                .isEqualTo("array([-1. ,  0.5,  1. ,  3. ,  0. ])");
        NDArray m = np.array(new double[][] {{-2, 0.5}, {2, 1}});
        assertThat(Q109VectorizingObjects.piecewiseUfuncs(m).toString()).as("any shape")
                .isEqualTo(Q109VectorizingObjects.piecewiseVectorize(m).toString());
    }
}
