package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q037: assigning through a mask replaces in place; copy first to keep the original. */
@Tag("Q037")
class Q037ConditionalReplaceTest {

    @Test
    void replaceAboveWritesIntoTheArray() {
        NDArray a = np.array(new double[][] {{1, 12, 5}, {30, 10, 11}});
        Q037ConditionalReplace.replaceAboveInPlace(a, 10, 10);
        // a[a > 10] = 10
        assertThat(a.toString()).isEqualTo("array([[ 1., 10.,  5.],\n       [10., 10., 10.]])");
    }

    @Test
    void replacedAboveLeavesTheOriginal() {
        NDArray a = np.array(new double[] {-2, 3, 7});
        NDArray r = Q037ConditionalReplace.replacedAbove(a, 0, 0);
        // np.where(a > 0, 0., a)
        assertThat(r.toString()).isEqualTo("array([-2.,  0.,  0.])");
        assertThat(a.toString()).as("a unchanged").isEqualTo("array([-2.,  3.,  7.])");
        assertThat(np.sharesMemory(r, a)).isFalse();
    }

    @Test
    void nanNeedsIsnanNotEquality() {
        NDArray a = np.array(new double[] {1, Double.NaN, 3, Double.NaN});
        Q037ConditionalReplace.replaceNaNInPlace(a, 0);
        assertThat(a.toString()).isEqualTo("array([1., 0., 3., 0.])");
        NDArray none = np.array(new double[] {1, 2});
        Q037ConditionalReplace.replaceNaNInPlace(none, 0);
        assertThat(none.toString()).as("no NaN, nothing changes").isEqualTo("array([1., 2.])");
    }

    @Test
    void aReadOnlyViewRefusesTheAssignment() {
        NDArray row = np.array(new double[] {1, 20});
        NDArray table = np.broadcastTo(row, 3, 2);
        ReadOnlyException e = assertThrows(ReadOnlyException.class,
                () -> Q037ConditionalReplace.replaceAboveInPlace(table, 10, 0));
        // np.broadcast_to(row, (3, 2))[...] = 0
        assertThat(e).hasMessage("assignment destination is read-only");
    }
}
