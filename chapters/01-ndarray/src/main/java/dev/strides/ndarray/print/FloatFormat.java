package dev.strides.ndarray.print;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.print.Dragon4.Binary;
import dev.strides.ndarray.print.Dragon4.Cutoff;
import dev.strides.ndarray.print.Dragon4.Digits;

/**
 * One float as text, NumPy's way: {@code np.format_float_positional}, {@code
 * np.format_float_scientific} and {@code str()} of a NumPy float or complex scalar.
 *
 * <p>The digits come from {@link Dragon4}; this class lays them out: the sign, the decimal point,
 * zeros up to the precision, {@link Trim trimming}, the exponent, and space padding so that
 * numbers line up in a column ({@code padLeft} characters before the point, {@code padRight}
 * after it). The value is first rounded to {@code type} (float16, float32 or float64) and its
 * digits are the shortest that single it out <i>among values of that type</i>:
 * {@code positional(0.1, FLOAT32)} is {@code 0.1} although that float32 is exactly
 * {@code 0.100000001490116…}, while {@code positional(0.1f, FLOAT64)} is
 * {@code 0.10000000149011612}.
 *
 * <p>Integer arguments take {@link #NONE} for NumPy's {@code None}.
 */
public final class FloatFormat {

    /** NumPy's {@code None} for {@code precision}, {@code padLeft}, {@code minDigits}, … */
    public static final int NONE = -1;

    private FloatFormat() {
    }

    // ---- NumPy's public functions ---------------------------------------------------------------

    /** {@code np.format_float_positional(x)}: shortest digits, e.g. {@code 0.1}, {@code 2.}. */
    public static String positional(double x, DType type) {
        return positional(x, type, NONE, true, true, Trim.KEEP, false, NONE, NONE, NONE);
    }

    /**
     * {@code np.format_float_positional(x, precision, unique, fractional, trim, sign, pad_left,
     * pad_right, min_digits)}: {@code x} in positional notation ({@code 123.456}).
     *
     * @param precision at most this many digits (after the point if {@code fractional}, else
     *     significant); {@link #NONE} for no limit
     * @param unique shortest round-trip digits, cut at {@code precision}; false: the exact binary
     *     value rounded at {@code precision} (then {@code precision} is required)
     * @param minDigits with {@code unique}, at least this many digits, rounded
     * @throws IllegalArgumentException with NumPy's messages for bad combinations
     */
    public static String positional(double x, DType type, int precision, boolean unique,
                                    boolean fractional, Trim trim, boolean sign, int padLeft,
                                    int padRight, int minDigits) {
        checkNoneOrNonNegative(precision, "precision");
        checkNoneOrNonNegative(padLeft, "pad_left");
        checkNoneOrNonNegative(padRight, "pad_right");
        checkNoneOrNonNegative(minDigits, "min_digits");
        if (!fractional && precision == 0) {
            throw new IllegalArgumentException(
                    "precision must be greater than 0 if fractional=False");
        }
        checkDigits(precision, unique, minDigits);
        return formatPositional(Dragon4.decompose(x, type), precision, unique,
                fractional ? Cutoff.FRACTION_LENGTH : Cutoff.TOTAL_LENGTH, trim, sign, padLeft,
                padRight, minDigits);
    }

    /** {@code np.format_float_scientific(x)}: shortest round-trip digits, e.g. {@code 1.5e+00}. */
    public static String scientific(double x, DType type) {
        return scientific(x, type, NONE, true, Trim.KEEP, false, NONE, NONE, NONE);
    }

    /**
     * {@code np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
     * min_digits)}: {@code x} as {@code d.ddde±XX}.
     *
     * @param precision at most this many digits after the first; {@link #NONE} for no limit
     * @param expDigits at least this many exponent digits ({@link #NONE}: 2)
     * @throws IllegalArgumentException with NumPy's messages for bad combinations
     */
    public static String scientific(double x, DType type, int precision, boolean unique, Trim trim,
                                    boolean sign, int padLeft, int expDigits, int minDigits) {
        checkNoneOrNonNegative(precision, "precision");
        checkNoneOrNonNegative(padLeft, "pad_left");
        checkNoneOrNonNegative(expDigits, "exp_digits");
        checkNoneOrNonNegative(minDigits, "min_digits");
        checkDigits(precision, unique, minDigits);
        return formatScientific(Dragon4.decompose(x, type), precision, unique, trim, sign, padLeft,
                expDigits, minDigits);
    }

