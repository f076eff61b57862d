package dev.strides.ndarray.print;

import static dev.strides.ndarray.print.FloatFormat.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import org.junit.jupiter.api.Test;

/** NumPy's own docstring examples and the cases worth knowing, one by one. */
class FloatFormatTest {

    private static final DType F16 = DType.FLOAT16;
    private static final DType F32 = DType.FLOAT32;
    private static final DType F64 = DType.FLOAT64;

    @Test
    void positionalPrintsTheShortestDigitsOfTheValueInItsOwnType() {
        assertThat(FloatFormat.positional(Math.PI, F32)).isEqualTo("3.1415927");
        assertThat(FloatFormat.positional(Math.PI, F16)).isEqualTo("3.14");
        assertThat(FloatFormat.positional(0.3, F16)).isEqualTo("0.3");
        assertThat(FloatFormat.positional(2.0, F64)).isEqualTo("2.");
    }

    @Test
    void digitsAreShortestAmongValuesOfTheGivenType() {
        assertThat(FloatFormat.positional(0.1, F32)).isEqualTo("0.1");
        assertThat(FloatFormat.positional(0.1f, F64)).isEqualTo("0.10000000149011612");
    }

    @Test
    void trimModes() {
        String[] fixed = new String[4];
        String[] two = new String[4];
        for (Trim t : Trim.values()) {
            fixed[t.ordinal()] = FloatFormat.positional(1.5, F64, 3, false, true, t, false, NONE,
                    NONE, NONE);
            two[t.ordinal()] = FloatFormat.positional(2.0, F64, NONE, true, true, t, false, NONE,
                    NONE, NONE);
        }
        assertThat(fixed).containsExactly("1.500", "1.5", "1.5", "1.5");
        assertThat(two).containsExactly("2.", "2.", "2.0", "2");
    }

    @Test
    void nonUniqueModePrintsTheExactBinaryValue() {
        assertThat(FloatFormat.positional(0.3, F16, 10, false, true, Trim.KEEP, false, NONE, NONE,
                NONE)).isEqualTo("0.3000488281");
        assertThat(FloatFormat.scientific(1.23e24, F32, 15, false, Trim.KEEP, false, NONE, NONE, NONE))
                .isEqualTo("1.230000071797338e+24");
    }

    @Test
    void scientificNotation() {
        assertThat(FloatFormat.scientific(Math.PI, F32)).isEqualTo("3.1415927e+00");
        assertThat(FloatFormat.scientific(1.23e24, F32, NONE, true, Trim.KEEP, false, NONE, 4, NONE))
                .isEqualTo("1.23e+0024");
        // trimming zeros keeps the point in scientific notation, unlike positional
        assertThat(FloatFormat.scientific(1.01, F64, 1, true, Trim.DPT_ZEROS, false, NONE, NONE, NONE))
                .isEqualTo("1.e+00");
    }

    @Test
    void roundingIsHalfToEvenOnTheExactValue() {
        assertThat(FloatFormat.positional(9.5, F64, 0, true, true, Trim.KEEP, false, NONE, NONE, NONE))
                .isEqualTo("10.");
        assertThat(FloatFormat.positional(0.125, F64, 2, true, true, Trim.KEEP, false, NONE, NONE, NONE))
                .isEqualTo("0.12");
        assertThat(FloatFormat.positional(0.375, F64, 2, true, true, Trim.KEEP, false, NONE, NONE, NONE))
                .isEqualTo("0.38");
    }

    @Test
    void minDigitsGoesPastTheUniqueDigits() {
        // 1e23 is stored as 99999999999999991611392: unique digits say "1e23", min_digits=0 forces
        // every whole digit
        assertThat(FloatFormat.positional(1e23, F64)).isEqualTo("100000000000000000000000.");
        assertThat(FloatFormat.positional(1e23, F64, NONE, true, true, Trim.KEEP, false, NONE, NONE, 0))
                .isEqualTo("99999999999999991611392.");
    }

    @Test
    void paddingAlignsColumns() {
        assertThat(FloatFormat.positional(-1.5, F64, NONE, true, true, Trim.KEEP, false, 4, 3, NONE))
                .isEqualTo("  -1.5  ");
        assertThat(FloatFormat.positional(2.0, F64, NONE, true, true, Trim.DPT_ZEROS, false, NONE, 2,
                NONE)).isEqualTo("2   ");
    }

    @Test
    void shortestDigitsAreNotJavasDoubleToString() {
        // Java may pick two digits when one would do; NumPy (and Python) take the shortest
        assertThat(Double.toString(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(FloatFormat.scientific(Double.MIN_VALUE, F64)).isEqualTo("5.e-324");
        assertThat(FloatFormat.str(Double.MIN_VALUE, F64)).isEqualTo("5e-324");
    }

    @Test
    void scalarStrSwitchesToScientificOutsideItsTypesRange() {
        assertThat(FloatFormat.str(0.1, F64)).isEqualTo("0.1");
        assertThat(FloatFormat.str(2.0, F64)).isEqualTo("2.0");
        assertThat(FloatFormat.str(-0.0, F64)).isEqualTo("-0.0");
        assertThat(FloatFormat.str(1e16, F64)).isEqualTo("1e+16");
        assertThat(FloatFormat.str(1e-5, F64)).isEqualTo("1e-05");
        assertThat(FloatFormat.str(1e6, F32)).isEqualTo("1e+06");
        assertThat(FloatFormat.str(999.0, F16)).isEqualTo("999.0");
        assertThat(FloatFormat.str(1000.0, F16)).isEqualTo("1e+03");
        assertThat(FloatFormat.str(Double.NaN, F64)).isEqualTo("nan");
        assertThat(FloatFormat.str(Double.NEGATIVE_INFINITY, F32)).isEqualTo("-inf");
    }

    @Test
    void complexScalarStr() {
        assertThat(FloatFormat.complexStr(1, 2, F64)).isEqualTo("(1+2j)");
        assertThat(FloatFormat.complexStr(0, -2.5, F64)).isEqualTo("-2.5j");
        assertThat(FloatFormat.complexStr(-0.0, 1, F64)).isEqualTo("(-0+1j)");
        assertThat(FloatFormat.complexStr(1.5, Double.NaN, F32)).isEqualTo("(1.5+nanj)");
        assertThat(FloatFormat.complexStr(1e20, 1e-20, F64)).isEqualTo("(1e+20+1e-20j)");
    }

    @Test
    void badArgumentsGetNumPysMessages() {
        assertThatThrownBy(() -> FloatFormat.positional(1.5, F64, NONE, false, true, Trim.KEEP, false,
                NONE, NONE, NONE)).hasMessage("in non-unique mode `precision` must be supplied");
        assertThatThrownBy(() -> FloatFormat.positional(1.5, F64, 0, true, false, Trim.KEEP, false,
                NONE, NONE, NONE)).hasMessage("precision must be greater than 0 if fractional=False");
        assertThatThrownBy(() -> FloatFormat.scientific(1.5, F64, 2, true, Trim.KEEP, false, NONE,
                NONE, 3)).hasMessage("min_digits must be less than or equal to precision");
        assertThatThrownBy(() -> FloatFormat.scientific(1.5, F64, -5, true, Trim.KEEP, false, NONE,
                NONE, NONE)).hasMessage("precision must be >= 0");
        assertThatThrownBy(() -> Trim.of('x')).hasMessage(
                "if supplied, trim must be 'k', '.', '0' or '-' found `x`");
        assertThatThrownBy(() -> FloatFormat.str(1.5, DType.INT32))
                .hasMessageContaining("float16, float32 or float64");
    }
}
