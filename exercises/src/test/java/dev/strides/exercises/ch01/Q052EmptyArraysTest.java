package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q052: emptiness is {@code size == 0}, not "no dimensions" and not "len is 0". */
@Tag("Q052")
class Q052EmptyArraysTest {

    @Test
    void oneDimensionalArrayOfLengthZeroIsEmpty() {
        NDArray a = np.zeros(0);

        assertThat(Q052EmptyArrays.isEmpty(a)).as("isEmpty(np.zeros(0))").isTrue();
        assertThat(Q052EmptyArrays.len(a)).as("len(np.zeros(0))").isZero();
    }

    @Test
    void oneAxisOfLengthZeroMakesTheWholeArrayEmpty() {
        NDArray a = np.empty(2, 0, 3);

        assertThat(Q052EmptyArrays.isEmpty(a)).as("isEmpty of shape (2, 0, 3)").isTrue();
        // len looks at axis 0 only: it is 2 although there is nothing in the array
        assertThat(Q052EmptyArrays.len(a)).as("len of shape (2, 0, 3)").isEqualTo(2);
    }

    @Test
    void zeroDimensionalArrayIsNotEmpty() {
        NDArray scalar = np.array(5.0);

        assertThat(scalar.ndim()).as("ndim of np.array(5.0)").isZero();
        assertThat(Q052EmptyArrays.isEmpty(scalar))
                .as("a 0-d array holds one element, so it is not empty").isFalse();
    }

    @Test
    void arraysWithElementsAreNotEmpty() {
        assertThat(Q052EmptyArrays.isEmpty(np.arange(6))).as("isEmpty(np.arange(6))").isFalse();
        assertThat(Q052EmptyArrays.isEmpty(np.ones(1, 1))).as("isEmpty of shape (1, 1)")
                .isFalse();
        assertThat(Q052EmptyArrays.isEmpty(np.zeros(3, 1, 2))).as("isEmpty of shape (3, 1, 2)")
                .isFalse();
    }

    @Test
    void lenOfZeroDimensionalArrayIsAnError() {
        NDArray scalar = np.array(5.0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q052EmptyArrays.len(scalar));
        assertThat(e).hasMessageContaining("len() of unsized object");
    }

    @Test
    void emptyShapeKeepsTheTrailingAxes() {
        NDArray rows = np.zeros(4, 3);
        int[] shape = Q052EmptyArrays.emptyShapeFor(rows);

        assertThat(shape).as("shape of a[:0] for shape (4, 3)").containsExactly(0, 3);
        assertThat(Q052EmptyArrays.emptyShapeFor(np.arange(5))).containsExactly(0);
        assertThat(Q052EmptyArrays.emptyShapeFor(np.empty(2, 0, 3))).containsExactly(0, 0, 3);
        assertThat(rows.shape()).as("the input's shape is not modified").containsExactly(4, 3);
        assertThat(Q052EmptyArrays.isEmpty(np.zeros(shape)))
                .as("an array of the shape returned is empty").isTrue();
    }

    @Test
    void emptyShapeForZeroDimensionalArrayIsAnError() {
        // NumPy: a[:0] on a 0-d array raises IndexError
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> Q052EmptyArrays.emptyShapeFor(np.array(5.0)));
        assertThat(e).hasMessageContaining("array is 0-dimensional, but 1 were indexed");
    }
}
