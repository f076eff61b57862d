package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q048 - How to handle complex numbers?
 *
 * <p>A complex128 element is two float64 side by side, the real part first: itemsize 16. A
 * complex64 element is two float32: itemsize 8. So NumPy's {@code z.real} and {@code z.imag}
 * need no copy. They are views with the float dtype of one half
 * ({@code DType.componentType()}), the <b>same strides</b> as {@code z} (stepping over whole
 * complex elements), and a byte offset of {@code z.offset()} for the real parts or
 * {@code z.offset() + itemsize / 2} for the imaginary parts. Writing into {@code z.imag}
 * changes {@code z}.
 *
 * <p>The magnitude {@code |z| = sqrt(re² + im²)} must be computed with {@code Math.hypot}:
 * squaring first overflows to infinity for parts above about 1e154.
 *
 * <p>Make views with {@code z.stridedView(dtype, shape, strides, byteOffset)}; read complex
 * elements with {@code z.getComplex(...)}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q048")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q048} to check.
 */
public final class Q048ComplexNumbers {

    private Q048ComplexNumbers() {
    }

    /**
     * NumPy's {@code z.real}: for a complex array, a view of the real parts (float32 for
     * complex64, float64 for complex128) with {@code z}'s shape, strides and offset. For a real
     * array, {@code z} itself.
     *
     * @param z any array; shares its buffer with the result
     * @return a view, or {@code z}
     */
    public static NDArray realView(NDArray z) {
        throw new NotSolved("Q048");
    }

    /**
     * NumPy's {@code z.imag}: for a complex array, a view of the imaginary parts, like
     * {@link #realView} but starting {@code itemsize / 2} bytes later. For a real array, which
     * has no imaginary parts to view, a new array of zeros with {@code z}'s shape and dtype that
     * is read-only ({@code setWriteable(false)}), as in NumPy.
     *
     * @param z any array; shares its buffer with the result when complex
     * @return a view, or new read-only zeros
     */
    public static NDArray imagView(NDArray z) {
        throw new NotSolved("Q048");
    }

    /**
     * NumPy's {@code np.abs(z)} for a 1-d complex array: a new array of magnitudes
     * {@code hypot(re, im)} in the component dtype (float32 for complex64, float64 for
     * complex128).
     *
     * <p>Example: {@code [3+4j, 1j, -2]} gives {@code [5, 1, 2]}; {@code 1e200+1e200j} gives
     * {@code 1.414213562373095e200}, not infinity.
     *
     * @param z a 1-d complex64 or complex128 array, not modified
     * @return a new 1-d float array
     * @throws IllegalArgumentException when {@code z} is not 1-d complex
     */
    public static NDArray absolute(NDArray z) {
        throw new NotSolved("Q048");
    }

    /**
     * Predict: the dtype of {@code complex64 + float64}, NumPy's
     * {@code np.promote_types(np.complex64, np.float64)}. It must keep float64's precision and
     * the imaginary part, so it is neither of the two.
     *
     * @return the promoted dtype
     */
    public static DType complex64PlusFloat64() {
        throw new NotSolved("Q048");
    }
}
