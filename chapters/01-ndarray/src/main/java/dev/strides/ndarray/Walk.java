package dev.strides.ndarray;

import java.util.function.LongConsumer;

/**
 * Visits every element of a strided layout in C (row-major) order, handing out byte offsets.
 *
 * <p>The odometer: keep a multi-index {@code i[0..n)} and the running byte position
 * {@code p = offset + Σ i[k]·strides[k]}; to step, add {@code strides[n-1]}; when an axis wraps,
 * subtract {@code shape[k]·strides[k]} and carry into axis {@code k-1}. Each step costs O(1)
 * amortised — no multiplication per element. Chapter 2 generalises this to N operands under
 * broadcasting.
 */
public final class Walk {

    /** Receives the byte positions of the same element in two arrays. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(long offsetA, long offsetB);
    }

    private Walk() {
    }

    /** Calls {@code action} with the byte offset of each element, in C order. */
    public static void forEachOffset(int[] shape, long[] strides, long offset, LongConsumer action) {
        long size = NDArray.sizeOf(shape);
        if (size == 0) {
            return;
        }
        int n = shape.length;
        if (n == 0) {
            action.accept(offset);
            return;
        }
        // tag::odometer[]
        int[] index = new int[n];
        long p = offset;
        int last = n - 1;
        int inner = shape[last];
        long innerStride = strides[last];
        while (true) {
            long q = p;
            for (int j = 0; j < inner; j++, q += innerStride) {
                action.accept(q);
            }
            int k = last - 1;
            while (k >= 0) {
                index[k]++;
                p += strides[k];
                if (index[k] < shape[k]) {
                    break;
                }
                p -= (long) shape[k] * strides[k];
                index[k] = 0;
                k--;
            }
            if (k < 0) {
                return;
            }
        }
        // end::odometer[]
    }

    /** Walks two layouts of the same shape in lockstep, C order. */
    public static void forEachPair(int[] shape, long[] stridesA, long offsetA,
                                   long[] stridesB, long offsetB, PairConsumer action) {
        long size = NDArray.sizeOf(shape);
        if (size == 0) {
            return;
        }
        int n = shape.length;
        if (n == 0) {
            action.accept(offsetA, offsetB);
            return;
        }
        int[] index = new int[n];
        long a = offsetA;
        long b = offsetB;
        int last = n - 1;
        int inner = shape[last];
        long sa = stridesA[last];
        long sb = stridesB[last];
        while (true) {
            long qa = a;
            long qb = b;
            for (int j = 0; j < inner; j++, qa += sa, qb += sb) {
                action.accept(qa, qb);
            }
            int k = last - 1;
            while (k >= 0) {
                index[k]++;
                a += stridesA[k];
                b += stridesB[k];
                if (index[k] < shape[k]) {
                    break;
                }
                a -= (long) shape[k] * stridesA[k];
                b -= (long) shape[k] * stridesB[k];
                index[k] = 0;
                k--;
            }
            if (k < 0) {
                return;
            }
        }
    }
}
