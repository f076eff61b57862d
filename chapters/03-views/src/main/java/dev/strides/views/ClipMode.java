package dev.strides.views;

/**
 * What {@code take}, {@code put} and {@code ravel_multi_index} do with an index outside
 * {@code [0, n)} (NumPy's {@code mode=} argument).
 */
public enum ClipMode {
    /** Refuse it with an error (the default). */
    RAISE,
    /** Wrap it around: {@code i mod n}; {@code -1} is the last element, {@code n} the first. */
    WRAP,
    /** Clamp it to {@code [0, n-1]}: negative indices become 0, not "from the end". */
    CLIP;

    // tag::clip-mode[]
    /**
     * Brings {@code index} into {@code [0, n)} by this mode, with NumPy's arithmetic (for a
     * positive {@code n}, WRAP is {@code floorMod}). RAISE returns the index unchanged: the
     * caller checks it and words the error.
     */
    long adjust(long index, long n) {
        return switch (this) {
            case RAISE -> index;
            case WRAP -> {
                long j = index;
                if (j < 0) {
                    j += n;
                    if (j < 0) {
                        j %= n;
                        j = j != 0 ? j + n : j;
                    }
                } else if (j >= n) {
                    j -= n;
                    j = j >= n ? j % n : j;
                }
                yield j;
            }
            case CLIP -> index < 0 ? 0 : index >= n ? n - 1 : index;
        };
    }
    // end::clip-mode[]

    /** NumPy's spellings {@code "raise"}, {@code "wrap"}, {@code "clip"}. */
    public static ClipMode of(String name) {
        return switch (name == null ? "" : name) {
            case "raise" -> RAISE;
            case "wrap" -> WRAP;
            case "clip" -> CLIP;
            default -> throw new IllegalArgumentException("clipmode must be one of 'clip', 'raise',"
                    + " or 'wrap' (got '" + name + "')");
        };
    }
}
