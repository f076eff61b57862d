package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;
import java.util.function.ToDoubleFunction;

/**
 * Q047 - How to use apply_along_axis?
 *
 * <p>{@code np.apply_along_axis(func1d, axis, arr)} calls {@code func1d} on every 1-d slice of
 * {@code arr} along {@code axis} and stacks the answers where that axis was: a scalar answer
 * removes the axis, an answer of length {@code k} replaces it by an axis of length {@code k}.
 * It is a loop in disguise, one call per slice: prefer a ufunc reduction with {@code axis=}
 * ({@code np.maximum.reduce(m, 1)}) whenever one exists.
 *
 * <p>A slice along an axis is a view: for a 2-d {@code m}, row {@code i} starts at byte
 * {@code offset + i * strides[0]} and steps {@code strides[1]}; column {@code j} starts at
 * {@code offset + j * strides[1]} and steps {@code strides[0]} ({@code m.stridedView}).
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q047")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q047} to check.
 */
public final class Q047ApplyAlongAxis {

    private Q047ApplyAlongAxis() {
    }

    /**
     * {@code np.apply_along_axis(lambda r: r.max() - r.min(), 1, m)} with {@code np.applyAlongAxis}
     * (inside, {@code np.maximum.reduce(r)} and {@code np.minimum.reduce(r)}).
     *
     * @param m a 2-d float64 array with at least one column
     * @return a new 1-d float64 array: the range of each row
     */
    public static NDArray rowRanges(NDArray m) {
        throw new NotSolved("Q047");
    }

    /**
     * Implement from scratch, for a 2-d {@code m}: {@code f} applied to every 1-d slice along
     * {@code axis} (0: the columns, 1: the rows), each slice a view made with
     * {@code m.stridedView(shape, strides, byteOffset)}.
     *
     * @param axis 0 or 1 (negative counts from the end)
     * @return a new float64 array of length {@code m.shape(1 - axis)}
     */
    public static NDArray alongAxis(ToDoubleFunction<NDArray> f, int axis, NDArray m) {
        throw new NotSolved("Q047");
    }

    /**
     * Predict the shape of {@code np.apply_along_axis(func1d, axis, np.zeros(shape))} when
     * {@code func1d} returns {@code k} values ({@code k == 0} meaning a scalar).
     *
     * @return the result's shape
     */
    public static int[] predictShape(int[] shape, int axis, int k) {
        throw new NotSolved("Q047");
    }
}
