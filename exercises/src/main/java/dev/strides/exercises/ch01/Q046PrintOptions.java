package dev.strides.exercises.ch01;

import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q046 - How to set print options?
 *
 * <p>Print options decide how arrays are <i>shown</i>, never what they hold. The ones asked
 * about most:
 *
 * <ul>
 *   <li>{@code precision}: digits after the decimal point (default 8);</li>
 *   <li>{@code suppress}: print tiny numbers such as {@code 1e-10} as {@code 0.} in fixed
 *       point instead of switching the whole array to scientific notation;</li>
 *   <li>{@code threshold}: arrays with <i>more</i> elements than this are summarised with
 *       {@code ...} (default 1000), keeping {@code edgeitems} elements at each end of every axis
 *       (default 3); {@code Long.MAX_VALUE} means never summarise (NumPy's
 *       {@code sys.maxsize});</li>
 *   <li>{@code sign}: {@code '-'} (default), {@code '+'} to sign every number, {@code ' '} to
 *       leave a space where a plus would go.</li>
 * </ul>
 *
 * <p>{@code np.setPrintoptions(o -> o.withPrecision(3))} changes the options for the rest of
 * the program (on this thread). Inside a function, change them for one block only, as NumPy's
 * {@code with np.printoptions(precision=3):} does:
 *
 * <pre>{@code
 * try (var scope = np.printoptions(o -> o.withPrecision(3))) {
 *     text = a.toString();          // repr(a), 3 digits
 * }                                 // the caller's options are back, even after an exception
 * }</pre>
 *
 * <p>Change only the options you are asked for: start from the options in force (the lambda
 * receives them) so that the caller's other settings still apply. {@code a.toString()} (or
 * {@code np.arrayRepr(a)}) is NumPy's {@code repr(a)}; {@code np.arrayStr(a)} is {@code str(a)}.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q046")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q046} to check.
 */
public final class Q046PrintOptions {

    private Q046PrintOptions() {
    }

    /**
     * {@code repr(a)} with {@code precision} digits and {@code suppress} on, as after
     * {@code np.set_printoptions(precision=3, suppress=True)}, the usual way to make a matrix
     * readable. The options in force are the same after the call as before.
     *
     * <p>Example: {@code np.array([1/3, 2/3, 1e-10])} with precision 3 prints as
     * {@code array([0.333, 0.667, 0.   ])}.
     *
     * @param a         any array, not modified
     * @param precision digits after the decimal point, {@code >= 0}
     * @return the printed form
     */
    public static String reprRounded(NDArray a, int precision) {
        throw new NotSolved("Q046");
    }

    /**
     * {@code repr(a)} summarised as if {@code threshold} and {@code edgeitems} were set: an
     * array of more than {@code threshold} elements shows {@code edgeitems} entries at each end of
     * each axis. The options in force are the same after the call as before.
     *
     * <p>Example: {@code np.arange(20)} with threshold 10 and edgeitems 2 prints as
     * {@code array([ 0,  1, ..., 18, 19], shape=(20,))}.
     *
     * @param a         any array, not modified
     * @param threshold the largest element count printed in full
     * @param edgeitems entries kept at each end of a summarised axis
     * @return the printed form
     */
    public static String reprSummarised(NDArray a, long threshold, int edgeitems) {
        throw new NotSolved("Q046");
    }

    /**
     * {@code repr(a)} with every element shown, however large {@code a} is: NumPy's
     * {@code np.set_printoptions(threshold=sys.maxsize)}. The options in force are the same after
     * the call as before.
     *
     * @param a any array, not modified
     * @return the printed form, without {@code ...}
     */
    public static String reprFull(NDArray a) {
        throw new NotSolved("Q046");
    }

    /**
     * {@code str(a)} (no {@code array(...)} around it) with the {@code sign} option set. The
     * options in force are the same after the call as before, also when {@code sign} is refused.
     *
     * <p>Example: {@code np.array([1.5, -2.0, 0.0])} with sign {@code '+'} prints as
     * {@code [+1.5 -2.  +0. ]}.
     *
     * @param a    any array, not modified
     * @param sign {@code '-'}, {@code '+'} or {@code ' '}
     * @return the printed form
     * @throws IllegalArgumentException for any other sign, with NumPy's message
     *     {@code "sign option must be one of ' ', '+', or '-'"}
     */
    public static String strSigned(NDArray a, char sign) {
        throw new NotSolved("Q046");
    }
}
