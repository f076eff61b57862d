package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** M09: a slice moves the offset by start*stride and multiplies the stride by step. */
@Tag("M09")
class M09MultidimSlicingTest {

    private static void assertSameLayout(NDArray mine, NDArray numpy, String expression) {
        assertThat(mine.shape()).as("shape of x[%s]", expression).containsExactly(numpy.shape());
        assertThat(mine.strides()).as("strides of x[%s]", expression)
                .containsExactly(numpy.strides());
        assertThat(mine.offset()).as("offset of x[%s]", expression).isEqualTo(numpy.offset());
        assertThat(mine.toString()).as("x[%s]", expression).isEqualTo(numpy.toString());
    }

    @Test
    void oneDimensionalSlicesFollowPythonsRules() {
        NDArray x = np.arange(10.0);
        // x[8:1:-3] == [8., 5., 2.]
        assertSameLayout(M09MultidimSlicing.sliceAxis(x, 0, 8, 1, -3), np.get(x, "8:1:-3"), "8:1:-3");
        // x[-100:100:4] == [0., 4., 8.]: bounds are clipped
        assertSameLayout(M09MultidimSlicing.sliceAxis(x, 0, -100, 100, 4), np.get(x, "-100:100:4"),
                "-100:100:4");
        NDArray reversed = M09MultidimSlicing.sliceAxis(x, 0, null, null, -1);
        assertThat(reversed.offset()).as("x[::-1] starts at the last element").isEqualTo(72);
        assertThat(reversed.strides()).containsExactly(-8);
        assertSameLayout(M09MultidimSlicing.sliceAxis(x, 0, -3, null, null), np.get(x, "-3:"), "-3:");
    }

    @Test
    void twoAxesAreTwoIndependentSteps() {
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        NDArray rows = M09MultidimSlicing.sliceAxis(a, 0, 1, null, null);
        NDArray both = M09MultidimSlicing.sliceAxis(rows, 1, null, null, -2);
        // a[1:, ::-2]: strides (32, -16), offset 32 + 3*8
        assertSameLayout(both, np.get(a, "1:, ::-2"), "1:, ::-2");
        assertThat(both.offset()).isEqualTo(56);
        assertThat(np.sharesMemory(both, a)).isTrue();
    }

    @Test
    void emptySlicesAndAZeroStep() {
        NDArray x = np.arange(10.0);
        assertThat(M09MultidimSlicing.sliceAxis(x, 0, 5, 2, null).shape()).as("x[5:2]")
                .containsExactly(0);
        assertThat(M09MultidimSlicing.sliceAxis(x, 0, 2, 5, -1).shape()).as("x[2:5:-1]")
                .containsExactly(0);
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> M09MultidimSlicing.sliceAxis(x, 0, null, null, 0)))
                .hasMessage("slice step cannot be zero");
    }

    @Test
    void centerCropIsAView() {
        NDArray image = np.reshape(np.arange(5 * 6 * 3.0), 5, 6, 3);
        NDArray crop = M09MultidimSlicing.centerCrop(image, 3, 2);
        // image[1:4, 2:4]
        assertSameLayout(crop, np.get(image, "1:4, 2:4"), "1:4, 2:4");
        assertThat(np.sharesMemory(crop, image)).isTrue();
    }
}
