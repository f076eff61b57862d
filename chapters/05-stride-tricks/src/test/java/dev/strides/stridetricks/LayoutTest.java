package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Ranges;
import dev.strides.stridetricks.Layout.Aliasing;
import dev.strides.views.Axes;
import dev.strides.views.Indexing;
import dev.strides.views.Reshape;

import org.junit.jupiter.api.Test;

/** The stride debugger: its facts, its aliasing verdicts and its warnings. */
class LayoutTest {

    private static NDArray grid() {
        return Reshape.reshape(Ranges.arange(0.0, 12.0, 1.0), 3, 4);    // np.arange(12.0).reshape(3, 4)
    }

    @Test
    void explainsAC_ArrayLineByLine() {
        String text = Layout.explain(grid());
        assertThat(text).startsWith("shape (3, 4), strides (32, 8), offset 0, dtype float64"
                + " (itemsize 8)\n");
        assertThat(text).contains("address of [i0, i1] = 0 + i0*32 + i1*8\n")
                .contains("reaches bytes [0, 96) of a 96-byte buffer; 12 elements, nbytes 96")
                .contains("C_CONTIGUOUS True, F_CONTIGUOUS False, OWNDATA ")
                .contains("aliasing: none\n")
                .contains("  [0, 1] bytes 8..15\n")
                .contains("  [1, 0] bytes 32..39\n")
                .contains("  ... 4 more\n")
                .doesNotContain("warning");
    }

    @Test
    void aTransposeIsFContiguousAndShouldBeLoopedTheOtherWay() {
        NDArray t = Axes.transpose(grid());
        String text = Layout.explain(t, 2);
        assertThat(text).contains("strides (8, 32)").contains("F_CONTIGUOUS True")
                .contains("loop order for memory order: (1, 0)")
                .contains("  [0, 1] bytes 32..39\n");
    }

    @Test
    void windowsAndBroadcastsAliasButSlicesDoNot() {
        NDArray x = Ranges.arange(0.0, 10.0, 1.0);
        assertThat(Layout.aliasing(SlidingWindows.slidingWindowView(x, 3)))
                .isEqualTo(Aliasing.OVERLAPPING);
        assertThat(Layout.aliasing(SlidingWindows.slidingWindowView(x, 1))).isEqualTo(Aliasing.NONE);
        assertThat(Layout.aliasing(Broadcasting.broadcastTo(x, 4, 10)))
                .isEqualTo(Aliasing.OVERLAPPING);
        assertThat(Layout.aliasing(Indexing.get(grid(), "::-1, ::2"))).isEqualTo(Aliasing.NONE);
        // rows of 4 stepping 3 elements: the strides test cannot rule it out, the exact one finds
        // element [0, 3] and [1, 0] on the same bytes
        NDArray steps3 = AsStrided.asStrided(x, new int[] {3, 4}, new long[] {24, 8}, false);
        assertThat(Layout.aliasing(steps3)).isEqualTo(Aliasing.OVERLAPPING);
        // interleaved but disjoint: shape (2, 2), strides (8, 16) over 4 elements
        NDArray interleaved = AsStrided.asStrided(x, new int[] {2, 2}, new long[] {8, 16}, false);
        assertThat(Layout.aliasing(interleaved)).isEqualTo(Aliasing.NONE);
    }

    @Test
    void warnsAboutStrideZeroNegativeStridesOddStepsAndOverlap() {
        NDArray x = Ranges.arange(0.0, 10.0, 1.0);
        assertThat(Layout.warnings(Broadcasting.broadcastTo(x, 2, 10)))
                .anyMatch(w -> w.startsWith("axis 0 has stride 0"));
        assertThat(Layout.warnings(Indexing.get(x, "::-1")))
                .anyMatch(w -> w.contains("negative stride"));
        assertThat(Layout.warnings(SlidingWindows.slidingWindowView(x, 3)))
                .anyMatch(w -> w.startsWith("elements overlap"));
        NDArray bytes = x.stridedView(dev.strides.ndarray.DType.FLOAT64, new int[] {2},
                new long[] {4}, 0);
        assertThat(Layout.warnings(bytes)).anyMatch(w -> w.contains("not a multiple"));
        NDArray big = Ranges.arange(0.0, 100.0, 1.0);
        assertThat(Layout.warnings(Indexing.get(big, ":3")))
                .anyMatch(w -> w.contains("keeps the base's 800 bytes alive"));
    }

    @Test
    void elementBytesFollowTheAddressFormula() {
        NDArray t = Axes.transpose(grid());
        assertThat(Layout.elementBytes(t, 2, 1)).containsExactly(48, 55);   // 2*8 + 1*32
        assertThat(Layout.elementBytes(t, -1, -1)).containsExactly(88, 95);
        NDArray empty = Ranges.arange(0.0, 0.0, 1.0);
        assertThat(Layout.explain(empty)).contains("reaches no bytes (no elements)");
    }
}
