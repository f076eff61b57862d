package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ufuncs.FloatingPointErrors.Kind;
import dev.strides.ufuncs.FloatingPointErrors.Status;

/**
 * The complex exponential and logarithm with the special values of C99 Annex G, as the C
 * library's {@code cexp} and {@code clog} give them (NumPy on Linux calls glibc's), and NumPy's
 * own complex {@code expm1}, {@code log1p} and {@code exp2}, which are formulas over real
 * functions.
 *
 * <p>Annex G extends {@code e^z} and {@code log z} to infinite and NaN parts by continuity:
 * {@code exp(-inf + iy)} is a zero whose signs are those of {@code cos y} and {@code sin y},
 * {@code exp(+inf + i·nan)} is {@code inf + i·nan} (the modulus is known, the angle is not),
 * {@code log(inf + i·nan)} is {@code inf + i·nan}. Functions here take the
 * {@link FloatingPointErrors.Status} of the call and raise what the C code raises.
 *
 * <p>Every function computes in double. For complex64 the loop rounds the result to float; C
 * computes in float ({@code cexpf}), and the two agree within an ulp or two.
 */
final class ComplexExpLog {

    static final double LN2 = 0.6931471805599453;

    private static final double EPS = Math.ulp(1.0);            // DBL_EPSILON, 2^-52
    private static final Complex NAN = new Complex(Double.NaN, Double.NaN);

    /**
     * Past {@code e^709} (a little below the largest double, {@code e^709.78}) {@code e^x} cannot
     * be formed on its own, so {@link #expTimes} scales; glibc's threshold,
     * {@code (DBL_MAX_EXP - 1) * ln 2} truncated.
     */
    static final double EXP_LIMIT = 709;

    private ComplexExpLog() {
    }

    /**
     * {@code cexp(x + iy) = e^x (cos y + i sin y)}. An infinite or NaN angle {@code y} makes
     * both parts NaN (invalid) unless {@code e^x} is 0 ({@code x = -inf}) or infinite, where the
     * modulus survives: {@code exp(+inf + i·inf) = inf + i·nan}. A huge {@code x} overflows.
     */
    static Complex exp(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (Double.isFinite(x)) {
            if (!Double.isFinite(y)) {
                status.raise(Kind.INVALID);
                return NAN;
            }
            Complex r = new Complex(expTimes(x, StrictMath.cos(y)), expTimes(x, StrictMath.sin(y)));
            if (ComplexLoops.isInfinite(r)) {
                status.raise(Kind.OVER);
            }
            return r;
        }
        if (Double.isInfinite(x)) {
            double modulus = x > 0 ? Double.POSITIVE_INFINITY : 0.0;
            if (y == 0) {
                return new Complex(modulus, y);
            }
            if (Double.isFinite(y)) {                            // only the signs of cos, sin
                return new Complex(Math.copySign(modulus, StrictMath.cos(y)),
                        Math.copySign(modulus, StrictMath.sin(y)));
            }
            if (x < 0) {
                return new Complex(0.0, Math.copySign(0.0, y));  // e^-inf is 0 at any angle
            }
            if (Double.isInfinite(y)) {
                status.raise(Kind.INVALID);
            }
            return new Complex(Double.POSITIVE_INFINITY, Double.NaN);
        }
        if (y == 0) {
            return new Complex(Double.NaN, y);                   // exp(nan + 0i) = nan + 0i
        }
        if (!Double.isNaN(y)) {
            status.raise(Kind.INVALID);
        }
        return NAN;
    }

    /**
     * {@code e^x * f} for a finite {@code x}, without forming {@code e^x} alone when it would
     * overflow but the product would not ({@code f} tiny): past {@link #EXP_LIMIT} the factor
     * {@code e^709} is moved into {@code f} once or twice first. Past three times the limit the
     * product overflows for any {@code f} that is not zero: {@code MAX_VALUE * f}.
     */
    static double expTimes(double x, double f) {
        if (x <= EXP_LIMIT) {
            return StrictMath.exp(x) * f;
        }
        double step = StrictMath.exp(EXP_LIMIT);
        double rest = x - EXP_LIMIT;
        double g = f * step;
        if (rest > EXP_LIMIT) {
            rest -= EXP_LIMIT;
            g *= step;
        }
        return rest > EXP_LIMIT ? Double.MAX_VALUE * g : StrictMath.exp(rest) * g;
    }

