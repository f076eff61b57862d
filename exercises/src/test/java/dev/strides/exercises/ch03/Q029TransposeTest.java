package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q029: a transpose swaps shape and strides over the same buffer. */
@Tag("Q029")
class Q029TransposeTest {

    @Test
    void transposeSwapsShapeAndStrides() {
        NDArray m = np.reshape(np.arange(12.0), 3, 4);
        NDArray t = Q029Transpose.transpose(m);
        assertThat(t.shape()).containsExactly(4, 3);
        // np.arange(12.0).reshape(3, 4).T.strides
        assertThat(t.strides()).containsExactly(8, 32);
        assertThat(t.toString()).isEqualTo(np.transpose(m).toString());
        assertThat(t.flags().fContiguous()).as("the transpose of C order is F order").isTrue();
        assertThat(t.flags().cContiguous()).isFalse();
    }

    @Test
    void writesGoThroughToTheOriginal() {
        NDArray m = np.reshape(np.arange(12.0), 3, 4);
        NDArray t = Q029Transpose.transpose(m);
        t.setDouble(99.0, 3, 2);
        assertThat(m.getDouble(2, 3)).as("t[3, 2] is m[2, 3]").isEqualTo(99.0);
        assertThat(np.sharesMemory(t, m)).isTrue();
    }

    @Test
    void anyRankReversesTheAxes() {
        NDArray a = np.zeros(2, 3, 4);
        NDArray t = Q029Transpose.transpose(a);
        // np.zeros((2, 3, 4)).T.shape, .strides
        assertThat(t.shape()).containsExactly(4, 3, 2);
        assertThat(t.strides()).containsExactly(8, 32, 96);
        NDArray v = np.arange(3.0);
        assertThat(Q029Transpose.transpose(v).strides()).as("a 1-d array is its own transpose")
                .containsExactly(8);
    }

    @Test
    void predictTheStridesOfAnyPermutation() {
        // np.zeros((2, 3, 4), np.int32).transpose(2, 0, 1).strides
        assertThat(Q029Transpose.transposedStrides(new long[] {48, 16, 4}, 2, 0, 1))
                .containsExactly(4, 48, 16);
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> Q029Transpose.transposedStrides(new long[] {48, 16, 4}, 1, 0)))
                .hasMessage("axes don't match array");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> Q029Transpose.transposedStrides(new long[] {48, 16, 4}, 0, 0, 1)))
                .hasMessage("repeated axis in transpose");
    }
}
