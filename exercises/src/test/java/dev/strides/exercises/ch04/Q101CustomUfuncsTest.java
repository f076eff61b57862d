package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.Ufunc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q101: register typed inner loops; broadcasting and the methods come for free. */
@Tag("Q101")
class Q101CustomUfuncsTest {

    @Test
    void reluHasOneLoopPerType() {
        Ufunc relu = Q101CustomUfuncs.relu();
        assertThat(relu.types()).as("the loop table, like np.add.types")
                .containsExactly("d->d", "l->l");
        // np.maximum(np.array([-1.5, 0., 2.]), 0.)
        assertThat(relu.call(np.array(new double[] {-1.5, 0, 2})).toString())
                .as("float64 input runs d->d").isEqualTo("array([0., 0., 2.])");
        // np.maximum(np.array([-3, 4]), 0)
        assertThat(relu.call(np.array(new long[] {-3, 4})).toString())
                .as("int64 input runs l->l and stays int64").isEqualTo("array([0, 4])");
    }

    @Test
    void saturatingAddCallReduceAccumulateOuter() {
        Ufunc sat = Q101CustomUfuncs.saturatingAddUint8();
        NDArray x = np.array(new long[] {200, 100, 50}, np.uint8);
        NDArray y = np.array(new long[] {100, 100, 100}, np.uint8);
        // np.minimum(x.astype(np.int64) + y, 255).astype(np.uint8)
        assertThat(sat.call(x, y).toString()).as("200 + 100 saturates at 255")
                .isEqualTo("array([255, 200, 150], dtype=uint8)");
        assertThat(sat.reduce(y).toString()).as("reduce for free: 100 + 100 + 100 -> 255")
                .isEqualTo("array(255, dtype=uint8)");
        assertThat(sat.accumulate(y).toString()).as("accumulate for free")
                .isEqualTo("array([100, 200, 255], dtype=uint8)");
        NDArray a = np.array(new long[] {250, 5}, np.uint8);
        NDArray b = np.array(new long[] {1, 10}, np.uint8);
        // np.minimum(np.add.outer([250, 5], [1, 10]), 255).astype(np.uint8)
        assertThat(sat.outer(a, b).toString()).as("outer for free")
                .isEqualTo("array([[251, 255],\n       [  6,  15]], dtype=uint8)");
        assertThat(sat.reduce(np.zeros(new int[] {0}, np.uint8)).toString())
                .as("reducing nothing gives the identity").isEqualTo("array(0, dtype=uint8)");
    }

    @Test
    void rawBodyFollowsBroadcastAndStridedOperands() {
        Ufunc absdiff = Q101CustomUfuncs.absDiff();
        assertThat(absdiff.types()).containsExactly("dd->d");
        NDArray x = np.array(new double[] {1, 5, 9});
        NDArray y = np.array(new double[] {0, 2, 4, 6});
        // np.abs(np.subtract.outer(np.array([1., 5., 9.]), np.array([0., 2., 4., 6.])))
        assertThat(absdiff.outer(x, y).toString()).as("outer: a step of 0 along one axis")
                .isEqualTo("array([[1., 1., 3., 5.],\n       [5., 3., 1., 1.],\n"
                        + "       [9., 7., 5., 3.]])");
        NDArray t = np.transpose(np.array(new double[][] {{1, 2}, {3, 4}}));
        // np.abs(np.array([[1., 2.], [3., 4.]]).T - np.array([4., 0.]))
        assertThat(absdiff.call(t, np.array(new double[] {4, 0})).toString())
                .as("a transposed input: steps of 8 and 16 bytes")
                .isEqualTo("array([[3., 3.],\n       [2., 4.]])");
    }

    @Test
    void theBodyCanBeRegisteredInAnyUfunc() {
        Ufunc mine = Ufunc.builder("my_absdiff", 2, 1).identity(0.0)
                .loop("dd->d", Q101CustomUfuncs.absDiffBody()).build();
        // np.abs(np.array([[1.], [5.]]) - np.array([2., 7.]))
        assertThat(mine.call(np.array(new double[][] {{1}, {5}}), np.array(new double[] {2, 7}))
                .toString()).as("a column against a row: steps of 8 and 0")
                .isEqualTo("array([[1., 6.],\n       [3., 2.]])");
        assertThat(mine.reduce(np.zeros(0)).getDouble()).as("the identity we gave it")
                .isEqualTo(0.0);
    }

    @Test
    void rawBodyServesAReduction() {
        // abs(abs(1. - 5.) - 2.) == 2.0
        assertThat(Q101CustomUfuncs.absDiff().reduce(np.array(new double[] {1, 5, 2}))
                .getDouble()).as("the output is the first input, with a step of 0")
                .isEqualTo(2.0);
        NDArray ints = np.array(new long[] {3, 1});
        assertThat(Q101CustomUfuncs.absDiff().call(ints, ints).dtype())
                .as("int64 input is cast safely to the only loop, dd->d").isEqualTo(np.float64);
    }
}
