package dev.strides.exercises.ch03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q095: extract reads condition and array flattened; compress keeps whole slices. */
@Tag("Q095")
class Q095ExtractTest {

    @Test
    void extractMatchesTheLibrary() {
        NDArray a = np.multiply(np.reshape(np.arange(6), 2, 3), 10);
        NDArray even = np.equal(np.remainder(np.reshape(np.arange(6), 2, 3), 2), 0);
        // np.extract(np.arange(6).reshape(2, 3) % 2 == 0, np.arange(6).reshape(2, 3) * 10)
        assertThat(Q095Extract.extract(even, a).toString()).isEqualTo("array([ 0, 20, 40])");
        assertThat(Q095Extract.extract(even, a).toString())
                .isEqualTo(np.extract(even, a).toString());
    }

    @Test
    void theConditionNeedsTheSizeNotTheShape() {
        NDArray a = np.reshape(np.arange(6.0), 2, 3);
        NDArray flat = np.array(new boolean[] {false, true, false, false, false, true});
        // np.extract([False, True, False, False, False, True], a)
        assertThat(Q095Extract.extract(flat, a).toString()).isEqualTo("array([1., 5.])");
        NDArray none = np.array(new boolean[6]);
        assertThat(Q095Extract.extract(none, a).shape()).containsExactly(0);
    }

    @Test
    void multiplesOfK() {
        // (lambda a: np.extract(a % 3 == 0, a))(np.arange(10))
        assertThat(Q095Extract.multiplesOf(np.arange(10), 3).toString())
                .isEqualTo("array([0, 3, 6, 9])");
    }

    @Test
    void compressKeepsRows() {
        NDArray a = np.reshape(np.arange(6), 3, 2);
        // np.compress([True, False, True], np.arange(6).reshape(3, 2), axis=0)
        assertThat(Q095Extract.keepRows(a, new boolean[] {true, false, true}).toString())
                .isEqualTo("array([[0, 1],\n       [4, 5]])");
    }
}
