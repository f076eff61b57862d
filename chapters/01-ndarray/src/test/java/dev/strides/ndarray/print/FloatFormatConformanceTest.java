package dev.strides.ndarray.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Float16;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FloatFormat} against {@code fixtures/printing/float_digits.txt}: thousands of float16,
 * float32 and float64 values (random bit patterns, short decimals, powers of two, subnormals, ties,
 * specials) through NumPy's {@code format_float_positional}, {@code format_float_scientific} with
 * random arguments, and scalar {@code str()}. Each kind of call is one test that lists every
 * mismatching line.
 */
class FloatFormatConformanceTest {

    private static final List<String[]> LINES = PrintingFixtures.lines("/fixtures/printing/float_digits.txt")
            .stream().filter(l -> !l.startsWith("#") && !l.isEmpty()).map(l -> l.split("\t", -1))
            .toList();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"P", "S", "STR", "CSTR"})
    void everyLineMatchesNumPy(String kind) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String[] f : LINES) {
            if (!f[0].equals(kind)) {
                continue;
            }
            checked++;
            String expected = f[f.length - 1];
            String actual;
            try {
                actual = format(f);
            } catch (IllegalArgumentException e) {
                actual = "!" + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(String.join(" ", f) + "  →  got [" + actual + "]");
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(mismatches).as("%d of %d lines differ", mismatches.size(), checked).isEmpty();
    }

    private static String format(String[] f) {
        DType type = type(f[1]);
        double x = value(f[1], f[2]);
        return switch (f[0]) {
            case "P" -> FloatFormat.positional(x, type, i(f[3]), b(f[4]), b(f[5]),
                    Trim.of(f[6].charAt(0)), b(f[7]), i(f[8]), i(f[9]), i(f[10]));
            case "S" -> FloatFormat.scientific(x, type, i(f[3]), b(f[4]), Trim.of(f[5].charAt(0)),
                    b(f[6]), i(f[7]), i(f[8]), i(f[9]));
            case "STR" -> FloatFormat.str(x, type);
            case "CSTR" -> FloatFormat.complexStr(x, value(f[1], f[3]), type);
            default -> throw new IllegalStateException(f[0]);
        };
    }

    static DType type(String code) {
        return switch (code) {
            case "f2" -> DType.FLOAT16;
            case "f4" -> DType.FLOAT32;
            default -> DType.FLOAT64;
        };
    }

    static double value(String code, String hexBits) {
        long bits = Long.parseUnsignedLong(hexBits, 16);
        return switch (code) {
            case "f2" -> Float16.toDouble((short) bits);
            case "f4" -> Float.intBitsToFloat((int) bits);
            default -> Double.longBitsToDouble(bits);
        };
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    private static boolean b(String s) {
        return s.equals("1");
    }
}
