package dev.strides.ndarray;

/**
 * Memory order of a new array or of a traversal, NumPy's {@code order=} argument.
 *
 * <ul>
 *   <li>{@code C}: row-major, the last index varies fastest;</li>
 *   <li>{@code F}: column-major (Fortran), the first index varies fastest;</li>
 *   <li>{@code A}: F if the source is F-contiguous and not C-contiguous, else C;</li>
 *   <li>{@code K}: keep the source's layout as closely as possible.</li>
 * </ul>
 */
public enum Order {
    C, F, A, K;

    /** Parses {@code "C"}, {@code "F"}, {@code "A"}, {@code "K"} (any case). */
    public static Order of(String s) {
        return switch (s == null ? "" : s.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "C" -> C;
            case "F" -> F;
            case "A" -> A;
            case "K" -> K;
            default -> throw new IllegalArgumentException(
                    "order must be one of 'C', 'F', 'A', or 'K' (got '" + s + "')");
        };
    }
}
