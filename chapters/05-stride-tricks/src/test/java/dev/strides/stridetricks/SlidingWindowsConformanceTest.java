package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.views.AxisException;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** sliding_window_view against NumPy: shape, strides, writeable, values and errors. */
class SlidingWindowsConformanceTest {

    static Stream<Arguments> windows() {
        return Fixtures.rows("windows.txt").stream()
                .map(r -> Arguments.of(r[0] + " w=" + r[6] + " axis=" + r[7] + " writeable="
                        + r[8], r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void matchesNumPy(String name, String[] row) {
        NDArray x = Fixtures.layout(row, 1);
        int[] window = Fixtures.ints(row[6]);
        int[] axis = Fixtures.ints(row[7]);
        boolean writeable = Boolean.parseBoolean(row[8].toLowerCase());
        if (row[10].equals("error")) {
            Class<? extends Throwable> type = row[11].equals("AxisError")
                    ? AxisException.class : IllegalArgumentException.class;
            assertThatThrownBy(() -> SlidingWindows.slidingWindowView(x, window, axis, writeable))
                    .isInstanceOf(type).hasMessage(row[12]);
            return;
        }
        NDArray v = SlidingWindows.slidingWindowView(x, window, axis, writeable);
        assertThat(v.shape()).as("shape").containsExactly(Fixtures.ints(row[11]));
        assertThat(v.strides()).as("strides").containsExactly(Fixtures.longs(row[12]));
        assertThat(v.isWriteable()).as("writeable").isEqualTo(row[13].equals("1"));
        assertThat(Fixtures.values(v)).as("values").containsExactly(Fixtures.doubles(row[14]));
        assertThat(v.buffer()).as("a view of x's buffer, never a copy").isSameAs(x.buffer());
        assertThat(v.offset()).as("window [0, ..., 0] starts at x's first element")
                .isEqualTo(x.offset());
    }

    @Test
    void theFixtureCoversErrorsAndEveryLayout() {
        List<String[]> rows = Fixtures.rows("windows.txt");
        assertThat(rows).hasSizeGreaterThan(40);
        assertThat(rows.stream().filter(r -> r[10].equals("error")).count()).isGreaterThan(5);
    }

    @Test
    void readOnlyByDefaultSoOneWriteCannotChangeSeveralWindows() {
        NDArray x = Fixtures.array("(5,)", "1.0 2.0 3.0 4.0 5.0");
        NDArray v = SlidingWindows.slidingWindowView(x, 3);
        assertThatThrownBy(() -> v.setDouble(9, 0, 2)).isInstanceOf(ReadOnlyException.class);
    }

    @Test
    void aWriteableWindowViewShowsOneWriteInEveryWindowThatHoldsTheElement() {
        NDArray x = Fixtures.array("(5,)", "1.0 2.0 3.0 4.0 5.0");
        NDArray v = SlidingWindows.slidingWindowView(x, new int[] {3}, null, true);
        v.setDouble(30, 0, 2);                       // x[2] is v[0, 2], v[1, 1] and v[2, 0]
        assertThat(x.getDouble(2)).isEqualTo(30);
        assertThat(v.getDouble(1, 1)).isEqualTo(30);
        assertThat(v.getDouble(2, 0)).isEqualTo(30);
    }

    @Test
    void aReadOnlyInputGivesReadOnlyWindowsEvenWhenWriteableIsAsked() {
        NDArray x = Fixtures.array("(5,)", "1.0 2.0 3.0 4.0 5.0");
        x.setWriteable(false);
        NDArray v = SlidingWindows.slidingWindowView(x, new int[] {2}, null, true);
        assertThat(v.isWriteable()).isFalse();
    }
}
