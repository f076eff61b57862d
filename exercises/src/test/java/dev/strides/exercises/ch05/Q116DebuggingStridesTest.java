package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q116: locate elements, the bytes an array reaches, and self-overlap. */
@Tag("Q116")
class Q116DebuggingStridesTest {

    private static NDArray grid() {
        return np.reshape(np.arange(12.0), 3, 4);           // strides (32, 8)
    }

    @Test
    void theAddressFormulaLocatesEveryElement() {
        NDArray a = grid();
        assertThat(Q116DebuggingStrides.byteOffsetOf(a, 2, 1)).as("2*32 + 1*8").isEqualTo(72);
        NDArray t = np.transpose(a);                         // strides (8, 32)
        assertThat(Q116DebuggingStrides.byteOffsetOf(t, 2, 1)).as("2*8 + 1*32").isEqualTo(48);
        NDArray reversed = np.get(a, "::-1, 1:");            // offset 72, strides (-32, 8)
        assertThat(Q116DebuggingStrides.byteOffsetOf(reversed, 0, 0)).isEqualTo(72);
        assertThat(Q116DebuggingStrides.byteOffsetOf(reversed, 2, 2)).as("72 - 64 + 16")
                .isEqualTo(24);
        assertThat(Q116DebuggingStrides.byteOffsetOf(reversed, 1, 1))
                .isEqualTo(reversed.byteOffset(1, 1));
    }

    @Test
    void theRangeReachedFollowsNegativeStridesBackwards() {
        assertThat(Q116DebuggingStrides.byteRange(grid())).containsExactly(0, 96);
        // a[::-1, 1:]: from row 0's element 1 (byte 8) to row 2's last (byte 95)
        assertThat(Q116DebuggingStrides.byteRange(np.get(grid(), "::-1, 1:")))
                .containsExactly(8, 96);
        // a[:, ::2]: 6 elements of 8 bytes, yet it reaches 88 bytes
        assertThat(Q116DebuggingStrides.byteRange(np.get(grid(), ":, ::2")))
                .containsExactly(0, 88);
    }

    @Test
    void anEmptyArrayReachesNothing() {
        assertThat(Q116DebuggingStrides.byteRange(np.get(grid(), ":, 4:"))).isNull();
        assertThat(Q116DebuggingStrides.elementsOverlap(np.get(grid(), ":, 4:"))).isFalse();
    }

    @Test
    void windowsAndBroadcastsOverlapSlicesAndTransposesDoNot() {
        NDArray x = np.arange(10.0);
        assertThat(Q116DebuggingStrides.elementsOverlap(np.lib.strideTricks.slidingWindowView(x, 3)))
                .as("windows of 3 share elements").isTrue();
        assertThat(Q116DebuggingStrides.elementsOverlap(np.broadcastTo(x, 2, 10)))
                .as("a stride-0 axis repeats the same bytes").isTrue();
        assertThat(Q116DebuggingStrides.elementsOverlap(np.transpose(grid()))).isFalse();
        assertThat(Q116DebuggingStrides.elementsOverlap(np.get(grid(), "::-1, ::2"))).isFalse();
    }

    @Test
    void interleavedViewsDoNotOverlapButOverlappingRowsDo() {
        NDArray x = np.arange(10.0);
        // as_strided(x, (2, 2), (8, 16)) reads x[0], x[2], x[1], x[3]: no byte twice
        assertThat(Q116DebuggingStrides.elementsOverlap(
                np.lib.strideTricks.asStrided(x, new int[] {2, 2}, new long[] {8, 16}, false)))
                .isFalse();
        // as_strided(x, (3, 4), (24, 8)): row 0 ends with x[3], row 1 starts with it
        assertThat(Q116DebuggingStrides.elementsOverlap(
                np.lib.strideTricks.asStrided(x, new int[] {3, 4}, new long[] {24, 8}, false)))
                .isTrue();
    }
}
