package dev.strides.ndarray.print;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Float16;
import dev.strides.ndarray.print.Dragon4.Binary;
import dev.strides.ndarray.print.Dragon4.Cutoff;
import java.util.Arrays;

/**
 * The float column of a printed array: NumPy's {@code FloatingFormat}. One look at all shown
 * values fixes a layout that every element then follows, so the decimal points line up.
 *
 * <p><b>Scientific or positional.</b> Over the finite non-zero magnitudes, scientific notation is
 * chosen when the largest is at least 1e8 (float32: 1e6, float16: 1e3), or — unless
 * {@code suppress} — when the smallest is below 1e-4 or the largest is more than 1000 times the
 * smallest. NumPy does these comparisons in the array's own type; so does this class.
 *
 * <p><b>Widths.</b> Every finite value is formatted once to measure it: {@code padLeft} is the
 * widest part before the point (sign included), {@code padRight} the widest fraction. In
 * {@code fixed} and {@code maxprec_equal} modes all elements then get {@code padRight} digits; in
 * {@code maxprec} and {@code unique} modes each keeps its own digits and is padded with spaces.
 * In scientific notation all elements get the same number of digits. NaN and infinity are
 * right-aligned in the same width, which they may widen.
 *
 * <p><b>Cost.</b> Each shown value is formatted twice (measure, then print) by {@link Dragon4}.
 */
final class FloatingFormat {

    private final DType type;
    private final char sign;
    private final String nanstr;
    private final String infstr;
    private boolean scientific;
    private boolean unique = true;
    private Trim trim = Trim.ZEROS;
    private int precision;
    private int minDigits = FloatFormat.NONE;
    private int padLeft;
    private int padRight;
    private int expSize = FloatFormat.NONE;

    /**
     * Measures {@code data}: the shown values, already rounded to {@code type} (float16, float32 or
     * float64), with {@code sign} overriding the option's (complex parts use {@code '+'}).
     */
    FloatingFormat(double[] data, DType type, PrintOptions options, char sign) {
        this.type = type.nativeType();
        this.sign = sign;
        this.nanstr = options.nanstr();
        this.infstr = options.infstr();
        FloatMode mode = options.floatmode();
        this.precision = mode == FloatMode.UNIQUE ? FloatFormat.NONE : options.precision();

        // tag::scientific-or-fixed[]
        double[] finite = Arrays.stream(data).filter(Double::isFinite).toArray();
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : finite) {
            if (v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        if (max > 0) {
            boolean spread = belowOneTenThousandth(min) || ratioAbove1000(max, min);
            scientific = max >= scientificCutoff() || (!options.suppress() && spread);
        }
        // end::scientific-or-fixed[]

        if (finite.length > 0) {
            measure(finite, mode);
        }
        if (sign == ' ' && noneNegative(finite)) {
            padLeft++;                                  // room for the ' ' sign
        }
        if (finite.length != data.length) {
            // nan and inf fill the whole column; widen it if they do not fit (inf may be signed)
            boolean signedInf = sign != '-';
            for (double v : data) {
                signedInf |= v == Double.NEGATIVE_INFINITY;
            }
            int offset = padRight + 1;                  // the fraction and the point
            padLeft = Math.max(padLeft, Math.max(nanstr.length() - offset,
                    infstr.length() + (signedInf ? 1 : 0) - offset));
        }
    }

    // first pass: format every finite value alone and keep the widest parts
    private void measure(double[] finite, FloatMode mode) {
        boolean fixed = mode == FloatMode.FIXED;
        Trim firstTrim = fixed ? Trim.KEEP : Trim.ZEROS;
        unique = !fixed;
        int maxWhole = 0;
        int maxFraction = 0;
        int maxExponent = 0;
        for (double v : finite) {
            Binary b = Dragon4.decompose(v, type);
            String s = scientific
                    ? FloatFormat.formatScientific(b, precision, unique, firstTrim, sign == '+',
                            FloatFormat.NONE, FloatFormat.NONE, FloatFormat.NONE)
                    : FloatFormat.formatPositional(b, precision, unique, Cutoff.FRACTION_LENGTH,
                            firstTrim, sign == '+', FloatFormat.NONE, FloatFormat.NONE,
                            FloatFormat.NONE);
            int e = scientific ? s.indexOf('e') : s.length();
            int dot = s.indexOf('.');
            maxWhole = Math.max(maxWhole, dot);
            maxFraction = Math.max(maxFraction, e - dot - 1);
            if (scientific) {
                maxExponent = Math.max(maxExponent, s.length() - e - 2);   // digits after "e±"
            }
        }
        padLeft = maxWhole;
        if (scientific) {
            expSize = maxExponent;
            trim = Trim.KEEP;
            precision = maxFraction;
            minDigits = maxFraction;
            padRight = expSize + 2 + precision;         // only used to size nan and inf
        } else {
            padRight = maxFraction;
            if (fixed || mode == FloatMode.MAXPREC_EQUAL) {
                precision = maxFraction;
                minDigits = maxFraction;
                trim = Trim.KEEP;
            } else {
                trim = Trim.ZEROS;
                minDigits = 0;
            }
        }
    }

    /** Formats one value (of this format's type) in the measured layout. */
    String format(double x) {
        if (!Double.isFinite(x)) {
            String text = Double.isNaN(x)
                    ? (sign == '+' ? "+" : "") + nanstr
                    : (x < 0 ? "-" : sign == '+' ? "+" : "") + infstr;
            return " ".repeat(Math.max(padLeft + padRight + 1 - text.length(), 0)) + text;
        }
        Binary b = Dragon4.decompose(x, type);
        return scientific
                ? FloatFormat.formatScientific(b, precision, unique, trim, sign == '+', padLeft,
                        expSize, minDigits)
                : FloatFormat.formatPositional(b, precision, unique, Cutoff.FRACTION_LENGTH, trim,
                        sign == '+', padLeft, padRight, minDigits);
    }

    // 10**min(8, finfo(dtype).precision)
    private double scientificCutoff() {
        return switch (type.type()) {
            case FLOAT16 -> 1e3;
            case FLOAT32 -> 1e6;
            default -> 1e8;
        };
    }

    // min < 0.0001 with 0.0001 rounded to the array's type, as NumPy compares a weak Python float
    private boolean belowOneTenThousandth(double min) {
        return switch (type.type()) {
            case FLOAT16 -> min < Float16.toDouble(Float16.fromDouble(1e-4));
            case FLOAT32 -> min < 1e-4f;
            default -> min < 1e-4;
        };
    }

    // max / min > 1000 with the division rounded (and maybe overflowing) in the array's type
    private boolean ratioAbove1000(double max, double min) {
        return switch (type.type()) {
            case FLOAT16 -> Float.float16ToFloat(Float.floatToFloat16((float) max / (float) min))
                    > 1000;
            case FLOAT32 -> (float) max / (float) min > 1000;
            default -> max / min > 1000;
        };
    }

    private static boolean noneNegative(double[] finite) {
        for (double v : finite) {
            if (Double.doubleToRawLongBits(v) < 0) {
                return false;
            }
        }
        return true;
    }
}
