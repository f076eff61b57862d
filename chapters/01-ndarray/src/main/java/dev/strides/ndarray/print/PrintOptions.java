package dev.strides.ndarray.print;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * NumPy's print options ({@code np.get_printoptions()}): the knobs {@code repr}, {@code str} and
 * {@code array2string} read when they turn an array into text.
 *
 * <p>An immutable value; change one option with a wither ({@code withPrecision(3)}). The options in
 * force are per thread, as NumPy 2 keeps them in a context variable: {@link #get()} reads them,
 * {@link #set} replaces them, and {@link #with} replaces them for one block:
 *
 * <pre>{@code
 * try (var ignored = PrintOptions.with(o -> o.withPrecision(3).withSuppress(true))) {
 *     System.out.println(a);      // printed with 3 digits
 * }                               // previous options restored here
 * }</pre>
 *
 * @param precision fractional digits of floats (scientific: digits after the first); default 8
 * @param threshold arrays with more elements than this are summarised with {@code ...}; default
 *     1000 ({@link Long#MAX_VALUE}: never, NumPy's {@code sys.maxsize})
 * @param edgeitems elements kept at each end of a summarised axis; default 3
 * @param linewidth characters per line before rows wrap; default 75
 * @param suppress print small floats in fixed point (as zero) instead of switching to scientific
 * @param sign sign of non-negative numbers: {@code '-'} none, {@code '+'} a plus, {@code ' '} a
 *     space
 * @param floatmode how {@code precision} is read, see {@link FloatMode}; default {@code maxprec}
 * @param nanstr text for NaN; default {@code nan}
 * @param infstr text for infinity; default {@code inf}
 */
public record PrintOptions(int precision, long threshold, int edgeitems, int linewidth,
                           boolean suppress, char sign, FloatMode floatmode, String nanstr,
                           String infstr) {

    // tag::defaults[]
    /** NumPy's defaults: {@code precision=8, threshold=1000, edgeitems=3, linewidth=75, …}. */
    public static final PrintOptions DEFAULTS =
            new PrintOptions(8, 1000, 3, 75, false, '-', FloatMode.MAXPREC, "nan", "inf");

    private static final ThreadLocal<PrintOptions> CURRENT =
            ThreadLocal.withInitial(() -> DEFAULTS);
    // end::defaults[]

    /** Checks every option, with NumPy's messages where NumPy has one. */
    public PrintOptions {
        if (precision < 0) {
            throw new IllegalArgumentException("precision must be >= 0");
        }
        if (edgeitems < 0) {
            throw new IllegalArgumentException("edgeitems must be >= 0, got " + edgeitems);
        }
        if (sign != '-' && sign != '+' && sign != ' ') {
            throw new IllegalArgumentException("sign option must be one of ' ', '+', or '-'");
        }
        Objects.requireNonNull(floatmode, "floatmode");
        Objects.requireNonNull(nanstr, "nanstr");
        Objects.requireNonNull(infstr, "infstr");
    }

    // ---- the options in force ---------------------------------------------------------------

    /** The options in force on this thread: NumPy's {@code np.get_printoptions()}. */
    public static PrintOptions get() {
        return CURRENT.get();
    }

    /** Replaces the options in force on this thread: NumPy's {@code np.set_printoptions(...)}. */
    public static void set(PrintOptions options) {
        CURRENT.set(Objects.requireNonNull(options, "options"));
    }

    // tag::scope[]
    /**
     * Puts {@code options} in force until the returned scope is closed, then restores the
     * previous ones: NumPy's {@code with np.printoptions(...):}.
     */
    public static Scope with(PrintOptions options) {
        Scope scope = new Scope(get());
        set(options);
        return scope;
    }
    // end::scope[]

    /** {@link #with(PrintOptions)} for the current options changed by {@code change}. */
    public static Scope with(UnaryOperator<PrintOptions> change) {
        return with(change.apply(get()));
    }
    // tag::scope[]

    /** Restores the options that were in force when it was opened; closing twice is harmless. */
    public static final class Scope implements AutoCloseable {
        private final PrintOptions previous;

        private Scope(PrintOptions previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            set(previous);
        }
    }
    // end::scope[]

    // ---- withers ------------------------------------------------------------------------------

    public PrintOptions withPrecision(int value) {
        return new PrintOptions(value, threshold, edgeitems, linewidth, suppress, sign, floatmode,
                nanstr, infstr);
    }

    public PrintOptions withThreshold(long value) {
        return new PrintOptions(precision, value, edgeitems, linewidth, suppress, sign, floatmode,
                nanstr, infstr);
    }

    public PrintOptions withEdgeitems(int value) {
        return new PrintOptions(precision, threshold, value, linewidth, suppress, sign, floatmode,
                nanstr, infstr);
    }

    public PrintOptions withLinewidth(int value) {
        return new PrintOptions(precision, threshold, edgeitems, value, suppress, sign, floatmode,
                nanstr, infstr);
    }

    public PrintOptions withSuppress(boolean value) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, value, sign, floatmode,
                nanstr, infstr);
    }

    public PrintOptions withSign(char value) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, value,
                floatmode, nanstr, infstr);
    }

    public PrintOptions withFloatmode(FloatMode value) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, sign, value,
                nanstr, infstr);
    }

    /** NumPy's spelling: {@code "fixed"}, {@code "unique"}, {@code "maxprec"}, … */
    public PrintOptions withFloatmode(String value) {
        return withFloatmode(FloatMode.of(value));
    }

    public PrintOptions withNanstr(String value) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, sign,
                floatmode, value, infstr);
    }

    public PrintOptions withInfstr(String value) {
        return new PrintOptions(precision, threshold, edgeitems, linewidth, suppress, sign,
                floatmode, nanstr, value);
    }
}
