package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.ufuncs.Ufunc;
import dev.strides.workbook.NotSolved;

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
 * <p>Your task: replace each {@code throw new NotSolved("M04")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook M04} to check.
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
        throw new NotSolved("M04");
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
        throw new NotSolved("M04");
    }

    /**
     * NumPy's pairwise summation of a 1-d float64 array of any stride, exactly as described
     * above, so that the result is bit-identical to {@code np.sum(a)}.
     */
    public static double pairwiseSum(NDArray a) {
        throw new NotSolved("M04");
    }

    /** Predict {@code np.add.reduce(np.zeros((0, 3)), axis=0).shape}. */
    public static int[] predictEmptySumShape() {
        throw new NotSolved("M04");
    }
}
