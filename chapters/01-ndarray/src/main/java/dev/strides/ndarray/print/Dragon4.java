package dev.strides.ndarray.print;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Float16;
import java.math.BigInteger;

/**
 * The decimal digits of a binary floating-point number, exactly as NumPy generates them: the
 * Dragon4 algorithm (Steele &amp; White 1990, in the integer form of Burger &amp; Dybvig 1996) in
 * the variant NumPy took from Ryan Juckett.
 *
 * <p><b>The idea.</b> A finite float is {@code v = mantissa · 2^exponent}. Its neighbours are one
 * unit in the last place away, so every real number closer to {@code v} than half that distance
 * (the <i>margins</i>) reads back as {@code v}. Scale {@code v} and both margins by the same big
 * integer so that {@code v = value / scale} with {@code 1/10 ≤ v/10^k < 1}; then each digit is
 * {@code value / scale}, the remainder is multiplied by 10, and so on, all in exact integer
 * arithmetic ({@link BigInteger}). Two ways to stop:
 *
 * <ul>
 *   <li><b>unique</b>: stop as soon as the digits so far, rounded down or up, already lie within
 *       the margins: the shortest string that reads back as {@code v} (ties inside the margin
 *       count when the mantissa is even, since round-half-even would then pick {@code v});</li>
 *   <li><b>exact</b>: keep going until the remainder is zero: the exact binary value.</li>
 * </ul>
 *
 * Either way an optional <i>cutoff</i> ends generation at a given decimal position (so many digits
 * in total, or so many after the point), and a <i>minimum</i> forces digits past the unique point.
 * The last digit is then rounded: down if only rounding down stays within the margins, up if only
 * up does, otherwise to the nearer of the two with ties to an even digit; a round-up of a 9 carries
 * into the digits before it.
 *
 * <p><b>Cost.</b> O(d) big-integer steps for d digits, each on numbers of O(|exponent|) bits:
 * microseconds for a typical double, more for 1e-300. Printing calls this only for the elements it
 * shows.
 */
public final class Dragon4 {

    private static final double LOG10_2 = 0.30102999566398119521373889472449;
    // NumPy formats into a 16384-byte buffer; no float64 ever needs that many digits
    private static final int MAX_DIGITS = 16383;

    private Dragon4() {
    }

    /** Whether a cutoff counts significant digits or digits after the decimal point. */
    public enum Cutoff {
        /** Count all significant digits (scientific notation, {@code fractional=False}). */
        TOTAL_LENGTH,
        /** Count digits after the decimal point (positional notation, {@code fractional=True}). */
        FRACTION_LENGTH
    }

    /**
     * Generated digits {@code d1 d2 … dn} and the power of ten of the first one:
     * {@code v ≈ d1.d2…dn × 10^exponent}. Zero is {@code ("0", 0)}.
     */
    public record Digits(String digits, int exponent) {
    }

    /**
     * A float split into its IEEE parts: {@code |v| = mantissa · 2^exponent}, the index of the
     * mantissa's highest set bit, and whether the gap to the next float below is half the gap
     * above (true at a power of two, where the exponent steps down).
     */
    public record Binary(boolean negative, long mantissa, int exponent, int mantissaBit,
                         boolean unequalMargins, boolean nan, boolean infinite) {

        boolean isFinite() {
            return !nan && !infinite;
        }
    }

    /**
     * Splits {@code x}, first rounded to {@code type} (float16, float32 or float64, as NumPy's
     * {@code np.float16(x)}), into its sign, mantissa and binary exponent.
     */
    public static Binary decompose(double x, DType type) {
        return switch (type.type()) {
            case FLOAT16 -> fields(Float16.fromDouble(x) & 0xFFFFL, 10, 5);
            case FLOAT32 -> fields(Float.floatToRawIntBits((float) x) & 0xFFFF_FFFFL, 23, 8);
            case FLOAT64 -> fields(Double.doubleToRawLongBits(x), 52, 11);
            default -> throw new IllegalArgumentException("decompose: type must be float16, float32"
                    + " or float64, got " + type.name());
        };
    }

    /** {@code x} rounded to float16, float32 or float64 (nearest, ties to even), as a double. */
    public static double roundTo(double x, DType type) {
        return switch (type.type()) {
            case FLOAT16 -> Float16.toDouble(Float16.fromDouble(x));
            case FLOAT32 -> (float) x;
            default -> x;
        };
    }

