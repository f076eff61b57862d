package dev.strides.exercises.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** M08: type resolution (NEP 50), casting, iteration, and a loop in the type's arithmetic. */
@Tag("M08")
class M08UfuncInternalsTest {

    @Test
    void loopForNamesTheLoopOfTheTable() {
        NDArray u8 = np.array(new long[] {1}, np.uint8);
        NDArray i8 = np.array(new long[] {1}, np.int8);
        // np.add.resolve_dtypes((np.dtype(np.uint8), np.dtype(np.int8), None)): int16 x 3
        assertThat(M08UfuncInternals.loopFor(np.add, u8, i8)).as("uint8 with int8 arrays")
                .isEqualTo("hh->h");
        assertThat(M08UfuncInternals.loopFor(np.add, u8, 100L)).as("a weak Java int")
                .isEqualTo("BB->B");
        assertThat(M08UfuncInternals.loopFor(np.less, i8, 2.5)).as("a comparison: bool out")
                .isEqualTo("dd->?");
        assertThat(M08UfuncInternals.loopFor(np.sqrt, i8)).as("sqrt of int8: float16, as NumPy")
                .isEqualTo("e->e");
    }

    @Test
    void weakScalarsTakeTheArraysType() {
        NDArray u = np.array(new long[] {200}, np.uint8);
        NDArray r = np.add(u, 100L);
        // np.array([200], np.uint8) + 100 == array([44], dtype=uint8)
        assertThat(M08UfuncInternals.uint8ArrayPlus100Dtype()).as("dtype").isEqualTo(np.uint8)
                .isEqualTo(r.dtype());
        assertThat(M08UfuncInternals.uint8ArrayPlus100Value()).as("300 mod 256").isEqualTo(44)
                .isEqualTo(r.getLong(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> np.add(u, 300L));
        // np.array([200], np.uint8) + 300 raises OverflowError
        assertThat(M08UfuncInternals.uint8ArrayPlus300Error()).as("300 does not fit in uint8")
                .isEqualTo("Python integer 300 out of bounds for uint8")
                .isEqualTo(e.getMessage());
    }

    @Test
    void strongAndWeakFloats() {
        NDArray i8 = np.array(new long[] {1}, np.int8);
        // (np.array([1], np.int8) + np.float32(2.5)).dtype == float32 (a 0-d array is strong)
        assertThat(M08UfuncInternals.int8ArrayPlusFloat32Scalar()).isEqualTo(np.float32)
                .isEqualTo(np.add(i8, np.array(2.5, np.float32)).dtype());
        // (np.array([1], np.int8) + 2.5).dtype == float64 (a weak float, default float64)
        assertThat(M08UfuncInternals.int8ArrayPlusPythonFloat()).isEqualTo(np.float64)
                .isEqualTo(np.add(i8, 2.5).dtype());
    }

    @Test
    void integerLoopsFloorAndWrap() {
        NDArray x = np.array(new long[] {7, -7, 7, -7});
        NDArray y = np.array(new long[] {2, 2, -2, -2});
        // np.array([7, -7, 7, -7]) // np.array([2, 2, -2, -2]) == [ 3 -4 -4  3]
        assertThat(M08UfuncInternals.floorDivideSigns()).as("rounded towards -inf")
                .containsExactly(3, -4, -4, 3);
        assertThat(np.floorDivide(x, y).toString()).isEqualTo("array([ 3, -4, -4,  3])");
        // np.array([7, -7, 7, -7]) % np.array([2, 2, -2, -2]) == [ 1  1 -1 -1]
        assertThat(M08UfuncInternals.remainderSigns()).as("the sign of the divisor")
                .containsExactly(1, 1, -1, -1);
        assertThat(np.remainder(x, y).toString()).isEqualTo("array([ 1,  1, -1, -1])");
        // np.array([127], np.int8) + np.int8(1) == array([-128], dtype=int8)
        assertThat(M08UfuncInternals.int8Overflow()).as("wraps modulo 256").isEqualTo(-128)
                .isEqualTo(np.add(np.array(new long[] {127}, np.int8),
                        np.array(1L, np.int8)).getLong(0));
    }
}
