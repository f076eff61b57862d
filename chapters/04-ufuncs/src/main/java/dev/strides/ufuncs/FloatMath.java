package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Float16;

/**
 * Float element functions with NumPy's semantics where Java's differ or are missing.
 *
 * <p>Transcendental functions use {@link StrictMath} (fdlibm): the same bits on every JVM.
 * NumPy calls the C library or its own SIMD code, which are not correctly rounded either; the
 * two may differ in the last bit (see the chapter's conformance tests for the measured
 * differences). Arithmetic, {@code sqrt}, rounding functions and comparisons are exact in both.
 */
final class FloatMath {

    private static final double LN2 = 0.6931471805599453;
    private static final double LOG2E = 1.4426950408889634;

    private FloatMath() {
    }

    /**
     * Python's divmod for floats, NumPy's {@code npy_divmod}: the quotient rounded toward minus
     * infinity and snapped to an integer, the remainder with the sign of {@code b}. Returns
     * {@code {floordiv, mod}}. A zero divisor gives {@code {a / b, fmod(a, b)}}: inf or nan.
     */
    // tag::float-divmod[]
    static double[] divmod(double a, double b) {
        double mod = a % b;                               // Java's % on doubles is C's fmod
        if (b == 0) {
            return new double[] {a / b, mod};
        }
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }
    // end::float-divmod[]

    static double floorDivide(double a, double b) {
        return b == 0 ? a / b : divmod(a, b)[0];
    }

    static double remainder(double a, double b) {
        return b == 0 ? a % b : divmod(a, b)[1];
    }