    /**
     * NumPy's {@code str()} of a float scalar: shortest digits, positional ({@code 0.1},
     * {@code 2.0}) when {@code 1e-4 <= |x| <} 1e16 (float64), 1e6 (float32) or 1e3 (float16),
     * else scientific ({@code 1e+16}, {@code 1.5e-05}).
     */
    public static String str(double x, DType type) {
        Binary b = Dragon4.decompose(x, type);
        if (type.type() == DType.Type.FLOAT16) {
            double v = Math.abs(Dragon4.roundTo(x, type));
            return v == 0 || (v < 1e3 && v >= 1e-4)
                    ? formatPositional(b, NONE, true, Cutoff.TOTAL_LENGTH, Trim.LEAVE_ONE_ZERO,
                            false, NONE, NONE, NONE)
                    : formatScientific(b, NONE, true, Trim.DPT_ZEROS, false, NONE, NONE, NONE);
        }
        return either(x, type, b, Trim.LEAVE_ONE_ZERO, Trim.DPT_ZEROS, false);
    }

    /**
     * NumPy's {@code str()} of a complex scalar: {@code (1+2j)}, {@code (1.5-0j)}, {@code 2j} (a
     * real part of +0 is left out), {@code (nan+infj)}. {@code componentType} is float32 for
     * complex64 and float64 for complex128.
     */
    public static String complexStr(double re, double im, DType componentType) {
        re = Dragon4.roundTo(re, componentType);
        im = Dragon4.roundTo(im, componentType);
        if (re == 0.0 && Double.doubleToRawLongBits(re) == 0) {
            return either(im, componentType, Dragon4.decompose(im, componentType), Trim.DPT_ZEROS,
                    Trim.DPT_ZEROS, false) + "j";
        }
        String real = Double.isFinite(re)
                ? either(re, componentType, Dragon4.decompose(re, componentType), Trim.DPT_ZEROS,
                        Trim.DPT_ZEROS, false)
                : Double.isNaN(re) ? "nan" : re > 0 ? "inf" : "-inf";
        String imag = Double.isFinite(im)
                ? either(im, componentType, Dragon4.decompose(im, componentType), Trim.DPT_ZEROS,
                        Trim.DPT_ZEROS, true)
                : Double.isNaN(im) ? "+nan" : im > 0 ? "+inf" : "-inf";
        return "(" + real + imag + "j)";
    }

    // the float32/float64 scalar rule: positional for NaN, zero and 1e-4 <= |x| < maxPositional
    private static String either(double x, DType type, Binary b, Trim positionalTrim,
                                 Trim scientificTrim, boolean sign) {
        double maxPositional = type.type() == DType.Type.FLOAT32 ? 1e6 : 1e16;
        x = Dragon4.roundTo(x, type);
        double v = Math.abs(x);
        boolean positional = Double.isNaN(x) || x == 0 || (v < maxPositional && v >= 1e-4);
        return positional
                ? formatPositional(b, NONE, true, Cutoff.TOTAL_LENGTH, positionalTrim, sign, NONE,
                        NONE, NONE)
                : formatScientific(b, NONE, true, scientificTrim, sign, NONE, NONE, NONE);
    }

    private static void checkNoneOrNonNegative(int value, String name) {
        if (value < NONE) {
            throw new IllegalArgumentException(name + " must be >= 0");
        }
    }

    private static void checkDigits(int precision, boolean unique, int minDigits) {
        if (minDigits > 0 && precision > 0 && minDigits > precision) {
            throw new IllegalArgumentException(
                    "min_digits must be less than or equal to precision");
        }
        if (!unique && precision < 0) {
            throw new IllegalArgumentException("in non-unique mode `precision` must be supplied");
        }
    }

    // ---- layout (unchecked; FloatingFormat calls these directly) --------------------------------

    /** NaN and infinity: {@code nan} (never signed), {@code inf}, {@code -inf}, {@code +inf}. */
    private static String special(Binary b, boolean sign) {
        if (b.nan()) {
            return "nan";
        }
        return (b.negative() ? "-" : sign ? "+" : "") + "inf";
    }

