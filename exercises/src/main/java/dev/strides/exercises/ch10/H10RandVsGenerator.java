package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;
import dev.strides.workbook.NotSolved;

/**
 * H10 - Explain the difference between np.random.rand and np.random.Generator.
 *
 * <p>{@code np.random.rand} draws from a hidden global RandomState: any code that calls a
 * {@code np.random} function in between (a library, another thread) shifts your numbers, and
 * reseeding it resets everyone's. It is MT19937, and each float64 costs two 32-bit words. A
 * {@code Generator} is an object you create and pass: nobody else touches its state. It runs on
 * PCG64, one 64-bit draw per float64, and it can make float32 directly from half a draw:
 * {@code (u32 >>> 8) * 2^-24}, where 32-bit draws come alternately from the low and the high half
 * of one 64-bit draw ({@code BitGenerator.nextUint32}).
 *
 * <p>Your task: replace each {@code throw new NotSolved("H10")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook H10} to check.
 */
public final class H10RandVsGenerator {

    private H10RandVsGenerator() {
    }

    /** {@code n} float32 values in [0, 1), as {@code Generator.random(n, dtype=np.float32)}. */
    public static float[] randomFloat32(BitGenerator bg, int n) {
        throw new NotSolved("H10");
    }

    /**
     * Predict: how many 64-bit draws {@code Generator.random(n, dtype)} consumes, for dtype
     * {@code "float64"} or {@code "float32"}.
     *
     * @throws IllegalArgumentException for any other dtype, with NumPy's message
     *     {@code "Unsupported dtype dtype('int64') for random"} (naming the dtype given)
     */
    public static long uint64DrawsConsumed(String dtype, int n) {
        throw new NotSolved("H10");
    }

    /**
     * Predict: after {@code np.random.seed(0)}, a helper calls {@code np.random.rand()} once;
     * then your model calls {@code np.random.rand()} twice. Which two numbers does the model
     * get? (Find {@code np.random.seed(0); np.random.rand(3)} first.)
     */
    public static double[] predictAfterInterference() {
        throw new NotSolved("H10");
    }
}
