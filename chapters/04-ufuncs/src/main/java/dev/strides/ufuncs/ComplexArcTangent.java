package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;
import dev.strides.ufuncs.FloatingPointErrors.Kind;
import dev.strides.ufuncs.FloatingPointErrors.Status;

/**
 * Complex {@code arctanh} and {@code arctan}, with the branch cuts and special values of C99
 * Annex G as glibc's {@code catanh} and {@code catan} return them (NumPy on Linux calls those).
 *
 * <p>{@code atanh z = ½ log((1 + z) / (1 - z))}, split into parts for {@code z = x + iy}:
 * <pre>
 *   Re atanh z = ¼ log(((1 + x)² + y²) / ((1 - x)² + y²))
 *   Im atanh z = ½ atan2(2y, 1 - x² - y²)
 * </pre>
 * and {@code atan z = -i atanh(iz)}, the same two parts with {@code x} and {@code y} exchanged.
 * The cuts: {@code arctanh} on the real axis beyond {@code ±1}, {@code arctan} on the imaginary
 * axis beyond {@code ±i}; the points {@code ±1} (for {@code arctanh}) and {@code ±i} (for
 * {@code arctan}) are poles: infinite real (imaginary) part, divide by zero. Computed in double;
 * complex64 rounds the result.
 */
final class ComplexArcTangent {

    private static final double EPS = Math.ulp(1.0);
    private static final double PI_2 = Math.PI / 2;
    /** Past this modulus, {@code atanh z} is {@code 1/z ± i·pi/2} to double precision. */
    private static final double FAR = 16 / EPS;

    private ComplexArcTangent() {
    }

    // tag::complex-atanh[]
    /** {@code arctanh}: {@code atanh(±1 + 0i) = ±inf + 0i} (divide by zero). */
    static Complex atanh(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(y)) {
                return new Complex(Math.copySign(0.0, x), Math.copySign(PI_2, y));
            }
            if (Double.isInfinite(x) || x == 0) {
                return new Complex(Math.copySign(0.0, x),
                        Double.isNaN(y) ? Double.NaN : Math.copySign(PI_2, y));
            }
            return new Complex(Double.NaN, Double.NaN);
        }
        if (x == 0 && y == 0) {
            return z;
        }
        if (Math.abs(x) >= FAR || Math.abs(y) >= FAR) {
            return new Complex(farRealPart(x, y), Math.copySign(PI_2, y));
        }
        return new Complex(realPart(x, y, status), imaginaryPart(x, y));
    }
    // end::complex-atanh[]

    /** {@code arctan}: {@code atan(±i) = ±i·inf} (divide by zero). */
    static Complex atan(Complex z, Status status) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x)) {
                return new Complex(Math.copySign(PI_2, x), Math.copySign(0.0, y));
            }
            if (Double.isInfinite(y)) {
                return new Complex(Double.isNaN(x) ? Double.NaN : Math.copySign(PI_2, x),
                        Math.copySign(0.0, y));
            }
            return new Complex(Double.NaN, y == 0 ? y : Double.NaN);
        }
        if (x == 0 && y == 0) {
            return z;
        }
        if (Math.abs(x) >= FAR || Math.abs(y) >= FAR) {
            return new Complex(Math.copySign(PI_2, x), farRealPart(y, x));
        }
        return new Complex(imaginaryPart(y, x), realPart(y, x, status));
    }

    /**
     * {@code Re atanh(x + iy)}: {@code ¼ log(f)} with {@code f} the ratio of squared
     * distances to {@code -1} and {@code 1}; for {@code f >= ½} as {@code ¼ log1p(4x / den)}
     * ({@code f - 1 = 4x / den} exactly), accurate for small {@code x}. At {@code x = ±1},
     * {@code y -> 0} it is {@code ±½ (ln 2 - log|y|)}, infinite at the pole {@code y = 0}.
     */
    private static double realPart(double x, double y, Status status) {
        if (Math.abs(x) == 1 && Math.abs(y) < EPS * EPS) {
            if (y == 0) {
                status.raise(Kind.DIVIDE);                  // log(0)
            }
            return Math.copySign(0.5, x) * (ComplexExpLog.LN2 - StrictMath.log(Math.abs(y)));
        }
        double y2 = Math.abs(y) >= EPS * EPS ? y * y : 0;
        double num = y2 + (1 + x) * (1 + x);
        double den = y2 + (1 - x) * (1 - x);
        double f = num / den;
        return f < 0.5 ? 0.25 * StrictMath.log(f) : 0.25 * StrictMath.log1p(4 * x / den);
    }

    /**
     * {@code Im atanh(x + iy) = ½ atan2(2y, 1 - x² - y²)}, the denominator formed without
     * cancellation near the unit circle ({@link ComplexExpLog#x2y2m1}). It is symmetric in
     * {@code |x|}, {@code |y|}, so the larger is taken first.
     */
    private static double imaginaryPart(double x, double y) {
        double big = Math.max(Math.abs(x), Math.abs(y));
        double small = Math.min(Math.abs(x), Math.abs(y));
        double den;
        if (small < EPS / 2) {
            den = (1 - big) * (1 + big);
        } else if (big >= 1 || big < 0.75 && small < 0.5) {
            den = (1 - big) * (1 + big) - small * small;
        } else {
            den = -ComplexExpLog.x2y2m1(big, small);
        }
        return 0.5 * StrictMath.atan2(2 * y, den);
    }

    /** {@code Re atanh z} for a huge {@code z}: {@code Re(1/z) = x / |z|²}, without overflow. */
    private static double farRealPart(double x, double y) {
        if (Math.abs(y) <= 1) {
            return 1 / x;
        }
        if (Math.abs(x) <= 1) {
            return x / y / y;
        }
        double h = Hypot.hypot(x / 2, y / 2);
        return x / h / h / 4;
    }
}
