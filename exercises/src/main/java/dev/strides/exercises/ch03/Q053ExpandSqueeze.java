package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.views.AxisException;
import dev.strides.workbook.NotSolved;

/**
 * Q053 - How to use expand_dims() and squeeze()?
 *
 * <p>{@code np.expand_dims(a, axis)} inserts an axis of length 1 so that it sits at position
 * {@code axis} of the result — {@code a[:, None]} for {@code axis=1}. {@code np.squeeze(a)}
 * removes every length-1 axis. Both are views that touch only the shape and strides: a
 * length-1 axis is never stepped along, so its stride does not matter and the other axes keep
 * theirs. Typical use: a (3,) vector becomes a (3, 1) column or a (1, 3) row before
 * broadcasting, and a (1, 28, 28, 1) image batch becomes a (28, 28) picture.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q053")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q053} to check.
 */
public final class Q053ExpandSqueeze {

    private Q053ExpandSqueeze() {
    }

    /**
     * {@code np.expand_dims(a, axis)} from scratch: the result has {@code a.ndim() + 1} axes and
     * the new one (length 1, any stride — use {@code a.itemsize()}) at {@code axis}, counted in
     * the result: {@code -1} appends it.
     *
     * @param a    any array, not modified
     * @param axis in {@code [-(ndim + 1), ndim]}
     * @return a view of {@code a}'s buffer
     * @throws AxisException {@code axis 3 is out of bounds for array of dimension 3} (the
     *     result's dimension)
     */
    public static NDArray expandDims(NDArray a, int axis) {
        throw new NotSolved("Q053");
    }

    /**
     * {@code np.squeeze(a)} from scratch: every length-1 axis dropped, the others keeping their
     * lengths and strides.
     *
     * @param a any array, not modified
     * @return a view of {@code a}'s buffer
     */
    public static NDArray squeeze(NDArray a) {
        throw new NotSolved("Q053");
    }
}
