package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q119 - How to use bitwise operations on packed arrays?
 *
 * <p>A bool array spends a whole byte per truth value. {@code np.packbits} stores eight of them
 * per uint8 byte (the first in the most significant bit, {@code bitorder='big'}; the last byte
 * padded with zeros), and {@code np.unpackbits(..., count=n)} reverses it. On packed bytes the
 * bitwise ufuncs work on eight flags per element: {@code np.bitwise_and} of two packed arrays is
 * the packed {@code a & b}, and {@code np.bitwise_count} (popcount) of the bytes, summed, counts
 * the true flags. One eighth of the memory, one eighth of the elements to visit: the trick
 * behind bitmap indexes and fingerprint similarity.
 *
 * <p>The padding bits are zero in both operands, so and, or and xor leave them zero; a
 * {@code bitwise_not} (invert) would set them: mask the last byte before counting.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q119")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q119} to check.
 */
public final class Q119PackedBits {

    private Q119PackedBits() {
    }

    /** {@code np.packbits(flags)}: a bool array to big-endian packed uint8. */
    public static NDArray pack(NDArray flags) {
        throw new NotSolved("Q119");
    }

    /** {@code np.bitwise_and(pa, pb)}: the packed form of {@code a & b}. */
    public static NDArray andPacked(NDArray pa, NDArray pb) {
        throw new NotSolved("Q119");
    }

    /** {@code np.sum(np.bitwise_count(packed))}: how many flags are set. */
    public static long popcount(NDArray packed) {
        throw new NotSolved("Q119");
    }

    /**
     * The Jaccard similarity {@code |a & b| / |a | b|} of two bool arrays of the same length,
     * computed on their packed forms ({@code np.bitwiseOr} for the union). Two all-false arrays
     * give {@code 1.0} by convention.
     */
    public static double jaccard(NDArray a, NDArray b) {
        throw new NotSolved("Q119");
    }

    /** Predict {@code np.packbits(np.zeros(n, bool)).size}. */
    public static int packedBytes(int n) {
        throw new NotSolved("Q119");
    }
}
