package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * G03 - Write code to efficiently calculate pairwise distances.
 *
 * <p>For points {@code x} of shape {@code (m, d)} and {@code y} of shape {@code (n, d)}, the
 * distance matrix {@code D[i, j] = ||x[i] - y[j]||} has shape {@code (m, n)}. The vectorised
 * answer has no loop over pairs:
 *
 * <pre>np.sqrt(((x[:, None, :] - y[None, :, :]) ** 2).sum(axis=-1))</pre>
 *
 * <p>{@code x[:, None, :]} is {@code (m, 1, d)}, {@code y[None, :, :]} is {@code (1, n, d)};
 * their difference broadcasts to {@code (m, n, d)}: every pair, every coordinate. The price is
 * that {@code (m, n, d)} temporary; for large inputs the Gram form
 * {@code ||x||^2 + ||y||^2 - 2 x.y^T} (a matrix product, chapter 9) needs only {@code (m, n)}.
 *
 * <p>Make the new axes as views with {@code stridedView} (an axis of length 1, stride 0, as in
 * Q084), then use {@code np.subtract}, {@code np.square}, {@code np.sum(a, -1)} and
 * {@code np.sqrt}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("G03")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook G03} to check.
 */
public final class G03PairwiseDistances {

    private G03PairwiseDistances() {
    }

    /**
     * Euclidean distances between every row of {@code x} and every row of {@code y}.
     *
     * @param x a (m, d) float64 array, not modified
     * @param y a (n, d) float64 array, not modified
     * @return a new (m, n) float64 array
     * @throws IllegalArgumentException NumPy's broadcasting error when the {@code d}s differ
     */
    public static NDArray pairwiseDistances(NDArray x, NDArray y) {
        throw new NotSolved("G03");
    }

    /**
     * Predict: the bytes of the {@code (m, n, d)} float64 difference array the broadcasting
     * form allocates (1000 x 1000 points in 3-d: 24,000,000).
     *
     * @return bytes
     */
    public static long temporaryBytes(int m, int n, int d) {
        throw new NotSolved("G03");
    }

    /**
     * For each row of {@code x}, the index of the nearest row of {@code y} (the smallest index
     * among equally near ones), from {@link #pairwiseDistances}.
     *
     * @param x a (m, d) float64 array, not modified
     * @param y a (n, d) float64 array with {@code n > 0}, not modified
     * @return m indices into {@code y}
     */
    public static int[] nearest(NDArray x, NDArray y) {
        throw new NotSolved("G03");
    }
}
