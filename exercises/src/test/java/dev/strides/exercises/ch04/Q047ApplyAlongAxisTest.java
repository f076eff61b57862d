package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q047: apply_along_axis calls a function once per 1-d slice and stacks the answers. */
@Tag("Q047")
class Q047ApplyAlongAxisTest {

    private static final NDArray M = np.array(new double[][] {{3, 1, 2}, {9, 4, 6}});

    @Test
    void rowRangesOfATable() {
        // np.apply_along_axis(lambda r: r.max() - r.min(), 1, m)
        assertThat(Q047ApplyAlongAxis.rowRanges(M).toString()).as("max - min of each row")
                .isEqualTo("array([2., 5.])");
    }

    @Test
    void alongAxisFromScratchOverRowsAndColumns() {
        ToDoubleFunctionOfSlice range = r -> np.maximum.reduce(r).getDouble()
                - np.minimum.reduce(r).getDouble();
        // np.apply_along_axis(lambda r: r.max() - r.min(), 0, m)
        assertThat(Q047ApplyAlongAxis.alongAxis(range::of, 0, M).toString())
                .as("axis 0: one answer per column").isEqualTo("array([6., 3., 4.])");
        // np.apply_along_axis(lambda r: float(np.sum(r * r)), 0, m)
        assertThat(Q047ApplyAlongAxis.alongAxis(r -> np.sum(np.square(r)).getDouble(), 0, M)
                .toString()).as("sum of squares of each column")
                .isEqualTo("array([90., 17., 40.])");
        assertThat(Q047ApplyAlongAxis.alongAxis(range::of, -1, M).toString())
                .as("axis -1 is axis 1: the rows").isEqualTo("array([2., 5.])");
    }

    @Test
    void slicesAreViewsOfTheTable() {
        NDArray[] seen = new NDArray[1];
        Q047ApplyAlongAxis.alongAxis(r -> {
            seen[0] = r;
            return 0;
        }, 0, M);
        assertThat(seen[0].buffer()).as("a column slice reads the table's own buffer")
                .isSameAs(M.buffer());
        assertThat(seen[0].strides()).as("a column steps one row: 24 bytes").containsExactly(24);
    }

    @Test
    void predictTheShapeOfTheStackedAnswers() {
        // np.apply_along_axis(lambda r: r[:2], 1, np.zeros((4, 5, 6))).shape == (4, 2, 6)
        assertThat(Q047ApplyAlongAxis.predictShape(new int[] {4, 5, 6}, 1, 2))
                .as("an answer of length 2 replaces axis 1").containsExactly(4, 2, 6);
        // np.apply_along_axis(lambda r: r.sum(), 0, np.zeros((4, 5, 6))).shape == (5, 6)
        assertThat(Q047ApplyAlongAxis.predictShape(new int[] {4, 5, 6}, 0, 0))
                .as("a scalar answer removes the axis").containsExactly(5, 6);
        // np.apply_along_axis(lambda r: np.zeros(7), 2, np.zeros((4, 5, 6))).shape == (4, 5, 7)
        assertThat(Q047ApplyAlongAxis.predictShape(new int[] {4, 5, 6}, -1, 7))
                .as("axis -1, answers of length 7").containsExactly(4, 5, 7);
    }

    /** A named function type so the same lambda serves both calls. */
    @FunctionalInterface
    private interface ToDoubleFunctionOfSlice {
        double of(NDArray slice);
    }
}
