package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import java.util.Arrays;

/**
 * Q116 - How to debug stride-related issues? Reference solution.
 *
 * <p>Print the layout: {@code a.shape}, {@code a.strides}, {@code a.flags} and where the data
 * starts ({@code a.__array_interface__['data']}, here {@code a.offset()}). Then compute by
 * hand where the element you suspect lives ({@code offset + Σ index[k]·strides[k]}), which
 * bytes the array reaches (negative strides reach backwards), and whether two elements share
 * bytes (stride 0 from broadcasting, overlapping windows from {@code as_strided}): such an
 * array gives surprising results when written to. {@code dev.strides.stridetricks.Layout
 * .explain(a)} prints all of this; here you write the three computations yourself.
 */
public final class Q116DebuggingStrides {

    private Q116DebuggingStrides() {
    }

    /**
     * The byte position of element {@code index} in {@code a}'s buffer,
     * {@code a.offset() + Σ index[k]·a.strides()[k]}, computed without {@code a.byteOffset}.
     * Indices are non-negative and in range.
     *
     * @param a     any array
     * @param index one index per axis
     * @return the byte position of the element's first byte
     */
    public static long byteOffsetOf(NDArray a, int... index) {
        long p = a.offset();
        for (int k = 0; k < index.length; k++) {
            p += index[k] * a.strides(k);
        }
        return p;
    }

    /**
     * The bytes {@code a} reaches: {@code {first, onePastLast}}, from the lowest byte of its
     * lowest element to one past the highest byte of its highest element. Negative strides
     * reach below the offset. An array with no elements reaches nothing: return {@code null}.
     *
     * @param a any array
     * @return {@code {lo, hi}} with {@code hi - lo} bytes reached, or null when empty
     */
    public static long[] byteRange(NDArray a) {
        long lo = a.offset();
        long hi = a.offset() + a.itemsize();
        for (int k = 0; k < a.ndim(); k++) {
            if (a.shape(k) == 0) {
                return null;
            }
            long reach = (a.shape(k) - 1L) * a.strides(k);
            if (reach < 0) {
                lo += reach;
            } else {
                hi += reach;
            }
        }
        return new long[] {lo, hi};
    }

    /**
     * Whether two different elements of {@code a} share at least one byte (self-overlap, as in
     * a broadcast view or overlapping windows). Exact: for arrays of up to a few thousand
     * elements, listing every element's first byte and comparing is fine.
     *
     * @param a any array
     * @return true when some byte belongs to two elements
     */
    public static boolean elementsOverlap(NDArray a) {
        long[] starts = new long[(int) a.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = a.flatByteOffset(i);
        }
        Arrays.sort(starts);
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] - starts[i - 1] < a.itemsize()) {
                return true;
            }
        }
        return false;
    }
}
