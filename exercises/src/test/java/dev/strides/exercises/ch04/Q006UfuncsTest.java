package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q006: a ufunc is an inner loop over runs, plus broadcasting and methods built around it. */
@Tag("Q006")
class Q006UfuncsTest {

    @Test
    void binaryBroadcastsAColumnAndARow() {
        NDArray x = np.array(new double[][] {{0}, {10}, {20}, {30}});
        NDArray y = np.arange(3.0);
        NDArray z = Q006Ufuncs.binary(x, y, (a, b) -> a * b + 1);
        // np.frompyfunc(lambda a, b: a * b + 1, 2, 1)(x, y).astype(float)
        assertThat(z.toString()).as("f(x[i, 0], y[j]) for every (i, j) of shape (4, 3)")
                .isEqualTo("array([[ 1.,  1.,  1.],\n       [ 1., 11., 21.],\n"
                        + "       [ 1., 21., 41.],\n       [ 1., 31., 61.]])");
    }

    @Test
    void binaryFollowsTheStridesOfATransposedView() {
        NDArray m = np.reshape(np.arange(6.0), 2, 3);
        NDArray t = np.transpose(m);                        // strides (8, 24): not contiguous
        NDArray z = Q006Ufuncs.binary(t, np.array(new double[] {1, 2}), (a, b) -> a - b);
        // m.T - np.array([1., 2.])
        assertThat(z.toString()).as("m.T - [1, 2], read through the transposed strides")
                .isEqualTo("array([[-1.,  1.],\n       [ 0.,  2.],\n       [ 1.,  3.]])");
        assertThat(z.strides()).as("the result is a new C-ordered array").containsExactly(16, 8);
    }

    @Test
    void binaryReportsShapesThatDoNotBroadcast() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q006Ufuncs.binary(np.ones(3), np.ones(4), Double::sum));
        // np.ones(3) + np.ones(4)
        assertThat(e).as("(3,) with (4,)")
                .hasMessage("operands could not be broadcast together with shapes (3,) (4,) ");
    }

    @Test
    void runsCountTheInnerLoopCalls() {
        // len(list(np.nditer([a, b], flags=["external_loop"]))) for each pair
        assertThat(Q006Ufuncs.runs(np.ones(2, 3, 4), np.ones(2, 3, 4)))
                .as("two contiguous (2, 3, 4) arrays coalesce into one run").isEqualTo(1);
        assertThat(Q006Ufuncs.runs(np.zeros(4, 1), np.arange(3.0)))
                .as("(4, 1) with (3,): one run per row").isEqualTo(4);
        assertThat(Q006Ufuncs.runs(np.transpose(np.reshape(np.arange(6.0), 2, 3)), np.ones(2)))
                .as("a transposed (3, 2) view cannot merge its axes").isEqualTo(3);
    }

    @Test
    void atCountsEveryOccurrenceButFancyAssignmentCountsOnce() {
        long[] idx = {0, 2, 2, 2, 4};
        // c = np.zeros(5, int); np.add.at(c, [0, 2, 2, 2, 4], 1)
        assertThat(Q006Ufuncs.countOccurrences(idx, 5).toString())
                .as("np.add.at applies +1 once per occurrence of an index")
                .isEqualTo("array([1, 0, 3, 0, 1])");
        // c = np.zeros(5, int); c[[0, 2, 2, 2, 4]] += 1
        assertThat(Q006Ufuncs.incrementWithFancyIndex(idx, 5).toString())
                .as("c[idx] += 1 reads all of c[idx] before writing: index 2 ends at 1, not 3")
                .isEqualTo("array([1, 0, 1, 0, 1])");
    }

    @Test
    void emptyIndicesLeaveZeros() {
        assertThat(Q006Ufuncs.countOccurrences(new long[0], 3).toString())
                .as("np.add.at with no indices").isEqualTo("array([0, 0, 0])");
    }
}
