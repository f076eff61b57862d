package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Complex element functions in NumPy's formulas, for complex128 ({@code single == false}) or
 * complex64 (every intermediate rounded to float, as NumPy's single-precision loops compute).
 * The transcendental functions with C99 Annex G special values live in {@link ComplexExpLog},
 * {@link ComplexHyperbolic}, {@link ComplexArcSine}, {@link ComplexArcTangent} and
 * {@link ComplexPower}.
 *
 * <p>Multiplication uses a fused multiply-add for each part, as NumPy's SIMD loop does:
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

    // tag::complex-multiply[]
    static BinaryOperator<Complex> multiply(boolean single) {
        if (single) {
            return (a, b) -> {
                float ar = (float) a.re();
                float ai = (float) a.im();
                float br = (float) b.re();
                float bi = (float) b.im();
                return new Complex(Math.fma(ar, br, -(ai * bi)), Math.fma(ar, bi, ai * br));
            };
        }
        return (a, b) -> new Complex(Math.fma(a.re(), b.re(), -(a.im() * b.im())),
                Math.fma(a.re(), b.im(), a.im() * b.re()));
    }
    // end::complex-multiply[]

    // tag::complex-divide[]
    /** Smith's division; a zero divisor gives complex inf or nan, as NumPy's loop. */
    static BinaryOperator<Complex> divide(boolean single) {
        return (a, b) -> {
            double br = b.re();
            double bi = b.im();
            double brAbs = Math.abs(br);
            double biAbs = Math.abs(bi);
            if (brAbs >= biAbs) {
                if (brAbs == 0 && biAbs == 0) {
                    return new Complex(r(a.re() / brAbs, single), r(a.im() / brAbs, single));
                }
                double rat = r(bi / br, single);
                double scl = r(1.0 / r(br + r(bi * rat, single), single), single);
                return new Complex(r(r(a.re() + r(a.im() * rat, single), single) * scl, single),
                        r(r(a.im() - r(a.re() * rat, single), single) * scl, single));
            }
            double rat = r(br / bi, single);
            double scl = r(1.0 / r(bi + r(br * rat, single), single), single);
            return new Complex(r(r(r(a.re() * rat, single) + a.im(), single) * scl, single),
                    r(r(r(a.im() * rat, single) - a.re(), single) * scl, single));
        };
    }
    // end::complex-divide[]

    static UnaryOperator<Complex> reciprocal(boolean single) {
        return z -> {
            double re = z.re();
            double im = z.im();
            if (Math.abs(im) <= Math.abs(re)) {
                double q = r(im / re, single);
                double d = r(re + r(im * q, single), single);
                return new Complex(r(1 / d, single), r(-q / d, single));
            }
            double q = r(re / im, single);
            double d = r(r(re * q, single) + im, single);
            return new Complex(r(q / d, single), r(-1 / d, single));
        };
    }

    static double abs(Complex z) {
        return StrictMath.hypot(z.re(), z.im());
    }

    /** NumPy 2's {@code sign(z) = z / |z|} (0 for 0). */
    static UnaryOperator<Complex> sign(boolean single) {
        return z -> {
            if (Double.isNaN(z.re()) || Double.isNaN(z.im())) {
                return new Complex(Double.NaN, Double.NaN);
            }
            double m = r(abs(z), single);                     // hypotf for complex64
            if (m == 0) {
                return new Complex(0, 0);
            }
            if (Double.isInfinite(m)) {
                double re = Double.isInfinite(z.re()) ? Math.copySign(1, z.re()) : 0;
                double im = Double.isInfinite(z.im()) ? Math.copySign(1, z.im()) : 0;
                return Double.isInfinite(z.re()) && Double.isInfinite(z.im())
                        ? new Complex(Double.NaN, Double.NaN) : new Complex(re, im);
            }
            return new Complex(r(z.re() / m, single), r(z.im() / m, single));
        };
    }

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
        double t = Math.sqrt((Math.abs(a) + abs(z)) / 2);
        return a >= 0 ? new Complex(t, b / (2 * t))
                : new Complex(Math.abs(b) / (2 * t), Math.copySign(t, b));
    }

    static Complex sin(Complex z) {
        if (z.im() == 0) {
            return new Complex(StrictMath.sin(z.re()), z.im());   // Annex G: csin(x + i0)
        }
        return new Complex(StrictMath.sin(z.re()) * StrictMath.cosh(z.im()),
                StrictMath.cos(z.re()) * StrictMath.sinh(z.im()));
    }

    static Complex cos(Complex z) {
        if (z.im() == 0) {
            return new Complex(StrictMath.cos(z.re()), Double.isFinite(z.re())
                    ? -StrictMath.sin(z.re()) * z.im() : 0.0);
        }
        return new Complex(StrictMath.cos(z.re()) * StrictMath.cosh(z.im()),
                -StrictMath.sin(z.re()) * StrictMath.sinh(z.im()));
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
