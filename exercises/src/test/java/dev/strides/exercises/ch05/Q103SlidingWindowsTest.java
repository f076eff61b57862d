package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q103: all windows are one view with the stride repeated. */
@Tag("Q103")
class Q103SlidingWindowsTest {

    @Test
    void windowsOfThreeOverSixElements() {
        NDArray x = np.arange(6.0);
        NDArray w = Q103SlidingWindows.windows(x, 3);
        // sliding_window_view(np.arange(6.0), 3): shape (4, 3), strides (8, 8)
        assertThat(w.shape()).containsExactly(4, 3);
        assertThat(w.strides()).as("next window and next element both step one item")
                .containsExactly(8, 8);
        // window 2 is x[2:5] == [2., 3., 4.]
        assertThat(new double[] {w.getDouble(2, 0), w.getDouble(2, 1), w.getDouble(2, 2)})
                .containsExactly(2.0, 3.0, 4.0);
        assertThat(w.buffer()).as("no copy: the windows read x's buffer").isSameAs(x.buffer());
    }

    @Test
    void theStrideOfAStridedInputIsRepeated() {
        NDArray x = np.get(np.arange(20.0), "::2");          // strides (16,)
        NDArray w = Q103SlidingWindows.windows(x, 4);
        NDArray expected = np.lib.strideTricks.slidingWindowView(x, 4);
        // sliding_window_view(np.arange(20.0)[::2], 4): shape (7, 4), strides (16, 16)
        assertThat(w.shape()).containsExactly(expected.shape());
        assertThat(w.strides()).containsExactly(16, 16);
        assertThat(w.getDouble(6, 3)).as("last window, last element: x[9] = 18").isEqualTo(18.0);
    }

    @Test
    void windowsAreReadOnlyAndMustFit() {
        NDArray w = Q103SlidingWindows.windows(np.arange(5.0), 2);
        assertThrows(ReadOnlyException.class, () -> w.setDouble(9.0, 0, 1),
                "x[1] is in two windows: writing is refused, as NumPy's default");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q103SlidingWindows.windows(np.arange(5.0), 6));
        assertThat(e).hasMessage("window shape cannot be larger than input array shape");
        NDArray all = Q103SlidingWindows.windows(np.arange(5.0), 5);
        assertThat(all.shape()).as("a window as long as x fits once").containsExactly(1, 5);
    }

    @Test
    void twoDimensionalWindowsHaveFourAxes() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        NDArray w = Q103SlidingWindows.windows2d(a, 2, 3);
        // sliding_window_view(a, (2, 3)): shape (2, 2, 2, 3), strides (32, 8, 32, 8)
        assertThat(w.shape()).containsExactly(2, 2, 2, 3);
        assertThat(w.strides()).containsExactly(32, 8, 32, 8);
        // w[1, 1, 1, 2] is a[2, 3] == 11
        assertThat(w.getDouble(1, 1, 1, 2)).isEqualTo(11.0);
        assertThat(w.isWriteable()).isFalse();
    }

    @Test
    void twoDimensionalWindowsOverATranspose() {
        NDArray t = np.transpose(np.reshape(np.arange(12.0), 3, 4));   // strides (8, 32)
        NDArray w = Q103SlidingWindows.windows2d(t, 2, 2);
        assertThat(w.strides()).containsExactly(8, 32, 8, 32);
        assertThat(w.getDouble(2, 1, 1, 1)).as("t[3, 2] == a[2, 3] == 11").isEqualTo(11.0);
        assertThrows(IllegalArgumentException.class, () -> Q103SlidingWindows.windows2d(t, 5, 1));
    }
}
