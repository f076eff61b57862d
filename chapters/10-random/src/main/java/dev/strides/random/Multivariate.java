package dev.strides.random;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The two samplers of {@link Generator} whose one sample is a vector: {@code multinomial} (counts
 * of d outcomes) and {@code dirichlet} (a point of the d-simplex). Their results get an
 * <b>extra last axis</b> of length d: {@code size + (d,)}, as NumPy's.
 *
 * <ul>
 *   <li><b>multinomial(n, pvals)</b> is a chain of binomials: {@code X_0 ~ B(n, p_0)}, then
 *       {@code X_j ~ B(n - X_0 - ... - X_(j-1), p_j / (1 - p_0 - ... - p_(j-1)))}, the last
 *       count taking what is left; it stops early when nothing is left. The last probability is
 *       never read (it is whatever makes the sum 1). With an array n, or pvals with more than
 *       one dimension, n broadcasts against the rows of pvals (its shape without the last
 *       axis), one vector per element of that broadcast.</li>
 *   <li><b>dirichlet(alpha)</b> normalises d gammas, {@code G_j / sum G}, G_j of shape alpha_j;
 *       when every alpha is below 0.1 it breaks a stick with betas instead,
 *       {@code X_j = V_j (1 - X_0 - ... - X_(j-1))} with {@code V_j ~ Beta(alpha_j, alpha_(j+1)
 *       + ... + alpha_(d-1))}, because all gammas could then underflow to 0 and 0/0 is NaN.</li>
 * </ul>
 */
final class Multivariate {

    private Multivariate() {
    }

    // tag::multinomial-one[]
    /** One multinomial vector into {@code out[at, at + d)}: NumPy's random_multinomial. */
    private static void multinomial(BitGenerator g, Binomial binomial, long n, double[] p,
                                    int row, int d, long[] out, int at) {
        double remainingP = 1.0;
        long left = n;
        for (int j = 0; j < d - 1; j++) {
            out[at + j] = binomial.sample(g, left, p[row + j] / remainingP);
            left -= out[at + j];
            if (left <= 0) {
                break;
            }
            remainingP -= p[row + j];
        }
        if (left > 0) {
            out[at + d - 1] = left;
        }
    }
    // end::multinomial-one[]

    /**
     * {@code multinomial(n, pvals, size)}; {@code size} null is None. n must cast safely to
     * int64, pvals to float64.
     *
     * @throws IllegalArgumentException NumPy's messages: an empty last axis, a probability
     *     outside [0, 1] or NaN, {@code sum(pvals[:-1]) > 1.0} (beyond 1e-12), {@code n < 0}, a
     *     size that does not match the broadcast of n and the rows of pvals
     */
    static NDArray multinomial(BitGenerator g, Binomial binomial, NDArray n, NDArray pvals,
                               int[] size) {
        BroadcastParameters.requireSafeCast(DType.INT64, n);
        BroadcastParameters.requireSafeCast(DType.FLOAT64, pvals);
        int ndim = pvals.ndim();
        int d = ndim >= 1 ? pvals.shape()[ndim - 1] : 0;
        if (d == 0) {
            throw new IllegalArgumentException("pvals must have at least 1 dimension and the last"
                    + " dimension of pvals must be greater than 0.");
        }
        double[] p = flatDoubles(pvals);
        Checks.probability(pvals, "pvals", false);
        for (int row = 0; row < p.length; row += d) {
            if (kahanSum(p, row, d - 1) > 1.0 + 1e-12) {
                throw new IllegalArgumentException(sumMessage(pvals, ndim));
            }
        }
        if (n.ndim() == 0 && ndim == 1) {                          // one n, one pvals vector
            long count = n.getLong();
            int[] shape = append(size == null ? new int[0] : NDArray.checkShape(size), d);
            NDArray out = Output.allocate(DType.INT64, shape);
            Checks.nonNegative(count, "n");
            long[] values = new long[Math.toIntExact(out.size())];
            for (int at = 0; at < values.length; at += d) {
                multinomial(g, binomial, count, p, 0, d, values, at);
            }
            return store(out, values);
        }
        Checks.nonNegativeCounts(n, "n");
        int[] rows = Arrays.copyOf(pvals.shape(), ndim - 1);        // one offset per row
        int[] shape = size == null ? Broadcasting.broadcastShapes(n.shape(), rows)
                : Broadcasting.broadcastShapes(n.shape(), rows, NDArray.checkShape(size));
        if (size != null && !Arrays.equals(shape, size)) {
            throw new ShapeException("Output size " + NDArray.tuple(size) + " is not compatible"
                    + " with broadcast dimensions of inputs " + NDArray.tuple(shape) + ".");
        }
        NDArray rowStart = rowOffsets(rows, d);
        NDArray out = Output.allocate(DType.INT64, append(shape, d));
        long[] values = new long[Math.toIntExact(out.size())];
        int[] at = {0};
        MultiIterator.of(shape, n, rowStart).forEachElement(pos -> {
            long count = Elements.readLong(n.buffer(), pos[0], n.dtype());
            int row = (int) Elements.readLong(rowStart.buffer(), pos[1], rowStart.dtype());
            multinomial(g, binomial, count, p, row, d, values, at[0]);
            at[0] += d;
        });
        return store(out, values);
    }

