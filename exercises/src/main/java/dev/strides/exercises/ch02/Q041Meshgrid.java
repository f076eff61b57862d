package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q041 - How to use meshgrid?
 *
 * <p>{@code X, Y = np.meshgrid(x, y)} turns coordinate vectors into coordinate grids: with
 * {@code x} of length 4 and {@code y} of length 3, both grids have shape {@code (3, 4)},
 * {@code X[i, j] == x[j]} and {@code Y[i, j] == y[i]}, so {@code f(X, Y)} evaluates {@code f}
 * at all 12 points. That is the default {@code indexing='xy'} (x along the columns, as in
 * plots); {@code indexing='ij'} keeps matrix order, {@code X[i, j] == x[i]}.
 *
 * <p>The grids hold no new information: each is one vector repeated, which broadcasting gives
 * for free. The dense grids are the vectors seen with stride 0 along the other axis, and the
 * <i>sparse</i> grids ({@code sparse=True}: shapes {@code (1, 4)} and {@code (3, 1)}) are
 * enough, because {@code f} broadcasts them to {@code (3, 4)} itself.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q041")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q041} to check.
 */
public final class Q041Meshgrid {

    private Q041Meshgrid() {
    }

    /**
     * {@code np.meshgrid(x, y, copy=False)} built by hand: two <b>read-only views</b> of shape
     * {@code (len(y), len(x))} made with {@code stridedView}, sharing the buffers of {@code x}
     * and {@code y}. X steps through {@code x} along the columns and stays put down the rows
     * (row stride 0); Y the other way round. Do not call {@code np.meshgrid} or
     * {@code np.broadcastTo}.
     *
     * @param x a 1-d array, not modified
     * @param y a 1-d array, not modified
     * @return {@code {X, Y}}
     */
    public static NDArray[] gridXY(NDArray x, NDArray y) {
        throw new NotSolved("Q041");
    }

    /**
     * {@code x**2 + y**2} at every grid point, shape {@code (len(y), len(x))}, computed from
     * the <b>sparse</b> grids: {@code np.meshgrid(new NDArray[] {x, y}, "xy", true, false)},
     * then {@code np.square} and {@code np.add}, which broadcast.
     *
     * @param x a 1-d float64 array, not modified
     * @param y a 1-d float64 array, not modified
     * @return a new (len(y), len(x)) array
     */
    public static NDArray squaredRadius(NDArray x, NDArray y) {
        throw new NotSolved("Q041");
    }

    /**
     * Predict, without running it: the shape of each grid of
     * {@code np.meshgrid(np.arange(4), np.arange(3), np.arange(2))} (default 'xy').
     *
     * @return the shape
     */
    public static int[] predictShapeXY() {
        throw new NotSolved("Q041");
    }

    /**
     * Predict: the shape of each grid of the same call with {@code indexing='ij'}.
     *
     * @return the shape
     */
    public static int[] predictShapeIJ() {
        throw new NotSolved("Q041");
    }
}
