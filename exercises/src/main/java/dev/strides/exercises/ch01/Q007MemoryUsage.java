package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q007 - How to check memory usage of an array?
 *
 * <p>NumPy's {@code a.nbytes} is {@code a.size * a.itemsize}: the bytes of the elements the
 * array shows. It is not always the memory the array costs. A view with a step of 2 shows half
 * the elements but reaches across twice the bytes; a broadcast view shows 1000 elements that
 * are all one element in memory; and a tiny view keeps its whole base array alive, because the
 * buffer is freed only when no array refers to it.
 *
 * <p>Three numbers answer "how much memory?": {@code nbytes} (the elements), the bytes the view
 * spans in its buffer (from its lowest to its highest byte), and the bytes of the buffer it keeps
 * alive (its base's). Compute each one from the memory model: {@code shape()},
 * {@code strides()}, {@code offset()}, {@code itemsize()}, {@code base()}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q007")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q007} to check.
 */
public final class Q007MemoryUsage {

    private Q007MemoryUsage() {
    }

    /**
     * The {@code nbytes} an array of this shape and dtype would have, computed without
     * allocating it: the product of the shape times {@code dtype.itemsize()}.
     *
     * <p>Examples: {@code (3, 4)} float64 is 96 bytes; {@code ()} (a 0-d array, one element)
     * float64 is 8; {@code (5, 0)} is 0.
     *
     * @param shape elements per axis, not modified
     * @param dtype the element type
     * @return the number of bytes of the elements
     * @throws IllegalArgumentException for a negative dimension, with NumPy's message
     *     {@code "negative dimensions are not allowed"}
     */
    public static long nbytes(int[] shape, DType dtype) {
        throw new NotSolved("Q007");
    }

    /**
     * The bytes of the buffer that {@code a}'s elements span: from the lowest byte any element
     * touches to one past the highest. Each axis {@code k} reaches {@code (shape[k] - 1) *
     * strides[k]} bytes from the first element, downwards when the stride is negative; the
     * element at the top end adds its {@code itemsize}.
     *
     * <p>Examples, for {@code a = np.arange(10.0)}: {@code a} spans 80 bytes; {@code a[::2]}
     * (5 elements, stride 16) spans {@code 4*16 + 8 = 72} although its nbytes is 40;
     * {@code a[::-1]} (stride -8) spans 80; a length-1000 view with stride 0 spans 8. An array
     * with no elements spans 0.
     *
     * @param a any array, not modified
     * @return the span in bytes
     */
    public static long bytesSpanned(NDArray a) {
        throw new NotSolved("Q007");
    }

    /**
     * The bytes of elements that {@code a} keeps from being freed: the {@code nbytes} of the
     * array that owns its buffer ({@code a.base()}), or {@code a.nbytes()} when {@code a} owns
     * its buffer itself. A 10-element view of a million-element float64 array keeps 8,000,000
     * bytes alive; a copy of that view keeps 80.
     *
     * @param a any array, not modified
     * @return bytes of the owning array's elements
     */
    public static long bytesKeptAlive(NDArray a) {
        throw new NotSolved("Q007");
    }
}
