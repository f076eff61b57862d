package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q098: maximum/minimum propagate NaN, fmax/fmin ignore it. */
@Tag("Q098")
class Q098FmaxFminTest {

    private static final double NAN = Double.NaN;
    private static final NDArray A = np.array(new double[] {1, NAN, 3, NAN});
    private static final NDArray B = np.array(new double[] {NAN, 2, 1, NAN});

    @Test
    void fmaxAndFminTakeTheNumber() {
        // np.fmax(a, b) with a = [1., nan, 3., nan], b = [nan, 2., 1., nan]
        assertThat(Q098FmaxFmin.largerIgnoringNan(A, B).toString())
                .as("only two NaNs give NaN").isEqualTo("array([ 1.,  2.,  3., nan])");
        // np.fmin(a, b)
        assertThat(Q098FmaxFmin.smallerIgnoringNan(A, B).toString())
                .as("fmin likewise").isEqualTo("array([ 1.,  2.,  1., nan])");
        // np.maximum(a, b)
        assertThat(np.maximum(A, B).toString()).as("maximum propagates every NaN")
                .isEqualTo("array([nan, nan,  3., nan])");
    }

    @Test
    void nanmaxIsTheFmaxReduction() {
        // np.nanmax(np.array([1., np.nan, 3.])) == 3.0
        assertThat(Q098FmaxFmin.nanmax(np.array(new double[] {1, NAN, 3}))).as("nanmax")
                .isEqualTo(3.0);
        assertThat(Q098FmaxFmin.nanmax(np.array(new double[][] {{1, NAN}, {-7, 2}})))
                .as("over every axis").isEqualTo(2.0);
        // np.fmax.reduce(np.array([np.nan, np.nan]))
        assertThat(Q098FmaxFmin.nanmax(np.array(new double[] {NAN, NAN}))).as("all NaN").isNaN();
    }

    @Test
    void anEmptyArrayHasNoMaximum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q098FmaxFmin.nanmax(np.zeros(0)));
        // np.fmax.reduce(np.zeros(0))
        assertThat(e).as("fmax has no identity to return")
                .hasMessage("zero-size array to reduction operation fmax which has no identity");
    }

    @Test
    void predictTheMaximumReduction() {
        // np.maximum.reduce(np.array([1., np.nan, 3.])) is nan
        assertThat(Q098FmaxFmin.predictMaximumReduceWithNan()).as("NaN wins the reduction")
                .isNaN();
        assertThat(np.maximum.reduce(np.array(new double[] {1, NAN, 3})).getDouble()).isNaN();
    }
}
