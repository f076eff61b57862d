package dev.strides.random;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Casting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Walk;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.function.Predicate;

/**
 * {@code integers(low, high)} with array bounds: NumPy's {@code _rand_<type>_broadcast}
 * ({@code numpy/random/_bounded_integers.pyx.in}), taken as soon as low or high is not 0-d.
 *
 * <p><b>How it draws.</b> The scalar path ({@link IntegerSampler}) turns one {@code [low, high)}
 * into one closed range {@code [off, off + rng]} and fills the whole output with it. Here every
 * element has its own: {@code off = low[i]}, {@code rng = high[i] - 1 - low[i]} ({@code endpoint}:
 * without the 1), wrapped to the dtype's width, and one value is drawn by
 * {@link BoundedIntegers#bounded} for that range: Lemire's method on 32-bit words while the range
 * fits 32 bits, raw bits for a full-width range, no draw at all for a one-value range. The 8- and
 * 16-bit pieces and the bool bits come from one buffered 32-bit word shared by all elements of
 * the call, whatever their ranges. NumPy's loop also recomputes the masked-rejection mask per
 * element, but Generator passes {@code use_masked=False}, so that mask is never used.
 *
 * <p><b>Checks, in NumPy's order.</b> Bounds against the dtype, skipped for a bound array whose
 * dtype casts safely to the output's (it cannot be out of range); for int64/uint64 such an array
 * is checked element by element in C order, for the narrower dtypes as a whole. Then
 * {@code low < high} (endpoint: {@code <=}) elementwise: this comparison broadcasts low against
 * high, so shapes that clash get the ufunc's message. Values are compared exactly, int64 against
 * uint64 included.
 *
 * <p><b>A size smaller than the broadcast shape.</b> NumPy walks low, high and the output
 * together and stops after the output's last element, without the "Output size" check of the
 * other samplers: {@code integers([[0], [10]], [15, 16, 17], size=3)} returns three values drawn
 * with the bounds of the first three positions of the (2, 3) broadcast. This class does the same.
 */
final class BroadcastIntegers {

    private BroadcastIntegers() {
    }

    /**
     * The samples: a new array of shape {@code size}, or of the broadcast shape of low and high
     * when {@code size} is null. All-0-d bounds take the scalar path.
     */
    static NDArray sample(BitGenerator g, NDArray low, NDArray high, int[] size, DType dtype,
                          boolean endpoint) {
        int bits = IntegerSampler.bits(dtype, "integers");
        if (size != null && NDArray.sizeOf(NDArray.checkShape(size)) == 0) {
            return Output.allocate(dtype, size);          // NumPy returns before any check
        }
        requireIntegers(low, "low");
        requireIntegers(high, "high");
        if (low.ndim() == 0 && high.ndim() == 0) {
            return IntegerSampler.sample(g, exact(low, low.offset()), exact(high, high.offset()),
                    dtype, endpoint, false, size == null ? new int[0] : size);
        }
        boolean highLowered = bits == 64 ? check64(low, high, dtype, endpoint)
                : checkNarrow(low, high, dtype, endpoint);
        checkOrder(low, high, endpoint, highLowered);
        NDArray out = Output.allocate(dtype, size == null
                ? Broadcasting.broadcastShapes(low.shape(), high.shape()) : size);
        int[] walk = Broadcasting.broadcastShapes(low.shape(), high.shape(), out.shape());
        fill(g, low, high, walk, out, bits, endpoint);
        return out;
    }

    // tag::broadcast-fill[]
    /** One bounded draw per output element, its range from that element's low and high. */
    private static void fill(BitGenerator g, NDArray low, NDArray high, int[] walk, NDArray out,
                             int bits, boolean endpoint) {
        long width = bits == 64 ? -1L : bits == 1 ? 0xFFL : (1L << bits) - 1;  // wrap to dtype
        long open = endpoint ? 0 : 1;
        long n = out.size();
        long[] i = {0};
        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();   // shared by all elements
        MultiIterator.of(walk, low, high).forEachElement(at -> {
            if (i[0] < n) {                              // walk may be larger than out: stop
                long lo = read(low, at[0]);
                long rng = (read(high, at[1]) - open - lo) & width;
                long v = BoundedIntegers.bounded(g, lo & width, rng, bits, false, buf);
                store(out, i[0]++, v);
            }
        });
    }
    // end::broadcast-fill[]

    /**
     * int8 to uint32 and bool: no element of a non-safely-castable low below the dtype's
     * minimum, no closed high ({@code high - 1}, or high with endpoint) above its maximum.
     */
    private static boolean checkNarrow(NDArray low, NDArray high, DType dtype, boolean endpoint) {
        BigInteger[] range = IntegerSampler.dtypeRange(dtype);
        BigInteger open = endpoint ? BigInteger.ZERO : BigInteger.ONE;
        if (!castsSafely(low, dtype) && anyElement(low, v -> v.compareTo(range[0]) < 0)) {
            throw outOfBounds("low", dtype);
        }
        if (!castsSafely(high, dtype)
                && anyElement(high, v -> v.subtract(open).compareTo(range[1]) > 0)) {
            throw outOfBounds("high", dtype);
        }
        return false;
    }

