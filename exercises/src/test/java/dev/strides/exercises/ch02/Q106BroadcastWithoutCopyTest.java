package dev.strides.exercises.ch02;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q106: a broadcast view allocates nothing; out= writes results without a temporary. */
@Tag("Q106")
class Q106BroadcastWithoutCopyTest {

    @Test
    void repeatedRowsIsAViewNotACopy() {
        NDArray row = np.array(new double[] {1, 2, 3});
        NDArray rows = Q106BroadcastWithoutCopy.repeatedRows(row, 4);

        // np.broadcast_to(row, (4, 3))
        assertThat(rows.toString()).as("four rows of [1, 2, 3]").isEqualTo(
                "array([[1., 2., 3.],\n       [1., 2., 3.],\n       [1., 2., 3.],\n"
                        + "       [1., 2., 3.]])");
        assertThat(rows.buffer()).as("the rows read row's own buffer").isSameAs(row.buffer());
        assertThat(rows.strides()).as("stride 0 down the rows").containsExactly(0, 8);
        assertThat(rows.isWriteable()).as("read-only: the 4 rows are one row").isFalse();
        assertThat(Q106BroadcastWithoutCopy.repeatedRows(row, 0).shape())
                .as("zero rows is a fine shape too").containsExactly(0, 3);
    }

    @Test
    void predictTheMemoryOfABroadcastView() {
        NDArray big = Q106BroadcastWithoutCopy.repeatedRows(np.zeros(1000), 1000);
        assertThat(big.nbytes()).as("nbytes counts the 10^6 elements shown").isEqualTo(8_000_000);
        assertThat(Q106BroadcastWithoutCopy.bytesAllocatedByRepeatedRows(1000, 1000))
                .as("bytes the view itself allocates for its elements").isZero();
    }

    @Test
    void scaleColumnsInPlaceWritesIntoTheSameArray() {
        NDArray a = np.array(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        NDArray before = a;
        Q106BroadcastWithoutCopy.scaleColumnsInPlace(a, np.array(new double[] {10, 100}));

        // a *= np.array([10., 100.])
        assertThat(a.toString()).as("column j times w[j], in a itself").isEqualTo(
                "array([[ 10., 200.],\n       [ 30., 400.],\n       [ 50., 600.]])");
        assertThat(a).as("the same array object").isSameAs(before);
    }

    @Test
    void scaleColumnsInPlaceReportsAWrongLength() {
        NDArray a = np.ones(3, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q106BroadcastWithoutCopy.scaleColumnsInPlace(a, np.ones(3)));
        // np.multiply(a, np.ones(3), out=a)
        assertThat(e).as("w of length 3 for 2 columns").hasMessage(
                "operands could not be broadcast together with shapes (3,2) (3,) (3,2) ");
    }

    @Test
    void centerRowsInPlaceSubtractsEachRowsMean() {
        NDArray a = np.array(new double[][] {{1, 2, 6}, {3, 4, 5}});
        Q106BroadcastWithoutCopy.centerRowsInPlace(a);
        // a -= a.mean(axis=1, keepdims=True)
        assertThat(a.toString()).as("rows with means 3 and 4, centred")
                .isEqualTo("array([[-2., -1.,  3.],\n       [-1.,  0.,  1.]])");
    }
}
