package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * A10 - Write code to normalize a matrix row-wise. Reference solution.
 *
 * <p>A per-row statistic computed with {@code keepdims=True} has shape (m, 1) and broadcasts
 * across the columns; a per-column statistic has shape (n,) and broadcasts down the rows as it
 * is.
 */
public final class A10RowNormalization {

    private A10RowNormalization() {
    }

    /** x / sqrt((x ** 2).sum(axis=1, keepdims=True)). */
    public static NDArray normalizeRowsL2(NDArray x) {
        return np.divide(x, np.sqrt(np.sum(np.square(x), 1, true)));
    }

    /** x / x.sum(axis=1, keepdims=True). */
    public static NDArray rowsToProbabilities(NDArray x) {
        return np.divide(x, np.sum(x, 1, true));
    }

    /** (x - mean) / std over axis 0: (m, n) with (n,) needs no keepdims. */
    public static NDArray standardizeColumns(NDArray x) {
        double m = x.shape(0);
        NDArray centered = np.subtract(x, np.divide(np.sum(x, 0), m));
        NDArray std = np.sqrt(np.divide(np.sum(np.square(centered), 0), m));
        return np.divide(centered, std);
    }
}
