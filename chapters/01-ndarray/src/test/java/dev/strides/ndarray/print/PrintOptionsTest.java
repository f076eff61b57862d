package dev.strides.ndarray.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrintOptionsTest {

    @AfterEach
    void restoreDefaults() {
        PrintOptions.set(PrintOptions.DEFAULTS);
    }

    @Test
    void defaultsAreNumPys() {
        PrintOptions o = PrintOptions.get();
        assertThat(o.precision()).isEqualTo(8);
        assertThat(o.threshold()).isEqualTo(1000);
        assertThat(o.edgeitems()).isEqualTo(3);
        assertThat(o.linewidth()).isEqualTo(75);
        assertThat(o.suppress()).isFalse();
        assertThat(o.sign()).isEqualTo('-');
        assertThat(o.floatmode()).isEqualTo(FloatMode.MAXPREC);
        assertThat(o.nanstr()).isEqualTo("nan");
        assertThat(o.infstr()).isEqualTo("inf");
    }

    @Test
    void withersChangeOneOptionAndLeaveTheOriginalAlone() {
        PrintOptions o = PrintOptions.DEFAULTS.withPrecision(3).withFloatmode("fixed").withSign('+');
        assertThat(o.precision()).isEqualTo(3);
        assertThat(o.floatmode()).isEqualTo(FloatMode.FIXED);
        assertThat(o.sign()).isEqualTo('+');
        assertThat(o.linewidth()).isEqualTo(75);
        assertThat(PrintOptions.DEFAULTS.precision()).isEqualTo(8);
    }

    @Test
    void setReplacesTheOptionsInForce() {
        PrintOptions.set(PrintOptions.get().withLinewidth(100));
        assertThat(PrintOptions.get().linewidth()).isEqualTo(100);
    }

    @Test
    void scopesRestoreThePreviousOptionsEvenWhenNested() {
        try (var outer = PrintOptions.with(o -> o.withPrecision(3))) {
            assertThat(PrintOptions.get().precision()).isEqualTo(3);
            try (var inner = PrintOptions.with(o -> o.withSuppress(true))) {
                assertThat(PrintOptions.get().precision()).isEqualTo(3);
                assertThat(PrintOptions.get().suppress()).isTrue();
            }
            assertThat(PrintOptions.get()).isEqualTo(PrintOptions.DEFAULTS.withPrecision(3));
        }
        assertThat(PrintOptions.get()).isEqualTo(PrintOptions.DEFAULTS);
    }

    @Test
    void scopesRestoreWhenTheBlockThrows() {
        assertThatThrownBy(() -> {
            try (var ignored = PrintOptions.with(PrintOptions.DEFAULTS.withThreshold(5))) {
                throw new IllegalStateException("boom");
            }
        }).hasMessage("boom");
        assertThat(PrintOptions.get().threshold()).isEqualTo(1000);
    }

    @Test
    void optionsAreConfinedToTheirThread() throws InterruptedException {
        PrintOptions.set(PrintOptions.DEFAULTS.withPrecision(2));
        AtomicReference<PrintOptions> seen = new AtomicReference<>();
        Thread t = new Thread(() -> seen.set(PrintOptions.get()));
        t.start();
        t.join();
        assertThat(seen.get()).isEqualTo(PrintOptions.DEFAULTS);
        assertThat(PrintOptions.get().precision()).isEqualTo(2);
    }

    @Test
    void badValuesAreRefusedWithNumPysMessages() {
        PrintOptions o = PrintOptions.DEFAULTS;
        assertThatThrownBy(() -> o.withPrecision(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("precision must be >= 0");
        assertThatThrownBy(() -> o.withSign('x'))
                .hasMessage("sign option must be one of ' ', '+', or '-'");
        assertThatThrownBy(() -> o.withFloatmode("exact")).hasMessage(
                "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"");
        assertThatThrownBy(() -> o.withEdgeitems(-2)).hasMessage("edgeitems must be >= 0, got -2");
        assertThatThrownBy(() -> o.withNanstr(null)).isInstanceOf(NullPointerException.class);
    }
}
