package dev.strides.ndarray.print;

import java.util.Locale;

/**
 * How the {@code precision} print option is read for floats: NumPy's {@code floatmode}.
 *
 * <p>{@code [0.5, 0.25, 1/3]} with precision 4 and separator {@code ", "} in each mode:
 *
 * <pre>
 * FIXED          [0.5000, 0.2500, 0.3333]
 * UNIQUE         [0.5               , 0.25              , 0.3333333333333333]
 * MAXPREC        [0.5   , 0.25  , 0.3333]
 * MAXPREC_EQUAL  [0.5000, 0.2500, 0.3333]
 * </pre>
 */
public enum FloatMode {
    /** Always exactly {@code precision} fractional digits. */
    FIXED,
    /** The fewest digits that identify each value; {@code precision} is ignored. */
    UNIQUE,
    /** At most {@code precision} digits, fewer where a value needs fewer (NumPy's default). */
    MAXPREC,
    /** At most {@code precision} digits, the same number for every element. */
    MAXPREC_EQUAL;

    /** NumPy's spelling: {@code "fixed"}, {@code "unique"}, {@code "maxprec"}, … */
    public String numpyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode for NumPy's name.
     *
     * @throws IllegalArgumentException NumPy's {@code floatmode option must be one of "fixed",
     *     "unique", "maxprec", "maxprec_equal"}
     */
    public static FloatMode of(String name) {
        for (FloatMode m : values()) {
            if (m.numpyName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("floatmode option must be one of \"fixed\", \"unique\", "
                + "\"maxprec\", \"maxprec_equal\"");
    }
}
