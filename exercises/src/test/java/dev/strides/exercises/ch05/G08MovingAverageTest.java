package dev.strides.exercises.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** G08: moving averages from windows and from a cumulative sum. */
@Tag("G08")
class G08MovingAverageTest {

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
    void windowsOfThree() {
        // np.convolve([1, 3, 2, 5, 4, 6], np.ones(3) / 3, "valid")
        //   == [2.0, 3.333333333333333, 3.666666666666666, 5.0]
        NDArray avg = G08MovingAverage.movingAverage(series(), 3);
        assertThat(avg.shape()).as("n - w + 1 averages").containsExactly(4);
        assertThat(values(avg)).containsExactly(new double[] {2.0, 10.0 / 3, 11.0 / 3, 5.0},
                within(TOLERANCE));
    }

    @Test
    void theCumulativeSumGivesTheSameAverages() {
        for (int w = 1; w <= 6; w++) {
            double[] byWindows = values(G08MovingAverage.movingAverage(series(), w));
            double[] byCumsum = values(G08MovingAverage.movingAverageCumsum(series(), w));
            assertThat(byCumsum).as("window %d", w).containsExactly(byWindows, within(TOLERANCE));
        }
        // one window over everything: the mean, 3.5
        assertThat(values(G08MovingAverage.movingAverageCumsum(series(), 6))).containsExactly(3.5);
    }

    @Test
    void aWindowOfOneIsTheSeriesAndTheInputIsNotModified() {
        NDArray x = series();
        assertThat(values(G08MovingAverage.movingAverage(x, 1))).containsExactly(1, 3, 2, 5, 4, 6);
        assertThat(values(G08MovingAverage.movingAverageCumsum(x, 1)))
                .containsExactly(1, 3, 2, 5, 4, 6);
        assertThat(values(x)).as("x is unchanged").containsExactly(1, 3, 2, 5, 4, 6);
    }

    @Test
    void aStridedSeriesWorksToo() {
        NDArray every2 = np.get(np.arange(20.0), "::2");    // 0, 2, ..., 18
        // np.convolve(np.arange(20.0)[::2], np.ones(4) / 4, "valid") == [3, 5, ..., 15]
        assertThat(values(G08MovingAverage.movingAverage(every2, 4)))
                .containsExactly(3, 5, 7, 9, 11, 13, 15);
        assertThat(values(G08MovingAverage.movingAverageCumsum(every2, 4)))
                .containsExactly(new double[] {3, 5, 7, 9, 11, 13, 15}, within(TOLERANCE));
    }

    @Test
    void windowsThatDoNotFitAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> G08MovingAverage.movingAverage(series(), 7));
        assertThat(e).hasMessage("window shape cannot be larger than input array shape");
        assertThrows(IllegalArgumentException.class,
                () -> G08MovingAverage.movingAverageCumsum(series(), 7));
        assertThrows(IllegalArgumentException.class,
                () -> G08MovingAverage.movingAverage(series(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> G08MovingAverage.movingAverageCumsum(series(), 0));
    }
}
