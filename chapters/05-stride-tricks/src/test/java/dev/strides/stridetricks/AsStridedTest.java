package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Ranges;
import dev.strides.stridetricks.AsStrided.Reach;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** as_strided against NumPy for in-bounds views, and the bounds it refuses. */
class AsStridedTest {

    static Stream<Arguments> cases() {
        return Fixtures.rows("as_strided.txt").stream()
                .map(r -> Arguments.of(r[0] + " shape=" + r[6] + " strides=" + r[7], r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumPyInsideTheArray(String name, String[] row) {
        NDArray x = Fixtures.layout(row, 1);
        NDArray v = AsStrided.asStrided(x, Fixtures.ints(row[6]), Fixtures.longs(row[7]), false);
        assertThat(v.shape()).containsExactly(Fixtures.ints(row[10]));
        assertThat(v.strides()).containsExactly(Fixtures.longs(row[11]));
        assertThat(v.isWriteable()).isFalse();
        assertThat(Fixtures.values(v)).containsExactly(Fixtures.doubles(row[13]));
        assertThat(v.buffer()).isSameAs(x.buffer());
    }

    @Test
    void refusesAViewBeyondTheArrayThatNumPyWouldReadAsGarbage() {
        NDArray x = Ranges.arange(0.0, 3.0, 1.0);
        // np: as_strided(np.arange(3.0), shape=(1000,)) reads 7976 bytes that are not x's
        assertThatThrownBy(() -> AsStrided.asStrided(x, new int[] {1000}, new long[] {8}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("would reach bytes [0, 8000)")
                .hasMessageContaining("x spans bytes [0, 24)");
        // a negative stride from the first element walks before the buffer
        assertThatThrownBy(() -> AsStrided.asStrided(x, new int[] {2}, new long[] {-8}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reachBufferMayLeaveTheArrayButNeverTheBuffer() {
        NDArray big = Ranges.arange(0.0, 10.0, 1.0);
        NDArray x = big.stridedView(new int[] {3}, new long[] {8}, 32);     // big[4:7]
        assertThatThrownBy(() -> AsStrided.asStrided(x, new int[] {5}, new long[] {8}))
                .isInstanceOf(IllegalArgumentException.class);
        NDArray v = AsStrided.asStrided(x, new int[] {5}, new long[] {8}, false, Reach.BUFFER);
        assertThat(Fixtures.values(v)).containsExactly(4, 5, 6, 7, 8);
        assertThatThrownBy(() -> AsStrided.asStrided(x, new int[] {7}, new long[] {8}, false,
                Reach.BUFFER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the buffer of 80 bytes");
    }

    @Test
    void writeableOnlyWhenAskedAndWritesGoToTheSharedBuffer() {
        NDArray x = Ranges.arange(0.0, 6.0, 1.0);
        NDArray ro = AsStrided.asStrided(x, new int[] {3, 2}, new long[] {16, 8}, false);
        assertThatThrownBy(() -> ro.setDouble(1, 0, 0)).isInstanceOf(ReadOnlyException.class);
        NDArray rw = AsStrided.asStrided(x, new int[] {3, 2}, new long[] {16, 8});
        rw.setDouble(42, 2, 1);
        assertThat(x.getDouble(5)).isEqualTo(42);
        assertThat(x.isWriteable()).as("x itself is untouched").isTrue();
    }

    @Test
    void defaultsKeepTheShapeAndStridesAndMismatchedLengthsAreRefused() {
        NDArray x = Ranges.arange(0.0, 6.0, 1.0);
        NDArray same = AsStrided.asStrided(x);
        assertThat(same.shape()).containsExactly(6);
        assertThat(same.strides()).containsExactly(8);
        assertThatThrownBy(() -> AsStrided.asStrided(x, new int[] {2, 3}, new long[] {8}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mismatch in length of strides and shape");
    }
}
