package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** G03: (m, 1, d) - (1, n, d) broadcasts to every pair; sum the squares over the last axis. */
@Tag("G03")
class G03PairwiseDistancesTest {

    private static final NDArray X = np.array(new double[][] {{0, 0}, {3, 4}, {1, 1}});

    @Test
    void distancesMatchNumPy() {
        NDArray y = np.array(new double[][] {{0, 0}, {6, 8}});
        NDArray d = G03PairwiseDistances.pairwiseDistances(X, y);

        // np.sqrt(((x[:, None, :] - y[None, :, :]) ** 2).sum(axis=-1))
        assertThat(d.toString()).as("3 points against 2: shape (3, 2)").isEqualTo(
                "array([[ 0.        , 10.        ],\n       [ 5.        ,  5.        ],\n"
                        + "       [ 1.41421356,  8.60232527]])");
        assertThat(d.getDouble(2, 1)).as("|(1, 1) - (6, 8)| = sqrt(74)")
                .isCloseTo(8.602325267042627, within(1e-15));
    }

    @Test
    void distancesOfASetToItselfAreSymmetricWithAZeroDiagonal() {
        NDArray d = G03PairwiseDistances.pairwiseDistances(X, X);
        assertThat(d.shape()).as("shape").containsExactly(3, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(d.getDouble(i, i)).as("d[%d, %d]", i, i).isZero();
            for (int j = 0; j < 3; j++) {
                assertThat(d.getDouble(i, j)).as("d[%d, %d] == d[%d, %d]", i, j, j, i)
                        .isEqualTo(d.getDouble(j, i));
            }
        }
    }

    @Test
    void mismatchedDimensionsAreABroadcastingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> G03PairwiseDistances.pairwiseDistances(np.ones(2, 3), np.ones(4, 2)));
        // np.ones((2, 3))[:, None, :] - np.ones((4, 2))[None, :, :]
        assertThat(e).as("3-d points against 2-d points")
                .hasMessage("operands could not be broadcast together with shapes (2,1,3) (1,4,2) ");
    }

    @Test
    void anEmptySetGivesAnEmptyMatrix() {
        NDArray d = G03PairwiseDistances.pairwiseDistances(X, np.zeros(0, 2));
        assertThat(d.shape()).as("3 points against none").containsExactly(3, 0);
    }

    @Test
    void nearestPicksTheClosestRow() {
        NDArray y = np.array(new double[][] {{1, 1}, {0, 0}, {6, 8}});
        // np.sqrt(((x[:, None] - y[None]) ** 2).sum(-1)).argmin(axis=1) == [1, 0, 0]
        assertThat(G03PairwiseDistances.nearest(X, y))
                .as("(0,0) -> y[1]; (3,4) -> y[0] (sqrt 13 < 5); (1,1) -> y[0]")
                .containsExactly(1, 0, 0);
    }

    @Test
    void predictTheTemporary() {
        assertThat(G03PairwiseDistances.temporaryBytes(1000, 1000, 3))
                .as("(1000, 1000, 3) float64 differences").isEqualTo(24_000_000L);
        assertThat(G03PairwiseDistances.temporaryBytes(100_000, 100_000, 3))
                .as("100k x 100k points: the broadcasting form needs 240 GB")
                .isEqualTo(240_000_000_000L);
    }
}
