package dev.strides.exercises.ch01;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q048 - How to handle complex numbers? Reference solution.
 *
 * <p>Real and imaginary parts are views: same shape and strides, the half dtype, and an offset
 * of 0 or half an item. Magnitudes use {@code Math.hypot}, which scales to avoid overflow.
 */
public final class Q048ComplexNumbers {

    private Q048ComplexNumbers() {
    }

    /** A float view at the element's first half; a real array is its own real part. */
    public static NDArray realView(NDArray z) {
        if (!z.dtype().isComplex()) {
            return z;
        }
        return z.stridedView(z.dtype().componentType(), z.shape(), z.strides(), z.offset());
    }

    /** A float view at the element's second half; a real array gets read-only zeros. */
    public static NDArray imagView(NDArray z) {
        if (!z.dtype().isComplex()) {
            NDArray zeros = np.zeros(z.shape(), z.dtype());
            zeros.setWriteable(false);
            return zeros;
        }
        long half = z.itemsize() / 2;
        return z.stridedView(z.dtype().componentType(), z.shape(), z.strides(), z.offset() + half);
    }

    /** {@code hypot(re, im)} per element, stored in the component dtype. */
    public static NDArray absolute(NDArray z) {
        if (z.ndim() != 1 || !z.dtype().isComplex()) {
            throw new IllegalArgumentException("absolute: expected a 1-d complex array, got "
                    + z.ndim() + "-d " + z.dtype().name());
        }
        NDArray out = np.empty(new int[] {z.shape(0)}, z.dtype().componentType());
        for (int i = 0; i < z.shape(0); i++) {
            Complex v = z.getComplex(i);
            out.setDouble(Math.hypot(v.re(), v.im()), i);
        }
        return out;
    }

    /** complex64 cannot hold float64's precision, float64 cannot hold an imaginary part. */
    public static DType complex64PlusFloat64() {
        return np.complex128;
    }
}
