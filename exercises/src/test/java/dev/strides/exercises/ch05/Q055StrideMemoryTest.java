package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q055: views trade a few bytes of metadata for whole copies. */
@Tag("Q055")
class Q055StrideMemoryTest {

    @Test
    void everyOtherIsAViewWithTheStrideDoubled() {
        NDArray x = np.arange(7.0);                          // np.arange(7.0)
        NDArray v = Q055StrideMemory.everyOther(x);
        // np.arange(7.0)[::2] -> array([0., 2., 4., 6.]), strides (16,)
        assertThat(v.shape()).as("ceil(7 / 2) elements").containsExactly(4);
        assertThat(v.strides()).as("twice the stride of x").containsExactly(16);
        assertThat(v.getDouble(3)).as("element 3 is x[6]").isEqualTo(6.0);
        assertThat(v.buffer()).as("a view shares x's buffer: nothing was copied")
                .isSameAs(x.buffer());
        x.setDouble(-2.0, 2);
        assertThat(v.getDouble(1)).as("a write to x[2] is seen through the view").isEqualTo(-2.0);
    }

    @Test
    void everyOtherOfAReversedArrayStepsBackwardsTwiceAsFar() {
        NDArray reversed = np.get(np.arange(6.0), "::-1");  // [5, 4, 3, 2, 1, 0], strides (-8,)
        NDArray v = Q055StrideMemory.everyOther(reversed);
        // np.arange(6.0)[::-1][::2] -> array([5., 3., 1.]), strides (-16,)
        assertThat(v.strides()).containsExactly(-16);
        assertThat(new double[] {v.getDouble(0), v.getDouble(1), v.getDouble(2)})
                .containsExactly(5.0, 3.0, 1.0);
    }

    @Test
    void repeatRowsUsesStrideZeroAndIsReadOnly() {
        NDArray row = np.arange(3.0);
        NDArray tiled = Q055StrideMemory.repeatRows(row, 1000);
        // np.broadcast_to(np.arange(3.0), (1000, 3)).strides == (0, 8)
        assertThat(tiled.shape()).containsExactly(1000, 3);
        assertThat(tiled.strides()).as("stride 0: every row is the same 24 bytes")
                .containsExactly(0, 8);
        assertThat(tiled.getDouble(999, 2)).isEqualTo(2.0);
        assertThat(tiled.buffer()).isSameAs(row.buffer());
        assertThrows(ReadOnlyException.class, () -> tiled.setDouble(1.0, 0, 0),
                "one write would change all 1000 rows: the view must be read-only");
        row.setDouble(7.0, 1);
        assertThat(tiled.getDouble(500, 1)).as("the rows are the original row").isEqualTo(7.0);
    }

    @Test
    void repeatingZeroTimesGivesAnEmptyView() {
        NDArray tiled = Q055StrideMemory.repeatRows(np.arange(3.0), 0);
        assertThat(tiled.shape()).containsExactly(0, 3);
        assertThat(tiled.size()).isZero();
    }

    @Test
    void copyingAllWindowsCostsWTimesTheSeries() {
        // np.ascontiguousarray(sliding_window_view(np.zeros(10**6), 100)).nbytes == 799920800
        assertThat(Q055StrideMemory.copiedWindowBytes(1_000_000, 100)).isEqualTo(799_920_800L);
        // one window of the whole series: n * 8 bytes
        assertThat(Q055StrideMemory.copiedWindowBytes(10, 10)).isEqualTo(80);
        // windows of 1: the series itself
        assertThat(Q055StrideMemory.copiedWindowBytes(10, 1)).isEqualTo(80);
    }
}
