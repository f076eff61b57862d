package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Q002: arrays have one dtype and a fixed size, lists hold anything and grow; + differs. */
@Tag("Q002")
class Q002ListVsArrayTest {

    @Test
    void anArrayHasOneDtypeForAllItsElements() {
        // np.array([1, 2.5]).dtype == float64: the int becomes 1.0
        assertThat(Q002ListVsArray.commonDtype(1, 2.5)).as("dtype of [1, 2.5]")
                .isEqualTo(np.float64)
                .isEqualTo(np.array(new Object[] {1, 2.5}).dtype());
        // np.array([1, 2, 3]).dtype == int64
        assertThat(Q002ListVsArray.commonDtype(1, 2, 3)).as("dtype of [1, 2, 3]")
                .isEqualTo(np.int64);
    }

    @Test
    void theHighestKindWinsBoolIntFloatComplex() {
        // np.array([True, 2]).dtype == int64
        assertThat(Q002ListVsArray.commonDtype(true, 2)).as("dtype of [True, 2]")
                .isEqualTo(np.int64);
        // np.array([1, 1j]).dtype == complex128
        assertThat(Q002ListVsArray.commonDtype(1, Complex.of(0, 1))).as("dtype of [1, 1j]")
                .isEqualTo(np.complex128);
        // np.array([True, False]).dtype == bool
        assertThat(Q002ListVsArray.commonDtype(true, false)).as("dtype of [True, False]")
                .isEqualTo(np.bool);
    }

    @Test
    void anEmptyListBecomesFloat64AndNonNumbersAreRefused() {
        // np.array([]).dtype == float64
        assertThat(Q002ListVsArray.commonDtype()).as("dtype of []: float64 by default")
                .isEqualTo(np.float64);
        assertThrows(IllegalArgumentException.class, () -> Q002ListVsArray.commonDtype(1, "two"),
                "a list may hold 1 and \"two\"; a numeric array cannot");
    }

    @Test
    void plusJoinsListsButAddsArrays() {
        // [1.0, 2.0] + [3.0, 4.0] == [1.0, 2.0, 3.0, 4.0]
        assertThat(Q002ListVsArray.listPlus(List.of(1.0, 2.0), List.of(3.0, 4.0)))
                .as("list + list concatenates").containsExactly(1.0, 2.0, 3.0, 4.0);
        // np.array([1., 2.]) + np.array([3., 4.]) == array([4., 6.])
        NDArray sum = Q002ListVsArray.arrayPlus(np.array(new double[] {1, 2}),
                np.array(new double[] {3, 4}));
        assertThat(sum.shape()).as("shape of array + array").containsExactly(2);
        assertThat(new double[] {sum.getDouble(0), sum.getDouble(1)})
                .as("array + array adds element by element").containsExactly(4.0, 6.0);
    }

    @Test
    void listsOfDifferentLengthsJoinButArraysCannotBeAdded() {
        assertThat(Q002ListVsArray.listPlus(List.of(1.0, 2.0), List.of(3.0)))
                .as("[1.0, 2.0] + [3.0]").containsExactly(1.0, 2.0, 3.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q002ListVsArray.arrayPlus(np.array(new double[] {1, 2}),
                        np.array(new double[] {1, 2, 3})));
        // np.array([1., 2.]) + np.array([1., 2., 3.]) raises ValueError with this message
        assertThat(e).as("adding shapes (2,) and (3,)")
                .hasMessageContaining(
                        "operands could not be broadcast together with shapes (2,) (3,)");
    }

    @Test
    void appendAllocatesANewArrayAndCopies() {
        NDArray a = np.array(new double[] {1, 2});
        NDArray b = Q002ListVsArray.append(a, 3.0);

        // np.append(np.array([1., 2.]), 3.0) == array([1., 2., 3.])
        assertThat(b.shape()).as("shape after appending to 2 elements").containsExactly(3);
        assertThat(new double[] {b.getDouble(0), b.getDouble(1), b.getDouble(2)})
                .as("values after append").containsExactly(1.0, 2.0, 3.0);
        assertThat(b.dtype()).as("dtype after append").isEqualTo(np.float64);
        assertThat(a.shape()).as("the original cannot grow: still 2 elements").containsExactly(2);
        assertThat(b.base()).as("the result owns a new buffer (it is not a view)").isNull();
        assertThat(np.sharesMemory(a, b)).as("the result does not share a's memory").isFalse();
    }

    @Test
    void appendWorksOnEmptyArraysAndOnViews() {
        // np.append(np.array([]), 7.0) == array([7.])
        NDArray one = Q002ListVsArray.append(np.zeros(0), 7.0);
        assertThat(one.shape()).as("appending to an empty array").containsExactly(1);
        assertThat(one.getDouble(0)).as("its only element").isEqualTo(7.0);

        // np.arange(6.)[::2] holds 0, 2, 4
        NDArray even = np.arange(6.0).stridedView(new int[] {3}, new long[] {16}, 0);
        NDArray b = Q002ListVsArray.append(even, 6.0);
        assertThat(new double[] {b.getDouble(0), b.getDouble(1), b.getDouble(2), b.getDouble(3)})
                .as("np.append(np.arange(6.)[::2], 6.0): read the view by index, not its raw bytes")
                .containsExactly(0.0, 2.0, 4.0, 6.0);
    }
}
