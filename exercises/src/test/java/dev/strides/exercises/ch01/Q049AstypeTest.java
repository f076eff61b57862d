package dev.strides.exercises.ch01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Q049: astype copies; unsafe casts truncate and wrap; 'safe' is a fixed table. Expected values
 * come from NumPy 2.4 on x86-64; the Python expression is in a comment beside each.
 */
@Tag("Q049")
class Q049AstypeTest {

    @Test
    void floatToIntTruncatesTowardZero() {
        // np.array([2.7, -2.7, 0.999, -0.5, 2.0**53]).astype(np.int64)
        // == [2, -2, 0, 0, 9007199254740992]
        assertThat(Q049Astype.floatToInt64(2.7)).as("2.7 -> int64").isEqualTo(2);
        assertThat(Q049Astype.floatToInt64(-2.7)).as("-2.7 -> int64: toward zero, not down")
                .isEqualTo(-2);
        assertThat(Q049Astype.floatToInt64(0.999)).as("0.999 -> int64: no rounding").isZero();
        assertThat(Q049Astype.floatToInt64(-0.5)).as("-0.5 -> int64").isZero();
        assertThat(Q049Astype.floatToInt64(0x1p53)).as("2.0**53 -> int64").isEqualTo(1L << 53);
    }

    @Test
    void nanAndOutOfRangeFloatsBecomeTheSmallestInt64() {
        // np.array([np.nan, 1e19, -np.inf]).astype(np.int64) == [-9223372036854775808] * 3
        // (RuntimeWarning: invalid value encountered in cast)
        assertThat(Q049Astype.floatToInt64(Double.NaN))
                .as("NaN -> int64 in NumPy on x86-64 (Java's (long) NaN would be 0)")
                .isEqualTo(Long.MIN_VALUE);
        assertThat(Q049Astype.floatToInt64(1e19))
                .as("1e19 -> int64: out of range (Java's (long) 1e19 would saturate to MAX_VALUE)")
                .isEqualTo(Long.MIN_VALUE);
        assertThat(Q049Astype.floatToInt64(Double.NEGATIVE_INFINITY)).as("-inf -> int64")
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void integerCastsWrapAroundModuloTwoToTheBits() {
        // np.array([300, -1, 256, 200, -129]).astype(np.uint8) == [44, 255, 0, 200, 127]
        assertThat(new long[] {Q049Astype.wrapInteger(300, np.uint8),
            Q049Astype.wrapInteger(-1, np.uint8), Q049Astype.wrapInteger(256, np.uint8),
            Q049Astype.wrapInteger(200, np.uint8), Q049Astype.wrapInteger(-129, np.uint8)})
                .as("[300, -1, 256, 200, -129] as uint8").containsExactly(44, 255, 0, 200, 127);
        // np.array([300, -1, 256, 200, -129]).astype(np.int8) == [44, -1, 0, -56, 127]
        assertThat(new long[] {Q049Astype.wrapInteger(300, np.int8),
            Q049Astype.wrapInteger(-1, np.int8), Q049Astype.wrapInteger(256, np.int8),
            Q049Astype.wrapInteger(200, np.int8), Q049Astype.wrapInteger(-129, np.int8)})
                .as("[300, -1, 256, 200, -129] as int8").containsExactly(44, -1, 0, -56, 127);
    }

    @Test
    void wideIntegerCastsAndNonIntegerTargets() {
        // np.array([-1]).astype(np.uint16) == [65535]; np.array([70000]).astype(np.int16) == [4464]
        assertThat(Q049Astype.wrapInteger(-1, np.uint16)).as("-1 as uint16").isEqualTo(65535);
        assertThat(Q049Astype.wrapInteger(70000, np.int16)).as("70000 as int16").isEqualTo(4464);
        // np.array([2**31]).astype(np.int32) == [-2147483648]
        assertThat(Q049Astype.wrapInteger(1L << 31, np.int32)).as("2**31 as int32")
                .isEqualTo(Integer.MIN_VALUE);
        // np.array([2**40 + 5]).astype(np.uint32) == [5]
        assertThat(Q049Astype.wrapInteger((1L << 40) + 5, np.uint32)).as("2**40 + 5 as uint32")
                .isEqualTo(5);
        // np.array([-1]).astype(np.uint64) == [18446744073709551615]: the same 64 bits
        assertThat(Long.toUnsignedString(Q049Astype.wrapInteger(-1, np.uint64)))
                .as("-1 as uint64, shown unsigned").isEqualTo("18446744073709551615");
        assertThrows(IllegalArgumentException.class, () -> Q049Astype.wrapInteger(1, np.float64),
                "float64 is not an integer dtype: wrapping does not apply");
    }

    @Test
    void safeCastsKeepEveryValue() {
        // np.can_cast(a, b, 'safe') for each row, NumPy 2.4
        Object[][] table = {
            {np.int32, np.float64, true}, {np.float64, np.int32, false},
            {np.int64, np.float64, true}, {np.uint64, np.int64, false},
            {np.float32, np.float16, false}, {np.bool, np.int8, true},
            {np.int8, np.uint8, false}, {np.uint8, np.int16, true},
            {np.int16, np.float32, true}, {np.int32, np.float32, false},
            {np.int8, np.float16, true}, {np.int16, np.float16, false},
            {np.uint16, np.int32, true}, {np.uint16, np.int16, false},
            {np.int64, np.complex128, true}, {np.int64, np.complex64, false},
            {np.complex64, np.float64, false}, {np.float64, np.complex64, false},
            {np.float16, np.complex64, true}, {np.complex64, np.complex128, true},
            {np.complex128, np.complex64, false}, {np.uint8, np.uint64, true},
            {np.int8, np.uint64, false},
        };
        for (Object[] row : table) {
            DType from = (DType) row[0];
            DType to = (DType) row[1];
            assertThat(Q049Astype.isSafeCast(from, to))
                    .as("np.can_cast(%s, %s, 'safe')", from, to)
                    .isEqualTo(row[2]);
        }
    }

    @Test
    void promotionIsTheFirstDtypeBothCastToSafely() {
        // np.promote_types(a, b) for each row, NumPy 2.4
        DType[][] table = {
            {np.int64, np.uint64, np.float64}, {np.int8, np.uint8, np.int16},
            {np.int32, np.float32, np.float64}, {np.int16, np.float16, np.float32},
            {np.complex64, np.float64, np.complex128}, {np.bool, np.bool, np.bool},
            {np.bool, np.uint8, np.uint8}, {np.float16, np.int8, np.float16},
            {np.uint32, np.int32, np.int64}, {np.uint64, np.float32, np.float64},
        };
        for (DType[] row : table) {
            assertThat(Q049Astype.promote(row[0], row[1]))
                    .as("np.promote_types(%s, %s)", row[0], row[1])
                    .isEqualTo(row[2]);
        }
    }

    @Test
    void safeAstypeCopiesAndRefusesLossyCasts() {
        NDArray a = np.array(new int[] {1, 2, 3});           // int32
        NDArray d = Q049Astype.convertSafely(a, np.float64);

        assertThat(d.dtype()).as("int32 -> float64 is safe").isEqualTo(np.float64);
        assertThat(new double[] {d.getDouble(0), d.getDouble(1), d.getDouble(2)})
                .as("values after the cast").containsExactly(1.0, 2.0, 3.0);

        NDArray same = Q049Astype.convertSafely(a, np.int32);
        same.setLong(99, 0);
        assertThat(same.base()).as("astype to the same dtype still returns a new array").isNull();
        assertThat(a.getLong(0)).as("a[0] after writing into a.astype(a.dtype): a copy")
                .isEqualTo(1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Q049Astype.convertSafely(np.arange(3.0), np.int32));
        // np.arange(3.).astype(np.int32, casting='safe') raises TypeError with this message
        assertThat(e).as("float64 -> int32 under 'safe'").hasMessageContaining(
                "Cannot cast array data from dtype('float64') to dtype('int32')"
                        + " according to the rule 'safe'");
    }
}
