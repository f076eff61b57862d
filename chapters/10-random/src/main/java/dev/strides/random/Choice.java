package dev.strides.random;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code choice}: sample indices of a population, then gather the chosen elements.
 *
 * <ul>
 *   <li><b>with replacement, uniform</b>: {@code integers(0, n)};</li>
 *   <li><b>with replacement, weighted</b>: inverse transform on the discrete CDF: cumulative
 *       sums of p, normalised, then {@code searchsorted(cdf, U, side='right')}, a binary search
 *       per uniform (O(n + k log n));</li>
 *   <li><b>without replacement, uniform</b>: Floyd's algorithm with a small open-addressing hash
 *       set (O(k) draws), then a shuffle of the k results; or, when k is a large part of a large
 *       population, a partial Fisher-Yates of the last k positions of {@code arange(n)};</li>
 *   <li><b>without replacement, weighted</b>: rounds of weighted draws, keeping first
 *       occurrences and zeroing the probabilities of the values found.</li>
 * </ul>
 */
final class Choice {

    private Choice() {
    }

    /** {@code choice(a)} for an integer a: the population {@code arange(a)} (as a 0-d marker). */
    static NDArray population(long a) {
        return Slabs.int64(new long[] {a});
    }

    /** The Generator's choice; {@code a} is a 0-d int64 (a population size) or an array. */
    static NDArray generator(BitGenerator g, NDArray a, int[] size, boolean replace, double[] p,
                             int axis, boolean shuffle) {
        boolean isScalar = size == null;
        int[] shape = isScalar ? new int[0] : size.clone();
        long k = NDArray.sizeOf(NDArray.checkShape(shape));
        int ax = a.ndim() == 0 ? 0 : NDArray.normalizeAxis(axis, a.ndim());
        long pop = popSize(a, ax, k);
        double[] cdf = p == null ? null : Weights.cdf(Weights.checked(p, pop, false));
        long[] idx;
        if (replace) {
            idx = new long[(int) k];
            if (cdf != null) {
                for (int i = 0; i < k; i++) {
                    idx[i] = Weights.searchRight(cdf, g.nextDouble());
                }
            } else {
                BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
                for (int i = 0; i < k; i++) {
                    idx[i] = BoundedIntegers.bounded(g, 0, pop - 1, 64, false, buf);
                }
            }
        } else {
            checkNoReplace(k, pop);
            idx = cdf != null ? Weights.withoutReplacement(g::nextDouble, p, k)
                    : withoutReplacement(g, pop, k, shuffle);
        }
        return gather(a, ax, idx, shape, isScalar);
    }

    static long popSize(NDArray a, int axis, long k) {
        if (a.ndim() == 0) {
            long pop = a.getLong();
            if (pop <= 0 && k != 0) {
                throw new IllegalArgumentException(
                        "a must be a positive integer unless no samples are taken");
            }
            return pop;
        }
        long pop = a.shape(axis);
        if (pop == 0 && k != 0) {
            throw new IllegalArgumentException("a cannot be empty unless no samples are taken");
        }
        return pop;
    }

    static void checkNoReplace(long k, long pop) {
        if (k > pop) {
            throw new IllegalArgumentException(
                    "Cannot take a larger sample than population when replace is False");
        }
    }

    /** k distinct values of {@code [0, pop)}: tail shuffle or Floyd, as NumPy chooses. */
    static long[] withoutReplacement(BitGenerator g, long pop, long k, boolean shuffle) {
        long cutoff = shuffle ? 50 : 20;
        BoundedIntegers.Buffer buf = new BoundedIntegers.Buffer();
        if (pop > 10000 && k > pop / cutoff) {             // partial Fisher-Yates of arange
            long[] all = new long[(int) pop];
            for (int i = 0; i < pop; i++) {
                all[i] = i;
            }
            shuffleTail(g, all, Math.max(pop - k, 1), buf);
            return Arrays.copyOfRange(all, (int) (pop - k), (int) pop);
        }
        // tag::floyd[]
        long[] idx = new long[(int) k];
        long mask = BoundedIntegers.mask((long) (1.2 * k));
        long[] set = new long[(int) (mask + 1)];
        Arrays.fill(set, -1L);                              // -1: empty slot
        for (long j = pop - k; j < pop; j++) {              // Floyd: pick from [0, j]
            long val = BoundedIntegers.bounded(g, 0, j, 64, false, buf);
            int loc = (int) (val & mask);
            while (set[loc] != -1L && set[loc] != val) {
                loc = (int) ((loc + 1) & mask);
            }
            if (set[loc] == -1L) {                          // new: keep it
                set[loc] = val;
                idx[(int) (j - pop + k)] = val;
            } else {                                        // taken: j itself is new
                loc = (int) (j & mask);
                while (set[loc] != -1L) {
                    loc = (int) ((loc + 1) & mask);
                }
                set[loc] = j;
                idx[(int) (j - pop + k)] = j;
            }
        }
        // end::floyd[]
        if (shuffle) {
            shuffleTail(g, idx, 1, buf);
        }
        return idx;
    }

    /** Fisher-Yates of positions {@code n-1 .. first} with Lemire draws (NumPy's _shuffle_int). */
    private static void shuffleTail(BitGenerator g, long[] data, long first,
                                    BoundedIntegers.Buffer buf) {
        for (int i = data.length - 1; i >= first; i--) {
            int j = (int) BoundedIntegers.bounded(g, 0, i, 64, false, buf);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    /** Turns indices into the result: the indices themselves, or {@code a.take(idx, axis)}. */
    static NDArray gather(NDArray a, int axis, long[] idx, int[] shape, boolean isScalar) {
        if (a.ndim() == 0) {
            return Slabs.int64(idx, shape);
        }
        if (isScalar) {
            return Slabs.slab(a, axis, idx[0]).copy(Order.C);
        }
        return Slabs.take(a, axis, idx, shape);
    }

    /** Distinct values in order of first appearance (NumPy: unique + sort of first indices). */
    static long[] firstOccurrences(long[] values) {
        Set<Long> seen = new LinkedHashSet<>();
        for (long v : values) {
            seen.add(v);
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }
}
