package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q097: copysign copies the sign bit, so it sees -0.0. */
@Tag("Q097")
class Q097CopysignTest {

    @Test
    void signsComeFromTheSecondArgument() {
        // np.copysign(np.array([1., -2., 3.]), np.array([-1., 1., -0.]))
        assertThat(Q097Copysign.withSignOf(np.array(new double[] {1, -2, 3}),
                np.array(new double[] {-1, 1, -0.0})).toString())
                .as("-0.0 has its sign bit set").isEqualTo("array([-1.,  2., -3.])");
    }

    @Test
    void magnitudeIsAbsoluteValue() {
        // np.copysign(np.array([-1.5, -0., 2., np.nan]), 1.)
        NDArray m = Q097Copysign.magnitude(np.array(new double[] {-1.5, -0.0, 2, Double.NaN}));
        assertThat(m.toString()).as("|x|, -0.0 becoming 0.0")
                .isEqualTo("array([1.5, 0. , 2. , nan])");
        assertThat(Double.doubleToRawLongBits(m.getDouble(1))).as("+0.0, not -0.0").isZero();
    }

    @Test
    void signOfEveryElementSeesNegativeZero() {
        NDArray x = np.array(new double[] {-3, -0.0, 0, 2});
        // np.copysign(1., np.array([-3., -0., 0., 2.]))
        assertThat(Q097Copysign.signOfEveryElement(x).toString()).as("-0.0 gives -1")
                .isEqualTo("array([-1., -1.,  1.,  1.])");
        // np.sign(np.array([-3., -0., 0., 2.]))
        assertThat(np.sign(x).toString()).as("np.sign cannot tell the zeros apart")
                .isEqualTo("array([-1.,  0.,  0.,  1.])");
    }

    @Test
    void floatLoopsOnly() {
        // np.copysign(np.array([1, 2]), -1) == array([-1., -2.]), dtype float64
        assertThat(Q097Copysign.predictIntArrayDtype()).as("ints are cast to float64")
                .isEqualTo(np.float64)
                .isEqualTo(Q097Copysign.withSignOf(np.array(new long[] {1, 2}),
                        np.array(new long[] {-1})).dtype());
        // np.copysign(np.array([1., 2.], np.float32), -1.)
        assertThat(Q097Copysign.withSignOf(np.array(new double[] {1, 2}, np.float32),
                np.array(-1.0)).dtype()).as("a 0-d float64 array is not weak: float64")
                .isEqualTo(np.float64);
    }
}
