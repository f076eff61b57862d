package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;

import java.util.function.BinaryOperator;

/**
 * Complex element functions in NumPy's formulas, for complex128 ({@code single == false}) or
 * complex64 (every intermediate rounded to float, as NumPy's single-precision loops compute).
 * The formulas NumPy writes in C ({@code multiply}, {@code divide}, {@code reciprocal},
 * {@code square}, {@code sign}) take a {@link FlaggedArithmetic}, which rounds to the type and
 * records the floating-point errors the C code raises. The transcendental functions with C99
 * Annex G special values live in
 * {@link ComplexExpLog}, {@link ComplexHyperbolic}, {@link ComplexArcSine},
 * {@link ComplexArcTangent} and {@link ComplexPower}.
 *
 * <p>Multiplication uses a fused multiply-add for each part where NumPy's SIMD loop runs:
 * {@code re = fma(ar, br, -(ai*bi))}, {@code im = fma(ar, bi, ai*br)}. Division is Smith's
 * algorithm (divide by the larger part of the divisor first), which avoids overflow in
 * {@code br² + bi²}. Comparisons are lexicographic (real part first), as NumPy orders complex
 * numbers.
 */
final class ComplexMath {

    private ComplexMath() {
    }

    private static double r(double x, boolean single) {
        return single ? (float) x : x;
    }

    static BinaryOperator<Complex> add(boolean single) {
        return (a, b) -> new Complex(r(a.re() + b.re(), single), r(a.im() + b.im(), single));
    }

    static BinaryOperator<Complex> subtract(boolean single) {
        return (a, b) -> new Complex(r(a.re() - b.re(), single), r(a.im() - b.im(), single));
    }

    /**
     * NumPy's complex multiply, {@code (ar·br - ai·bi) + i(ar·bi + ai·br)}. Its SIMD loop fuses
     * each part into one multiply-add, {@code fma(ar, br, -(ai·bi))}, rounding once less; its
     * scalar loop, which runs where the SIMD one cannot ({@code simd == false}: a reduction,
     * whose output does not move, or {@code accumulate}, whose output overlaps its input),
     * rounds every product. The two differ in the last bit, and in which products overflow
     * (warnings).
     */
    // tag::complex-multiply[]
    static Complex multiply(Complex a, Complex b, FlaggedArithmetic m, boolean simd) {
        if (simd) {
            return new Complex(m.fma(a.re(), b.re(), -m.multiply(a.im(), b.im())),
                    m.fma(a.re(), b.im(), m.multiply(a.im(), b.re())));
        }
        return new Complex(m.subtract(m.multiply(a.re(), b.re()), m.multiply(a.im(), b.im())),
                m.add(m.multiply(a.re(), b.im()), m.multiply(a.im(), b.re())));
    }
    // end::complex-multiply[]

    /**
     * NumPy's complex division, Smith's algorithm: divide by the larger part of the divisor
     * first ({@code rat = bi/br}, {@code scl = 1/(br + bi·rat)}), so that {@code br² + bi²} is
     * never formed and cannot overflow. A zero divisor divides each part by {@code +0}: complex
     * inf or nan. The comparison is C's {@code >=}: a NaN divisor signals invalid.
     */
    // tag::complex-divide[]
    static Complex divide(Complex a, Complex b, FlaggedArithmetic m) {
        double ar = a.re();
        double ai = a.im();
        double br = b.re();
        double bi = b.im();
        double brAbs = Math.abs(br);
        double biAbs = Math.abs(bi);
        if (m.atLeast(brAbs, biAbs)) {
            if (brAbs == 0 && biAbs == 0) {
                return new Complex(m.divide(ar, brAbs), m.divide(ai, biAbs));
            }
            double rat = m.divide(bi, br);
            double scl = m.divide(1, m.add(br, m.multiply(bi, rat)));
            return new Complex(m.multiply(m.add(ar, m.multiply(ai, rat)), scl),
                    m.multiply(m.subtract(ai, m.multiply(ar, rat)), scl));
        }
        double rat = m.divide(br, bi);
        double scl = m.divide(1, m.add(bi, m.multiply(br, rat)));
        return new Complex(m.multiply(m.add(m.multiply(ar, rat), ai), scl),
                m.multiply(m.subtract(m.multiply(ai, rat), ar), scl));
    }
    // end::complex-divide[]

    /**
     * NumPy's complex {@code reciprocal}: {@code 1/z} by Smith's method, dividing by the larger
     * part first so that {@code re² + im²} is never formed: for {@code |im| <= |re|},
     * {@code r = im/re}, {@code d = re + im·r} and {@code 1/z = (1 - i·r) / d}. The comparison is
     * C's {@code <=}, which signals invalid for a NaN part; {@code 1/(0 + 0i)} is {@code 0/0}:
     * NaN, invalid (not {@code inf}, as {@code 1/0.0} is).
     */
    // tag::complex-reciprocal[]
    static Complex reciprocal(Complex z, FlaggedArithmetic m) {
        double re = z.re();
        double im = z.im();
        if (m.atMost(Math.abs(im), Math.abs(re))) {
            double r = m.divide(im, re);
            double d = m.add(re, m.multiply(im, r));
            return new Complex(m.divide(1, d), m.divide(-r, d));
        }
        double r = m.divide(re, im);
        double d = m.add(m.multiply(re, r), im);
        return new Complex(m.divide(r, d), m.divide(-1, d));
    }
    // end::complex-reciprocal[]

