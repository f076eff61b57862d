package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import java.math.BigInteger;

/**
 * {@code RandomState.choice}: the legacy algorithm, kept for its streams. With replacement it
 * draws masked integers (or weighted uniforms); without replacement and without weights it
 * shuffles the whole population and keeps the first k, O(n) work even for k = 1, which is why
 * Generator switched to Floyd's algorithm.
 */
final class LegacyChoice {

    private LegacyChoice() {
    }

    static NDArray choice(RandomState rs, NDArray a, int[] size, boolean replace, double[] p) {
        if (a.ndim() > 1) {
            throw new IllegalArgumentException("a must be 1-dimensional");
        }
        boolean isScalar = size == null;
        int[] shape = isScalar ? new int[0] : size.clone();
        long k = NDArray.sizeOf(NDArray.checkShape(shape));
        long pop;
        if (a.ndim() == 0) {
            pop = a.getLong();
            if (pop <= 0 && k != 0) {
                throw new IllegalArgumentException(
                        "a must be greater than 0 unless no samples are taken");
            }
        } else {
            pop = a.shape(0);
            if (pop == 0 && k != 0) {
                throw new IllegalArgumentException(
                        "'a' cannot be empty unless no samples are taken");
            }
        }
        double[] cdf = p == null ? null : Weights.cdf(Weights.checked(p, pop, true));
        BitGenerator g = rs.bitGenerator();
        long[] idx;
        if (replace) {
            if (cdf != null) {
                idx = new long[(int) k];
                for (int i = 0; i < k; i++) {
                    idx[i] = Weights.searchRight(cdf, g.nextDouble());
                }
            } else {
                NDArray drawn = IntegerSampler.sample(g, BigInteger.ZERO, BigInteger.valueOf(pop),
                        DType.INT64, false, true, (int) k);
                idx = longs(drawn);
            }
        } else {
            if (k > pop) {
                throw new IllegalArgumentException("Cannot take a larger sample than "
                        + "population when 'replace=False'");
            }
            if (cdf != null) {
                idx = Weights.withoutReplacement(g::nextDouble, p, k);
            } else {
                long[] perm = longs(Shuffling.permutation(g, pop));
                idx = java.util.Arrays.copyOf(perm, (int) k);
            }
        }
        return Choice.gather(a, 0, idx, shape, isScalar);
    }

    private static long[] longs(NDArray a) {
        long[] out = new long[(int) a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getLong(i);
        }
        return out;
    }
}
