package dev.strides.exercises.ch04;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q097 - How to use copysign()?
 *
 * <p>{@code np.copysign(x1, x2)} is the magnitude of {@code x1} with the sign <i>bit</i> of
 * {@code x2}: IEEE 754's {@code copySign}, one bit copied, no arithmetic. Because it reads the
 * sign bit, it tells {@code -0.0} from {@code 0.0} (which {@code np.sign} and comparisons do
 * not): {@code np.copysign(1.0, -0.0)} is {@code -1.0}. {@code np.copysign(x, 1.0)} is
 * {@code |x|}, NaN included. It has float loops only ({@code ee->e}, {@code ff->f},
 * {@code dd->d}, {@code gg->g}), so integer arrays are cast to float64 first.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q097Copysign {

    private Q097Copysign() {
    }

    /** {@code np.copysign(magnitude, sign)}, broadcasting. */
    public static NDArray withSignOf(NDArray magnitude, NDArray sign) {
        return np.copysign(magnitude, sign);
    }

    /** {@code |x|} through copysign: {@code np.copysign(x, 1.0)}. */
    public static NDArray magnitude(NDArray x) {
        return np.copysign(x, 1.0);
    }

    /**
     * {@code np.copysign(1.0, x)}: {@code +1.0} or {@code -1.0} for every element, {@code -0.0}
     * giving {@code -1.0} (where {@code np.sign} gives 0).
     */
    public static NDArray signOfEveryElement(NDArray x) {
        return np.copysign(1.0, x);
    }

    /** Predict {@code np.copysign(np.array([1, 2]), -1).dtype}. */
    public static DType predictIntArrayDtype() {
        return np.float64;
    }
}
