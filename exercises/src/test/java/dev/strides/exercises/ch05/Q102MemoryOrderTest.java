package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q102: C order steps the last axis fastest, F order the first. */
@Tag("Q102")
class Q102MemoryOrderTest {

    @Test
    void cStridesStepTheLastAxisOneItem() {
        // np.zeros((3, 4)).strides == (32, 8)
        assertThat(Q102MemoryOrder.cStrides(new int[] {3, 4}, 8)).containsExactly(32, 8);
        // np.zeros((3, 1, 4)).strides == (32, 32, 8)
        assertThat(Q102MemoryOrder.cStrides(new int[] {3, 1, 4}, 8)).containsExactly(32, 32, 8);
        // np.zeros((2, 3, 4), np.int32).strides == (48, 16, 4)
        assertThat(Q102MemoryOrder.cStrides(new int[] {2, 3, 4}, 4)).containsExactly(48, 16, 4);
    }

    @Test
    void fStridesStepTheFirstAxisOneItem() {
        // np.zeros((3, 4), order="F").strides == (8, 24)
        assertThat(Q102MemoryOrder.fStrides(new int[] {3, 4}, 8)).containsExactly(8, 24);
        // np.zeros((3, 1, 4), order="F").strides == (8, 24, 24)
        assertThat(Q102MemoryOrder.fStrides(new int[] {3, 1, 4}, 8)).containsExactly(8, 24, 24);
        NDArray f = np.zeros(new int[] {5, 2, 3}, np.float64, Order.F);
        assertThat(Q102MemoryOrder.fStrides(new int[] {5, 2, 3}, 8)).containsExactly(f.strides());
    }

    @Test
    void emptyShapesGetZeroStridesAndScalarsNone() {
        // np.zeros((2, 0, 3)).strides == (0, 0, 0), in either order
        assertThat(Q102MemoryOrder.cStrides(new int[] {2, 0, 3}, 8)).containsExactly(0, 0, 0);
        assertThat(Q102MemoryOrder.fStrides(new int[] {2, 0, 3}, 8)).containsExactly(0, 0, 0);
        assertThat(Q102MemoryOrder.cStrides(new int[0], 8)).isEmpty();
    }

    @Test
    void aTransposeTurnsCIntoFAndASteppedSliceIsNeither() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        // a.flags: C True, F False; a.T.flags: C False, F True
        assertThat(Q102MemoryOrder.contiguity(a)).containsExactly(true, false);
        assertThat(Q102MemoryOrder.contiguity(np.transpose(a))).containsExactly(false, true);
        // a[:, ::2]: strides (32, 16), neither
        assertThat(Q102MemoryOrder.contiguity(np.get(a, ":, ::2"))).containsExactly(false, false);
    }

    @Test
    void lengthOneAxesDoNotCountButTheirNeighboursDo() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        // a[:1].flags: C True and F True (one row is a gap-free block read either way)
        assertThat(Q102MemoryOrder.contiguity(np.get(a, ":1"))).containsExactly(true, true);
        // a[:, :1]: shape (3, 1), strides (32, 8): neither (the rows are 32 bytes apart)
        assertThat(Q102MemoryOrder.contiguity(np.get(a, ":, :1"))).containsExactly(false, false);
        // a 1-d array is both, an empty one too
        assertThat(Q102MemoryOrder.contiguity(np.arange(5.0))).containsExactly(true, true);
        assertThat(Q102MemoryOrder.contiguity(np.get(a, ":, 4:"))).containsExactly(true, true);
    }
}
