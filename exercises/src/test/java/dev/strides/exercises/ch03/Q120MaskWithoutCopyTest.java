package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.views.Index;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q120: a regular mask is a slice (a view); otherwise write or reduce through the mask. */
@Tag("Q120")
class Q120MaskWithoutCopyTest {

    @Test
    void anEvenlySpacedMaskIsASlice() {
        boolean[] mask = {false, true, false, true, false, true};
        Index.Slice s = Q120MaskWithoutCopy.asSlice(mask);
        assertThat(s).as("1:6:2").isEqualTo(Index.slice(1, 6, 2));
        NDArray a = np.arange(6.0);
        NDArray view = np.get(a, s);
        assertThat(view.toString()).as("the same elements as a[mask]")
                .isEqualTo(np.get(a, np.array(mask)).toString());
        assertThat(np.sharesMemory(view, a)).as("but a view").isTrue();
    }

    @Test
    void irregularAndDegenerateMasks() {
        assertThat(Q120MaskWithoutCopy.asSlice(new boolean[] {true, true, false, true}))
                .as("gaps 1 then 2: no slice").isNull();
        assertThat(Q120MaskWithoutCopy.asSlice(new boolean[] {false, false, true}))
                .isEqualTo(Index.slice(2, 3, 1));
        assertThat(Q120MaskWithoutCopy.asSlice(new boolean[] {false, false}))
                .isEqualTo(Index.slice(0, 0, 1));
        assertThat(Q120MaskWithoutCopy.asSlice(new boolean[] {false, true, true, true, false}))
                .as("a block").isEqualTo(Index.slice(1, 4, 1));
    }

    @Test
    void zeroingThroughTheMaskWritesInPlace() {
        NDArray a = np.array(new double[][] {{1, -2}, {-3, 4}});
        Q120MaskWithoutCopy.zeroWhereInPlace(a, np.less(a, 0.0));
        // a[a < 0] = 0
        assertThat(a.toString()).isEqualTo("array([[1., 0.],\n       [0., 4.]])");
    }

    @Test
    void summingThroughTheMaskNeedsNoTemporary() {
        NDArray a = np.reshape(np.arange(6.0), 2, 3);
        // a[a % 2 == 1].sum()
        assertThat(Q120MaskWithoutCopy.sumWhere(a, np.equal(np.remainder(a, 2.0), 1.0)))
                .isEqualTo(9.0);
        assertThat(Q120MaskWithoutCopy.sumWhere(a, np.greater(a, 10.0))).as("nothing selected")
                .isZero();
    }
}
