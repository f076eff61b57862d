package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import java.util.Arrays;
import java.util.Comparator;

/**
 * G02 - Explain the memory layout of C vs Fortran arrays in NumPy. Reference solution.
 *
 * <p>The same values, two arrangements of bytes. For a {@code (rows, cols)} array of
 * {@code itemsize} bytes, element {@code [i, j]} is at byte {@code (i·cols + j)·itemsize} in C
 * order (rows one after another) and at {@code (j·rows + i)·itemsize} in F order (columns one
 * after another); in general C order is the mixed-radix number with the last index as the
 * lowest digit, F order with the first. {@code np.ravel(a, order="K")} reads the elements in
 * the order they lie in memory: rows for C, columns for F.
 */
public final class G02CVsFortranLayout {

    private G02CVsFortranLayout() {
    }

    /**
     * The byte position, from the start of the buffer, of element {@code index} in a freshly
     * allocated C-ordered array of {@code shape} and {@code itemsize}.
     *
     * @param shape    the dimensions (none is 0)
     * @param itemsize bytes per element
     * @param index    one in-range index per axis
     * @return {@code Σ index[k] · (shape[k+1]·...·shape[n-1]) · itemsize}
     */
    public static long addressC(int[] shape, int itemsize, int... index) {
        long p = 0;
        for (int k = 0; k < shape.length; k++) {
            p = p * shape[k] + index[k];
        }
        return p * itemsize;
    }

    /**
     * The same for a freshly allocated F-ordered array.
     *
     * @param shape    the dimensions (none is 0)
     * @param itemsize bytes per element
     * @param index    one in-range index per axis
     * @return {@code Σ index[k] · (shape[0]·...·shape[k-1]) · itemsize}
     */
    public static long addressF(int[] shape, int itemsize, int... index) {
        long p = 0;
        for (int k = shape.length - 1; k >= 0; k--) {
            p = p * shape[k] + index[k];
        }
        return p * itemsize;
    }

    /**
     * The elements of {@code a} in the order their bytes lie in the buffer (lowest address
     * first), as {@code np.ravel(a, order="K")} gives them for arrays without overlap. Works for
     * any layout: C, F, transposed, sliced, reversed.
     *
     * @param a an array without self-overlap, not modified
     * @return the values in memory order
     */
    public static double[] inMemoryOrder(NDArray a) {
        int n = (int) a.size();
        Integer[] flat = new Integer[n];
        for (int i = 0; i < n; i++) {
            flat[i] = i;
        }
        Arrays.sort(flat, Comparator.comparingLong((Integer i) -> a.flatByteOffset(i)));
        double[] out = new double[n];
        int[] index = new int[a.ndim()];
        for (int i = 0; i < n; i++) {
            int rest = flat[i];
            for (int k = a.ndim() - 1; k >= 0; k--) {
                index[k] = rest % a.shape(k);
                rest /= a.shape(k);
            }
            out[i] = a.getDouble(index);
        }
        return out;
    }
}
