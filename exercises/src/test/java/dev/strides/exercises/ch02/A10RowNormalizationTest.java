package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A10: a per-row statistic with keepdims is (m, 1) and broadcasts across the columns. */
@Tag("A10")
class A10RowNormalizationTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void l2RowsHaveLengthOne() {
        NDArray x = np.array(new double[][] {{3, 4}, {1, 0}, {1, 1}});
        NDArray n = A10RowNormalization.normalizeRowsL2(x);

        // x / np.sqrt((x ** 2).sum(axis=1, keepdims=True))
        assertThat(n.toString()).as("rows scaled to length 1").isEqualTo(
                "array([[0.6       , 0.8       ],\n       [1.        , 0.        ],\n"
                        + "       [0.70710678, 0.70710678]])");
        assertThat(x.getDouble(0, 0)).as("the input is not modified").isEqualTo(3.0);
    }

    @Test
    void aZeroRowBecomesNaNAsInNumPy() {
        NDArray n = A10RowNormalization.normalizeRowsL2(np.array(new double[][] {{0, 0}, {0, 2}}));
        // np.array([[0., 0.], [0., 2.]]) / norms: 0 / 0 is nan (RuntimeWarning in NumPy)
        assertThat(n.getDouble(0, 0)).as("0 / 0").isNaN();
        assertThat(n.getDouble(1, 1)).as("2 / 2").isEqualTo(1.0);
    }

    @Test
    void probabilityRowsSumToOne() {
        NDArray p = A10RowNormalization.rowsToProbabilities(
                np.array(new double[][] {{1, 3}, {2, 2}, {0, 5}}));
        // x / x.sum(axis=1, keepdims=True)
        assertThat(p.toString()).as("each row over its sum").isEqualTo(
                "array([[0.25, 0.75],\n       [0.5 , 0.5 ],\n       [0.  , 1.  ]])");
    }

    @Test
    void aSquareMatrixIsDividedByRowsNotColumns() {
        // the trap: for a square x, x / x.sum(axis=1) runs without error along the wrong axis
        NDArray p = A10RowNormalization.rowsToProbabilities(
                np.array(new double[][] {{1, 1}, {1, 3}}));
        assertThat(p.toString()).as("row 1 is [1, 3] / 4, not divided column-wise")
                .isEqualTo("array([[0.5 , 0.5 ],\n       [0.25, 0.75]])");
    }

    @Test
    void columnsAreStandardized() {
        NDArray z = A10RowNormalization.standardizeColumns(
                np.array(new double[][] {{1, 10}, {2, 20}, {3, 60}}));
        // (x - x.mean(axis=0)) / x.std(axis=0)
        double[][] numpy = {{-1.224744871391589, -0.9258200997725515},
            {0.0, -0.46291004988627577}, {1.224744871391589, 1.3887301496588271}};
        assertThat(z.shape()).as("shape").containsExactly(3, 2);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(z.getDouble(i, j)).as("z[%d, %d]", i, j)
                        .isCloseTo(numpy[i][j], within(TOLERANCE));
            }
        }
    }
}
