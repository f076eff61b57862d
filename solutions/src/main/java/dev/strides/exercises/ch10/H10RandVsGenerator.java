package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;

/**
 * H10 - Explain the difference between np.random.rand and np.random.Generator. Reference
 * solution.
 *
 * <p>np.random.rand draws from one hidden global RandomState (MT19937, two 32-bit words per
 * double); a Generator is an object you pass around (PCG64, one 64-bit word per double, half a
 * word per float32).
 */
public final class H10RandVsGenerator {

    private H10RandVsGenerator() {
    }

    /** {@code (u32 >>> 8) * 2^-24}: 24 random bits, from buffered 32-bit halves. */
    public static float[] randomFloat32(BitGenerator bg, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (bg.nextUint32() >>> 8) * 0x1.0p-24f;
        }
        return out;
    }

    /** float64 takes a whole 64-bit word per value, float32 half of one. */
    public static long uint64DrawsConsumed(String dtype, int n) {
        return switch (dtype) {
            case "float64" -> n;
            case "float32" -> (n + 1L) / 2;
            default -> throw new IllegalArgumentException(
                    "Unsupported dtype dtype('" + dtype + "') for random");
        };
    }

    /** The helper took rand(3)[0]: the model gets rand(3)[1:3] of seed 0. */
    public static double[] predictAfterInterference() {
        return new double[] {0.7151893663724195, 0.6027633760716439};
    }
}
