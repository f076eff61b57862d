package dev.strides.exercises.ch03;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * Q067 - How to use indices() to return grid indices?
 *
 * <p>{@code np.indices((rows, cols))} returns an array of shape {@code (2, rows, cols)}: plane 0
 * holds each position's row index, plane 1 its column index. Any function of the position
 * (a distance from the centre, a checkerboard) then becomes one array expression. The dense grid
 * stores {@code 2 * rows * cols} integers although it says nothing a row and a column would not:
 * {@code sparse=True} returns a {@code (rows, 1)} column and a {@code (1, cols)} row instead, which
 * broadcast to the full grid in any arithmetic.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q067")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q067} to check.
 */
public final class Q067Indices {

    private Q067Indices() {
    }

    /**
     * {@code np.indices((rows, cols))} from scratch: a new int64 array of shape
     * {@code (2, rows, cols)} with {@code [0, i, j] = i} and {@code [1, i, j] = j}.
     *
     * @param rows a length, {@code >= 0}
     * @param cols a length, {@code >= 0}
     * @return the dense grid
     */
    public static NDArray indices(int rows, int cols) {
        throw new NotSolved("Q067");
    }

    /**
     * {@code np.indices((rows, cols), sparse=True)}: an int64 column {@code (rows, 1)} holding
     * {@code 0 .. rows-1} and an int64 row {@code (1, cols)} holding {@code 0 .. cols-1}.
     *
     * @param rows a length, {@code >= 0}
     * @param cols a length, {@code >= 0}
     * @return {column, row}
     */
    public static NDArray[] sparseIndices(int rows, int cols) {
        throw new NotSolved("Q067");
    }

    /**
     * A {@code (rows, cols)} int64 checkerboard, {@code (i + j) % 2}, from the sparse grid:
     * {@code np.remainder(np.add(column, row), 2)} — the addition broadcasts.
     *
     * @param rows a length, {@code >= 0}
     * @param cols a length, {@code >= 0}
     * @return 0 where {@code i + j} is even, 1 where it is odd
     */
    public static NDArray checkerboard(int rows, int cols) {
        throw new NotSolved("Q067");
    }
}
