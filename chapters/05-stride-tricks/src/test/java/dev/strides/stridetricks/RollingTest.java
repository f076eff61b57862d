package dev.strides.stridetricks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rolling statistics and moving averages against NumPy. */
class RollingTest {

    /** Sums of a few dozen values of size ~10: NumPy and Java may round in another order. */
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> rolling() {
        return Fixtures.rows("rolling.txt").stream()
                .map(r -> Arguments.of(r[0] + r[1] + " w=" + r[3] + " axis=" + r[4] + " " + r[5], r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rolling")
    void statisticsMatchNumPy(String name, String[] row) {
        NDArray a = Fixtures.array(row[1], row[2]);
        int w = Integer.parseInt(row[3]);
        int axis = Integer.parseInt(row[4]);
        NDArray result = switch (row[5]) {
            case "mean" -> Rolling.mean(a, w, axis);
            case "sum" -> Rolling.sum(a, w, axis);
            case "min" -> Rolling.min(a, w, axis);
            case "max" -> Rolling.max(a, w, axis);
            case "std0" -> Rolling.std(a, w, axis, 0);
            case "std1" -> Rolling.std(a, w, axis, 1);
            case "var0" -> Rolling.var(a, w, axis, 0);
            default -> throw new IllegalStateException(row[5]);
        };
        assertThat(result.shape()).containsExactly(Fixtures.ints(row[6]));
        double[] expected = Fixtures.doubles(row[7]);
        double[] actual = Fixtures.values(result);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(TOLERANCE));
        }
    }

    static Stream<Arguments> moving() {
        return Fixtures.rows("moving.txt").stream().map(r -> Arguments.of(r[0] + " w=" + r[2], r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moving")
    void movingAveragesMatchNumPysConvolve(String name, String[] row) {
        double[] xs = Fixtures.doubles(row[1]);
        NDArray x = Fixtures.array("(" + xs.length + ",)", row[1]);
        int w = Integer.parseInt(row[2]);
        double[] expected = Fixtures.doubles(row[4]);
        if (row[0].equals("simple")) {
            assertClose(MovingAverages.simple(x, w), expected);
            assertClose(MovingAverages.cumsumMean(x, w), expected);
        } else {
            NDArray weights = Fixtures.array("(" + w + ",)", row[3]);
            assertClose(MovingAverages.weighted(x, weights), expected);
        }
    }

    @Test
    void windowsLargerThanTheSeriesAndEmptyWindowsAreRefused() {
        NDArray x = Fixtures.array("(3,)", "1.0 2.0 3.0");
        assertThatThrownBy(() -> Rolling.mean(x, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window shape cannot be larger than input array shape");
        assertThatThrownBy(() -> Rolling.max(x, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovingAverages.cumsumMean(x, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MovingAverages.weighted(x,
                Fixtures.array("(2,)", "1.0 -1.0"))).hasMessageContaining("sum to zero");
    }

    @Test
    void minAndMaxKeepTheDtypeAndNaNPropagates() {
        NDArray ints = Fixtures.array("(4,)", "3.0 1.0 4.0 1.0").astype(DType.INT64);
        NDArray max = Rolling.max(ints, 2);
        assertThat(max.dtype()).isEqualTo(DType.INT64);
        assertThat(Fixtures.values(max)).containsExactly(3, 4, 4);
        NDArray withNan = Fixtures.array("(4,)", "1.0 nan 2.0 3.0");
        assertThat(Fixtures.values(Rolling.min(withNan, 2))).containsExactly(Double.NaN,
                Double.NaN, 2.0);
    }

    private static void assertClose(NDArray actual, double[] expected) {
        double[] v = Fixtures.values(actual);
        assertThat(v).hasSize(expected.length);
        for (int i = 0; i < v.length; i++) {
            assertThat(v[i]).as("element %d", i).isCloseTo(expected[i], within(TOLERANCE));
        }
    }
}
