package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** H05: rolling mean, std and max from one window view. */
@Tag("H05")
class H05RollingStatisticsTest {

    private static final double TOLERANCE = 1e-12;

    private static NDArray series() {
        return np.array(new double[] {1, 3, 2, 5, 4, 6});
    }

    private static double[] values(NDArray a) {
        double[] out = new double[a.shape(0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getDouble(i);
        }
        return out;
    }

    @Test
    void rollingMeanOfTwo() {
        // sliding_window_view(x, 2).mean(axis=-1) == [2.0, 2.5, 3.5, 4.5, 5.0]
        assertThat(values(H05RollingStatistics.rollingMean(series(), 2)))
                .containsExactly(new double[] {2.0, 2.5, 3.5, 4.5, 5.0}, within(TOLERANCE));
    }

    @Test
    void rollingStdIsThePopulationStdOfEachWindow() {
        // sliding_window_view(x, 3).std(axis=-1)
        //   == [0.816496580927726, 1.247219128924647, 1.247219128924647, 0.816496580927726]
        assertThat(values(H05RollingStatistics.rollingStd(series(), 3))).containsExactly(
                new double[] {0.816496580927726, 1.247219128924647, 1.247219128924647,
                    0.816496580927726}, within(TOLERANCE));
        // windows of one element never vary
        assertThat(values(H05RollingStatistics.rollingStd(series(), 1)))
                .containsExactly(0, 0, 0, 0, 0, 0);
    }

    @Test
    void rollingStdDoesNotCancelForLargeValues() {
        // sliding_window_view(np.array([1e9 + 1, 1e9 + 2, 1e9 + 3]), 3).std(-1)
        //   == [0.816496580927726]; E[x^2] - E[x]^2 would give garbage here
        NDArray big = np.array(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3});
        assertThat(values(H05RollingStatistics.rollingStd(big, 3)))
                .containsExactly(new double[] {0.816496580927726}, within(1e-9));
    }

    @Test
    void rollingMaxAndNaN() {
        // sliding_window_view(x, 3).max(axis=-1) == [3., 5., 5., 6.]
        assertThat(values(H05RollingStatistics.rollingMax(series(), 3))).containsExactly(3, 5, 5, 6);
        NDArray withNan = np.array(new double[] {1, Double.NaN, 2, 3});
        assertThat(values(H05RollingStatistics.rollingMax(withNan, 2)))
                .as("np.max propagates NaN").containsExactly(Double.NaN, Double.NaN, 3.0);
    }

    @Test
    void windowsThatDoNotFitAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> H05RollingStatistics.rollingMean(series(), 7));
        assertThat(e).hasMessage("window shape cannot be larger than input array shape");
        assertThrows(IllegalArgumentException.class,
                () -> H05RollingStatistics.rollingStd(series(), 7));
        assertThrows(IllegalArgumentException.class,
                () -> H05RollingStatistics.rollingMax(series(), 7));
    }
}
