package dev.strides.exercises.ch02;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * MS07 - Explain broadcasting errors and how to fix them. Reference solution.
 *
 * <p>Broadcasting aligns shapes at the right, so a vector meant for the rows must get a
 * trailing axis of length 1: keepdims, {@code [:, None]}, or a reshape.
 */
public final class MS07FixingBroadcastErrors {

    private MS07FixingBroadcastErrors() {
    }

    /** a - a.mean(axis=1, keepdims=True). */
    public static NDArray subtractRowMeans(NDArray a) {
        NDArray means = np.divide(np.sum(a, 1, true), (double) a.shape(1));
        return np.subtract(a, means);
    }

    /** a + v[:, None]: v seen as (m, 1) with stride 0 on the new axis. */
    public static NDArray addToEachRow(NDArray a, NDArray v) {
        NDArray column = v.stridedView(new int[] {v.shape(0), 1}, new long[] {v.strides(0), 0},
                v.offset());
        return np.add(a, column);
    }

    /** The trailing alignment if it broadcasts, else the rightmost axis where b's lengths fit. */
    public static int[] fixShape(int[] a, int[] b) {
        if (broadcasts(a, b)) {
            return b.clone();
        }
        for (int start = a.length - b.length; start >= 0; start--) {
            boolean fits = true;
            for (int j = 0; j < b.length; j++) {
                int x = a[start + j];
                fits &= x == b[j] || x == 1 || b[j] == 1;
            }
            if (fits) {
                int[] shape = new int[a.length - start];
                java.util.Arrays.fill(shape, 1);
                System.arraycopy(b, 0, shape, 0, b.length);
                return shape;
            }
        }
        return null;
    }

    private static boolean broadcasts(int[] a, int[] b) {
        for (int k = 1; k <= Math.min(a.length, b.length); k++) {
            int x = a[a.length - k];
            int y = b[b.length - k];
            if (x != y && x != 1 && y != 1) {
                return false;
            }
        }
        return true;
    }
}
