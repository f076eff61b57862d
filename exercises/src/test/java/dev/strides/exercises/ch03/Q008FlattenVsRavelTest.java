package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q008: ravel is a view when the array is C-contiguous; flatten always copies. */
@Tag("Q008")
class Q008FlattenVsRavelTest {

    @Test
    void contiguityIsStrideArithmetic() {
        assertThat(Q008FlattenVsRavel.isCContiguous(new int[] {3, 4}, new long[] {32, 8}, 8))
                .as("a fresh (3, 4) float64").isTrue();
        // np.zeros((3, 4))[:, ::2].flags.c_contiguous == False
        assertThat(Q008FlattenVsRavel.isCContiguous(new int[] {3, 2}, new long[] {32, 16}, 8))
                .as("every other column").isFalse();
        // np.zeros((3, 4)).T.flags.c_contiguous == False
        assertThat(Q008FlattenVsRavel.isCContiguous(new int[] {4, 3}, new long[] {8, 32}, 8))
                .as("a transpose").isFalse();
        assertThat(Q008FlattenVsRavel.isCContiguous(new int[] {1, 4}, new long[] {999, 8}, 8))
                .as("a length-1 axis never steps: its stride does not matter").isTrue();
        assertThat(Q008FlattenVsRavel.isCContiguous(new int[] {0, 3}, new long[] {8, 16}, 8))
                .as("no elements, nothing out of place").isTrue();
    }

    @Test
    void ravelOfAContiguousArrayIsAView() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        NDArray r = Q008FlattenVsRavel.ravel(a);
        assertThat(r.shape()).containsExactly(12);
        assertThat(np.sharesMemory(r, a)).as("np.shares_memory(a.ravel(), a)").isTrue();
        r.setDouble(-5.0, 6);
        assertThat(a.getDouble(1, 2)).as("r[6] is a[1, 2]").isEqualTo(-5.0);
    }

    @Test
    void ravelOfATransposeIsACopyInCOrderOfTheView() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        NDArray r = Q008FlattenVsRavel.ravel(np.transpose(a));
        // np.arange(12.0).reshape(3, 4).T.ravel()
        assertThat(r.toString()).isEqualTo(
                "array([ 0.,  4.,  8.,  1.,  5.,  9.,  2.,  6., 10.,  3.,  7., 11.])");
        assertThat(np.sharesMemory(r, a)).as("the elements had to move: a copy").isFalse();
    }

    @Test
    void ravelOfAnOffsetViewIsStillAView() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        NDArray r = Q008FlattenVsRavel.ravel(np.get(a, "1:"));     // rows 1 and 2: contiguous
        assertThat(r.offset()).as("np.arange(12.0).reshape(3, 4)[1:].ravel() starts at 4.0")
                .isEqualTo(32);
        assertThat(r.getDouble(0)).isEqualTo(4.0);
        assertThat(np.sharesMemory(r, a)).isTrue();
    }

    @Test
    void flattenAlwaysCopies() {
        NDArray a = np.reshape(np.arange(6.0), 2, 3);
        NDArray f = Q008FlattenVsRavel.flatten(a);
        assertThat(f.toString()).isEqualTo("array([0., 1., 2., 3., 4., 5.])");
        assertThat(np.sharesMemory(f, a)).as("even for a contiguous array").isFalse();
        f.setDouble(99.0, 0);
        assertThat(a.getDouble(0, 0)).as("a is not touched").isEqualTo(0.0);
        assertThat(Q008FlattenVsRavel.flatten(np.transpose(a)).toString())
                .isEqualTo("array([0., 3., 1., 4., 2., 5.])");
    }
}
