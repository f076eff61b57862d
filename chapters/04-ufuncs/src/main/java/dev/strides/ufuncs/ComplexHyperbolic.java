package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ufuncs.FloatingPointErrors.Kind;
import dev.strides.ufuncs.FloatingPointErrors.Status;

/**
 * Complex {@code sinh}, {@code cosh}, {@code tanh} and, through them, {@code sin}, {@code cos}
 * and {@code tan}, with the special values of C99 Annex G as glibc's {@code csinh},
 * {@code ccosh}, {@code ctanh}, {@code csin}, {@code ccos}, {@code ctan} return them (NumPy on
 * Linux calls those).
 *
 * <p>The formulas, for {@code z = x + iy}:
 * <pre>
 *   sinh z = sinh x cos y + i cosh x sin y
 *   cosh z = cosh x cos y + i sinh x sin y
 *   tanh z = (sinh x cosh x + i sin y cos y) / (sinh² x + cos² y)
 *   sin z  = -i sinh(iz),   cos z = cosh(iz),   tan z = -i tanh(iz)
 * </pre>
 * The {@code tanh} form has one denominator, always positive, and no cancellation; past
 * {@code |x| = 354} the real part is {@code ±1} to double precision and the imaginary part is
 * {@code 4 sin y cos y / e^(2|x|)}, formed without overflowing {@code sinh² x}.
 *
 * <p>Special values: an infinite or NaN {@code y} has no cosine, so the result is NaN (invalid
 * if {@code y} is infinite) except where a zero or infinite factor decides a part:
 * {@code sinh(0 + i·inf) = 0 + i·nan}, {@code cosh(inf + i·inf) = inf + i·nan}, {@code tanh(inf
 * + iy) = 1 ± 0i}. A huge finite {@code x} overflows ({@code sinh(1e300 + 1i) = inf + i·inf}).
 * All compute in double; complex64 rounds the result.
 */
final class ComplexHyperbolic {

    /** Past this {@code |x|}, {@code sinh² x} would overflow in {@code tanh}: glibc's bound. */
    private static final double TANH_LIMIT = 354;
    private static final double EPS = Math.ulp(1.0);

    private ComplexHyperbolic() {
    }

    /** {@code sinh(x + iy) = sinh x cos y + i cosh x sin y}. */
    static Complex sinh(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (Double.isNaN(x)) {
            return new Complex(Double.NaN, y == 0 ? y : Double.NaN);
        }
        if (Double.isInfinite(x)) {
            if (y == 0) {
                return z;
            }
            if (Double.isFinite(y)) {     // cosh x = +inf, sinh x = ±inf: only the signs matter
                double re = Math.copySign(Double.POSITIVE_INFINITY, StrictMath.cos(y));
                return new Complex(Math.copySign(1, x) * re,
                        Math.copySign(Double.POSITIVE_INFINITY, StrictMath.sin(y)));
            }
            return nanAngle(Double.POSITIVE_INFINITY, y, status);
        }
        if (!Double.isFinite(y)) {
            if (x == 0) {                                  // sinh 0 = 0 times any cosine
                return nanAngle(x, y, status);
            }
            status.raise(Kind.INVALID);                    // glibc: even for a NaN y
            return new Complex(Double.NaN, Double.NaN);
        }
        double ax = Math.abs(x);
        double cos = Math.copySign(1, x) * StrictMath.cos(y);   // sinh is odd in x
        double sin = StrictMath.sin(y);
        Complex r = ax > ComplexExpLog.EXP_LIMIT                // sinh x = cosh x = e^x / 2
                ? new Complex(ComplexExpLog.expTimes(ax, cos / 2),
                        ComplexExpLog.expTimes(ax, sin / 2))
                : new Complex(StrictMath.sinh(ax) * cos, StrictMath.cosh(ax) * sin);
        return overflowChecked(r, status);
    }

    /** {@code cosh(x + iy) = cosh x cos y + i sinh x sin y}. */
    static Complex cosh(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (Double.isNaN(x)) {
            return new Complex(Double.NaN, y == 0 ? y : Double.NaN);
        }
        if (Double.isInfinite(x)) {
            if (y == 0) {
                return new Complex(Double.POSITIVE_INFINITY, y * Math.copySign(1, x));
            }
            if (Double.isFinite(y)) {
                double im = Math.copySign(Double.POSITIVE_INFINITY, StrictMath.sin(y));
                return new Complex(Math.copySign(Double.POSITIVE_INFINITY, StrictMath.cos(y)),
                        im * Math.copySign(1, x));
            }
            return nanAngle(Double.POSITIVE_INFINITY, y, status);
        }
        if (!Double.isFinite(y)) {
            if (Double.isInfinite(y)) {
                status.raise(Kind.INVALID);                // cos(inf)
            }
            return new Complex(Double.NaN, x == 0 ? 0.0 : Double.NaN);
        }
        double ax = Math.abs(x);
        double cos = StrictMath.cos(y);
        double sin = StrictMath.sin(y);
        if (ax > ComplexExpLog.EXP_LIMIT) {                // cosh x = |sinh x| = e^|x| / 2
            double signedSin = x < 0 ? -sin : sin;
            return overflowChecked(new Complex(ComplexExpLog.expTimes(ax, cos / 2),
                    ComplexExpLog.expTimes(ax, signedSin / 2)), status);
        }
        return overflowChecked(new Complex(StrictMath.cosh(x) * cos, StrictMath.sinh(x) * sin),
                status);
    }

