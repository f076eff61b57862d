package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q004 - What is broadcasting in NumPy?
 *
 * <p>Broadcasting lets arrays of different shapes meet in one element-wise operation without
 * copying: {@code x + y} with {@code x} of shape {@code (3, 1)} and {@code y} of shape
 * {@code (4,)} gives shape {@code (3, 4)}. The shapes are aligned at their <b>right</b> end;
 * along each axis the lengths must be equal, or one of them must be 1 (a missing axis counts
 * as 1). The smaller array is then <i>stretched</i>: NumPy gives the stretched axis stride 0,
 * so every index along it reads the same bytes. Element {@code (i, j)} of {@code y} seen as
 * {@code (3, 4)} lives at {@code offset + i*0 + j*8}.
 *
 * <p>Build that mechanism yourself from the memory model: {@code a.shape()},
 * {@code a.strides()}, {@code a.offset()}, {@code a.stridedView(shape, strides, offset)} (a
 * view: no bytes copied) and {@code setWriteable(false)}. Do not call {@code np.broadcastTo},
 * {@code np.broadcastShapes} or {@code np.add}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q004")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q004} to check.
 */
public final class Q004Broadcasting {

    private Q004Broadcasting() {
    }

    /**
     * The strides that make an array of {@code shape} and {@code strides} look like an array
     * of shape {@code target}, as NumPy's broadcasting gives them: the shapes are aligned at the
     * right; new leading axes get stride 0; an axis of length 1 gets stride 0 (stretched, or
     * never stepped when the target is 1 too); an axis whose length equals the target's keeps
     * its stride.
     *
     * <p>Examples: shape {@code (3,)}, strides {@code (8,)} to {@code (4, 3)} gives
     * {@code [0, 8]}; shape {@code (2, 1)}, strides {@code (8, 8)} to {@code (2, 4)} gives
     * {@code [8, 0]}; a 0-d array (shape {@code ()}) to {@code (2, 3)} gives {@code [0, 0]}.
     *
     * @param shape   the array's shape, not modified
     * @param strides the array's strides in bytes, not modified
     * @param target  the shape to broadcast to, not modified
     * @return new strides, one per axis of {@code target}
     * @throws IllegalArgumentException when {@code shape} has more axes than {@code target} or
     *     an axis is neither equal to the target's nor 1
     */
    public static long[] broadcastStrides(int[] shape, long[] strides, int[] target) {
        throw new NotSolved("Q004");
    }

    /**
     * {@code np.broadcast_to(a, target)}: a <b>read-only view</b> of {@code a} with shape
     * {@code target} and the strides of {@link #broadcastStrides}, over the same buffer and
     * from the same offset. It must be read-only because several of its indices share one
     * element: a write would change them all.
     *
     * @param a      the array to stretch, not modified
     * @param target the shape of the view
     * @return the view
     * @throws IllegalArgumentException when the shapes do not broadcast
     */
    public static NDArray stretch(NDArray a, int... target) {
        throw new NotSolved("Q004");
    }

    /**
     * {@code x + y} for float64 arrays with broadcasting, written out: find the common shape
     * (align at the right; per axis equal lengths, or one of them 1, which takes the other),
     * {@link #stretch} both arrays to it, allocate the result ({@code np.empty(shape)}) and fill
     * it with one loop over every index of that shape, reading both views with
     * {@code getDouble(index)}.
     *
     * <p>Example: {@code [[0], [10], [20]] + [1, 2, 3, 4]} is
     * {@code [[1, 2, 3, 4], [11, 12, 13, 14], [21, 22, 23, 24]]}.
     *
     * @param x a float64 array, not modified
     * @param y a float64 array, not modified
     * @return a new float64 array of the common shape
     * @throws IllegalArgumentException when the shapes do not broadcast
     */
    public static NDArray addBroadcast(NDArray x, NDArray y) {
        throw new NotSolved("Q004");
    }
}
