package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * A10 - Write code to normalize a matrix row-wise.
 *
 * <p>Row-wise normalisation divides every row by a number computed from that row. For
 * {@code x} of shape {@code (m, n)}, {@code x.sum(axis=1)} has shape {@code (m,)}, and
 * {@code x / x.sum(axis=1)} fails (or, for square {@code x}, silently divides the
 * <i>columns</i>): shapes align at the right, so {@code (m,)} lines up with the columns.
 * {@code keepdims=True} keeps the reduced axis as length 1, {@code (m, 1)}, which lines up
 * with the rows and broadcasts across the columns. Per-column statistics ({@code axis=0},
 * shape {@code (n,)}) broadcast down the rows as they are.
 *
 * <p>Use {@code np.sum(x, axis, keepdims)}, {@code np.square}, {@code np.sqrt},
 * {@code np.subtract}, {@code np.divide} (arrays or a double).
 *
 * <p>Your task: replace each {@code throw new NotSolved("A10")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook A10} to check.
 */
public final class A10RowNormalization {

    private A10RowNormalization() {
    }

    /**
     * Each row divided by its Euclidean length: {@code x / sqrt((x**2).sum(axis=1,
     * keepdims=True))}. A row of zeros becomes NaN, as in NumPy (0 / 0).
     *
     * @param x a (m, n) float64 array, not modified
     * @return a new (m, n) array whose non-zero rows have length 1
     */
    public static NDArray normalizeRowsL2(NDArray x) {
        throw new NotSolved("A10");
    }

    /**
     * Each row divided by its sum, so that each row sums to 1:
     * {@code x / x.sum(axis=1, keepdims=True)}.
     *
     * @param x a (m, n) float64 array of non-negative values, not modified
     * @return a new (m, n) array
     */
    public static NDArray rowsToProbabilities(NDArray x) {
        throw new NotSolved("A10");
    }

    /**
     * Each column shifted to mean 0 and scaled to standard deviation 1:
     * {@code (x - x.mean(axis=0)) / x.std(axis=0)}, where the mean is the column sum over
     * {@code m} and the standard deviation is {@code sqrt(mean((x - mean)**2))} (NumPy's
     * default, {@code ddof=0}). No keepdims needed: {@code (m, n)} with {@code (n,)}.
     *
     * @param x a (m, n) float64 array, not modified
     * @return a new (m, n) array
     */
    public static NDArray standardizeColumns(NDArray x) {
        throw new NotSolved("A10");
    }
}
