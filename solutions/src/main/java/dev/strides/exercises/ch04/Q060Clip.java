package dev.strides.exercises.ch04;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q060 - How to use clip() to limit values?
 *
 * <p>{@code np.clip(a, a_min, a_max)} limits every element to {@code [a_min, a_max]}. It is
 * exactly {@code np.minimum(np.maximum(a, a_min), a_max)}, which explains its corner cases:
 * NaN stays NaN ({@code maximum} propagates NaN), and when {@code a_min > a_max} every element
 * becomes {@code a_max} (the {@code minimum} is applied last). The bounds broadcast, so they may
 * be arrays (a bound per column). With {@code out=a} it works in place and allocates nothing.
 * Its result type follows the ufunc rules: Java (Python) scalars are weak, so an int64 array
 * clipped by {@code 1L, 3L} stays int64, but clipped by {@code 1.5} becomes float64.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q060Clip {

    private Q060Clip() {
    }

    /**
     * Implement {@code np.clip(a, lo, hi)} with two ufunc calls:
     * {@code np.minimum(np.maximum(a, lo), hi)}.
     *
     * @param lo a Java scalar or an array broadcasting against {@code a}
     * @param hi a Java scalar or an array broadcasting against {@code a}
     * @return a new array
     */
    public static NDArray clipFromScratch(NDArray a, Object lo, Object hi) {
        return np.minimum(np.maximum(a, lo), hi);
    }

    /**
     * Clip {@code a} in place: {@code np.clip(a, lo, hi, out=a)}.
     *
     * @return {@code a} itself
     */
    public static NDArray clipInPlace(NDArray a, double lo, double hi) {
        return np.clip(a, lo, hi, a);
    }

    /**
     * Predict {@code np.clip(np.arange(5), 1.5, 3).dtype}.
     *
     * @return the result's dtype
     */
    public static DType predictIntClippedByFloat() {
        return np.float64;
    }
}
