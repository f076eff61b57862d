package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.stridetricks.Convolution;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** G01: convolution = windows x flipped kernel, summed over the window axes. */
@Tag("G01")
class G01StridedConvolutionTest {

    private static NDArray image() {
        return np.array(new double[][] {{1, 2, 3, 0}, {0, 1, 2, 3}, {3, 0, 1, 2}});
    }

    private static double[] flat(NDArray a) {
        double[] out = new double[(int) a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getDouble(i / a.shape(1), i % a.shape(1));
        }
        return out;
    }

    @Test
    void matchesNumPyOnASmallImage() {
        NDArray kernel = np.array(new double[][] {{1, 2}, {3, 4}});
        NDArray out = G01StridedConvolution.convolve2d(image(), kernel);
        // np.einsum("rcij,ij->rc", sliding_window_view(img, (2, 2)), k[::-1, ::-1])
        //   == [[11., 21., 19.], [9., 11., 21.]]
        assertThat(out.shape()).as("valid mode: (3 - 2 + 1, 4 - 2 + 1)").containsExactly(2, 3);
        assertThat(flat(out)).containsExactly(11, 21, 19, 9, 11, 21);
    }

    @Test
    void theKernelIsFlippedUnlikeCrossCorrelation() {
        NDArray kernel = np.array(new double[][] {{1, 2, 1}});
        // a symmetric row kernel: flipping changes nothing -> [[8, 8], [4, 8], [4, 4]]
        assertThat(flat(G01StridedConvolution.convolve2d(image(), kernel)))
                .containsExactly(8, 8, 4, 8, 4, 4);
        NDArray asymmetric = np.array(new double[][] {{1, 2}, {3, 4}});
        // cross-correlation would give [[9, 19, 21], [11, 9, 19]]: the flip matters
        assertThat(flat(G01StridedConvolution.convolve2d(image(), asymmetric))[0]).isEqualTo(11);
    }

    @Test
    void agreesWithADirectLoopOnRandomImages() {
        Random random = new Random(42);
        for (int trial = 0; trial < 10; trial++) {
            int h = 2 + random.nextInt(6);
            int w = 2 + random.nextInt(6);
            double[][] img = new double[h][w];
            double[][] k = new double[1 + random.nextInt(h)][1 + random.nextInt(w)];
            for (double[] row : img) {
                for (int j = 0; j < w; j++) {
                    row[j] = random.nextInt(9) - 4;
                }
            }
            for (double[] row : k) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextInt(5) - 2;
                }
            }
            NDArray expected = Convolution.convolve2dDirect(np.array(img), np.array(k));
            NDArray actual = G01StridedConvolution.convolve2d(np.array(img), np.array(k));
            assertThat(actual.shape()).containsExactly(expected.shape());
            double[] e = flat(expected);
            double[] a = flat(actual);
            for (int i = 0; i < e.length; i++) {
                assertThat(a[i]).isCloseTo(e[i], within(1e-9));
            }
        }
    }

    @Test
    void aOneByOneKernelScalesAndATooLargeKernelIsRefused() {
        NDArray scaled = G01StridedConvolution.convolve2d(image(), np.array(new double[][] {{2}}));
        assertThat(flat(scaled)).containsExactly(2, 4, 6, 0, 0, 2, 4, 6, 6, 0, 2, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> G01StridedConvolution.convolve2d(image(), np.zeros(4, 1)));
        assertThat(e).hasMessage("window shape cannot be larger than input array shape");
    }
}
