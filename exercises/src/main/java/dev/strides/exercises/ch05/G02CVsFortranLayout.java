package dev.strides.exercises.ch05;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * G02 - Explain the memory layout of C vs Fortran arrays in NumPy.
 *
 * <p>The same values, two arrangements of bytes. For a {@code (rows, cols)} array of
 * {@code itemsize} bytes, element {@code [i, j]} is at byte {@code (i·cols + j)·itemsize} in C
 * order (rows one after another) and at {@code (j·rows + i)·itemsize} in F order (columns one
 * after another); in general C order is the mixed-radix number with the last index as the
 * lowest digit, F order with the first. {@code np.ravel(a, order="K")} reads the elements in
 * the order they lie in memory: rows for C, columns for F.
 *
 * <p>Your task: replace each {@code throw new NotSolved("G02")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook G02} to check.
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
        throw new NotSolved("G02");
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
        throw new NotSolved("G02");
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
        throw new NotSolved("G02");
    }
}
