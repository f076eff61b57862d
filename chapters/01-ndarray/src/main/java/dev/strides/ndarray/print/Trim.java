package dev.strides.ndarray.print;

/**
 * What to do with trailing zeros and the decimal point after the digits of a float are generated:
 * NumPy's {@code trim} argument of {@code format_float_positional} and
 * {@code format_float_scientific}.
 *
 * <p>With the digits {@code 1.500} (for instance from {@code precision=3} in fixed mode):
 * {@link #KEEP} prints {@code 1.500}, {@link #ZEROS} {@code 1.5}, and for the digits of {@code 2}:
 * {@link #KEEP} {@code 2.}, {@link #ZEROS} {@code 2.}, {@link #LEAVE_ONE_ZERO} {@code 2.0},
 * {@link #DPT_ZEROS} {@code 2}.
 */
public enum Trim {
    /** {@code 'k'}: keep trailing zeros and the point; pad with zeros up to the precision. */
    KEEP('k'),
    /** {@code '.'}: trim all trailing zeros, keep the decimal point. */
    ZEROS('.'),
    /** {@code '0'}: trim trailing zeros but leave one after the point ({@code 2.0}). */
    LEAVE_ONE_ZERO('0'),
    /** {@code '-'}: trim trailing zeros and a trailing decimal point. */
    DPT_ZEROS('-');

    private final char code;

    Trim(char code) {
        this.code = code;
    }

    /** NumPy's one-character spelling. */
    public char code() {
        return code;
    }

    /**
     * The mode for NumPy's character.
     *
     * @throws IllegalArgumentException NumPy's
     *     {@code if supplied, trim must be 'k', '.', '0' or '-'}
     */
    public static Trim of(char code) {
        for (Trim t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("if supplied, trim must be 'k', '.', '0' or '-' found `"
                + code + "`");
    }
}
