package dev.strides.ndarray.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.print.Dragon4.Binary;
import dev.strides.ndarray.print.Dragon4.Cutoff;
import dev.strides.ndarray.print.Dragon4.Digits;
import org.junit.jupiter.api.Test;

class Dragon4Test {

    private static Digits shortest(double x, DType type) {
        return Dragon4.generate(Dragon4.decompose(x, type), true, Cutoff.TOTAL_LENGTH, -1, -1);
    }

    @Test
    void decomposeSplitsTheIeeeFields() {
        Binary one = Dragon4.decompose(1.0, DType.FLOAT64);
        assertThat(one.mantissa()).isEqualTo(1L << 52);
        assertThat(one.exponent()).isEqualTo(-52);
        assertThat(one.unequalMargins()).isTrue();          // 1.0 is a power of two
        Binary half = Dragon4.decompose(-1.5, DType.FLOAT16);
        assertThat(half.negative()).isTrue();
        assertThat(half.mantissa()).isEqualTo(0b11L << 9);
        assertThat(half.exponent()).isEqualTo(-10);
        Binary sub = Dragon4.decompose(Double.MIN_VALUE, DType.FLOAT64);
        assertThat(sub.mantissa()).isEqualTo(1);
        assertThat(sub.exponent()).isEqualTo(-1074);
        assertThat(Dragon4.decompose(Double.NaN, DType.FLOAT32).nan()).isTrue();
        assertThat(Dragon4.decompose(Double.NEGATIVE_INFINITY, DType.FLOAT16).infinite()).isTrue();
    }

    @Test
    void uniqueDigitsAreTheShortestThatReadBack() {
        assertThat(shortest(0.1, DType.FLOAT64)).isEqualTo(new Digits("1", -1));
        assertThat(shortest(0.1, DType.FLOAT32)).isEqualTo(new Digits("1", -1));
        assertThat(shortest(123.456, DType.FLOAT64)).isEqualTo(new Digits("123456", 2));
        assertThat(shortest(0.0, DType.FLOAT64)).isEqualTo(new Digits("0", 0));
        assertThat(shortest(5e-324, DType.FLOAT64)).isEqualTo(new Digits("5", -324));
        assertThat(shortest(65504, DType.FLOAT16)).isEqualTo(new Digits("655", 4));
    }

    @Test
    void exactDigitsPrintTheWholeBinaryValue() {
        Digits d = Dragon4.generate(Dragon4.decompose(0.1, DType.FLOAT64), false,
                Cutoff.TOTAL_LENGTH, 100, -1);
        assertThat(d).isEqualTo(new Digits("1000000000000000055511151231257827021181583404541015625",
                -1));
    }

    @Test
    void aCutoffRoundsAndCarries() {
        Binary b = Dragon4.decompose(0.96, DType.FLOAT64);
        assertThat(Dragon4.generate(b, true, Cutoff.FRACTION_LENGTH, 1, -1))
                .isEqualTo(new Digits("1", 0));                 // 0.96 -> 1.0
        assertThat(Dragon4.generate(b, true, Cutoff.TOTAL_LENGTH, 2, -1))
                .isEqualTo(new Digits("96", -1));
        // far below the cutoff: a single rounded digit at the cutoff position
        Binary tiny = Dragon4.decompose(4e-9, DType.FLOAT64);
        assertThat(Dragon4.generate(tiny, true, Cutoff.FRACTION_LENGTH, 3, -1))
                .isEqualTo(new Digits("0", -3));
    }
}
