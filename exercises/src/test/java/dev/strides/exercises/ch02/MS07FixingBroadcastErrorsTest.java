package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MS07: give the operand trailing axes of length 1 so it lines up with the axis it is for. */
@Tag("MS07")
class MS07FixingBroadcastErrorsTest {

    private static final NDArray A = np.array(new double[][] {{1, 2, 3, 6}, {4, 4, 4, 4},
        {0, -1, 1, 0}});

    @Test
    void theNaiveRowMeanSubtractionFailsAndTheFixWorks() {
        // a - a.mean(axis=1) raises this; the exercise's version must not
        IllegalArgumentException naive = assertThrows(IllegalArgumentException.class,
                () -> np.subtract(A, np.divide(np.sum(A, 1), 4.0)));
        assertThat(naive).as("the bug").hasMessage(
                "operands could not be broadcast together with shapes (3,4) (3,) ");

        // a - a.mean(axis=1, keepdims=True)
        assertThat(MS07FixingBroadcastErrors.subtractRowMeans(A).toString()).as("the fix")
                .isEqualTo("array([[-2., -1.,  0.,  3.],\n       [ 0.,  0.,  0.,  0.],\n"
                        + "       [ 0., -1.,  1.,  0.]])");
    }

    @Test
    void addToEachRowUsesAColumnView() {
        NDArray v = np.array(new double[] {100, 200, 300});
        // a + v[:, None]
        assertThat(MS07FixingBroadcastErrors.addToEachRow(A, v).toString()).as("v[i] added to row i")
                .isEqualTo("array([[101., 102., 103., 106.],\n       [204., 204., 204., 204.],\n"
                        + "       [300., 299., 301., 300.]])");
    }

    @Test
    void addToEachRowStillReportsAWrongLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MS07FixingBroadcastErrors.addToEachRow(np.ones(3, 4), np.ones(4)));
        // np.ones((3, 4)) + np.ones(4)[:, None]
        assertThat(e).as("4 values for 3 rows")
                .hasMessage("operands could not be broadcast together with shapes (3,4) (4,1) ");
    }

    @Test
    void fixShapeAppendsOnesWhereNeeded() {
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {3, 4}, new int[] {4}))
                .as("(4,) already fits (3, 4)").containsExactly(4);
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {3, 4}, new int[] {3}))
                .as("(3,) is for the rows of (3, 4)").containsExactly(3, 1);
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {2, 3, 4}, new int[] {2}))
                .as("(2,) is for the first axis of (2, 3, 4)").containsExactly(2, 1, 1);
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {2, 3, 4}, new int[] {3, 4}))
                .as("(3, 4) already fits").containsExactly(3, 4);
    }

    @Test
    void fixShapePrefersTheRightmostFitAndGivesUpWhenNothingFits() {
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {3, 3, 4}, new int[] {3}))
                .as("(3,) could go with axis 0 or 1 of (3, 3, 4): the rightmost, axis 1")
                .containsExactly(3, 1);
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {3, 4}, new int[] {5}))
                .as("no axis of (3, 4) has length 5").isNull();
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {4}, new int[] {2, 4}))
                .as("b may have more axes than a: (2, 4) already broadcasts with (4,)")
                .containsExactly(2, 4);
        assertThat(MS07FixingBroadcastErrors.fixShape(new int[] {2, 3}, new int[] {4}))
                .as("nothing of length 4 in (2, 3)").isNull();
    }
}
