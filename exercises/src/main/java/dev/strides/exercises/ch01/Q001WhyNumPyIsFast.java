package dev.strides.exercises.ch01;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q001 - What is NumPy and why is it faster than lists?
 *
 * <p>NumPy's array is one block of memory holding fixed-size items of one type. Element
 * {@code i} of a 1-d array is at byte {@code offset + i * strides[0]}: finding it is one
 * multiply-add, and a loop over the array reads memory in order, which the CPU caches and
 * prefetches well. A loop in compiled code can run over those bytes without asking, for each
 * element, what type it is. A list of boxed numbers — Python's {@code list} of {@code float}
 * objects, or Java's {@code List<Double>} — is an array of pointers to objects scattered over the
 * heap: each element costs a pointer plus a whole object, and each read follows a pointer.
 *
 * <p>You will compute an element's address yourself, sum an array by walking its buffer, and
 * estimate what the same numbers cost as a {@code List<Double>}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q001")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q001} to check.
 */
public final class Q001WhyNumPyIsFast {

    private Q001WhyNumPyIsFast() {
    }

    /**
     * The byte position of element {@code i} of a 1-d array inside its buffer:
     * {@code a.offset() + i * a.strides()[0]}. Compute it from {@code offset()} and
     * {@code strides()}; do not call {@code a.byteOffset}. As in Python, a negative {@code i}
     * counts from the end: {@code -1} is the last element.
     *
     * @param a a 1-d array, not modified
     * @param i an index in {@code [-len, len)}
     * @return the byte offset of the element in {@code a.buffer()}
     * @throws IndexOutOfBoundsException when {@code i} is outside the axis, with NumPy's message
     *     {@code "index 10 is out of bounds for axis 0 with size 10"}
     */
    public static long byteAddress(NDArray a, int i) {
        throw new NotSolved("Q001");
    }

    /**
     * The sum of a 1-d float64 array, computed the way NumPy's compiled loop does it: start at
     * the first element's byte and step {@code strides[0]} bytes at a time, reading each
     * element from {@code a.buffer()} (a {@code java.lang.foreign.MemorySegment}) with
     * {@code ValueLayout.JAVA_DOUBLE}. No boxing, no per-element type check. The stride may be
     * larger than 8 (a view of every other element) or negative (a reversed view).
     *
     * @param a a 1-d float64 array, not modified
     * @return the sum of its elements; 0.0 for an empty array
     * @throws IllegalArgumentException when {@code a} is not 1-d or not float64
     */
    public static double sum(NDArray a) {
        throw new NotSolved("Q001");
    }

    /**
     * An estimate of the heap bytes of {@code new ArrayList<Double>(n)} filled with {@code n}
     * distinct {@code Double} values, on 64-bit HotSpot (JDK 25) with its default settings
     * (compressed references and compressed class pointers, no compact object headers):
     *
     * <ul>
     *   <li>each {@code Double} object: 12 bytes of header, 4 bytes of padding so the
     *       {@code double} field is 8-aligned, 8 bytes of value = 24 bytes;</li>
     *   <li>the {@code Object[]} behind the list: a 16-byte header plus a 4-byte reference per
     *       element, rounded up to a multiple of 8; {@code new ArrayList<>(0)} allocates no
     *       array at all (it shares one empty array);</li>
     *   <li>the {@code ArrayList} object itself: 24 bytes.</li>
     * </ul>
     *
     * <p>So 3 values cost {@code 24 + (16 + 12 → 32) + 3*24 = 128} bytes, where a float64
     * array stores them in 24. (Python is no better: a {@code float} object is 24 bytes and a
     * list slot 8, so 32 bytes per number.)
     *
     * @param n number of elements, {@code n >= 0}
     * @return the estimated bytes
     */
    public static long listOfDoublesBytes(int n) {
        throw new NotSolved("Q001");
    }
}
