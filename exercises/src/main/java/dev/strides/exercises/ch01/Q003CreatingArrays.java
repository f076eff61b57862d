package dev.strides.exercises.ch01;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q003 - How to create specific arrays (zeros, ones, eye)?
 *
 * <p>{@code np.zeros}, {@code np.ones}, {@code np.full} and {@code np.eye} all do the same two
 * things: allocate one buffer of {@code size * itemsize} bytes with strides that lay the
 * elements out in C (row-major) or F (column-major) order, then write the values. Here you do
 * both steps yourself, from the memory model only.
 *
 * <ul>
 *   <li>C order: the last axis steps one item; each earlier axis steps over a whole block of
 *       the later ones. A 3×4 float64 array has strides {@code [32, 8]}.</li>
 *   <li>F order: the mirror image, the first axis steps one item: {@code [8, 24]}.</li>
 *   <li>Element {@code (i, j)} lives at byte {@code offset + i*strides[0] + j*strides[1]}.</li>
 * </ul>
 *
 * <p>Do not call {@code np.eye}, {@code np.identity} or {@code NDArray.defaultStrides}: the
 * point is to compute what they compute. Allocating zeros ({@code np.zeros} or
 * {@code NDArray.allocate}) and writing through {@code buffer()} or the typed setters is fine.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q003")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q003} to check.
 */
public final class Q003CreatingArrays {

    private Q003CreatingArrays() {
    }

    /**
     * The strides, in bytes, of a new C-ordered (row-major) array of this shape.
     *
     * <p>Examples: shape {@code (3, 4)} with itemsize 8 gives {@code [32, 8]}; shape
     * {@code (2, 3, 4)} with itemsize 4 gives {@code [48, 16, 4]}. A 0-d shape {@code ()} gives
     * {@code []}. NumPy 2 gives an array with no elements (some axis is 0) all-zero strides:
     * {@code np.zeros((2, 0, 3)).strides == (0, 0, 0)}.
     *
     * @param shape    elements per axis, not modified
     * @param itemsize bytes per element
     * @return a new array with one stride per axis
     */
    public static long[] cStrides(int[] shape, int itemsize) {
        throw new NotSolved("Q003");
    }

    /**
     * The strides, in bytes, of a new F-ordered (column-major) array of this shape: the first
     * axis steps one item, each later axis steps over everything before it.
     *
     * <p>Examples: shape {@code (3, 4)} with itemsize 8 gives {@code [8, 24]}; shape
     * {@code (2, 3, 4)} with itemsize 4 gives {@code [4, 8, 24]}. As for C order, a shape with
     * no elements gives all zeros.
     *
     * @param shape    elements per axis, not modified
     * @param itemsize bytes per element
     * @return a new array with one stride per axis
     */
    public static long[] fStrides(int[] shape, int itemsize) {
        throw new NotSolved("Q003");
    }

    /**
     * NumPy's {@code np.eye(n, m, k)}: a new n×m float64 array, C order, with ones on diagonal
     * {@code k} and zeros elsewhere. Diagonal {@code k} holds the elements {@code (i, i + k)}:
     * {@code k > 0} is above the main diagonal, {@code k < 0} below it. A diagonal that misses
     * the array entirely leaves it all zeros.
     *
     * <p>Start from a zero-filled array and write only the ones: element {@code (i, i + k)} sits
     * at byte {@code i*strides[0] + (i + k)*strides[1]}, so consecutive ones are
     * {@code strides[0] + strides[1]} bytes apart.
     *
     * @param n rows
     * @param m columns
     * @param k index of the diagonal
     * @return a new array that owns its buffer
     * @throws IllegalArgumentException for a negative {@code n} or {@code m}, with NumPy's
     *     message {@code "negative dimensions are not allowed"}
     */
    public static NDArray eye(int n, int m, int k) {
        throw new NotSolved("Q003");
    }
}