    /**
     * {@code dirichlet(alpha, size)}: {@code size + (k,)} float64 values, each row on the
     * simplex. alpha must be one-dimensional and cast safely to float64.
     *
     * @throws IllegalArgumentException {@code alpha < 0}, or alpha not one-dimensional
     */
    static NDArray dirichlet(BitGenerator g, NDArray alpha, int[] size) {
        if (alpha.ndim() == 0) {
            throw new DTypeException("len() of unsized object");
        }
        BroadcastParameters.requireSafeCast(DType.FLOAT64, alpha);
        if (alpha.ndim() > 1) {
            throw new IllegalArgumentException("object too deep for desired array");
        }
        double[] a = flatDoubles(alpha);
        for (double v : a) {
            if (v < 0) {
                throw new IllegalArgumentException("alpha < 0");
            }
        }
        int k = a.length;
        int[] shape = size == null ? new int[0] : NDArray.checkShape(size);
        NDArray out = Output.allocate(DType.FLOAT64, append(shape, k));
        double[] values = new double[Math.toIntExact(out.size())];
        if (k > 0 && Arrays.stream(a).max().getAsDouble() < 0.1) {
            stickBreaking(g, a, values);
        } else {
            for (int i = 0; i < values.length; i += k) {        // normalised gammas
                double sum = 0.;
                for (int j = 0; j < k; j++) {
                    values[i + j] = Distributions.standardGamma(g, a[j]);
                    sum = sum + values[i + j];
                }
                double inverse = 1. / sum;
                for (int j = 0; j < k; j++) {
                    values[i + j] = values[i + j] * inverse;
                }
            }
        }
        MemorySegment seg = out.buffer();
        for (int i = 0; i < values.length; i++) {
            seg.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, 8L * i, values[i]);
        }
        return out;
    }

    // tag::stick-breaking[]
    /** Small alphas: break a stick of length 1 with Beta(alpha_j, sum of the later alphas). */
    private static void stickBreaking(BitGenerator g, double[] a, double[] values) {
        int k = a.length;
        double[] laterSum = new double[k];                  // alpha_j + ... + alpha_(k-1)
        double sum = 0.0;
        for (int j = k - 1; j >= 0; j--) {
            sum += a[j];
            laterSum[j] = sum;
        }
        if (sum <= 0) {
            return;                                         // all alphas 0: zeros, no draws
        }
        for (int i = 0; i < values.length; i += k) {
            double rest = 1.;
            for (int j = 0; j < k - 1; j++) {
                double v = Distributions.beta(g, a[j], laterSum[j + 1]);
                values[i + j] = rest * v;
                rest *= 1. - v;
                if (laterSum[j + 1] == 0) {
                    break;                                  // v was 1: the rest stays 0
                }
            }
            values[i + k - 1] = rest;
        }
    }
    // end::stick-breaking[]

    // ---- helpers --------------------------------------------------------------------------------

    /** Kahan's compensated sum of {@code p[from .. from + n)}: NumPy's {@code kahan_sum}. */
    static double kahanSum(double[] p, int from, int n) {
        if (n <= 0) {
            return 0.0;
        }
        double sum = p[from];
        double c = 0.0;
        for (int i = 1; i < n; i++) {
            double y = p[from + i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** NumPy's message, with its longer variant for float32 (or float16) probabilities. */
    private static String sumMessage(NDArray pvals, int ndim) {
        String slice = ndim == 1 ? "[:-1]" : "[...,:-1]";
        double total = Arrays.stream(flatDoubles(pvals)).sum();
        if (pvals.dtype().isFloating() && !pvals.dtype().equals(DType.FLOAT64) && total < 1.0001) {
            return "sum(pvals" + slice + ".astype(np.float64)) > 1.0. The pvals array is cast to"
                    + " 64-bit floating point prior to checking the sum. Precision changes when"
                    + " casting may cause problems even if the sum of the original pvals is"
                    + " valid.";
        }
        return "sum(pvals" + slice + ") > 1.0";
    }

    /** The elements of {@code a} as float64, in C order. */
    private static double[] flatDoubles(NDArray a) {
        double[] out = new double[Math.toIntExact(a.size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = Elements.readDouble(a.buffer(), a.flatByteOffset(i), a.dtype());
        }
        return out;
    }

    /** An int64 array of shape {@code rows} holding {@code 0, d, 2d, ...}: each row's start. */
    private static NDArray rowOffsets(int[] rows, int d) {
        NDArray offsets = Output.allocate(DType.INT64, rows);
        for (long i = 0; i < offsets.size(); i++) {
            offsets.buffer().set(ValueLayout.JAVA_LONG_UNALIGNED, 8 * i, i * d);
        }
        return offsets;
    }

    private static int[] append(int[] shape, int last) {
        int[] out = Arrays.copyOf(shape, shape.length + 1);
        out[shape.length] = last;
        return out;
    }

    private static NDArray store(NDArray out, long[] values) {
        MemorySegment seg = out.buffer();
        for (int i = 0; i < values.length; i++) {
            seg.set(ValueLayout.JAVA_LONG_UNALIGNED, 8L * i, values[i]);
        }
        return out;
    }
}
