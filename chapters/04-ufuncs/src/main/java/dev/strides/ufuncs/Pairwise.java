package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.Float16;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Pairwise summation exactly as NumPy's {@code @TYPE@_pairwise_sum}
 * ({@code numpy/_core/src/umath/loops_utils.h.src}), so that float sums of contiguous data are
 * bit-identical to NumPy's.
 *
 * <p>Adding n numbers left to right lets the rounding error grow like O(n·ε); splitting the
 * run in two halves, summing each and adding the two totals lets it grow like O(log n·ε) at the
 * same cost. NumPy stops splitting at blocks of at most {@value #BLOCK} elements and sums a
 * block with eight interleaved accumulators {@code r[0..7]} (element {@code i} goes to
 * {@code r[i % 8]}), combined as {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}, then the last
 * {@code n % 8} elements one by one; fewer than 8 elements are added in order starting from
 * {@code -0.0} (so a sum of negative zeros stays {@code -0.0}). A split point is {@code n/2}
 * rounded down to a multiple of 8. The order of additions is the whole specification: change it
 * and the last bits change.
 *
 * <p>Precision follows NumPy: float64 in double, float32 in float (Java's {@code float}
 * arithmetic is IEEE single), float16 elements widened to float and summed in float.
 *
 * <p><b>Three paths for float64, one order.</b> {@link #sum64Segment} reads any segment at any
 * stride and is the reference. A contiguous, aligned run in a buffer that is a Java
 * {@code double[]} (every new float64 array's, see {@code Buffers}) is summed from that array
 * instead: with the Vector API ({@link VectorPairwise}, four lanes per register) when the JVM
 * runs with {@code --add-modules jdk.incubator.vector}, else by {@link #sumArray}, the scalar
 * loop over the array. All three add the same numbers in the same order, so they agree to the
 * last bit (tested); the fast paths only load the numbers faster. The Vector API is an
 * incubator module in JDK 25: it is looked up once, and its class is loaded only when the
 * module is present.
 */
final class Pairwise {

    /** NumPy's {@code PW_BLOCKSIZE}. */
    static final int BLOCK = 128;

    private static final ValueLayout.OfDouble F8 = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat F4 = ValueLayout.JAVA_FLOAT_UNALIGNED;

    private Pairwise() {
    }

    /**
     * The pairwise sum of {@code n} elements of float type {@code t} from {@code at}, {@code
     * stride} apart.
     */
    static double sum(MemorySegment s, long at, int n, long stride, DType t) {
        return switch (t.type()) {
            case FLOAT64 -> sum64(s, at, n, stride);
            case FLOAT32 -> sum32(s, at, n, stride, false);
            case FLOAT16 -> sum32(s, at, n, stride, true);
            default -> throw new IllegalArgumentException("pairwise sum of " + t);
        };
    }

    // tag::pairwise-dispatch[]
    /** True when the JVM was started with the Vector API module ({@code jdk.incubator.vector}). */
    static final boolean VECTOR_API =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * float64: NumPy's {@code DOUBLE_pairwise_sum}. A contiguous run ({@code stride == 8}) of
     * aligned doubles in a {@code double[]} buffer is summed from the Java array, element
     * {@code (address + at) / 8} on; anything else goes through the segment.
     */
    static double sum64(MemorySegment s, long at, int n, long stride) {
        long first = s.address() + at;         // for a heap segment: the byte inside its array
        if (stride == Double.BYTES && first % Double.BYTES == 0
                && s.heapBase().orElse(null) instanceof double[] a) {
            int from = (int) (first / Double.BYTES);
            return VECTOR_API ? VectorPairwise.sum(a, from, n) : sumArray(a, from, n);
        }
        return sum64Segment(s, at, n, stride);
    }
    // end::pairwise-dispatch[]

    /**
     * The reference float64 pairwise sum: {@code n} doubles from byte {@code at} of any
     * segment, {@code stride} bytes apart.
     */
    static double sum64Segment(MemorySegment s, long at, int n, long stride) {
        if (n < 8) {
            double res = -0.0;                 // -0.0 + x is x, even for x = -0.0
            for (int i = 0; i < n; i++) {
                res += s.get(F8, at + i * stride);
            }
            return res;
        }
        // tag::pairwise-block[]
        if (n <= BLOCK) {                      // eight interleaved running sums
            double r0 = s.get(F8, at);
            double r1 = s.get(F8, at + stride);
            double r2 = s.get(F8, at + 2 * stride);
            double r3 = s.get(F8, at + 3 * stride);
            double r4 = s.get(F8, at + 4 * stride);
            double r5 = s.get(F8, at + 5 * stride);
            double r6 = s.get(F8, at + 6 * stride);
            double r7 = s.get(F8, at + 7 * stride);
            for (int i = 8; i < n - n % 8; i += 8) {
                r0 += s.get(F8, at + i * stride);
                r1 += s.get(F8, at + (i + 1) * stride);
                r2 += s.get(F8, at + (i + 2) * stride);
                r3 += s.get(F8, at + (i + 3) * stride);
                r4 += s.get(F8, at + (i + 4) * stride);
                r5 += s.get(F8, at + (i + 5) * stride);
                r6 += s.get(F8, at + (i + 6) * stride);
                r7 += s.get(F8, at + (i + 7) * stride);
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (int i = n - n % 8; i < n; i++) {   // the n % 8 stragglers, in order
                res += s.get(F8, at + i * stride);
            }
            return res;
        }
        // end::pairwise-block[]
        int n2 = n / 2;
        n2 -= n2 % 8;                          // split on a multiple of the unroll
        return sum64Segment(s, at, n2, stride) + sum64Segment(s, at + n2 * stride, n - n2, stride);
    }

    // tag::pairwise-array[]
    /** The same sum over {@code a[from .. from+n)} of a Java array, without the Vector API. */
    static double sumArray(double[] a, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = from; i < from + n; i++) {
                res += a[i];
            }
            return res;
        }
        if (n <= BLOCK) {
            double r0 = a[from];
            double r1 = a[from + 1];
            double r2 = a[from + 2];
            double r3 = a[from + 3];
            double r4 = a[from + 4];
            double r5 = a[from + 5];
            double r6 = a[from + 6];
            double r7 = a[from + 7];
            int end = from + n - n % 8;
            for (int i = from + 8; i < end; i += 8) {
                r0 += a[i];
                r1 += a[i + 1];
                r2 += a[i + 2];
                r3 += a[i + 3];
                r4 += a[i + 4];
                r5 += a[i + 5];
                r6 += a[i + 6];
                r7 += a[i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (int i = end; i < from + n; i++) {
                res += a[i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sumArray(a, from, n2) + sumArray(a, from + n2, n - n2);
    }
    // end::pairwise-array[]

    /** float32 (or float16 widened to float): the same order of additions, in float. */
    static float sum32(MemorySegment s, long at, int n, long stride, boolean half) {
        if (n < 8) {
            float res = -0.0f;
            for (int i = 0; i < n; i++) {
                res += read32(s, at + i * stride, half);
            }
            return res;
        }
        if (n <= BLOCK) {
            float[] r = new float[8];
            for (int k = 0; k < 8; k++) {
                r[k] = read32(s, at + k * stride, half);
            }
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += read32(s, at + (i + k) * stride, half);
                }
            }
            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += read32(s, at + i * stride, half);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum32(s, at, n2, stride, half) + sum32(s, at + n2 * stride, n - n2, stride, half);
    }

    private static float read32(MemorySegment s, long at, boolean half) {
        return half ? (float) Float16.toDouble(s.get(ValueLayout.JAVA_SHORT_UNALIGNED, at))
                : s.get(F4, at);
    }

    /**
     * Complex pairwise sum, NumPy's {@code CDOUBLE_pairwise_sum}: the real and imaginary parts
     * are summed as one interleaved sequence of {@code 2n} reals with four accumulators each.
     * Returns {@code {re, im}}; {@code t} is complex64 or complex128.
     */
    static double[] sumComplex(MemorySegment s, long at, int n, long stride, DType t) {
        boolean single = t.type() == DType.Type.COMPLEX64;
        return complexPairs(s, at, 2L * n, stride / 2, single, t.itemsize() / 2);
    }

    // n counts reals (twice the complex count), stride is half the complex stride, as NumPy's
    private static double[] complexPairs(MemorySegment s, long at, long n, long stride,
                                         boolean single, int part) {
        if (n < 8) {
            double rr = -0.0;
            double ri = -0.0;
            for (long i = 0; i < n; i += 2) {
                rr = add(rr, part(s, at + i * stride, single), single);
                ri = add(ri, part(s, at + i * stride + part, single), single);
            }
            return new double[] {rr, ri};
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            for (int k = 0; k < 8; k += 2) {
                r[k] = part(s, at + k * stride, single);
                r[k + 1] = part(s, at + k * stride + part, single);
            }
            long i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k += 2) {
                    r[k] = add(r[k], part(s, at + (i + k) * stride, single), single);
                    r[k + 1] = add(r[k + 1], part(s, at + (i + k) * stride + part, single), single);
                }
            }
            double rr = add(add(r[0], r[2], single), add(r[4], r[6], single), single);
            double ri = add(add(r[1], r[3], single), add(r[5], r[7], single), single);
            for (; i < n; i += 2) {
                rr = add(rr, part(s, at + i * stride, single), single);
                ri = add(ri, part(s, at + i * stride + part, single), single);
            }
            return new double[] {rr, ri};
        }
        long n2 = n / 2;
        n2 -= n2 % 8;
        double[] a = complexPairs(s, at, n2, stride, single, part);
        double[] b = complexPairs(s, at + n2 * stride, n - n2, stride, single, part);
        return new double[] {add(a[0], b[0], single), add(a[1], b[1], single)};
    }

    private static double part(MemorySegment s, long at, boolean single) {
        return single ? s.get(F4, at) : s.get(F8, at);
    }

    private static double add(double x, double y, boolean single) {
        return single ? (float) (x + y) : x + y;
    }

    /** Reads one float element of any float type (used by tests and the readable paths). */
    static double element(MemorySegment s, long at, DType t) {
        return Elements.readDouble(s, at, t);
    }
}
