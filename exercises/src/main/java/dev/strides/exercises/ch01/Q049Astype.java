package dev.strides.exercises.ch01;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.workbook.NotSolved;

/**
 * Q049 - How to change data type (astype)?
 *
 * <p>{@code a.astype(dtype)} makes a <b>copy</b> with every element converted, even when the
 * dtype does not change. Its default casting rule is 'unsafe': anything goes, and values change
 * silently —
 *
 * <ul>
 *   <li>float to integer truncates toward zero: 2.7 → 2, -2.7 → -2. NaN and values out of
 *       int64's range become {@code -9223372036854775808} (what the x86-64 conversion
 *       instruction returns; NumPy also warns "invalid value encountered in cast"). Java's
 *       {@code (long) x} gives 0 for NaN and saturates instead: not the same;</li>
 *   <li>integer to a narrower integer keeps the low bits, i.e. wraps modulo 2^bits: 300 as
 *       uint8 is 44, 200 as int8 is -56, -1 as uint16 is 65535.</li>
 * </ul>
 *
 * <p>{@code casting='safe'} only allows casts that keep every value:
 *
 * <ul>
 *   <li>bool goes anywhere;</li>
 *   <li>a type may grow within its kind (int8 → int32, float32 → float64);</li>
 *   <li>an unsigned integer fits a strictly larger signed one (uint8 → int16, not → int8);</li>
 *   <li>an integer fits a float (or complex) whose halves are strictly larger: int16 →
 *       float32, not int32 → float32 — except that NumPy counts (u)int64 → float64 (and
 *       → complex128) as safe;</li>
 *   <li>a float goes to a float at least as wide, or a complex whose halves are;</li>
 *   <li>a complex goes only to a complex at least as wide.</li>
 * </ul>
 *
 * <p>{@code np.promote_types(a, b)} is the first dtype, in the order bool, int8, uint8, int16,
 * uint16, int32, uint32, int64, uint64, float16, float32, float64, complex64, complex128
 * ({@code DType.BUILTINS}), that both may be cast to safely.
 *
 * <p>Write the rules yourself: do not call {@code np.canCast} or {@code np.promoteTypes}
 * (check your answers against them in a scratch test if you like).
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q049")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q049} to check.
 */
public final class Q049Astype {

    private Q049Astype() {
    }

    /**
     * The int64 that {@code np.array([x]).astype(np.int64)} holds: {@code x} truncated toward
     * zero; NaN, infinities and values outside {@code [-2^63, 2^63)} give {@code Long.MIN_VALUE}.
     *
     * @param x any double
     * @return the converted value
     */
    public static long floatToInt64(double x) {
        throw new NotSolved("Q049");
    }

    /**
     * The value an integer {@code v} becomes when cast (unsafely) to the integer dtype
     * {@code target}: its low {@code 8 * itemsize} bits, read as signed or unsigned. A uint64
     * result is returned as its 64 bits (so 2^64 - 1 comes back as -1, as
     * {@code Long.toUnsignedString} would show it).
     *
     * <p>Examples: (300, uint8) → 44; (200, int8) → -56; (-1, uint16) → 65535;
     * (2^31, int32) → -2^31.
     *
     * @param v      the value
     * @param target an integer dtype: int8…int64 or uint8…uint64
     * @return the converted value
     * @throws IllegalArgumentException when {@code target} is not an integer dtype
     */
    public static long wrapInteger(long v, DType target) {
        throw new NotSolved("Q049");
    }

    /**
     * NumPy's {@code np.can_cast(from, to, casting='safe')} for the built-in dtypes, from the
     * rules in the class comment.
     *
     * @param from the source dtype
     * @param to   the target dtype
     * @return true when every value of {@code from} survives the cast to {@code to}
     */
    public static boolean isSafeCast(DType from, DType to) {
        throw new NotSolved("Q049");
    }

    /**
     * NumPy's {@code np.promote_types(a, b)}: the first dtype of {@code DType.BUILTINS} that both
     * {@code a} and {@code b} may be safely cast to. Use your {@link #isSafeCast}.
     *
     * <p>Examples: (int8, uint8) → int16; (int64, uint64) → float64, since no integer type
     * holds both ranges; (int32, float32) → float64.
     *
     * @param a a dtype
     * @param b a dtype
     * @return the promoted dtype
     */
    public static DType promote(DType a, DType b) {
        throw new NotSolved("Q049");
    }

    /**
     * {@code a.astype(target, casting='safe')}: a converted copy, refused when the cast could
     * lose values. Here you may use {@code np.astype}.
     *
     * @param a      the array, not modified
     * @param target the dtype of the result
     * @return a new array that owns its buffer, even when {@code target} is {@code a}'s dtype
     * @throws IllegalArgumentException when the cast is not safe, with NumPy's message, e.g.
     *     {@code "Cannot cast array data from dtype('float64') to dtype('int32') according to
     *     the rule 'safe'"}
     */
    public static NDArray convertSafely(NDArray a, DType target) {
        throw new NotSolved("Q049");
    }
}