    /** {@code tanh(x + iy) = (sinh x cosh x + i sin y cos y) / (sinh² x + cos² y)}. */
    static Complex tanh(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x)) {                    // tanh(±inf + iy) = ±1 ± 0i
                double zeroSign = Double.isFinite(y) && Math.abs(y) > 1
                        ? StrictMath.sin(y) * StrictMath.cos(y) : y;
                return new Complex(Math.copySign(1, x), Math.copySign(0.0, zeroSign));
            }
            if (y == 0) {
                return z;                                  // tanh(nan + 0i) = nan + 0i
            }
            if (Double.isInfinite(y)) {
                status.raise(Kind.INVALID);
            }
            return new Complex(x == 0 ? x : Double.NaN, Double.NaN);
        }
        double sin = StrictMath.sin(y);
        double cos = StrictMath.cos(y);
        if (Math.abs(x) > TANH_LIMIT) {
            double im = 4 * sin * cos / StrictMath.exp(2 * TANH_LIMIT);
            double rest = Math.abs(x) - TANH_LIMIT;
            im /= rest > TANH_LIMIT ? StrictMath.exp(2 * TANH_LIMIT) : StrictMath.exp(2 * rest);
            return new Complex(Math.copySign(1, x), im);
        }
        double sinh = StrictMath.sinh(x);
        double cosh = StrictMath.cosh(x);
        double den = Math.abs(sinh) > Math.abs(cos) * EPS ? sinh * sinh + cos * cos : cos * cos;
        return new Complex(sinh * cosh / den, sin * cos / den);
    }

    /**
     * {@code tan z = -i tanh(iz)}: with {@code iz = -y + ix}, {@code tan(x + iy)} is
     * {@code tanh(-y + ix)} turned a quarter back. glibc's {@code ctan} is the same code with
     * the parts swapped, so the special values carry over: {@code tan(inf + iy)} is NaN
     * (invalid), {@code tan(x + i·inf) = ±0 ± 1i}.
     */
    static Complex tan(Complex z, Status status) {
        Complex t = tanh(new Complex(-z.im(), z.re()), status);
        return new Complex(t.im(), -t.re());
    }

    /**
     * {@code sin z = -i sinh(iz)}: with {@code iz = -y + ix}, {@code sin(x + iy)} is
     * {@code sinh(-y + ix)} turned a quarter back, so {@code sin(0 + 1e300i) = 0 + i·inf}
     * (overflow) and {@code sin(inf + iy)} is NaN (invalid). glibc's {@code csin} is csinh's
     * case analysis with the parts swapped, except for an infinite {@code y} next to an
     * infinite or NaN {@code x}: there it returns {@code nan + i·inf} whatever the signs, where
     * the identity would give {@code nan - i·inf} (C99 leaves that sign unspecified).
     */
    // tag::complex-sin[]
    static Complex sin(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) && Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                status.raise(Kind.INVALID);                // inf - inf
            }
            return new Complex(Double.NaN, Double.POSITIVE_INFINITY);
        }
        Complex s = sinh(new Complex(-y, x), status);
        return new Complex(s.im(), -s.re());
    }
    // end::complex-sin[]

    /**
     * {@code cos z = cosh(iz) = cosh(-y + ix)}, exactly how glibc's {@code ccos} is written, so
     * the special values are {@link #cosh}'s: {@code cos(0 + 1e300i) = inf - 0i} (overflow),
     * {@code cos(inf + i·inf) = inf + i·nan} (invalid).
     */
    static Complex cos(Complex z, Status status) {
        return cosh(new Complex(-z.im(), z.re()), status);
    }

    // A part that is known (zero or infinite) next to a NaN made from the angle y.
    private static Complex nanAngle(double known, double y, Status status) {
        if (Double.isInfinite(y)) {
            status.raise(Kind.INVALID);                    // inf - inf
        }
        return new Complex(known, Double.NaN);
    }

    private static Complex overflowChecked(Complex r, Status status) {
        if (ComplexLoops.isInfinite(r)) {
            status.raise(Kind.OVER);
        }
        return r;
    }
}
