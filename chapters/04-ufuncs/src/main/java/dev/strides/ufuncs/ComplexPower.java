package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ufuncs.FloatingPointErrors.Kind;

/**
 * Complex {@code z ** w}, NumPy's {@code npy_cpow}, in float (complex64) or double arithmetic:
 * <ol>
 *   <li>{@code w == 0} gives 1, whatever {@code z} (even {@code nan});</li>
 *   <li>a zero base gives 0 for {@code Re w > 0} and {@code nan + i·nan} otherwise (invalid);</li>
 *   <li>a real integer exponent {@code |n| < 100} multiplies: {@code z}, {@code z·z},
 *       {@code z·(z·z)}, else binary powering from 1, and {@code 1 / z^|n|} for negative
 *       {@code n} (exact where it can be: {@code (1j)**2 == -1});</li>
 *   <li>anything else is the C library's {@code cpow}, {@code cexp(w · clog(z))}, where the
 *       product is C99's complex multiplication, which recovers infinities that the plain
 *       formula turns into {@code nan + i·nan} (Annex G).</li>
 * </ol>
 * Floating-point errors are those the C code raises on the way (see {@link FlaggedArithmetic}):
 * {@code (inf + 0j) ** 2} multiplies {@code inf · 0}, invalid; a NaN exponent compared in step 3
 * signals invalid too.
 */
final class ComplexPower {

    private static final Complex ONE = new Complex(1, 0);

    private ComplexPower() {
    }

    /** The loop kernel: complex64 ({@code single}) or complex128 arithmetic. */
    static ComplexLoops.ComplexBinaryKernel power(boolean single) {
        return (z, w, status) -> power(z, w, new FlaggedArithmetic(single, status));
    }

    // tag::complex-power[]
    static Complex power(Complex z, Complex w, FlaggedArithmetic m) {
        if (w.re() == 0 && w.im() == 0) {
            return ONE;
        }
        if (z.re() == 0 && z.im() == 0) {
            if (m.greater(w.re(), 0)) {
                return new Complex(0, 0);
            }
            m.status().raise(Kind.INVALID);                // NumPy computes inf - inf on purpose
            return new Complex(Double.NaN, Double.NaN);
        }
        if (w.im() == 0 && m.greater(w.re(), -100) && m.less(w.re(), 100)
                && w.re() == Math.rint(w.re())) {
            int n = (int) w.re();
            return switch (n) {
                case 1 -> z;
                case 2 -> multiply(z, z, m);
                case 3 -> multiply(z, multiply(z, z, m), m);
                default -> {
                    Complex r = integerPower(z, Math.abs(n), m);
                    yield n > 0 ? r : divide(ONE, r, m);
                }
            };
        }
        Complex log = ComplexExpLog.log(z);
        log = new Complex(m.round(log.re()), m.round(log.im()));
        return ComplexExpLog.exp(annexGMultiply(w, log, m), m.status());
    }
    // end::complex-power[]

    /** Binary powering from 1, as NumPy's loop (so {@code inf} bases give nan parts as there). */
    private static Complex integerPower(Complex z, int n, FlaggedArithmetic m) {
        Complex result = ONE;
        Complex p = z;
        int mask = 1;
        while (true) {
            if ((n & mask) != 0) {
                result = multiply(result, p, m);
            }
            mask <<= 1;
            if (n < mask) {
                return result;
            }
            p = multiply(p, p, m);
        }
    }

    /** The textbook product {@code (ac - bd) + i(ad + bc)}, as NumPy's {@code cmul}. */
    private static Complex multiply(Complex a, Complex b, FlaggedArithmetic m) {
        return new Complex(
                m.subtract(m.multiply(a.re(), b.re()), m.multiply(a.im(), b.im())),
                m.add(m.multiply(a.re(), b.im()), m.multiply(a.im(), b.re())));
    }

    /** NumPy's {@code cdiv}: Smith's division, a zero divisor giving complex inf or nan. */
    private static Complex divide(Complex a, Complex b, FlaggedArithmetic m) {
        double absRe = Math.abs(b.re());
        double absIm = Math.abs(b.im());
        if (m.atLeast(absRe, absIm)) {
            if (absRe == 0 && absIm == 0) {
                return new Complex(m.divide(a.re(), absRe), m.divide(a.im(), absIm));
            }
            double ratio = m.divide(b.im(), b.re());
            double scale = m.divide(1, m.add(b.re(), m.multiply(b.im(), ratio)));
            return new Complex(m.multiply(m.add(a.re(), m.multiply(a.im(), ratio)), scale),
                    m.multiply(m.subtract(a.im(), m.multiply(a.re(), ratio)), scale));
        }
        double ratio = m.divide(b.re(), b.im());
        double scale = m.divide(1, m.add(b.im(), m.multiply(b.re(), ratio)));
        return new Complex(m.multiply(m.add(m.multiply(a.re(), ratio), a.im()), scale),
                m.multiply(m.subtract(m.multiply(a.im(), ratio), a.re()), scale));
    }

    /**
     * C99's {@code a * b} (GCC's {@code __muldc3}): the textbook product, but when both parts
     * come out NaN while a factor is infinite, the infinity is recovered. An infinite factor is
     * "boxed" (each part becomes {@code ±1} if infinite, {@code ±0} if finite), NaN parts of the
     * other factor become {@code ±0}, and the product of those, times {@code inf}, gives the
     * direction of the infinite result: {@code (inf + i·inf) * (1 + 0i)} is {@code inf + i·inf},
     * where the textbook formula gives {@code nan + i·nan} ({@code inf·0 - ...}).
     */
    static Complex annexGMultiply(Complex u, Complex v, FlaggedArithmetic m) {
        double a = u.re();
        double b = u.im();
        double c = v.re();
        double d = v.im();
        double ac = m.multiply(a, c);
        double bd = m.multiply(b, d);
        double ad = m.multiply(a, d);
        double bc = m.multiply(b, c);
        double x = m.subtract(ac, bd);
        double y = m.add(ad, bc);
        if (!Double.isNaN(x) || !Double.isNaN(y)) {
            return new Complex(x, y);
        }
        boolean recalc = false;
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            a = box(a);
            b = box(b);
            c = nanToZero(c);
            d = nanToZero(d);
            recalc = true;
        }
        if (Double.isInfinite(c) || Double.isInfinite(d)) {
            c = box(c);
            d = box(d);
            a = nanToZero(a);
            b = nanToZero(b);
            recalc = true;
        }
        if (!recalc && (Double.isInfinite(ac) || Double.isInfinite(bd)
                || Double.isInfinite(ad) || Double.isInfinite(bc))) {
            a = nanToZero(a);                            // an overflow: the NaNs were inf - inf
            b = nanToZero(b);
            c = nanToZero(c);
            d = nanToZero(d);
            recalc = true;
        }
        if (!recalc) {
            return new Complex(x, y);
        }
        double inf = Double.POSITIVE_INFINITY;
        return new Complex(m.multiply(inf, m.subtract(m.multiply(a, c), m.multiply(b, d))),
                m.multiply(inf, m.add(m.multiply(a, d), m.multiply(b, c))));
    }

    // ±1 for an infinite part, ±0 for a finite one (NaN parts become ±0 as well).
    private static double box(double p) {
        return Math.copySign(Double.isInfinite(p) ? 1.0 : 0.0, p);
    }

    private static double nanToZero(double p) {
        return Double.isNaN(p) ? Math.copySign(0.0, p) : p;
    }
}
