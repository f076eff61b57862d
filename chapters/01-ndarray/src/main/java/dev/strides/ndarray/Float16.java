package dev.strides.ndarray;

/**
 * IEEE 754 binary16 ("half", NumPy's {@code float16}) conversions, bit for bit as NumPy's
 * {@code npy_double_to_half}: round half to even, overflow to infinity, NaN payload kept.
 *
 * <p>Why not {@code (short) Float.floatToFloat16((float) d)}: rounding twice (double → float →
 * half) can land on the wrong neighbour when the float rounding creates a tie. Here the double is
 * rounded once.
 */
public final class Float16 {

    private static final double HALF_MAX_ROUNDS_TO_INF = 65520.0; // midpoint of 65504 and 65536
    private static final double TWO_POW_24 = 0x1p24;             // 1 / smallest subnormal

    private Float16() {
    }

    /**
     * The half value of these bits, exactly, as a double. Built from the bits, as NumPy's
     * {@code npy_halfbits_to_doublebits}, so a NaN keeps its payload and its signalling bit (a
     * hardware float conversion would quieten it, and the round trip would change the bits).
     */
    public static double toDouble(short bits) {
        long sign = (long) (bits & 0x8000) << 48;
        int exponent = (bits >>> 10) & 0x1F;
        long mantissa = bits & 0x3FF;
        if (exponent == 0x1F) {                        // infinity or NaN: widen the payload
            return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | mantissa << 42);
        }
        double magnitude = exponent == 0
                ? mantissa * 0x1p-24                   // subnormal: mantissa · 2^-24, exact
                : Math.scalb((double) (1024 + mantissa), exponent - 25);
        return sign != 0 ? -magnitude : magnitude;
    }

    /**
     * The binary32 bits of the same value, exactly, as NumPy's {@code npy_halfbits_to_floatbits}:
     * the float16 → float32 cast, done on bits so a signalling NaN stays signalling (converting
     * through a double and {@code (float)} would quieten it).
     */
    public static int toFloatBits(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0x1F) {
            return sign | 0x7F80_0000 | mantissa << 13;
        }
        float magnitude = (float) toDouble((short) (bits & 0x7FFF));  // finite: exact in float
        return sign | Float.floatToRawIntBits(magnitude);
    }

    /** The binary16 bits nearest to {@code d} (ties to even). */
    public static short fromDouble(double d) {
        long raw = Double.doubleToRawLongBits(d);
        int sign = (int) (raw >>> 48) & 0x8000;
        double mag = Math.abs(d);
        if (Double.isNaN(d)) {
            int payload = (int) ((raw & 0x000F_FFFF_FFFF_FFFFL) >>> 42);
            int bits = 0x7C00 + payload;
            return (short) (sign | (bits == 0x7C00 ? 0x7C01 : bits));
        }
        if (mag >= HALF_MAX_ROUNDS_TO_INF) {
            return (short) (sign | 0x7C00);
        }
        if (mag < 0x1p-14) {
            // subnormal: a multiple of 2^-24; scaling by a power of two is exact, rint is ties-to-even
            return (short) (sign | (int) Math.rint(mag * TWO_POW_24));
        }
        int e = Math.getExponent(mag);                       // -14 .. 15
        long q = (long) Math.rint(Math.scalb(mag, 10 - e));  // 1024 .. 2048 (2048 carries into e)
        return (short) (sign | (((e + 15) << 10) + (int) (q - 1024)));
    }
}
