package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q064: isclose is |a - b| <= atol + rtol*|b|, with guards for infinities and NaN. */
@Tag("Q064")
class Q064IsCloseTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @Test
    void defaultTolerancesWithInfinitiesAndNan() {
        NDArray a = np.array(new double[] {1, 1e-9, NAN, INF, 1e308, NAN});
        NDArray b = np.array(new double[] {1 + 1e-9, 0, NAN, INF, INF, 1});
        // np.isclose(np.array([1., 1e-9, np.nan, np.inf, 1e308, np.nan]),
        //            np.array([1. + 1e-9, 0., np.nan, np.inf, np.inf, 1.]))
        assertThat(Q064IsClose.isclose(a, b, 1e-5, 1e-8, false).toString())
                .as("inf is close only to inf; 1e308 is not close to inf; NaN to nothing")
                .isEqualTo("array([ True,  True, False,  True, False, False])");
    }

    @Test
    void equalNanMakesNanCloseToNan() {
        NDArray a = np.array(new double[] {1, NAN});
        // np.isclose(np.array([1., np.nan]), np.array([1., np.nan]), equal_nan=True)
        assertThat(Q064IsClose.isclose(a, a.copy(), 1e-5, 1e-8, true).toString())
                .as("equal_nan=True").isEqualTo("array([ True,  True])");
    }

    @Test
    void theTestIsNotSymmetric() {
        NDArray nine = np.array(9.0);
        NDArray ten = np.array(10.0);
        // np.isclose(9., 10., rtol=0.1, atol=0), np.isclose(10., 9., rtol=0.1, atol=0)
        assertThat(Q064IsClose.isclose(nine, ten, 0.1, 0, false).getBoolean())
                .as("|9 - 10| <= 0.1 * 10").isTrue();
        assertThat(Q064IsClose.isclose(ten, nine, 0.1, 0, false).getBoolean())
                .as("|10 - 9| <= 0.1 * 9 is false: b sets the scale").isFalse();
    }

    @Test
    void agreesWithTheLibrary() {
        NDArray a = np.array(new double[][] {{1, 2}, {3, 4}});
        NDArray b = np.array(new double[] {1.00001, 2.1});
        assertThat(Q064IsClose.isclose(a, b, 1e-5, 1e-8, false).toString())
                .as("broadcast (2, 2) with (2,)")
                .isEqualTo(np.isclose(a, b).toString());
    }

    @Test
    void predictTheClassicCases() {
        // np.isclose(1e-9, 0), np.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3
        assertThat(Q064IsClose.predict()).as("atol dominates near 0; == sees rounding error")
                .containsExactly(true, true, false);
    }
}