    /**
     * NumPy's complex {@code square}: {@code (re² - im²) + i·2·re·im}, each part one fused
     * multiply-add as in NumPy's SIMD loop ({@link #multiply} of {@code z} by itself).
     */
    static Complex square(Complex z, FlaggedArithmetic m) {
        return multiply(z, z, m, true);
    }

    /**
     * {@code |z|} as {@code np.absolute} computes it for complex arrays (NumPy's SIMD formula,
     * see {@link Hypot#complexAbsolute}); {@code single} for complex64.
     */
    static double abs(Complex z, boolean single) {
        return Hypot.complexAbsolute(z.re(), z.im(), single);
    }

    /**
     * NumPy 2's complex {@code sign(z) = z / |z|}, 0 for 0, with {@code |z|} from the C
     * library's {@code hypot} ({@code hypotf} for complex64). The infinite cases follow the
     * modulus, not the parts: {@code sign(inf + 2i) = 1}, {@code sign(nan + i·inf) = i} (hypot is
     * infinite next to a NaN), {@code sign(inf + i·inf)} is NaN, and a finite {@code z} whose
     * modulus overflows ({@code 1e308 + 1e308i}: overflow) counts as "imaginary part infinite":
     * {@code ±i}.
     */
    // tag::complex-sign[]
    static Complex sign(Complex z, FlaggedArithmetic m) {
        double re = z.re();
        double im = z.im();
        double modulus = m.hypot(re, im);
        if (Double.isNaN(modulus)) {
            return new Complex(Double.NaN, Double.NaN);
        }
        if (Double.isInfinite(modulus)) {
            if (Double.isInfinite(re)) {
                return Double.isInfinite(im) ? new Complex(Double.NaN, Double.NaN)
                        : new Complex(re > 0 ? 1 : -1, 0);
            }
            return new Complex(0, im > 0 ? 1 : -1);
        }
        if (modulus == 0) {
            return new Complex(0, 0);
        }
        return new Complex(m.divide(re, modulus), m.divide(im, modulus));
    }
    // end::complex-sign[]

    /**
     * The principal square root, Kahan's formula: no cancellation, branch cut on the negative
     * reals.
     */
    static Complex sqrt(Complex z) {
        double a = z.re();
        double b = z.im();
        if (a == 0 && b == 0) {
            return new Complex(0, b);
        }
        if (Double.isInfinite(b)) {
            return new Complex(Double.POSITIVE_INFINITY, b);
        }
        if (Double.isNaN(a)) {
            return new Complex(a, Double.NaN);
        }
        if (Double.isInfinite(a)) {
            return a > 0 ? new Complex(a, Double.isNaN(b) ? b : Math.copySign(0, b))
                    : new Complex(Double.isNaN(b) ? Math.abs(b - b) : 0, Math.copySign(-a, b));
        }
        double t = Math.sqrt((Math.abs(a) + Hypot.hypot(a, b)) / 2);
        return a >= 0 ? new Complex(t, b / (2 * t))
                : new Complex(Math.abs(b) / (2 * t), Math.copySign(t, b));
    }

    static boolean isNaN(Complex z) {
        return Double.isNaN(z.re()) || Double.isNaN(z.im());
    }

    static boolean less(Complex a, Complex b) {
        return !isNaN(a) && !isNaN(b) && (a.re() < b.re() || a.re() == b.re() && a.im() < b.im());
    }

    static boolean lessEqual(Complex a, Complex b) {
        return !isNaN(a) && !isNaN(b) && (a.re() < b.re() || a.re() == b.re() && a.im() <= b.im());
    }

    /** {@code maximum} for complex: lexicographic, a NaN (in either part) wins. */
    static Complex maximum(Complex a, Complex b) {
        return isNaN(a) || !isNaN(b) && lessEqual(b, a) ? a : b;
    }

    static Complex minimum(Complex a, Complex b) {
        return isNaN(a) || !isNaN(b) && lessEqual(a, b) ? a : b;
    }

    static Complex fmax(Complex a, Complex b) {
        return isNaN(b) || !isNaN(a) && lessEqual(b, a) ? a : b;
    }

    static Complex fmin(Complex a, Complex b) {
        return isNaN(b) || !isNaN(a) && lessEqual(a, b) ? a : b;
    }

    static boolean nonzero(Complex z) {
        return z.re() != 0 || z.im() != 0;
    }
}
