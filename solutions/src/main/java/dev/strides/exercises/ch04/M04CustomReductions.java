package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.Ufunc;

/**
 * M04 - How to implement custom reduction functions?
 *
 * <p>Any binary ufunc {@code f} reduces: {@code f.reduce(a, axis)} folds {@code f} over one axis,
 * {@code acc = f(acc, a[..., i, ...])}, starting from the first slice, or from the ufunc's
 * <b>identity</b> (0 for add, 1 for multiply, True for logical_and) or an explicit
 * {@code initial}. An empty axis gives the identity; without one (maximum, fmax) it is an error:
 * {@code zero-size array to reduction operation maximum which has no identity}.
 * {@code keepdims=True} keeps the reduced axis with length 1, so the result broadcasts back
 * against {@code a}. {@code f.accumulate} keeps every intermediate {@code acc}. So a custom
 * reduction is a custom binary ufunc (Q101), and {@code reduce} comes with it.
 *
 * <p>A slice {@code a[..., i, ...]} along {@code axis} is a view: the shape and strides of
 * {@code a} without that axis, starting {@code i * strides[axis]} bytes further.
 *
 * <p>Float sums are special: NumPy adds a contiguous run by <b>pairwise summation</b>: fewer than
 * 8 elements are added in order starting from {@code -0.0}; up to 128 go round-robin into eight
 * accumulators {@code r[i % 8]}, combined as {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}, then
 * the last {@code n % 8} are added in order; longer runs split at {@code n2 = n / 2} rounded
 * down to a multiple of 8, and the two halves' sums are added. The error grows like
 * {@code O(log n)} instead of {@code O(n)}.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class M04CustomReductions {

    private M04CustomReductions() {
    }

    /**
     * Implement {@code f.reduce(a, axis=axis, keepdims=keepdims)} from scratch with slices
     * ({@code a.stridedView}) and calls {@code f.call(acc, slice, acc)} into a copy of the first
     * slice. An empty axis gives {@code np.full(shape, f.identity(), a.dtype())}, or
     * {@code IllegalArgumentException("zero-size array to reduction operation <name> which has
     * no identity")}. Keep {@code a}'s dtype (NumPy would sum small integers in int64).
     */
    public static NDArray reduceAxis(Ufunc f, NDArray a, int axis, boolean keepdims) {
        int ax = NDArray.normalizeAxis(axis, a.ndim());
        int[] shape = without(a.shape(), ax);
        long[] strides = new long[shape.length];
        long[] all = a.strides();
        for (int k = 0, j = 0; k < all.length; k++) {
            if (k != ax) {
                strides[j++] = all[k];
            }
        }
        int n = a.shape(ax);
        NDArray acc;
        if (n == 0) {
            if (f.identity() == null) {
                throw new IllegalArgumentException("zero-size array to reduction operation "
                        + f.name() + " which has no identity");
            }
            acc = np.full(shape, f.identity(), a.dtype());
        } else {
            acc = a.stridedView(shape, strides, a.offset()).copy();
            for (int i = 1; i < n; i++) {
                NDArray slice = a.stridedView(shape, strides, a.offset() + i * all[ax]);
                f.call(acc, slice, acc);
            }
        }
        return keepdims ? np.expandDims(acc, ax) : acc;
    }

    private static int[] without(int[] shape, int axis) {
        int[] out = new int[shape.length - 1];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (k != axis) {
                out[j++] = shape[k];
            }
        }
        return out;
    }

    /**
     * Implement {@code f.accumulate(a)} for a 1-d {@code a} from scratch:
     * {@code out = a.copy()}, then {@code out[i] = f(out[i - 1], out[i])} for {@code i >= 1},
     * calling {@code f.call(x, y, out)} on 0-d views of single elements
     * ({@code stridedView(new int[0], new long[0], byteOffset)}).
     *
     * @return a new array of {@code a}'s dtype and length
     */
    public static NDArray accumulate(Ufunc f, NDArray a) {
        NDArray out = a.copy();                    // out[i] starts as a[i]
        for (int i = 1; i < out.shape(0); i++) {
            f.call(element(out, i - 1), element(out, i), element(out, i));
        }
        return out;
    }

    private static NDArray element(NDArray a, int i) {
        return a.stridedView(new int[0], new long[0], a.offset() + i * a.strides(0));
    }

    /**
     * NumPy's pairwise summation of a 1-d float64 array of any stride, exactly as described
     * above, so that the result is bit-identical to {@code np.sum(a)}.
     */
    public static double pairwiseSum(NDArray a) {
        return pairwise(a, 0, a.shape(0));
    }

    private static double pairwise(NDArray a, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a.getDouble(from + i);
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            for (int k = 0; k < 8; k++) {
                r[k] = a.getDouble(from + k);
            }
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += a.getDouble(from + i + k);
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a.getDouble(from + i);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }

    /** Predict {@code np.add.reduce(np.zeros((0, 3)), axis=0).shape}. */
    public static int[] predictEmptySumShape() {
        return new int[] {3};
    }
}
