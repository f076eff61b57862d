package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.NDArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;

/**
 * The front half of {@code integers}/{@code randint}: check the bounds against the dtype with
 * NumPy's messages, turn {@code [low, high)} into the closed range {@code [off, off + rng]}, and
 * fill the output with {@link BoundedIntegers}.
 *
 * <p>Bounds are {@link BigInteger}s here because NumPy's are Python integers: a uint64
 * {@code high} of 2^64 does not fit a {@code long}, and neither does {@code high - low} for
 * int64. After the checks the closed range always fits 64 unsigned bits.
 */
final class IntegerSampler {

    private IntegerSampler() {
    }

    /**
     * {@code integers(low, high, size, dtype, endpoint)} with Lemire's method
     * ({@code useMasked = false}, Generator) or masked rejection ({@code true}, RandomState).
     * An empty {@code size} gives a 0-d array.
     */
    static NDArray sample(BitGenerator g, BigInteger low, BigInteger high, DType dtype,
                          boolean endpoint, boolean useMasked, int... size) {
        int bits = bits(dtype, useMasked ? "randint" : "integers");
        NDArray out = Output.allocate(dtype, size);
        if (out.size() == 0) {
            return out;                                   // NumPy returns before any check
        }
        BigInteger[] range = dtypeRange(dtype);
        BigInteger closedHigh = endpoint ? high : high.subtract(BigInteger.ONE);
        if (low.compareTo(range[0]) < 0) {
            throw new IllegalArgumentException("low is out of bounds for " + dtype.name());
        }
        if (closedHigh.compareTo(range[1]) > 0) {
            throw new IllegalArgumentException("high is out of bounds for " + dtype.name());
        }
        if (low.compareTo(closedHigh) > 0) {
            throw new IllegalArgumentException(boundsError(endpoint, low));
        }
        long rng = closedHigh.subtract(low).longValue();  // fits 64 unsigned bits
        long off = low.longValue();                       // two's complement low bits
        fill(g, out, off, rng, bits, useMasked);
        return out;
    }

    // tag::fill[]
    /** Draws {@code out.size()} values of {@code [off, off + rng]} into a new C array. */
    static void fill(BitGenerator g, NDArray out, long off, long rng, int bits,
                     boolean useMasked) {
        MemorySegment seg = out.buffer();
        long n = out.size();
        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();   // one per call, as NumPy
        int item = out.itemsize();
        for (long i = 0; i < n; i++) {
            long v = BoundedIntegers.bounded(g, off, rng, bits, useMasked, buf);
            switch (item) {
                case 8 -> seg.set(ValueLayout.JAVA_LONG_UNALIGNED, 8 * i, v);
                case 4 -> seg.set(ValueLayout.JAVA_INT_UNALIGNED, 4 * i, (int) v);
                case 2 -> seg.set(ValueLayout.JAVA_SHORT_UNALIGNED, 2 * i, (short) v);
                default -> seg.set(ValueLayout.JAVA_BYTE, i, (byte) v);
            }
        }
    }
    // end::fill[]

    /** NumPy's wording: "high <= 0" when low is 0, else "low >= high" (closed: "<", ">"). */
    static String boundsError(boolean closed, BigInteger low) {
        if (low.signum() == 0) {
            return closed ? "high < 0" : "high <= 0";
        }
        return closed ? "low > high" : "low >= high";
    }

    /** Width of the draws for a dtype: 1 for bool, else 8 times the item size. */
    static int bits(DType dtype, String method) {
        if (dtype.isBool()) {
            return 1;
        }
        if (!dtype.isInteger()) {
            throw new DTypeException("Unsupported dtype dtype('" + dtype.name()
                    + "') for " + method);
        }
        if (!dtype.isNative()) {
            throw new IllegalArgumentException("Providing a dtype with a non-native byteorder "
                    + "is not supported. If you require platform-independent byteorder, call "
                    + "byteswap when required.");
        }
        return 8 * dtype.itemsize();
    }

    /** Smallest and largest value of an integer or bool dtype. */
    static BigInteger[] dtypeRange(DType dtype) {
        if (dtype.isBool()) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        int bits = 8 * dtype.itemsize();
        if (dtype.isUnsignedInteger()) {
            return new BigInteger[] {BigInteger.ZERO,
                BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)};
        }
        BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }
}
