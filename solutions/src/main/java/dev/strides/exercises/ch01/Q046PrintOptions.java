package dev.strides.exercises.ch01;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q046 - How to set print options? Reference solution.
 *
 * <p>Each method changes only the options it is about, for one try-with-resources block, so
 * the caller's options are back when it returns or throws.
 */
public final class Q046PrintOptions {

    private Q046PrintOptions() {
    }

    /** precision + suppress for one block. */
    public static String reprRounded(NDArray a, int precision) {
        try (var scope = np.printoptions(o -> o.withPrecision(precision).withSuppress(true))) {
            return a.toString();
        }
    }

    /** threshold + edgeitems for one block. */
    public static String reprSummarised(NDArray a, long threshold, int edgeitems) {
        try (var scope = np.printoptions(
                o -> o.withThreshold(threshold).withEdgeitems(edgeitems))) {
            return a.toString();
        }
    }

    /** A threshold no array can exceed. */
    public static String reprFull(NDArray a) {
        try (var scope = np.printoptions(o -> o.withThreshold(Long.MAX_VALUE))) {
            return a.toString();
        }
    }

    /** sign for one block; an invalid sign fails while building the options, before any change. */
    public static String strSigned(NDArray a, char sign) {
        try (var scope = np.printoptions(o -> o.withSign(sign))) {
            return np.arrayStr(a);
        }
    }
}
