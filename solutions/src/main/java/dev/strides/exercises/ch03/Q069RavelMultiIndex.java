package dev.strides.exercises.ch03;

/**
 * Q069 - How to use ravel_multi_index()? Reference solution.
 *
 * <p>{@code np.ravel_multi_index((i, j, k), dims)} is the inverse of {@code unravel_index}: the
 * flat position of a multi-index, {@code i * (d1 * d2) + j * d2 + k} in C order — the element
 * strides of a C-contiguous array. In F order the weights run the other way
 * ({@code i + j * d0 + k * d0 * d1}). An index outside its axis is an error by default
 * ({@code mode='raise'}); {@code mode='wrap'} takes it modulo the length and {@code mode='clip'}
 * clamps it to the axis.
 */
public final class Q069RavelMultiIndex {

    private Q069RavelMultiIndex() {
    }

    /**
     * {@code np.ravel_multi_index(index, dims)}: C order, mode raise, from scratch.
     *
     * @param index one index per axis
     * @param dims  the lengths
     * @return the flat position
     * @throws IllegalArgumentException {@code invalid entry in coordinates array} for an index
     *     outside {@code [0, dims[k])}
     */
    public static long ravel(long[] index, int... dims) {
        long flat = 0;
        for (int k = 0; k < dims.length; k++) {
            if (index[k] < 0 || index[k] >= dims[k]) {
                throw new IllegalArgumentException("invalid entry in coordinates array");
            }
            flat = flat * dims[k] + index[k];
        }
        return flat;
    }

    /**
     * {@code np.ravel_multi_index(index, dims, order='F')}: mode raise.
     *
     * @param index one index per axis
     * @param dims  the lengths
     * @return the flat position
     * @throws IllegalArgumentException as {@link #ravel}
     */
    public static long ravelF(long[] index, int... dims) {
        long flat = 0;
        for (int k = dims.length - 1; k >= 0; k--) {
            if (index[k] < 0 || index[k] >= dims[k]) {
                throw new IllegalArgumentException("invalid entry in coordinates array");
            }
            flat = flat * dims[k] + index[k];
        }
        return flat;
    }

    /**
     * {@code np.ravel_multi_index(index, dims, mode='wrap')}: C order, each index taken modulo
     * its length first (so {@code -1} is the last position).
     *
     * @param index one index per axis, any values
     * @param dims  the lengths, all positive
     * @return the flat position
     */
    public static long ravelWrap(long[] index, int... dims) {
        long flat = 0;
        for (int k = 0; k < dims.length; k++) {
            flat = flat * dims[k] + Math.floorMod(index[k], dims[k]);
        }
        return flat;
    }
}
