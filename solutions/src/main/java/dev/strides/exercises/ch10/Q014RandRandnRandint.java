package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;

/**
 * Q014 - Difference between rand(), randn(), randint(). Reference solution.
 *
 * <p>{@code rand} is 53 bits from two 32-bit Mersenne Twister words; {@code randn} is the
 * Marsaglia polar method, two normals per accepted point; {@code randint} is int64.
 */
public final class Q014RandRandnRandint {

    private Q014RandRandnRandint() {
    }

    /** 27 bits of one word and 26 of the next: {@code (a * 2^26 + b) / 2^53}. */
    public static double[] rand(BitGenerator mt, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long a = (mt.nextUint32() & 0xFFFF_FFFFL) >>> 5;   // 27 bits
            long b = (mt.nextUint32() & 0xFFFF_FFFFL) >>> 6;   // 26 bits
            out[i] = (a * 67108864.0 + b) / 9007199254740992.0;
        }
        return out;
    }

    /** The polar method, returning {@code f * x2} first and then the cached {@code f * x1}. */
    public static double[] randn(BitGenerator mt, int n) {
        double[] out = new double[n];
        int i = 0;
        while (i < n) {
            double x1;
            double x2;
            double r2;
            do {
                x1 = 2.0 * legacyDouble(mt) - 1.0;
                x2 = 2.0 * legacyDouble(mt) - 1.0;
                r2 = x1 * x1 + x2 * x2;
            } while (r2 >= 1.0 || r2 == 0.0);               // outside the disc, or its centre
            double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
            out[i++] = f * x2;
            if (i < n) {
                out[i++] = f * x1;                           // the value NumPy caches
            }
        }
        return out;
    }

    private static double legacyDouble(BitGenerator mt) {
        return rand(mt, 1)[0];
    }

    /** rand and randn give float64; randint gives int64 (the default integer on 64-bit Linux). */
    public static String dtypeName(String function) {
        return switch (function) {
            case "rand", "randn" -> "float64";
            case "randint" -> "int64";
            default -> throw new IllegalArgumentException(
                    "unknown function '" + function + "': expected rand, randn or randint");
        };
    }
}
