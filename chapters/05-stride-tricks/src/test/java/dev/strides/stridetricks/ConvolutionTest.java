package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.NDArray;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** im2col convolution against NumPy and against the direct four-loop version. */
class ConvolutionTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> cases() {
        return Fixtures.rows("convolution.txt").stream().map(r -> Arguments.of("kernel " + r[2], r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void correlationAndConvolutionMatchNumPy(String name, String[] row) {
        NDArray image = Fixtures.array(row[0], row[1]);
        NDArray kernel = Fixtures.array(row[2], row[3]);
        NDArray corr = Convolution.correlate2d(image, kernel);
        NDArray conv = Convolution.convolve2d(image, kernel);
        assertThat(corr.shape()).containsExactly(Fixtures.ints(row[4]));
        assertClose(corr, Fixtures.doubles(row[5]));
        assertClose(conv, Fixtures.doubles(row[6]));
        assertClose(Convolution.convolve2dDirect(image, kernel), Fixtures.doubles(row[6]));
    }

    @Test
    void im2colHasOneRowPerOutputPixelAndIsACopy() {
        NDArray image = Fixtures.array("(3, 4)", "0 1 2 3 4 5 6 7 8 9 10 11");
        NDArray cols = Convolution.im2col(image, 2, 2);
        assertThat(cols.shape()).containsExactly(6, 4);
        // row 4 is output pixel (1, 1): the patch image[1:3, 1:3]
        assertThat(Fixtures.values(cols)).startsWith(0, 1, 4, 5, 1, 2, 5, 6);
        assertThat(cols.getDouble(4, 0)).isEqualTo(5);
        assertThat(cols.getDouble(4, 3)).isEqualTo(10);
        assertThat(cols.buffer()).as("overlapping patches cannot be rows of one view")
                .isNotSameAs(image.buffer());
    }

    @Test
    void windowsAgreeWithTheDirectLoopOnRandomImages() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int h = 1 + random.nextInt(9);
            int w = 1 + random.nextInt(9);
            int kh = 1 + random.nextInt(h);
            int kw = 1 + random.nextInt(w);
            NDArray image = randomArray(random, h, w);
            NDArray kernel = randomArray(random, kh, kw);
            assertClose(Convolution.convolve2d(image, kernel),
                    Fixtures.values(Convolution.convolve2dDirect(image, kernel)));
        }
    }

    @Test
    void aKernelLargerThanTheImageIsRefused() {
        NDArray image = Fixtures.array("(2, 2)", "1 2 3 4");
        NDArray kernel = Fixtures.array("(3, 1)", "1 1 1");
        assertThatThrownBy(() -> Convolution.convolve2d(image, kernel))
                .hasMessage("window shape cannot be larger than input array shape");
        assertThatThrownBy(() -> Convolution.convolve2dDirect(image, kernel))
                .hasMessage("window shape cannot be larger than input array shape");
    }

    private static NDArray randomArray(Random random, int h, int w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < h * w; i++) {
            sb.append(i == 0 ? "" : " ").append(random.nextInt(11) - 5);
        }
        return Fixtures.array("(" + h + ", " + w + ")", sb.toString());
    }

    private static void assertClose(NDArray actual, double[] expected) {
        double[] v = Fixtures.values(actual);
        assertThat(v).hasSize(expected.length);
        for (int i = 0; i < v.length; i++) {
            assertThat(v[i]).as("element %d", i).isCloseTo(expected[i], within(TOLERANCE));
        }
    }
}