    /** Positional layout of {@code b}: sign, whole digits, point, fraction, padding. */
    static String formatPositional(Binary b, int precision, boolean unique, Cutoff cutoff,
                                   Trim trim, boolean sign, int padLeft, int padRight,
                                   int minDigits) {
        if (!b.isFinite()) {
            return special(b, sign);
        }
        String signText = b.negative() ? "-" : sign ? "+" : "";
        Digits d = Dragon4.generate(b, unique, cutoff, precision, minDigits);
        String digits = d.digits();
        String whole;
        StringBuilder fraction = new StringBuilder();
        if (d.exponent() >= 0) {
            int wholeDigits = d.exponent() + 1;
            if (digits.length() <= wholeDigits) {
                whole = digits + "0".repeat(wholeDigits - digits.length());
            } else {
                whole = digits.substring(0, wholeDigits);
                fraction.append(digits, wholeDigits, digits.length());
            }
        } else {
            whole = "0";
            fraction.append("0".repeat(-(d.exponent() + 1))).append(digits);
        }
        boolean point = !fraction.isEmpty() || trim != Trim.DPT_ZEROS;

        int wanted = unique ? minDigits : precision;   // digits the caller asked to see
        int wantedFraction = cutoff == Cutoff.TOTAL_LENGTH
                ? wanted - whole.length() : Math.max(wanted, 0);
        if (trim == Trim.LEAVE_ONE_ZERO && fraction.isEmpty()) {
            fraction.append('0');
        } else if (trim == Trim.KEEP && wantedFraction > fraction.length()) {
            fraction.append("0".repeat(wantedFraction - fraction.length()));
        }
        if (trim != Trim.KEEP && !fraction.isEmpty()) {
            stripZeros(fraction);
            if (fraction.isEmpty() && trim == Trim.LEAVE_ONE_ZERO) {
                fraction.append('0');
            } else if (fraction.isEmpty() && trim == Trim.DPT_ZEROS) {
                point = false;
            }
        }

        StringBuilder out = new StringBuilder(signText).append(whole);
        if (point) {
            out.append('.');
        }
        out.append(fraction);
        if (padRight >= fraction.length()) {
            if (trim == Trim.DPT_ZEROS && fraction.isEmpty()) {
                out.append(' ');                // stands in for the trimmed point
            }
            out.append(" ".repeat(padRight - fraction.length()));
        }
        int left = padLeft - whole.length() - signText.length();
        return left > 0 ? " ".repeat(left) + out : out.toString();
    }

    /** Scientific layout of {@code b}: padding, sign, digit, point, fraction, {@code e±XX}. */
    static String formatScientific(Binary b, int precision, boolean unique, Trim trim, boolean sign,
                                   int padLeft, int expDigits, int minDigits) {
        if (!b.isFinite()) {
            return special(b, sign);
        }
        String signText = b.negative() ? "-" : sign ? "+" : "";
        Digits d = Dragon4.generate(b, unique, Cutoff.TOTAL_LENGTH,
                precision < 0 ? NONE : precision + 1, minDigits < 0 ? NONE : minDigits + 1);
        String digits = d.digits();
        StringBuilder fraction = new StringBuilder(digits.substring(1));
        boolean point = !fraction.isEmpty() || trim != Trim.DPT_ZEROS;

        int wanted = Math.max(unique ? minDigits : precision, 0);
        if (trim == Trim.LEAVE_ONE_ZERO && fraction.isEmpty()) {
            fraction.append('0');
        } else if (trim == Trim.KEEP && wanted > fraction.length()) {
            fraction.append("0".repeat(wanted - fraction.length()));
        }
        if (trim != Trim.KEEP && !fraction.isEmpty()) {
            stripZeros(fraction);       // unlike positional, the point stays: "1.e+00"
            if (fraction.isEmpty() && trim == Trim.LEAVE_ONE_ZERO) {
                fraction.append('0');
            }
        }

        int left = padLeft - 1 - signText.length();
        StringBuilder out = new StringBuilder(left > 0 ? " ".repeat(left) : "");
        out.append(signText).append(digits.charAt(0));
        if (point) {
            out.append('.');
        }
        out.append(fraction).append('e').append(d.exponent() < 0 ? '-' : '+');
        // at least expDigits digits (2 for NONE, at most 5); exponent 0 has no digits of its own
        int wantDigits = expDigits < 0 ? 2 : Math.min(expDigits, 5);
        int magnitude = Math.abs(d.exponent());
        String exponent = magnitude == 0 ? "" : Integer.toString(magnitude);
        out.append("0".repeat(Math.max(wantDigits - exponent.length(), 0))).append(exponent);
        return out.toString();
    }

    private static void stripZeros(StringBuilder fraction) {
        int n = fraction.length();
        while (n > 0 && fraction.charAt(n - 1) == '0') {
            n--;
        }
        fraction.setLength(n);
    }
}
