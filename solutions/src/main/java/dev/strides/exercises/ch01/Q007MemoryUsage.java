package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

/**
 * Q007 - How to check memory usage of an array? Reference solution.
 *
 * <p>{@code nbytes} counts elements; the span measures the stretch of buffer the strides
 * reach; the base tells which allocation stays alive. They agree only for an array that owns
 * a contiguous buffer.
 */
public final class Q007MemoryUsage {

    private Q007MemoryUsage() {
    }

    /** Product of the shape times the itemsize; O(ndim), nothing allocated. */
    public static long nbytes(int[] shape, DType dtype) {
        long size = 1;                            // the empty product: a 0-d array has one element
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed");
            }
            size = Math.multiplyExact(size, (long) d);
        }
        return size * dtype.itemsize();
    }

    /** Lowest to one-past-highest byte, following negative strides downwards. */
    public static long bytesSpanned(NDArray a) {
        if (a.size() == 0) {
            return 0;
        }
        long low = 0;                             // relative to the first element
        long high = a.itemsize();
        for (int k = 0; k < a.ndim(); k++) {
            long reach = (long) (a.shape(k) - 1) * a.strides(k);
            if (reach < 0) {
                low += reach;
            } else {
                high += reach;
            }
        }
        return high - low;
    }

    /** The owner's nbytes: a view holds a reference to its base, so the base cannot be freed. */
    public static long bytesKeptAlive(NDArray a) {
        NDArray owner = a.base() == null ? a : a.base();
        return owner.nbytes();
    }
}
