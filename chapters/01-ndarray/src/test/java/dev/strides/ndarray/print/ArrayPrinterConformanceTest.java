package dev.strides.ndarray.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.print.PrintingFixtures.ArrayCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every array of {@code fixtures/printing/arrays.txt} prints exactly as NumPy 2 printed it, under
 * the same options, through the public path: {@code toString()} inside a {@link PrintOptions}
 * scope, and {@link ArrayPrinter#str}.
 */
class ArrayPrinterConformanceTest {

    private static final List<ArrayCase> CASES = PrintingFixtures.arrayCases();

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(Named.of(c.toString(), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reprAndStrMatchNumPy(ArrayCase c) {
        try (var ignored = PrintOptions.with(c.options())) {
            assertThat(c.array().toString()).as("repr").isEqualTo(c.repr());
            assertThat(ArrayPrinter.str(c.array())).as("str").isEqualTo(c.str());
        }
        assertThat(PrintOptions.get()).isEqualTo(PrintOptions.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explicitOptionsGiveTheSameText(ArrayCase c) {
        assertThat(ArrayPrinter.arrayRepr(c.array(), c.options())).isEqualTo(c.repr());
        assertThat(ArrayPrinter.arrayStr(c.array(), c.options())).isEqualTo(c.str());
    }
}
