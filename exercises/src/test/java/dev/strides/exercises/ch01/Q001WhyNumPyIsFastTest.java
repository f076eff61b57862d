package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q001: an array is fixed-size items at a fixed stride in one buffer; a list is pointers to
 * boxed objects. Views are made with {@code stridedView(shape, strides, byteOffset)}; the NumPy
 * slice each one stands for is in a comment.
 */
@Tag("Q001")
class Q001WhyNumPyIsFastTest {

    @Test
    void anElementsAddressIsOffsetPlusIndexTimesStride() {
        NDArray a = np.arange(10.0);
        // a[1::2]: starts at byte 8, steps 16 bytes
        NDArray odd = a.stridedView(new int[] {5}, new long[] {16}, 8);

        assertThat(Q001WhyNumPyIsFast.byteAddress(a, 0)).as("address of a[0]").isZero();
        assertThat(Q001WhyNumPyIsFast.byteAddress(a, 3)).as("address of a[3]: 3 * 8 bytes")
                .isEqualTo(24);
        assertThat(Q001WhyNumPyIsFast.byteAddress(odd, 2))
                .as("address of a[1::2][2]: offset 8 + 2 * stride 16")
                .isEqualTo(40)
                .isEqualTo(odd.byteOffset(2));
    }

    @Test
    void negativeIndicesAndNegativeStrides() {
        NDArray a = np.arange(10.0);
        // a[::-1]: the first element is the last one in memory, byte 72; stride -8
        NDArray reversed = a.stridedView(new int[] {10}, new long[] {-8}, 72);

        assertThat(Q001WhyNumPyIsFast.byteAddress(a, -1)).as("address of a[-1], the last element")
                .isEqualTo(72);
        assertThat(Q001WhyNumPyIsFast.byteAddress(reversed, 0)).as("address of a[::-1][0]")
                .isEqualTo(72);
        assertThat(Q001WhyNumPyIsFast.byteAddress(reversed, 9))
                .as("address of a[::-1][9]: 72 + 9 * (-8)")
                .isZero();
    }

    @Test
    void anIndexOutsideTheAxisIsAnError() {
        NDArray a = np.arange(10.0);

        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                () -> Q001WhyNumPyIsFast.byteAddress(a, 10));
        // np.arange(10.)[10] raises IndexError with this message
        assertThat(e).as("byteAddress(a, 10) on 10 elements")
                .hasMessageContaining("index 10 is out of bounds for axis 0 with size 10");
        assertThrows(IndexOutOfBoundsException.class, () -> Q001WhyNumPyIsFast.byteAddress(a, -11),
                "byteAddress(a, -11) on 10 elements must fail too");
    }

    @Test
    void sumWalksTheBufferStrideByStride() {
        NDArray a = np.arange(10.0);
        // a[::2] holds 0, 2, 4, 6, 8
        NDArray even = a.stridedView(new int[] {5}, new long[] {16}, 0);
        // a[::-1]
        NDArray reversed = a.stridedView(new int[] {10}, new long[] {-8}, 72);

        assertThat(Q001WhyNumPyIsFast.sum(a)).as("sum of np.arange(10.0)").isEqualTo(45.0);
        assertThat(Q001WhyNumPyIsFast.sum(even))
                .as("sum of a[::2]: step 16 bytes, not 8 (10.0 means the stride was ignored)")
                .isEqualTo(20.0);
        assertThat(Q001WhyNumPyIsFast.sum(reversed)).as("sum of a[::-1]: a negative stride")
                .isEqualTo(45.0);
        assertThat(Q001WhyNumPyIsFast.sum(np.zeros(0))).as("sum of an empty array").isZero();
    }

    @Test
    void sumRefusesArraysItCannotReadAsOneRowOfDoubles() {
        assertThrows(IllegalArgumentException.class, () -> Q001WhyNumPyIsFast.sum(np.arange(3)),
                "np.arange(3) is int64: reading its bytes as doubles would give garbage");
        assertThrows(IllegalArgumentException.class, () -> Q001WhyNumPyIsFast.sum(np.zeros(2, 2)),
                "a 2-d array needs two strides, not one");
    }

    @Test
    void aListOfDoublesCostsMoreThanThreeTimesTheArray() {
        // Checked by measuring allocations (ThreadMXBean.getThreadAllocatedBytes) on JDK 25 with
        // default flags: new ArrayList<Double>(n) plus n distinct Doubles took 24, 128 and
        // 28040 bytes for n = 0, 3 and 1000.
        assertThat(Q001WhyNumPyIsFast.listOfDoublesBytes(0))
                .as("an empty ArrayList: 24 bytes, no array allocated").isEqualTo(24);
        assertThat(Q001WhyNumPyIsFast.listOfDoublesBytes(3))
                .as("3 Doubles: 24 (list) + 32 (16 + 3*4 rounded up to 8) + 3*24").isEqualTo(128);
        assertThat(Q001WhyNumPyIsFast.listOfDoublesBytes(1000))
                .as("1000 Doubles: 24 + 4016 + 24000").isEqualTo(28040);

        int n = 1_000_000;
        double ratio = Q001WhyNumPyIsFast.listOfDoublesBytes(n) / (double) np.zeros(n).nbytes();
        assertThat(ratio).as("bytes of a List<Double> per byte of a float64 array, n = 1e6")
                .isGreaterThan(3.4);
    }
}
