package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A03: masks are made, combined and reduced by ufuncs, and used through where=. */
@Tag("A03")
class A03VectorizedBooleanTest {

    @Test
    void fractionAboveIsTheMeanOfAMask() {
        NDArray a = np.array(new double[] {3, -1, Double.NaN, 5, -2, 0});
        // np.mean(np.array([3., -1., np.nan, 5., -2., 0.]) > 1.)
        assertThat(A03VectorizedBoolean.fractionAbove(a, 1.0)).as("2 of 6; NaN > 1 is false")
                .isEqualTo(0.3333333333333333);
    }

    @Test
    void rowsWithNanReducesAlongTheRows() {
        NDArray m = np.array(new double[][] {{1, 2}, {Double.NaN, 1}, {3, Double.NaN}});
        // np.logical_or.reduce(np.isnan(m), axis=1)
        assertThat(A03VectorizedBoolean.rowsWithNan(m).toString()).as("any NaN per row")
                .isEqualTo("array([False,  True,  True])");
    }

    @Test
    void zeroNegativesTouchesOnlyTheMaskedElements() {
        NDArray b = np.array(new double[] {-1.5, 2, -0.0, 3});
        A03VectorizedBoolean.zeroNegativesInPlace(b);
        // b = np.array([-1.5, 2., -0., 3.]); b[b < 0] = 0
        assertThat(b.toString()).as("-0.0 < 0 is false, so -0.0 stays")
                .isEqualTo("array([ 0.,  2., -0.,  3.])");
        // np.array([-1.5, 2., -0., 3.]) * 0
        assertThat(np.multiply(np.array(new double[] {-1.5, 2, -0.0, 3}), 0.0).toString())
                .as("why not multiply by 0: negative numbers would become -0.0")
                .isEqualTo("array([-0.,  0., -0.,  0.])");
    }

    @Test
    void sumWhereSkipsTheUnselected() {
        NDArray a = np.array(new double[][] {{1, -2}, {3, 4}});
        // np.sum(a, where=a > 0) == 8.0
        assertThat(A03VectorizedBoolean.sumWhere(a, np.greater(a, 0.0))).as("1 + 3 + 4")
                .isEqualTo(8.0);
    }

    @Test
    void predictTheEmptyReductions() {
        // np.all(np.array([])), np.any(np.array([]))
        assertThat(A03VectorizedBoolean.predictEmpty()).as("identities True and False")
                .containsExactly(true, false)
                .containsExactly(
                        np.logicalAnd.reduce(np.zeros(0), ReduceOptions.all()).getBoolean(),
                        np.logicalOr.reduce(np.zeros(0), ReduceOptions.all()).getBoolean());
    }
}
