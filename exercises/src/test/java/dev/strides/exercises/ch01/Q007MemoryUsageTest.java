package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q007: nbytes counts the elements shown; the span and the base tell what memory is really used.
 * Views are made with {@code stridedView(shape, strides, byteOffset)}, the primitive behind
 * slicing; the NumPy slice each one stands for is in a comment.
 */
@Tag("Q007")
class Q007MemoryUsageTest {

    @Test
    void nbytesIsSizeTimesItemsize() {
        // np.zeros((3, 4)).nbytes == 96
        assertThat(Q007MemoryUsage.nbytes(new int[] {3, 4}, np.float64))
                .as("nbytes of a 3x4 float64 array: 12 elements * 8 bytes")
                .isEqualTo(96)
                .isEqualTo(np.zeros(3, 4).nbytes());
        assertThat(Q007MemoryUsage.nbytes(new int[] {1000}, np.int8))
                .as("nbytes of 1000 int8: one byte each").isEqualTo(1000);
        // np.zeros((10, 10), complex).nbytes == 1600
        assertThat(Q007MemoryUsage.nbytes(new int[] {10, 10}, np.complex128))
                .as("nbytes of 10x10 complex128: two float64 per element").isEqualTo(1600);
    }

    @Test
    void nbytesOfZeroDimensionalAndEmptyShapes() {
        // np.zeros(()).nbytes == 8: a 0-d array holds one element
        assertThat(Q007MemoryUsage.nbytes(new int[] {}, np.float64))
                .as("nbytes of shape () float64 (the empty product is 1)").isEqualTo(8);
        // np.zeros((5, 0)).nbytes == 0
        assertThat(Q007MemoryUsage.nbytes(new int[] {5, 0}, np.float64))
                .as("nbytes of shape (5, 0)").isZero();
    }

    @Test
    void negativeDimensionIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q007MemoryUsage.nbytes(new int[] {3, -1}, np.float64));
        assertThat(e).as("nbytes of shape (3, -1)")
                .hasMessageContaining("negative dimensions are not allowed");
    }

    @Test
    void aContiguousArraySpansExactlyItsNbytes() {
        NDArray a = np.zeros(3, 4);
        // a.T: the same 96 bytes read in the other order
        NDArray transposed = a.stridedView(new int[] {4, 3}, new long[] {8, 32}, 0);

        assertThat(Q007MemoryUsage.bytesSpanned(a)).as("span of a 3x4 float64 array")
                .isEqualTo(a.nbytes());
        assertThat(Q007MemoryUsage.bytesSpanned(transposed)).as("span of its transpose")
                .isEqualTo(96);
    }

    @Test
    void aSteppedViewSpansMoreBytesThanItsElements() {
        NDArray a = np.arange(10.0);
        // a[::2]: 5 elements, 16 bytes apart; a[::2].nbytes == 40
        NDArray everyOther = a.stridedView(new int[] {5}, new long[] {16}, 0);
        // a[::-1]: stride -8, starting at the last element (byte 72)
        NDArray reversed = a.stridedView(new int[] {10}, new long[] {-8}, 72);

        assertThat(everyOther.nbytes()).as("nbytes of a[::2]").isEqualTo(40);
        assertThat(Q007MemoryUsage.bytesSpanned(everyOther))
                .as("span of a[::2]: from element 0 to the end of element 8 = 4*16 + 8")
                .isEqualTo(72);
        assertThat(Q007MemoryUsage.bytesSpanned(reversed))
                .as("span of a[::-1]: a negative stride reaches downwards, still 80 bytes")
                .isEqualTo(80);
    }

    @Test
    void aBroadcastViewSpansOneElementAndAnEmptyViewSpansNothing() {
        NDArray one = np.array(new double[] {7.0});
        // np.broadcast_to(one, (1000,)): stride 0, every element is the same 8 bytes
        NDArray broadcast = one.stridedView(new int[] {1000}, new long[] {0}, 0);

        assertThat(broadcast.nbytes()).as("nbytes of the broadcast view").isEqualTo(8000);
        assertThat(Q007MemoryUsage.bytesSpanned(broadcast))
                .as("span of a stride-0 view: 1000 elements, one element of memory")
                .isEqualTo(8);
        assertThat(Q007MemoryUsage.bytesSpanned(np.zeros(2, 0, 3)))
                .as("an array with no elements spans no bytes").isZero();
    }

    @Test
    void aSmallViewKeepsItsWholeBaseAlive() {
        NDArray big = np.zeros(1_000_000);
        // big[:10]
        NDArray head = big.stridedView(new int[] {10}, new long[] {8}, 0);

        assertThat(head.nbytes()).as("nbytes of big[:10]").isEqualTo(80);
        assertThat(Q007MemoryUsage.bytesKeptAlive(head))
                .as("big[:10] refers to big's buffer, so all 8,000,000 bytes stay allocated")
                .isEqualTo(8_000_000);
        assertThat(Q007MemoryUsage.bytesKeptAlive(head.copy()))
                .as("big[:10].copy() owns a buffer of its own: 80 bytes")
                .isEqualTo(80);
        assertThat(Q007MemoryUsage.bytesKeptAlive(big)).as("an owner keeps its own nbytes")
                .isEqualTo(8_000_000);
    }
}
