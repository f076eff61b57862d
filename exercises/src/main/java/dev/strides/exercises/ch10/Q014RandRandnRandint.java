package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;
import dev.strides.workbook.NotSolved;

/**
 * Q014 - Difference between rand(), randn(), randint().
 *
 * <p>The three legacy functions draw from the same global RandomState (an MT19937, which makes
 * 32 bits at a time). {@code rand(d0, d1, ...)} gives float64 uniform on [0, 1), shape given as
 * separate ints; {@code randn(d0, d1, ...)} float64 standard normals; {@code randint(low, high,
 * size)} int64 integers in [low, high), high excluded.
 *
 * <p>Rebuild the two float functions on the raw 32-bit words of a legacy-seeded MT19937
 * ({@code np.random.RandomState(seed).bitGenerator()}), so that they match NumPy bit for bit:
 *
 * <ul>
 *   <li>rand: {@code a = word1 >>> 5} (27 bits), {@code b = word2 >>> 6} (26 bits), value
 *       {@code (a * 67108864.0 + b) / 9007199254740992.0}. Words are unsigned: mask with
 *       {@code & 0xFFFF_FFFFL}.</li>
 *   <li>randn, Marsaglia's polar method: {@code x1 = 2u1 - 1}, {@code x2 = 2u2 - 1} with
 *       u1, u2 legacy doubles as above, until {@code 0 < r2 = x1^2 + x2^2 < 1}; then
 *       {@code f = sqrt(-2 ln(r2) / r2)} and the pair is {@code f * x2} (returned first) and
 *       {@code f * x1} (NumPy caches it for the next call).</li>
 * </ul>
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q014")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q014} to check.
 */
public final class Q014RandRandnRandint {

    private Q014RandRandnRandint() {
    }

    /** {@code n} legacy doubles, two 32-bit words each, from {@code mt} (which advances). */
    public static double[] rand(BitGenerator mt, int n) {
        throw new NotSolved("Q014");
    }

    /**
     * {@code n} standard normals by the polar method, as {@code np.random.randn(n)} right after
     * seeding (no cached value yet). Each accepted point gives two values, second coordinate
     * first; if {@code n} is odd the last pair's other value is dropped.
     */
    public static double[] randn(BitGenerator mt, int n) {
        throw new NotSolved("Q014");
    }

    /**
     * Predict: the dtype name of the arrays {@code "rand"}, {@code "randn"} and
     * {@code "randint"} return (as {@code str(a.dtype)} prints it, on 64-bit Linux).
     *
     * @throws IllegalArgumentException for any other name, naming it
     */
    public static String dtypeName(String function) {
        throw new NotSolved("Q014");
    }
}
