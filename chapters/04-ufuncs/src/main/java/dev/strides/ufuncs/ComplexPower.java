package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;

/**
 * Complex {@code z ** w}, NumPy's {@code npy_cpow}: {@code w == 0} gives 1; a zero base gives 0
 * for {@code Re(w) > 0} and nan otherwise; small integer exponents ({@code |n| < 100}) use
 * repeated multiplication (exact where it can be: {@code (1j)**2 == -1}; negative ones take the
 * reciprocal); anything else is {@code exp(w * log(z))}.
 */
final class ComplexPower {

    private static final Complex ONE = new Complex(1, 0);

    private ComplexPower() {
    }

    static Complex power(Complex z, Complex w) {
        if (w.re() == 0 && w.im() == 0) {
            return ONE;
        }
        if (z.re() == 0 && z.im() == 0) {
            return w.re() > 0 ? new Complex(0, 0) : new Complex(Double.NaN, Double.NaN);
        }
        if (w.im() == 0 && w.re() > -100 && w.re() < 100 && w.re() == (long) w.re()) {
            int n = (int) w.re();
            switch (n) {
                case 1:
                    return z;
                case 2:
                    return times(z, z);
                case 3:
                    return times(z, times(z, z));
                default:
                    Complex r = integerPower(z, Math.abs(n));
                    return n > 0 ? r : ComplexMath.divide(false).apply(ONE, r);
            }
        }
        Complex l = ComplexMath.log(z);
        return ComplexMath.exp(new Complex(w.re() * l.re() - w.im() * l.im(),
                w.re() * l.im() + w.im() * l.re()));
    }

    /** Binary powering from 1, as NumPy's loop (so {@code inf} bases give nan parts as there). */
    private static Complex integerPower(Complex z, int n) {
        Complex result = ONE;
        Complex p = z;
        int mask = 1;
        while (true) {
            if ((n & mask) != 0) {
                result = times(result, p);
            }
            mask <<= 1;
            if (n < mask) {
                return result;
            }
            p = times(p, p);
        }
    }

    private static Complex times(Complex a, Complex b) {
        return new Complex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
    }
}
