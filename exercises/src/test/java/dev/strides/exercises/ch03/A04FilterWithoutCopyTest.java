package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A04: compact the kept values to the front and return a view of them. */
@Tag("A04")
class A04FilterWithoutCopyTest {

    @Test
    void filterInPlaceReturnsAViewOfThePrefix() {
        NDArray a = np.array(new double[] {5, -1, 3, -7, 8});
        NDArray kept = A04FilterWithoutCopy.filterInPlace(a, v -> v > 0);
        // a[a > 0]
        assertThat(kept.toString()).isEqualTo("array([5., 3., 8.])");
        assertThat(np.sharesMemory(kept, a)).as("no new element memory").isTrue();
        assertThat(kept.offset()).as("a[:3] starts where a starts").isEqualTo(a.offset());
        assertThat(a.toString()).as("the tail keeps stale values")
                .isEqualTo("array([ 5.,  3.,  8., -7.,  8.])");
    }

    @Test
    void stridedInputStaysInsideItsView() {
        NDArray base = np.arange(8.0);
        NDArray odd = np.get(base, "::-2");                      // 7, 5, 3, 1
        NDArray kept = A04FilterWithoutCopy.filterInPlace(odd, v -> v < 6);
        assertThat(kept.toString()).isEqualTo("array([5., 3., 1.])");
        // only the elements of base[::-2] may change: the even ones stay
        assertThat(base.toString()).isEqualTo("array([0., 1., 2., 1., 4., 3., 6., 5.])");
    }

    @Test
    void nothingKeptIsAnEmptyView() {
        NDArray a = np.arange(3.0);
        assertThat(A04FilterWithoutCopy.filterInPlace(a, v -> false).shape()).containsExactly(0);
    }

    @Test
    void filterIntoReusesABuffer() {
        NDArray out = np.zeros(5);
        NDArray a = np.array(new double[] {1, 20, 3, 40});
        NDArray kept = A04FilterWithoutCopy.filterInto(a, v -> v >= 10, out);
        assertThat(kept.toString()).isEqualTo("array([20., 40.])");
        assertThat(np.sharesMemory(kept, out)).isTrue();
        assertThat(a.toString()).as("a untouched").isEqualTo("array([ 1., 20.,  3., 40.])");
        assertThrows(IllegalArgumentException.class,
                () -> A04FilterWithoutCopy.filterInto(a, v -> true, np.zeros(3)));
    }
}
