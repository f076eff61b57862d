package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q003: creation is allocation with C or F strides, then writing values at byte addresses. */
@Tag("Q003")
class Q003CreatingArraysTest {

    @Test
    void cStridesStepOneItemAlongTheLastAxis() {
        // np.zeros((3, 4)).strides == (32, 8)
        assertThat(Q003CreatingArrays.cStrides(new int[] {3, 4}, 8))
                .as("C strides of a 3x4 float64 array: a row is 4 * 8 = 32 bytes")
                .containsExactly(32, 8);
        // np.zeros((2, 3, 4), np.int32).strides == (48, 16, 4)
        assertThat(Q003CreatingArrays.cStrides(new int[] {2, 3, 4}, 4))
                .as("C strides of a 2x3x4 int32 array")
                .containsExactly(48, 16, 4)
                .containsExactly(np.zeros(new int[] {2, 3, 4}, np.int32).strides());
    }

    @Test
    void fStridesStepOneItemAlongTheFirstAxis() {
        // np.zeros((3, 4), order='F').strides == (8, 24)
        assertThat(Q003CreatingArrays.fStrides(new int[] {3, 4}, 8))
                .as("F strides of a 3x4 float64 array: a column is 3 * 8 = 24 bytes")
                .containsExactly(8, 24);
        // np.zeros((2, 3, 4), np.int32, order='F').strides == (4, 8, 24)
        assertThat(Q003CreatingArrays.fStrides(new int[] {2, 3, 4}, 4))
                .as("F strides of a 2x3x4 int32 array")
                .containsExactly(4, 8, 24)
                .containsExactly(np.zeros(new int[] {2, 3, 4}, np.int32, Order.F).strides());
    }

    @Test
    void stridesOfScalarsLengthOneAxesAndEmptyShapes() {
        assertThat(Q003CreatingArrays.cStrides(new int[] {}, 8))
                .as("a 0-d array has no axes, so no strides: np.zeros(()).strides == ()")
                .isEmpty();
        // np.zeros((1, 3)).strides == (24, 8): a length-1 axis still gets the full step
        assertThat(Q003CreatingArrays.cStrides(new int[] {1, 3}, 8))
                .as("C strides of shape (1, 3)").containsExactly(24, 8);
        // np.zeros((3, 1), order='F').strides == (8, 24)
        assertThat(Q003CreatingArrays.fStrides(new int[] {3, 1}, 8))
                .as("F strides of shape (3, 1)").containsExactly(8, 24);
        // np.zeros((2, 0, 3)).strides == (0, 0, 0) in NumPy 2, for both orders
        assertThat(Q003CreatingArrays.cStrides(new int[] {2, 0, 3}, 8))
                .as("C strides of shape (2, 0, 3): no elements, all strides 0 (NumPy 2)")
                .containsExactly(0, 0, 0);
        assertThat(Q003CreatingArrays.fStrides(new int[] {2, 0, 3}, 8))
                .as("F strides of shape (2, 0, 3): no elements, all strides 0 (NumPy 2)")
                .containsExactly(0, 0, 0);
    }

    @Test
    void eyeOfASquareIsTheIdentity() {
        NDArray a = Q003CreatingArrays.eye(3, 3, 0);

        assertThat(a.shape()).as("shape of eye(3, 3, 0)").containsExactly(3, 3);
        assertThat(a.dtype()).as("dtype of eye: float64, like np.eye").isEqualTo(np.float64);
        assertThat(a.strides()).as("eye is C-ordered").containsExactly(24, 8);
        assertThat(rows(a)).as("eye(3, 3, 0) == np.eye(3)").isEqualTo(rows(np.eye(3)));
    }

    @Test
    void positiveKIsAboveTheMainDiagonalNegativeKBelow() {
        // np.eye(3, 4, k=1)
        double[][] above = {
            {0, 1, 0, 0},
            {0, 0, 1, 0},
            {0, 0, 0, 1},
        };
        // np.eye(4, 3, k=-1)
        double[][] below = {
            {0, 0, 0},
            {1, 0, 0},
            {0, 1, 0},
            {0, 0, 1},
        };
        assertThat(rows(Q003CreatingArrays.eye(3, 4, 1))).as("eye(3, 4, 1): ones at (i, i + 1)")
                .isEqualTo(above);
        assertThat(rows(Q003CreatingArrays.eye(4, 3, -1))).as("eye(4, 3, -1): ones at (i + 1, i)")
                .isEqualTo(below);
    }

    @Test
    void aDiagonalOutsideTheArrayLeavesOnlyZeros() {
        NDArray a = Q003CreatingArrays.eye(2, 3, 5);

        assertThat(a.shape()).as("shape of eye(2, 3, 5)").containsExactly(2, 3);
        // np.eye(2, 3, k=5) is all zeros
        assertThat(rows(a)).as("diagonal 5 misses a 2x3 array").isEqualTo(new double[2][3]);
        assertThat(rows(Q003CreatingArrays.eye(2, 3, -2)))
                .as("diagonal -2 misses a 2x3 array").isEqualTo(new double[2][3]);
        assertThat(Q003CreatingArrays.eye(0, 4, 0).shape()).as("eye(0, 4, 0) is empty")
                .containsExactly(0, 4);
    }

    @Test
    void negativeDimensionsAreAnError() {
        // np.eye(-1) raises ValueError: negative dimensions are not allowed
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q003CreatingArrays.eye(-1, 3, 0));
        assertThat(e).as("eye(-1, 3, 0)")
                .hasMessageContaining("negative dimensions are not allowed");
    }

    /** The elements of a 2-d array as Java rows, read by index. */
    private static double[][] rows(NDArray a) {
        double[][] out = new double[a.shape(0)][a.shape(1)];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = a.getDouble(i, j);
            }
        }
        return out;
    }
}