    /** {@code trunc}: toward zero, keeping the sign of zero. */
    static double trunc(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** NumPy 2's {@code sign}: -1, 0 or 1; NaN stays NaN. */
    static double sign(double x) {
        return x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x;
    }

    // tag::maximum[]
    /**
     * {@code maximum}: NaN wins (from either side); otherwise the larger. Which zero of
     * {@code max(0.0, -0.0)} comes out is not specified by NumPy (its SIMD loops return the
     * second operand, its scalar loops the first); here it is the second.
     */
    static double maximum(double x, double y) {
        return x > y || Double.isNaN(x) ? x : y;
    }

    static double minimum(double x, double y) {
        return x < y || Double.isNaN(x) ? x : y;
    }

    /** {@code fmax}: a NaN is ignored unless both are NaN. */
    static double fmax(double x, double y) {
        return x > y || Double.isNaN(y) ? x : y;
    }

    static double fmin(double x, double y) {
        return x < y || Double.isNaN(y) ? x : y;
    }
    // end::maximum[]

    /** {@code heaviside(x, h0)}: 0 below zero, {@code h0} at zero, 1 above; NaN stays NaN. */
    static double heaviside(double x, double h0) {
        return Double.isNaN(x) ? Double.NaN : x == 0 ? h0 : x < 0 ? 0.0 : 1.0;
    }

    /** {@code log(exp(x) + exp(y))} without overflow, NumPy's {@code npy_logaddexp}. */
    static double logaddexp(double x, double y) {
        if (x == y) {
            return x + LN2;                               // also inf + inf without a NaN
        }
        double d = x - y;
        if (d > 0) {
            return x + StrictMath.log1p(StrictMath.exp(-d));
        } else if (d <= 0) {
            return y + StrictMath.log1p(StrictMath.exp(d));
        }
        return d;                                         // a NaN
    }

    /** {@code log2(2**x + 2**y)}. */
    static double logaddexp2(double x, double y) {
        if (x == y) {
            return x + 1;
        }
        double d = x - y;
        if (d > 0) {
            return x + LOG2E * StrictMath.log1p(exp2(-d));
        } else if (d <= 0) {
            return y + LOG2E * StrictMath.log1p(exp2(d));
        }
        return d;
    }

    /**
     * C99's {@code pow}, which NumPy calls: unlike Java's {@code Math.pow}, {@code pow(1, y)} is 1
     * for every {@code y} (NaN included) and {@code pow(-1, ±inf)} is 1.
     */
    static double pow(double x, double y) {
        if (x == 1.0 || x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        return StrictMath.pow(x, y);
    }

    static double exp2(double x) {
        return StrictMath.pow(2.0, x);
    }

    /** {@code log2}: exact for powers of two, which {@code log(x) / log(2)} is not. */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return StrictMath.log(x);                     // nan, -inf, inf as log gives them
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {               // subnormal: scale into range first
            return log2(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e);                     // 1 <= m < 2
        if (m > Math.sqrt(2)) {
            m /= 2;
            e += 1;
        }
        return e + StrictMath.log(m) * LOG2E;
    }

    // tag::inverse-hyperbolic[]
    /** {@code asinh}, fdlibm's formulas (Java has none): accurate near 0 and for huge x. */
    static double asinh(double x) {
        double t = Math.abs(x);
        double w;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        } else if (t < 0x1p-28) {
            return x;
        } else if (t > 0x1p28) {
            w = StrictMath.log(t) + LN2;
        } else if (t > 2) {
            w = StrictMath.log(2 * t + 1 / (Math.sqrt(x * x + 1) + t));
        } else {
            double t2 = x * x;
            w = StrictMath.log1p(t + t2 / (1 + Math.sqrt(1 + t2)));
        }
        return Math.copySign(w, x);
    }
    // end::inverse-hyperbolic[]

    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        } else if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
        } else if (x == 1) {
            return 0.0;
        } else if (x > 2) {
            return StrictMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return StrictMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double t = Math.abs(x);
        if (t > 1 || Double.isNaN(x)) {
            return Double.NaN;
        } else if (t == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        } else if (t < 0x1p-28) {
            return x;
        }
        double w = t < 0.5 ? 0.5 * StrictMath.log1p(2 * t + 2 * t * t / (1 - t))
                : 0.5 * StrictMath.log1p(2 * t / (1 - t));
        return Math.copySign(w, x);
    }

    /** {@code nextafter(x, y)} in the precision of {@code t}. */
    static double nextafter(double x, double y, DType t) {
        return switch (t.type()) {
            case FLOAT32 -> Math.nextAfter((float) x, y);
            case FLOAT16 -> nextafterHalf(x, y);
            default -> Math.nextAfter(x, y);
        };
    }

    /** The float16 neighbour of {@code x} toward {@code y}, stepping the half's bit pattern. */
    static double nextafterHalf(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x == y) {
            return y;
        }
        short bits = Float16.fromDouble(x);
        if (x == 0) {
            bits = (short) (y > 0 ? 0x0001 : 0x8001);    // smallest subnormal toward y
        } else if ((x < y) == (x > 0)) {
            bits++;                                       // away from zero
        } else {
            bits--;
        }
        return Float16.toDouble(bits);
    }

    /**
     * {@code spacing(x)} as NumPy computes it: for float32/float64 the step to the next value
     * away from zero ({@code nextafter(x, ±inf) - x}, so negative for negative {@code x}; both
     * zeros give the smallest positive subnormal); for float16 NumPy's own bit rule, which is
     * always positive and, for a negative power of two, the smaller gap below it.
     */
    static double spacing(double x, DType t) {
        if (t.type() == DType.Type.FLOAT16) {
            return spacingHalf(x);
        }
        if (Double.isInfinite(x) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return t.type() == DType.Type.FLOAT32 ? Float.MIN_VALUE : Double.MIN_VALUE;
        }
        return nextafter(x, Math.copySign(Double.POSITIVE_INFINITY, x), t) - x;
    }

    private static double spacingHalf(double x) {
        int h = Float16.fromDouble(x) & 0xFFFF;
        int exp = h & 0x7C00;
        int sig = h & 0x03FF;
        int ret;
        if (exp == 0x7C00) {
            return Double.NaN;
        } else if (h == 0x7BFF) {
            return Double.POSITIVE_INFINITY;
        } else if ((h & 0x8000) != 0 && sig == 0) {         // negative power of two
            ret = exp > 0x2C00 ? exp - 0x2C00 : exp > 0x0400 ? 1 << ((exp >> 10) - 2) : 1;
        } else {
            ret = exp > 0x2800 ? exp - 0x2800 : exp > 0x0400 ? 1 << ((exp >> 10) - 1) : 1;
        }
        return Float16.toDouble((short) ret);
    }

    /**
     * {@code frexp}: {@code x = m * 2**e} with {@code 0.5 <= |m| < 1}; 0, inf and nan give e = 0.
     */
    static double[] frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return new double[] {x, 0};
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            double[] scaled = frexp(x * 0x1p54);
            return new double[] {scaled[0], scaled[1] - 54};
        }
        return new double[] {Math.scalb(x, -e - 1), e + 1};
    }

    /** {@code ldexp(m, e)}: {@code m * 2**e}, exact unless it over- or underflows. */
    static double ldexp(double m, long e) {
        int clamped = (int) Math.max(-10000, Math.min(10000, e));
        return Math.scalb(m, clamped);
    }
}
