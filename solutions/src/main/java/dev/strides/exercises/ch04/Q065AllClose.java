package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;

/**
 * Q065 - How to use allclose() for array comparison?
 *
 * <p>{@code np.allclose(a, b)} is {@code np.all(np.isclose(a, b))}: one boolean for the whole
 * comparison, with the same tolerances ({@code rtol=1e-5}, {@code atol=1e-8}), the same
 * asymmetry, and the same broadcasting. That last point differs from
 * {@code np.array_equal(a, b)}, which first requires equal shapes: {@code np.allclose(np.ones(3),
 * np.ones(1))} is true, {@code np.array_equal} of the same pair is false. Over no elements
 * {@code allclose} is true (the {@code logical_and} reduction starts from True).
 *
 * <p>In tests, report <i>how far</i> two arrays are apart, not only that they are: the largest
 * relative error {@code max(|a - b| / |b|)} is the usual number.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q065AllClose {

    private Q065AllClose() {
    }

    /**
     * {@code np.all(np.isclose(a, b, rtol, atol))} with {@code np.isclose} and the
     * {@code np.logicalAnd} reduction over every axis.
     */
    public static boolean allclose(NDArray a, NDArray b, double rtol, double atol) {
        NDArray close = np.isclose(a, b, rtol, atol, false);
        return np.logicalAnd.reduce(close, ReduceOptions.all()).getBoolean();
    }

    /**
     * {@code np.max(np.abs(a - b) / np.abs(b))} with {@code np.maximum.reduce} over every axis.
     *
     * @param b no zeros
     */
    public static double maxRelativeError(NDArray a, NDArray b) {
        NDArray relative = np.divide(np.abs(np.subtract(a, b)), np.abs(b));
        return np.maximum.reduce(relative, ReduceOptions.all()).getDouble();
    }

    /**
     * Predict, in this order: {@code np.allclose(np.ones(3), np.ones(1))} and
     * {@code np.array_equal(np.ones(3), np.ones(1))}.
     */
    public static boolean[] predictBroadcasting() {
        return new boolean[] {true, false};
    }
}
