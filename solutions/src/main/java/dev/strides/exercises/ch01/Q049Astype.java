package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q049 - How to change data type (astype)? Reference solution.
 *
 * <p>Unsafe casts truncate floats and wrap integers; 'safe' is a table of which kinds and
 * sizes fit into which; promotion is the first built-in dtype that both fit into.
 */
public final class Q049Astype {

    private Q049Astype() {
    }

    /** Truncation inside int64's range; the x86-64 "integer indefinite" value outside it. */
    public static long floatToInt64(double x) {
        // the comparisons are false for NaN, which therefore falls through as well
        if (x >= -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return Long.MIN_VALUE;
    }

    /** Keep the low bits, then sign-extend (signed) or zero-extend (unsigned). */
    public static long wrapInteger(long v, DType target) {
        if (!target.isInteger()) {
            throw new IllegalArgumentException("wrapInteger: target must be an integer dtype, got "
                    + target.name());
        }
        int bits = 8 * target.itemsize();
        if (bits == 64) {
            return v;                         // all 64 bits are kept; uint64 reads them unsigned
        }
        long low = v & ((1L << bits) - 1);
        boolean negative = target.isSignedInteger() && (low >>> (bits - 1)) == 1;
        return negative ? low - (1L << bits) : low;
    }

    /** The 'safe' table, kind by kind; sizes of complex types count one half. */
    public static boolean isSafeCast(DType from, DType to) {
        int fromSize = from.itemsize();
        int toSize = to.isComplex() ? to.itemsize() / 2 : to.itemsize();
        return switch (from.kind()) {
            case 'b' -> true;
            case 'i' -> switch (to.kind()) {
                case 'i' -> toSize >= fromSize;
                case 'f', 'c' -> toSize > fromSize || toSize == 8; // int64 → float64 counts
                default -> false;
            };
            case 'u' -> switch (to.kind()) {
                case 'u' -> toSize >= fromSize;
                case 'i' -> toSize > fromSize;
                case 'f', 'c' -> toSize > fromSize || toSize == 8;
                default -> false;
            };
            case 'f' -> (to.kind() == 'f' || to.kind() == 'c') && toSize >= fromSize;
            default -> to.kind() == 'c' && to.itemsize() >= fromSize;
        };
    }

    /** Scan the built-ins in order; the first safe target for both is the answer. */
    public static DType promote(DType a, DType b) {
        for (DType candidate : DType.BUILTINS) {
            if (isSafeCast(a, candidate) && isSafeCast(b, candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no dtype holds both " + a.name() + " and " + b.name());
    }

    /** {@code np.astype} with casting 'safe', which checks first and always copies. */
    public static NDArray convertSafely(NDArray a, DType target) {
        return np.astype(a, target, "safe");
    }
}
