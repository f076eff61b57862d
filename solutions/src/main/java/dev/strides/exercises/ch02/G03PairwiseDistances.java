package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * G03 - Write code to efficiently calculate pairwise distances. Reference solution.
 *
 * <p>{@code sqrt(((x[:, None, :] - y[None, :, :]) ** 2).sum(axis=-1))}: one (m, n, d)
 * temporary, no Python-level (or Java-level) loop over pairs.
 */
public final class G03PairwiseDistances {

    private G03PairwiseDistances() {
    }

    /** Euclidean distances between the rows of x (m, d) and of y (n, d): shape (m, n). */
    public static NDArray pairwiseDistances(NDArray x, NDArray y) {
        // x[:, None, :] and y[None, :, :]: an axis of length 1 with stride 0
        NDArray xs = x.stridedView(new int[] {x.shape(0), 1, x.shape(1)},
                new long[] {x.strides(0), 0, x.strides(1)}, x.offset());
        NDArray ys = y.stridedView(new int[] {1, y.shape(0), y.shape(1)},
                new long[] {0, y.strides(0), y.strides(1)}, y.offset());
        NDArray diff = np.subtract(xs, ys);                 // (m, n, d)
        return np.sqrt(np.sum(np.square(diff), -1));
    }

    /** Bytes of the (m, n, d) float64 difference array. */
    public static long temporaryBytes(int m, int n, int d) {
        return (long) m * n * d * 8;
    }

    /** For each row of x, the index of the nearest row of y (the first one on ties). */
    public static int[] nearest(NDArray x, NDArray y) {
        NDArray dist = pairwiseDistances(x, y);
        int[] best = new int[x.shape(0)];
        for (int i = 0; i < best.length; i++) {
            for (int j = 1; j < y.shape(0); j++) {
                if (dist.getDouble(i, j) < dist.getDouble(i, best[i])) {
                    best[i] = j;
                }
            }
        }
        return best;
    }
}
