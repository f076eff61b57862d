package dev.strides.exercises.ch04;

import dev.strides.ndarray.NDArray;
import dev.strides.np.np;

/**
 * Q115 - How to use np.frompyfunc vs np.vectorize?
 *
 * <p>Both wrap a scalar function so that it broadcasts over arrays, and both call it once per
 * element: neither is faster than a loop. The differences in NumPy:
 *
 * <ul>
 *   <li>{@code np.frompyfunc(f, nin, nout)} returns a real ufunc object (with
 *       {@code reduce}, {@code accumulate}, {@code outer}) whose results always have dtype
 *       {@code object}; several outputs come back as a tuple of arrays.</li>
 *   <li>{@code np.vectorize(f, otypes=...)} is a Python class on top of it that converts the
 *       results to a real dtype. Without {@code otypes} it calls {@code f} on the first element
 *       to pick the dtype, which silently truncates when the first result is an int and later
 *       ones are floats: {@code np.vectorize(lambda t: t / 2 if t else 0)(np.arange(4))} is
 *       {@code array([0, 0, 1, 1])}. Always pass {@code otypes}. It also offers
 *       {@code excluded} and {@code signature}.</li>
 * </ul>
 *
 * <p>In Strides, {@code np.vectorize(f, nin)} follows NumPy's rule: one extra call on the first
 * elements picks the dtype (so n elements cost n + 1 calls), and every later result is converted
 * into it, truncating floats into an int. {@code np.vectorize(f, nin, otype)} fixes the dtype
 * and makes n calls. Strides has no object dtype: {@code np.frompyfunc(f, nin, nout)} takes a
 * {@code Function<Object[], Object[]>} of boxed element values ({@code Long}, {@code Double},
 * {@code Boolean}) and infers each output's dtype from all the values returned. Like NumPy's,
 * a frompyfunc of two inputs and one output has {@code reduce} and {@code accumulate}, which
 * fold left to right: {@code reduce([a, b, c]) = f(f(a, b), c)}.
 *
 * <p>This is the reference solution; the stub in exercises/src/main has the same javadoc.
 */
public final class Q115FrompyfuncVsVectorize {

    private Q115FrompyfuncVsVectorize() {
    }

    /**
     * The number of Collatz steps to reach 1 for every element ({@code n -> n / 2} when even,
     * {@code 3n + 1} when odd), with {@code np.vectorize(f, 1, np.int64)}: a scalar function
     * with a loop inside, which no ufunc composition expresses.
     *
     * @param n an int64 array of values >= 1 (elements arrive as {@code Long})
     */
    public static NDArray collatzSteps(NDArray n) {
        return np.vectorize(args -> {
            long v = (Long) args[0];
            long steps = 0;
            while (v != 1) {
                v = v % 2 == 0 ? v / 2 : 3 * v + 1;
                steps++;
            }
            return steps;
        }, 1, np.int64).call(n);
    }

    /**
     * Python's {@code divmod} on every pair with {@code np.frompyfunc(f, 2, 2)}: floored
     * quotient and remainder ({@code Math.floorDiv}, {@code Math.floorMod}), both outputs.
     *
     * @return {quotients, remainders}
     */
    public static NDArray[] divmod(NDArray x, NDArray y) {
        return np.frompyfunc(args -> new Object[] {
            Math.floorDiv((Long) args[0], (Long) args[1]),
            Math.floorMod((Long) args[0], (Long) args[1])}, 2, 2).callAll(x, y);
    }

    /** {@code np.vectorize(lambda t: t / 2 if t else 0, otypes=[np.float64])(x)}. */
    public static NDArray halves(NDArray x) {
        return np.vectorize(args -> (Long) args[0] == 0 ? (Object) 0L : (Long) args[0] / 2.0, 1,
                np.float64).call(x);
    }

    /**
     * Predict NumPy's {@code np.vectorize(lambda t: t / 2 if t else 0)(np.arange(4))}, without
     * {@code otypes}.
     */
    public static long[] predictWithoutOtypes() {
        return new long[] {0, 0, 1, 1};
    }

    /**
     * Digits to numbers, row by row: NumPy's
     * {@code np.frompyfunc(lambda a, b: 10 * a + b, 2, 1).reduce(digits, axis=-1)}. The fold runs
     * left to right, {@code f(f(1, 2), 3) = 123}; a row of one digit is that digit (no call).
     *
     * @param digits an int64 array of digits 0..9, at least one per row
     */
    public static NDArray digitsToNumbers(NDArray digits) {
        return np.frompyfunc(args -> new Object[] {10 * (Long) args[0] + (Long) args[1]}, 2,
                1).reduce(digits, -1);
    }

    /**
     * Predict how many times {@code np.vectorize} calls its function on an input of
     * {@code n >= 1} elements: without {@code otypes} ({@code otypes == false}) and with them.
     */
    public static long predictCalls(long n, boolean otypes) {
        return otypes ? n : n + 1;
    }
}
