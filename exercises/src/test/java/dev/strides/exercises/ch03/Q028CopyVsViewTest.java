package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q028: basic indexing gives views, advanced indexing copies; byte extents bound sharing. */
@Tag("Q028")
class Q028CopyVsViewTest {

    private static final String[] EXPRESSIONS = {
        "1:, ::-2", "None, ..., 0", "0", "...", "[0, 2]", "[True, False, True]", "0, 1",
        "1:, [3, 0]", "::-1, None",
    };

    @Test
    void predictionsForTypicalIndexes() {
        assertThat(Q028CopyVsView.predictView("1:, ::-2", 2)).as("slices").isTrue();
        assertThat(Q028CopyVsView.predictView("None, ..., 0", 2)).as("None, ..., int").isTrue();
        assertThat(Q028CopyVsView.predictView("0", 2)).as("a row of a matrix").isTrue();
        assertThat(Q028CopyVsView.predictView("[0, 2]", 2)).as("an integer list").isFalse();
        assertThat(Q028CopyVsView.predictView("[True, False, True]", 2)).as("a mask").isFalse();
        assertThat(Q028CopyVsView.predictView("0, 1", 2)).as("one element: a scalar").isFalse();
        assertThat(Q028CopyVsView.predictView("1:, [3, 0]", 2)).as("slice + list").isFalse();
    }

    @Test
    void predictionsAgreeWithTheLibrary() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        for (String expression : EXPRESSIONS) {
            boolean shares = np.sharesMemory(np.get(a, expression), a);
            assertThat(Q028CopyVsView.predictView(expression, 2))
                    .as("np.shares_memory(a[%s], a)", expression).isEqualTo(shares);
        }
    }

    @Test
    void byteExtentsOfViews() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        assertThat(Q028CopyVsView.byteExtent(a)).as("all 96 bytes").containsExactly(0, 96);
        assertThat(Q028CopyVsView.byteExtent(np.get(a, "::-1")))
                .as("a[::-1] starts at byte 64 but reaches back to 0").containsExactly(0, 96);
        // a[1:, ::2]: offset 32, reaches 32 + 32 + 16, plus the last item's 8 bytes
        assertThat(Q028CopyVsView.byteExtent(np.get(a, "1:, ::2"))).containsExactly(32, 88);
        // a[2:, 4:] has no elements; NumPy leaves its offset at row 2, byte 64
        assertThat(Q028CopyVsView.byteExtent(np.get(a, "2:, 4:"))).as("empty")
                .containsExactly(64, 64);
    }

    @Test
    void mayShareMemoryIsABoundsTest() {
        NDArray x = np.arange(10.0);
        NDArray even = np.get(x, "::2");
        NDArray odd = np.get(x, "1::2");
        assertThat(Q028CopyVsView.mayShareMemory(even, odd))
                .as("np.may_share_memory(x[::2], x[1::2]): the extents interleave").isTrue();
        assertThat(np.sharesMemory(even, odd)).as("...though no element is shared").isFalse();
        assertThat(Q028CopyVsView.mayShareMemory(np.get(x, ":5"), np.get(x, "5:")))
                .as("np.may_share_memory(x[:5], x[5:])").isFalse();
        assertThat(Q028CopyVsView.mayShareMemory(x, np.copy(x))).as("a copy's own buffer")
                .isFalse();
        assertThat(Q028CopyVsView.mayShareMemory(np.get(x, "::-1"), np.get(x, "9:")))
                .as("the reversed view reaches x[9]").isTrue();
    }
}
