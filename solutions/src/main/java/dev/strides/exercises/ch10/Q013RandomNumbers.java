package dev.strides.exercises.ch10;

import dev.strides.random.PCG64;

/**
 * Q013 - How to generate random numbers? Reference solution.
 *
 * <p>PCG64 is a 128-bit LCG (one multiply-add on two 64-bit halves) followed by the XSL-RR
 * permutation; a double is the top 53 bits of one output scaled by 2^-53.
 */
public final class Q013RandomNumbers {

    private static final long MULT_HI = 0x2360ED051FC65DA4L;
    private static final long MULT_LO = 0x4385DF649FCCF645L;

    private Q013RandomNumbers() {
    }

    /** {@code state * MULT + inc (mod 2^128)}: schoolbook multiplication, high parts mod 2^64. */
    public static long[] step(long stateHi, long stateLo, long incHi, long incLo) {
        long lo = stateLo * MULT_LO;
        long hi = Math.unsignedMultiplyHigh(stateLo, MULT_LO)
                + stateLo * MULT_HI + stateHi * MULT_LO;     // stateHi * MULT_HI overflows 2^128
        long sumLo = lo + incLo;
        long carry = Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0;
        return new long[] {hi + incHi + carry, sumLo};
    }

    /** XSL-RR: xor the halves, rotate right by the top six bits of the high half. */
    public static long xslRr(long hi, long lo) {
        return Long.rotateRight(hi ^ lo, (int) (hi >>> 58));
    }

    /** The top 53 bits as a multiple of 2^-53: exact, and always below 1. */
    public static double toDouble(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    /** Steps first, then outputs, as NumPy's pcg64_next64 does. */
    public static double[] random(PCG64.State state, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        long hi = state.state().shiftRight(64).longValue();
        long lo = state.state().longValue();
        long incHi = state.inc().shiftRight(64).longValue();
        long incLo = state.inc().longValue();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long[] next = step(hi, lo, incHi, incLo);
            hi = next[0];
            lo = next[1];
            out[i] = toDouble(xslRr(hi, lo));
        }
        return out;
    }

    /** What {@code repr(np.random.default_rng(42).random(3))} prints. */
    public static String predictDefaultRng42() {
        return "array([0.77395605, 0.43887844, 0.85859792])";
    }
}