    // tag::complex-log[]
    /**
     * {@code clog(z) = log|z| + i·arg z}, the principal branch: the angle is
     * {@code atan2(y, x)} in {@code (-pi, pi]}, so the cut is the negative real axis and the sign
     * of a zero imaginary part picks the side ({@code log(-1 + 0i) = i·pi},
     * {@code log(-1 - 0i) = -i·pi}). {@code log 0} is {@code -inf} (the caller reports the
     * division by zero); an infinite part makes the modulus {@code inf} even next to a NaN.
     */
    static Complex log(Complex z) {
        double x = z.re();
        double y = z.im();
        if (Double.isNaN(x) || Double.isNaN(y)) {
            boolean inf = Double.isInfinite(x) || Double.isInfinite(y);
            return new Complex(inf ? Double.POSITIVE_INFINITY : Double.NaN, Double.NaN);
        }
        if (x == 0 && y == 0) {
            return new Complex(Double.NEGATIVE_INFINITY, StrictMath.atan2(y, x));
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        return new Complex(logModulus(Math.max(ax, ay), Math.min(ax, ay)), StrictMath.atan2(y, x));
    }
    // end::complex-log[]

    /**
     * {@code log(hypot(big, small))} for {@code big >= small >= 0}, accurate where
     * {@code |z|} is near 1 (there {@code log|z|} is tiny and {@code log(hypot)} would keep only
     * the rounding error of the hypot): {@code log1p(|z|² - 1) / 2} with {@code |z|² - 1} formed
     * without cancellation. Scales by a power of 2 where {@code |z|²} would overflow or
     * underflow.
     */
    static double logModulus(double big, double small) {
        int scale = 0;
        if (big > Double.MAX_VALUE / 2) {
            scale = -1;
            big = Math.scalb(big, -1);
            small = small >= Double.MIN_NORMAL * 2 ? Math.scalb(small, -1) : 0;
        } else if (big < Double.MIN_NORMAL && small < Double.MIN_NORMAL) {
            scale = 53;
            big = Math.scalb(big, 53);
            small = Math.scalb(small, 53);
        }
        if (scale == 0) {
            if (big == 1) {
                return StrictMath.log1p(small * small) / 2;
            }
            if (big > 1 && big < 2 && small < 1) {
                double d2m1 = (big - 1) * (big + 1);         // exact: Sterbenz
                if (small >= EPS) {
                    d2m1 += small * small;
                }
                return StrictMath.log1p(d2m1) / 2;
            }
            if (big < 1 && big >= 0.5 && small < EPS / 2) {
                return StrictMath.log1p((big - 1) * (big + 1)) / 2;
            }
            if (big < 1 && big >= 0.5 && big * big + small * small >= 0.5) {
                return StrictMath.log1p(x2y2m1(big, small)) / 2;
            }
        }
        return StrictMath.log(Hypot.hypot(big, small)) - scale * LN2;
    }

    /**
     * {@code x² + y² - 1} without cancellation near the unit circle: the squares are split
     * exactly into a double and its rounding error ({@code fma(x, x, -x*x)}), the large terms
     * are added with their exact errors (Knuth's two-sum), and the small terms last.
     */
    static double x2y2m1(double x, double y) {
        double x2 = x * x;
        double x2err = Math.fma(x, x, -x2);
        double y2 = y * y;
        double y2err = Math.fma(y, y, -y2);
        double s1 = x2 - 1;
        double e1 = twoSumError(x2, -1, s1);
        double s2 = s1 + y2;
        double e2 = twoSumError(s1, y2, s2);
        return s2 + (e1 + e2 + x2err + y2err);
    }

    // The rounding error of s = a + b: a + b == s + error exactly.
    private static double twoSumError(double a, double b, double s) {
        double bVirtual = s - a;
        double aVirtual = s - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    // ---- NumPy's own formulas (numpy/_core/src/umath/funcs.inc.src) -------------------------

    // tag::complex-expm1[]
    /**
     * NumPy's complex {@code expm1(x + iy) = e^(x+iy) - 1}:
     * {@code re = expm1(x)·cos y - 2 sin²(y/2)} (as {@code cos y - 1 = -2 sin²(y/2)}, which
     * keeps small results accurate), {@code im = e^x · sin y}. The two terms of {@code re} can
     * still cancel: {@code expm1(1.0629 + 1.2475j)} subtracts 0.682 from 0.602.
     */
    static Complex expm1(Complex z, FlaggedArithmetic m) {
        double x = z.re();
        double y = z.im();
        double a = m.sin(y / 2);
        double re = m.subtract(m.multiply(m.expm1(x), m.cos(y)), m.multiply(2 * a, a));
        double im = m.multiply(m.exp(x), m.sin(y));
        return new Complex(re, im);
    }
    // end::complex-expm1[]

    /**
     * NumPy's complex {@code log1p(z) = log(1 + z)}: {@code 1 + z} formed first, so it is no
     * more accurate than {@code log} for tiny {@code z}: {@code re = log(hypot(x + 1, y))},
     * {@code im = atan2(y, x + 1)}.
     */
    static Complex log1p(Complex z, FlaggedArithmetic m) {
        double xPlus1 = m.add(z.re(), 1);
        double modulus = m.hypot(xPlus1, z.im());
        return new Complex(m.log(modulus), m.atan2(z.im(), xPlus1));
    }

    /** NumPy's complex {@code exp2(z) = cexp(z · ln 2)}, {@code ln 2} in the type's precision. */
    static Complex exp2(Complex z, FlaggedArithmetic m) {
        double ln2 = m.round(LN2);
        Complex scaled = new Complex(m.multiply(z.re(), ln2), m.multiply(z.im(), ln2));
        return exp(scaled, m.status());
    }
}