    /**
     * int64 and uint64: bound arrays of another signedness are converted element by element in
     * C order, as NumPy does through Python ints. Returns true when high was not castable and,
     * as in NumPy, its {@code - 1} is already applied (the order check then uses {@code >}).
     */
    private static boolean check64(NDArray low, NDArray high, DType dtype, boolean endpoint) {
        BigInteger[] range = IntegerSampler.dtypeRange(dtype);
        if (!castsSafely(low, dtype) && anyElement(low,
                v -> v.compareTo(range[0]) < 0 || v.compareTo(range[1]) > 0)) {
            throw outOfBounds("low", dtype);
        }
        if (castsSafely(high, dtype)) {
            return false;
        }
        BigInteger open = endpoint ? BigInteger.ZERO : BigInteger.ONE;
        String[] error = {null};
        Walk.forEachOffset(high.shape(), high.strides(), high.offset(), at -> {
            BigInteger closedUpper = exact(high, at).subtract(open);
            if (error[0] == null && closedUpper.compareTo(range[1]) > 0) {
                error[0] = "high is out of bounds for " + dtype.name();
            } else if (error[0] == null && closedUpper.compareTo(range[0]) < 0) {
                error[0] = IntegerSampler.boundsError(endpoint,     // words by low == 0 or not
                        allZero(low) ? BigInteger.ZERO : BigInteger.ONE);
            }
        });
        if (error[0] != null) {
            throw new IllegalArgumentException(error[0]);
        }
        return !endpoint;
    }

    /**
     * {@code low < high} (endpoint: {@code low <= high}) at every broadcast position. A high
     * already lowered by one is compared with {@code <=}; lowering keeps it exact as a signed
     * long (it was a uint64 of at most 2^63, or a signed value of at least 1).
     */
    private static void checkOrder(NDArray low, NDArray high, boolean endpoint,
                                   boolean highLowered) {
        boolean strict = !endpoint && !highLowered;       // NumPy's greater_equal vs greater
        boolean[] bad = {false};
        MultiIterator.of(low, high).forEachElement(at -> {
            long hi = read(high, at[1]);
            int c = highLowered ? compareExact(read(low, at[0]), isUint64(low), hi - 1, false)
                    : compareExact(read(low, at[0]), isUint64(low), hi, isUint64(high));
            bad[0] |= strict ? c >= 0 : c > 0;
        });
        if (bad[0]) {
            throw new IllegalArgumentException(IntegerSampler.boundsError(endpoint,
                    allZero(low) ? BigInteger.ZERO : BigInteger.ONE));
        }
    }

    /** Exact comparison of two raw values, each signed or (uint64) unsigned. */
    static int compareExact(long a, boolean aUnsigned, long b, boolean bUnsigned) {
        if (aUnsigned && a < 0) {                          // a >= 2^63
            return bUnsigned && b < 0 ? Long.compareUnsigned(a, b) : 1;
        }
        if (bUnsigned && b < 0) {
            return -1;
        }
        return Long.compare(a, b);
    }

    // ---- reading bound arrays -------------------------------------------------------------------

    /** NumPy documents the bounds as ints; Strides accepts integer and bool arrays only. */
    private static void requireIntegers(NDArray a, String name) {
        if (!a.dtype().isInteger() && !a.dtype().isBool()) {
            throw new DTypeException(name + " must be an array of integers, got dtype('"
                    + a.dtype().name() + "')");
        }
    }

    private static boolean castsSafely(NDArray a, DType dtype) {
        return Casting.canCast(a.dtype(), dtype, Casting.Rule.SAFE);
    }

    private static boolean isUint64(NDArray a) {
        return a.dtype().isUnsignedInteger() && a.dtype().itemsize() == 8;
    }

    /** The raw element: integers exactly, uint64 as its bit pattern. */
    private static long read(NDArray a, long at) {
        return Elements.readLong(a.buffer(), at, a.dtype());
    }

    /** The element's exact value. */
    private static BigInteger exact(NDArray a, long at) {
        long raw = read(a, at);
        return isUint64(a) && raw < 0 ? new BigInteger(Long.toUnsignedString(raw))
                : BigInteger.valueOf(raw);
    }

    private static boolean anyElement(NDArray a, Predicate<BigInteger> test) {
        boolean[] found = {false};
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(),
                at -> found[0] |= test.test(exact(a, at)));
        return found[0];
    }

    /** NumPy's {@code not np.any(low)}: it picks "high <= 0" over "low >= high". */
    private static boolean allZero(NDArray low) {
        return !anyElement(low, v -> v.signum() != 0);
    }

    private static IllegalArgumentException outOfBounds(String which, DType dtype) {
        return new IllegalArgumentException(which + " is out of bounds for " + dtype.name());
    }

    private static void store(NDArray out, long i, long v) {
        MemorySegment seg = out.buffer();
        long at = Output.start(out);
        switch (out.itemsize()) {
            case 8 -> seg.set(ValueLayout.JAVA_LONG_UNALIGNED, at + 8 * i, v);
            case 4 -> seg.set(ValueLayout.JAVA_INT_UNALIGNED, at + 4 * i, (int) v);
            case 2 -> seg.set(ValueLayout.JAVA_SHORT_UNALIGNED, at + 2 * i, (short) v);
            default -> seg.set(ValueLayout.JAVA_BYTE, at + i, (byte) v);
        }
    }
}
