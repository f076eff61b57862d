package dev.strides.exercises.ch03;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.np.np;
import dev.strides.workbook.NotSolved;

/**
 * MS03 - How to create a view of an array with different data type?
 *
 * <p>{@code a.view(np.int32)} reads the same bytes as another dtype: no conversion and no copy
 * (unlike {@code astype}, which converts values into new memory). With the same itemsize only the
 * dtype changes. With a different one, the <b>last axis</b> absorbs the difference, so it must be
 * contiguous: a (2, 3) float64 array viewed as int32 is (2, 6), each 8-byte float now two 4-byte
 * integers; an int8 array of 8 elements viewed as int32 is 2 elements. The bytes are read in the
 * machine's order (little-endian on x86 and ARM).
 *
 * <p>Your task: replace each {@code throw new NotSolved("MS03")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook MS03} to check.
 */
public final class MS03DtypeViews {

    private MS03DtypeViews() {
    }

    /**
     * Predict the shape of {@code a.view(newType)} for an array of {@code shape} whose last axis is
     * contiguous: the last length times {@code oldItemsize / newItemsize}.
     *
     * @param shape       the lengths, at least one axis
     * @param oldItemsize bytes per element now
     * @param newItemsize bytes per element of the new dtype
     * @return the new shape
     * @throws ShapeException {@code When changing to a larger dtype, its size must be a divisor of
     *     the total size in bytes of the last axis of the array.} or, going smaller, {@code When
     *     changing to a smaller dtype, its size must be a divisor of the size of original dtype}
     */
    public static int[] viewShape(int[] shape, int oldItemsize, int newItemsize) {
        throw new NotSolved("MS03");
    }

    /**
     * {@code a.view(dtype)} from scratch: {@link #viewShape}, the last stride set to the new
     * itemsize, the other strides and the offset kept, through
     * {@code a.stridedView(dtype, shape, strides, offset)}.
     *
     * @param a     an array with at least one axis, not modified
     * @param dtype the new dtype
     * @return a view of {@code a}'s bytes
     * @throws ShapeException {@code To change to a dtype of a different size, the last axis must
     *     be contiguous} when the itemsize changes and the last stride is not the itemsize (and
     *     the last length is not 1); otherwise as {@link #viewShape}
     */
    public static NDArray view(NDArray a, DType dtype) {
        throw new NotSolved("MS03");
    }

    /**
     * The IEEE-754 bits of {@code x}: {@code np.array([x]).view(np.int64)[0]}, using
     * {@code np.view}.
     *
     * @param x a double
     * @return its 64 bits as a long
     */
    public static long bits(double x) {
        throw new NotSolved("MS03");
    }
}