    // bits = sign | biased exponent (exponentBits wide) | fraction (fractionBits wide)
    private static Binary fields(long bits, int fractionBits, int exponentBits) {
        long fraction = bits & ((1L << fractionBits) - 1);
        int biased = (int) ((bits >>> fractionBits) & ((1L << exponentBits) - 1));
        boolean negative = ((bits >>> (fractionBits + exponentBits)) & 1) != 0;
        int bias = (1 << (exponentBits - 1)) - 1;
        if (biased == (1 << exponentBits) - 1) {
            return new Binary(negative, fraction, 0, 0, false, fraction != 0, fraction == 0);
        }
        if (biased != 0) {
            long mantissa = (1L << fractionBits) | fraction;     // the implicit leading one
            return new Binary(negative, mantissa, biased - bias - fractionBits, fractionBits,
                    biased != 1 && fraction == 0, false, false);
        }
        // subnormal: no implicit leading one, the smallest exponent, equal margins
        int highBit = fraction == 0 ? 0 : 63 - Long.numberOfLeadingZeros(fraction);
        return new Binary(negative, fraction, 1 - bias - fractionBits, highBit, false, false,
                false);
    }

    /**
     * Generates the digits of the finite value {@code |b|}.
     *
     * @param unique shortest round-trip digits (true) or the exact value's digits (false)
     * @param cutoff what {@code cutoffMax} and {@code cutoffMin} count
     * @param cutoffMax stop after this many digits (-1: no limit)
     * @param cutoffMin with {@code unique}, print at least this many digits (-1: no minimum)
     */
    public static Digits generate(Binary b, boolean unique, Cutoff cutoff, int cutoffMax,
                                  int cutoffMin) {
        if (b.mantissa() == 0) {
            return new Digits("0", 0);
        }
        boolean fractional = cutoff == Cutoff.FRACTION_LENGTH;
        boolean isEven = (b.mantissa() & 1) == 0;
        int e = b.exponent();
        // value = v·scale and marginLow = (half the gap below)·scale, all scaled by 2 or 4 so the
        // half-gaps are integers; the gap above is twice the gap below when margins are unequal
        int extra = b.unequalMargins() ? 2 : 1;
        BigInteger mantissa = BigInteger.valueOf(b.mantissa());
        BigInteger value = mantissa.shiftLeft(Math.max(e, 0) + extra);
        BigInteger scale = BigInteger.ONE.shiftLeft(Math.max(-e, 0) + extra);
        BigInteger marginLow = BigInteger.ONE.shiftLeft(Math.max(e, 0));

        // estimate k = floor(log10 v) + 1 (NumPy's formula: exact or one too low)
        int k = (int) Math.ceil((b.mantissaBit() + e) * LOG10_2 - 0.69);
        if (cutoffMax >= 0 && fractional && k <= -cutoffMax) {
            k = -cutoffMax + 1;     // far below the cutoff: start at the cutoff digit and round
        }
        if (k > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(k));
        } else if (k < 0) {
            BigInteger p = BigInteger.TEN.pow(-k);
            value = value.multiply(p);
            marginLow = marginLow.multiply(p);
        }
        if (value.compareTo(scale) >= 0) {
            k++;                    // the estimate was one too low
        } else {
            value = value.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }

        int lastExponent = k - MAX_DIGITS;          // decimal position of the last digit allowed
        if (cutoffMax >= 0) {
            lastExponent = Math.max(lastExponent, fractional ? -cutoffMax : k - cutoffMax);
        }
        int minExponent = k;                        // unique mode may stop only at or below this
        if (cutoffMin >= 0) {
            minExponent = Math.min(minExponent, fractional ? -cutoffMin : k - cutoffMin);
        }
        int firstExponent = k - 1;

        // tag::digit-loop[]
        StringBuilder out = new StringBuilder();
        int digit;
        boolean low = false;
        boolean high = false;
        while (true) {
            k--;
            BigInteger[] qr = value.divideAndRemainder(scale);
            digit = qr[0].intValue();
            value = qr[1];
            if (unique) {
                BigInteger marginHigh = b.unequalMargins() ? marginLow.shiftLeft(1) : marginLow;
                int lowCmp = value.compareTo(marginLow);
                int highCmp = value.add(marginHigh).compareTo(scale);
                low = isEven ? lowCmp <= 0 : lowCmp < 0;
                high = isEven ? highCmp >= 0 : highCmp > 0;
                if (((low || high) && k <= minExponent) || k == lastExponent) {
                    break;
                }
            } else if (value.signum() == 0 || k == lastExponent) {
                break;
            }
            out.append((char) ('0' + digit));
            value = value.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        // end::digit-loop[]

        boolean roundDown = low;
        if (low == high) {
            // both directions allowed (or neither): round to nearest, ties to an even digit
            int half = value.shiftLeft(1).compareTo(scale);
            roundDown = half < 0 || (half == 0 && (digit & 1) == 0);
        }
        if (roundDown) {
            out.append((char) ('0' + digit));
        } else if (digit < 9) {
            out.append((char) ('0' + digit + 1));
        } else {
            // carry: drop trailing 9s, bump the first digit that is not a 9
            int i = out.length() - 1;
            while (i >= 0 && out.charAt(i) == '9') {
                i--;
            }
            if (i < 0) {
                return new Digits("1", firstExponent + 1);
            }
            out.setLength(i + 1);
            out.setCharAt(i, (char) (out.charAt(i) + 1));
        }
        return new Digits(out.toString(), firstExponent);
    }
}
