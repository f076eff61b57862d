package dev.strides.exercises.ch10;

import dev.strides.random.PCG64;
import dev.strides.workbook.NotSolved;

/**
 * Q013 - How to generate random numbers?
 *
 * <p>In NumPy 2.x the answer is {@code rng = np.random.default_rng(seed)} and then
 * {@code rng.random(n)}, {@code rng.integers(...)}, {@code rng.normal(...)}. Under it sits PCG64:
 * a 128-bit linear congruential generator, {@code state = state * MULT + inc (mod 2^128)} with
 * {@code MULT = 0x2360ED051FC65DA4_4385DF649FCCF645}, whose 64-bit output is the XSL-RR
 * permutation of the new state: xor the high and low halves, then rotate right by the top six
 * bits of the high half. A double in [0, 1) is the top 53 bits of one output:
 * {@code (x >>> 11) * 2^-53}.
 *
 * <p>Build that from the constants: the 128-bit step on two {@code long} halves
 * ({@code Math.unsignedMultiplyHigh} gives the carry of the low product), the output function,
 * the conversion to double, and a loop that reproduces {@code default_rng(42).random(n)} bit for
 * bit from the generator's state.
 *
 * <p>Your task: replace each {@code throw new NotSolved("Q013")} below with your solution.
 * Edit only src/main; the tests are read-only. Run {@code ./workbook Q013} to check.
 */
public final class Q013RandomNumbers {

    private Q013RandomNumbers() {
    }

    /**
     * One LCG step: {@code state * 0x2360ED051FC65DA44385DF649FCCF645 + inc}, modulo 2^128.
     * All values are unsigned 128-bit numbers split into high and low 64-bit halves.
     *
     * @return the new state as {@code {hi, lo}}
     */
    public static long[] step(long stateHi, long stateLo, long incHi, long incLo) {
        throw new NotSolved("Q013");
    }

    /**
     * The XSL-RR output: {@code rotateRight(hi ^ lo, hi >>> 58)}.
     *
     * <p>Example: {@code xslRr(0, 5) == 5}; {@code xslRr(1L << 58, 0) == 1L << 57}.
     */
    public static long xslRr(long hi, long lo) {
        throw new NotSolved("Q013");
    }

    /**
     * A double in [0, 1) from 64 random bits: {@code (bits >>> 11) * 2^-53}. Every result is a
     * multiple of 2^-53 and the largest is {@code 1 - 2^-53}.
     */
    public static double toDouble(long bits) {
        throw new NotSolved("Q013");
    }

    /**
     * The next {@code n} doubles of a PCG64 whose state is {@code state} (its {@code state()}
     * and {@code inc()} are 128-bit {@code BigInteger}s): step, output, convert, n times. The
     * state is not modified.
     *
     * @throws IllegalArgumentException for a negative {@code n}, with NumPy's message
     *     {@code "negative dimensions are not allowed"}
     */
    public static double[] random(PCG64.State state, int n) {
        throw new NotSolved("Q013");
    }

    /** Predict: the exact text {@code repr(np.random.default_rng(42).random(3))} prints. */
    public static String predictDefaultRng42() {
        throw new NotSolved("Q013");
    }
}
