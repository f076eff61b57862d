package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q004: broadcasting is stride 0 on stretched axes; an element-wise loop does the rest. */
@Tag("Q004")
class Q004BroadcastingTest {

    @Test
    void aStretchedAxisGetsStrideZero() {
        // np.broadcast_to(np.arange(3.0), (4, 3)).strides == (0, 8)
        assertThat(Q004Broadcasting.broadcastStrides(new int[] {3}, new long[] {8}, new int[] {4, 3}))
                .as("(3,) with strides (8,) seen as (4, 3): a new leading axis")
                .containsExactly(0, 8);
        // np.broadcast_to(np.zeros((2, 1)), (2, 4)).strides == (8, 0)
        assertThat(Q004Broadcasting.broadcastStrides(new int[] {2, 1}, new long[] {8, 8},
                new int[] {2, 4}))
                .as("(2, 1) seen as (2, 4): the length-1 axis is stretched").containsExactly(8, 0);
        // np.broadcast_to(np.zeros(()), (2, 3)).strides == (0, 0)
        assertThat(Q004Broadcasting.broadcastStrides(new int[0], new long[0], new int[] {2, 3}))
                .as("a 0-d array seen as (2, 3)").containsExactly(0, 0);
    }

    @Test
    void equalLengthsKeepTheirStridesEvenNegativeOnes() {
        // a[::-1] of np.arange(6.0).reshape(2, 3) has strides (-24, 8); broadcast to (5, 2, 3)
        assertThat(Q004Broadcasting.broadcastStrides(new int[] {2, 3}, new long[] {-24, 8},
                new int[] {5, 2, 3}))
                .as("np.broadcast_to(a[::-1], (5, 2, 3)).strides").containsExactly(0, -24, 8);
    }

    @Test
    void incompatibleShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Q004Broadcasting.broadcastStrides(new int[] {3}, new long[] {8}, new int[] {4}),
                "(3,) cannot be seen as (4,): 3 is neither 4 nor 1");
        assertThrows(IllegalArgumentException.class,
                () -> Q004Broadcasting.broadcastStrides(new int[] {2, 3}, new long[] {24, 8},
                        new int[] {3}),
                "(2, 3) cannot be seen as (3,): broadcasting never removes axes");
    }

    @Test
    void stretchIsAReadOnlyViewOfTheSameBuffer() {
        NDArray row = np.array(new double[] {1, 2, 3});
        NDArray view = Q004Broadcasting.stretch(row, 4, 3);

        assertThat(view.toString()).as("np.broadcast_to(np.array([1., 2., 3.]), (4, 3))")
                .isEqualTo("array([[1., 2., 3.],\n       [1., 2., 3.],\n       [1., 2., 3.],\n"
                        + "       [1., 2., 3.]])");
        assertThat(view.buffer()).as("no bytes copied: the view reads row's buffer")
                .isSameAs(row.buffer());
        assertThat(view.strides()).as("strides of the view").containsExactly(0, 8);
        assertThat(view.isWriteable()).as("writes are refused: 4 indices share each element")
                .isFalse();
        row.setDouble(7.0, 2);
        assertThat(view.getDouble(3, 2)).as("a change to row shows in every row of the view")
                .isEqualTo(7.0);
    }

    @Test
    void addBroadcastMakesTheOuterSum() {
        NDArray column = np.array(new double[][] {{0}, {10}, {20}});
        NDArray row = np.array(new double[] {1, 2, 3, 4});
        NDArray sum = Q004Broadcasting.addBroadcast(column, row);

        // np.array([[0.], [10.], [20.]]) + np.array([1., 2., 3., 4.])
        assertThat(sum.toString()).as("(3, 1) + (4,) is (3, 4)").isEqualTo(
                "array([[ 1.,  2.,  3.,  4.],\n       [11., 12., 13., 14.],\n"
                        + "       [21., 22., 23., 24.]])");
        assertThat(sum.base()).as("the result is a new array").isNull();
    }

    @Test
    void addBroadcastHandlesScalarsAndRefusesClashes() {
        // np.array([[1., 2., 3.]]) + np.array(5.)
        NDArray sum = Q004Broadcasting.addBroadcast(np.array(new double[][] {{1, 2, 3}}),
                np.full(new int[0], 5.0));
        assertThat(sum.toString()).as("(1, 3) + () is (1, 3)").isEqualTo("array([[6., 7., 8.]])");
        assertThrows(IllegalArgumentException.class,
                () -> Q004Broadcasting.addBroadcast(np.zeros(3), np.zeros(4)),
                "np.zeros(3) + np.zeros(4): operands could not be broadcast together");
    }
}
