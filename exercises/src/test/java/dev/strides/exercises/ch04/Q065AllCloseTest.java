package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q065: allclose is all(isclose(a, b)), broadcasting included. */
@Tag("Q065")
class Q065AllCloseTest {

    @Test
    void oneFarElementMakesItFalse() {
        // np.allclose(np.array([1e10, 1e-7]), np.array([1.00001e10, 1e-8])) == False
        assertThat(Q065AllClose.allclose(np.array(new double[] {1e10, 1e-7}),
                np.array(new double[] {1.00001e10, 1e-8}), 1e-5, 1e-8))
                .as("1e-7 vs 1e-8 differ by 9e-8 > atol").isFalse();
        // np.allclose(np.array([1e10, 1e-8]), np.array([1.00001e10, 1e-9])) == True
        assertThat(Q065AllClose.allclose(np.array(new double[] {1e10, 1e-8}),
                np.array(new double[] {1.00001e10, 1e-9}), 1e-5, 1e-8))
                .as("1e10 vs 1.00001e10 is within rtol; 1e-8 vs 1e-9 within atol").isTrue();
    }

    @Test
    void broadcastingAndEmptyArrays() {
        // np.allclose(np.ones(3), np.ones(1)) == True
        assertThat(Q065AllClose.allclose(np.ones(3), np.ones(1), 1e-5, 1e-8))
                .as("(3,) with (1,) broadcasts").isTrue();
        // np.allclose(np.zeros(0), np.zeros(0)) == True
        assertThat(Q065AllClose.allclose(np.zeros(0), np.zeros(0), 1e-5, 1e-8))
                .as("nothing to compare: true").isTrue();
        assertThat(Q065AllClose.predictBroadcasting())
                .as("allclose(ones(3), ones(1)), array_equal(ones(3), ones(1))")
                .containsExactly(true, false)
                .containsExactly(np.allclose(np.ones(3), np.ones(1)),
                        np.arrayEqual(np.ones(3), np.ones(1)));
    }

    @Test
    void nanIsNeverCloseByDefault() {
        NDArray a = np.array(new double[] {1, Double.NaN});
        // np.allclose(np.array([1., np.nan]), np.array([1., np.nan])) == False
        assertThat(Q065AllClose.allclose(a, a, 1e-5, 1e-8)).as("NaN vs NaN").isFalse();
    }

    @Test
    void maxRelativeErrorSaysHowFar() {
        // a = np.array([1., 2., 4.]); b = np.array([1.1, 2., 3.])
        // np.max(np.abs(a - b) / np.abs(b)) == 0.3333333333333333
        assertThat(Q065AllClose.maxRelativeError(np.array(new double[] {1, 2, 4}),
                np.array(new double[] {1.1, 2, 3}))).as("|4 - 3| / 3 is the largest")
                .isEqualTo(0.3333333333333333);
    }
}
