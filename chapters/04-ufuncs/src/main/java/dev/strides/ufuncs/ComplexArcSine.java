package dev.strides.ufuncs;

import dev.strides.ndarray.Complex;

/**
 * Complex {@code arcsinh}, {@code arcsin}, {@code arccos} and {@code arccosh}, with the branch
 * cuts and special values of C99 Annex G as glibc's {@code casinh}, {@code casin}, {@code cacos},
 * {@code cacosh} return them (NumPy on Linux calls those). They never raise floating-point
 * errors.
 *
 * <p>Everything reduces to one function, {@code asinh z = log(z + sqrt(1 + z²))}:
 * <pre>
 *   asin z  = -i asinh(iz)
 *   acos z  = pi/2 - asin z
 *   acosh z = ±i acos z      (the sign that gives a non-negative real part)
 * </pre>
 * {@code asin} and {@code acos} have their branch cuts on the real axis outside {@code [-1, 1]},
 * {@code asinh} on the imaginary axis outside {@code [-i, i]}, {@code acosh} on the real axis
 * left of 1; the sign of a zero part picks the side of the cut: {@code arcsin(2 + 0j) =
 * 1.5708 + 1.3170j} but {@code arcsin(2 - 0j) = 1.5708 - 1.3170j}.
 *
 * <p>Formed naively, {@code z + sqrt(1 + z²)} cancels (for {@code z} near {@code ±i}, or with
 * a negative real part) and {@code 1 + z²} overflows; {@link #kernel} works in the first
 * quadrant (asinh is odd in each part) and picks, region by region, a form without
 * cancellation. {@code acos} needs the angle {@code pi/2 - Im asinh} accurately when it is tiny,
 * so the kernel returns, in {@code adjust} mode, the angle of the swapped point instead of
 * subtracting from {@code pi/2}. Computed in double; complex64 rounds the result.
 */
final class ComplexArcSine {

    private static final double EPS = Math.ulp(1.0);                 // 2^-52
    private static final double PI_2 = Math.PI / 2;

    private ComplexArcSine() {
    }

    /** {@code arcsinh}: cuts on the imaginary axis beyond {@code ±i}. */
    static Complex asinh(Complex z) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(y)) {           // asinh(x ± i·inf) = ±inf ± i·pi/2 (pi/4)
                double angle = Double.isNaN(x) ? Double.NaN
                        : Math.copySign(Double.isFinite(x) ? PI_2 : Math.PI / 4, y);
                return new Complex(Math.copySign(Double.POSITIVE_INFINITY, x), angle);
            }
            if (!Double.isFinite(x)) {            // asinh(±inf + iy) = ±inf + i·0; nan stays
                boolean zeroAngle = Double.isInfinite(x) && Double.isFinite(y)
                        || Double.isNaN(x) && y == 0;
                return new Complex(x, zeroAngle ? Math.copySign(0.0, y) : Double.NaN);
            }
            return new Complex(Double.NaN, Double.NaN);
        }
        if (x == 0 && y == 0) {
            return z;
        }
        return kernel(z, false);
    }

    /** {@code arcsin z = -i asinh(iz)}: cuts on the real axis beyond {@code ±1}. */
    static Complex asin(Complex z) {
        double x = z.re();
        double y = z.im();
        if (Double.isNaN(x) || Double.isNaN(y)) {
            if (x == 0) {
                return z;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return new Complex(Double.NaN, Math.copySign(Double.POSITIVE_INFINITY, y));
            }
            return new Complex(Double.NaN, Double.NaN);
        }
        Complex s = asinh(new Complex(-y, x));
        return new Complex(s.im(), -s.re());
    }

    // tag::complex-acos[]
    /**
     * {@code arccos z = pi/2 - arcsin z}; for finite non-zero {@code z} the kernel gives the
     * real part directly (no subtraction, accurate where it is tiny: {@code acos(1 + 1e-20j)}).
     */
    static Complex acos(Complex z) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 && y == 0) {
            Complex s = asin(z);
            double re = PI_2 - s.re();
            return new Complex(re == 0 ? 0.0 : re, -s.im());
        }
        Complex s = kernel(new Complex(-y, x), true);
        return new Complex(s.im(), s.re());
    }
    // end::complex-acos[]

    /** {@code arccosh}: real part {@code >= 0}, cut on the real axis left of 1. */
    static Complex acosh(Complex z) {
        double x = z.re();
        double y = z.im();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(y)) {
                double angle = Double.isInfinite(x) ? (x < 0 ? Math.PI - Math.PI / 4 : Math.PI / 4)
                        : PI_2;
                return new Complex(Double.POSITIVE_INFINITY,
                        Double.isNaN(x) ? Double.NaN : Math.copySign(angle, y));
            }
            if (Double.isInfinite(x)) {           // acosh(-inf + iy) = inf ± i·pi
                return new Complex(Double.POSITIVE_INFINITY,
                        Double.isNaN(y) ? Double.NaN : Math.copySign(x < 0 ? Math.PI : 0, y));
            }
            return new Complex(Double.NaN, x == 0 ? PI_2 : Double.NaN);
        }
        if (x == 0 && y == 0) {
            return new Complex(0.0, Math.copySign(PI_2, y));
        }
        Complex s = kernel(new Complex(-y, x), true);
        boolean below = Math.copySign(1, y) < 0;              // y < 0 or y == -0.0
        return below ? new Complex(s.re(), -s.im()) : new Complex(-s.re(), s.im());
    }

    /**
     * {@code asinh z} for a finite non-zero {@code z}, glibc's region-by-region method. With
     * {@code rx = |x|}, {@code ix = |y|}, every region finds the real part {@code re} and a point
     * {@code (q, p)} in the first quadrant whose angle is the imaginary part:
     * {@code im = atan2(p, q)}. With {@code adjust} the angle of the mirrored point is returned
     * instead, {@code atan2(q, ±p) = pi/2 - im}, which {@code acos} and {@code acosh} need.
     */
    private static Complex kernel(Complex z, boolean adjust) {
        double rx = Math.abs(z.re());
        double ix = Math.abs(z.im());
        double re;
        double p;
        double q;
        if (rx >= 1 / EPS || ix >= 1 / EPS) {
            // |z| >= 2^52: z + sqrt(1 + z²) is 2z to double precision, asinh z = log z + ln 2
            re = ComplexExpLog.logModulus(Math.max(rx, ix), Math.min(rx, ix)) + ComplexExpLog.LN2;
            p = ix;
            q = rx;
        } else if (rx >= 0.5 && ix < EPS / 8) {
            // next to the real axis: the real asinh, sqrt(1 + z²) ~ hypot(1, rx)
            double s = Hypot.hypot(1, rx);
            re = StrictMath.log(rx + s);
            p = ix;
            q = s;
        } else if (rx < EPS / 8 && ix >= 1.5) {
            // next to the imaginary axis above the branch point: sqrt(1 + z²) ~ i sqrt(ix² - 1)
            double s = Math.sqrt((ix + 1) * (ix - 1));
            re = StrictMath.log(ix + s);
            p = s;
            q = rx;
        } else if (ix > 1 && ix < 1.5 && rx < 0.5) {
            double[] r = aboveBranchPoint(rx, ix);
            re = r[0];
            p = r[1];
            q = r[2];
        } else if (ix == 1 && rx < 0.5) {
            double[] r = atBranchPoint(rx);
            re = r[0];
            p = r[1];
            q = r[2];
        } else if (ix < 1 && rx < 0.5) {
            double[] r = belowBranchPoint(rx, ix);
            re = r[0];
            p = r[1];
            q = r[2];
        } else {
            // away from the branch points: the formula itself, 1 + z² formed as (rx-ix)(rx+ix)+1
            Complex w = ComplexMath.sqrt(new Complex((rx - ix) * (rx + ix) + 1, 2 * rx * ix));
            q = w.re() + rx;
            p = w.im() + ix;
            re = ComplexExpLog.logModulus(Math.max(q, p), Math.min(q, p));
        }
        double im = adjust ? StrictMath.atan2(q, Math.copySign(p, z.im())) : StrictMath.atan2(p, q);
        return new Complex(Math.copySign(re, z.re()), Math.copySign(im, adjust ? 1 : z.im()));
    }

    /**
     * {@code 1 < ix < 1.5}, {@code rx < 0.5}: just above {@code i}, where {@code 1 + z²} is
     * near {@code -(ix² - 1)}. Returns {@code {re, p, q}}. With {@code d = |1 + z²|} formed from
     * {@code ix² - 1} and {@code f = rx²(2 + rx² + 2ix²)} (so that
     * {@code d² = (ix² - 1)² + f}),
     * {@code sqrt(1 + z²) = r1 + i·r2} and {@code re = log1p(|z + sqrt(1 + z²)|² - 1) / 2}.
     */
    private static double[] aboveBranchPoint(double rx, double ix) {
        double ix2m1 = (ix + 1) * (ix - 1);
        if (rx < EPS * EPS) {
            double s = Math.sqrt(ix2m1);
            return new double[] {StrictMath.log1p(2 * (ix2m1 + ix * s)) / 2, s, rx};
        }
        double rx2 = rx * rx;
        double f = rx2 * (2 + rx2 + 2 * ix * ix);
        double d = Math.sqrt(ix2m1 * ix2m1 + f);
        double dp = d + ix2m1;
        double dm = f / dp;                                  // d - ix2m1 without cancellation
        double r1 = Math.sqrt((dm + rx2) / 2);
        double r2 = rx * ix / r1;
        double re = StrictMath.log1p(rx2 + dp + 2 * (rx * r1 + ix * r2)) / 2;
        return new double[] {re, ix + r2, rx + r1};
    }

    /**
     * {@code ix == 1}, {@code rx < 0.5}: level with the branch point {@code i}, where
     * {@code 1 + z² = rx(rx + 2i)}.
     */
    private static double[] atBranchPoint(double rx) {
        if (rx < EPS / 8) {
            double root = Math.sqrt(rx);
            return new double[] {StrictMath.log1p(2 * (rx + root)) / 2, 1, root};
        }
        double d = rx * Math.sqrt(4 + rx * rx);
        double s1 = Math.sqrt((d + rx * rx) / 2);
        double s2 = Math.sqrt((d - rx * rx) / 2);
        double re = StrictMath.log1p(rx * rx + d + 2 * (rx * s1 + s2)) / 2;
        return new double[] {re, 1 + s2, rx + s1};
    }

    /**
     * {@code ix < 1}, {@code rx < 0.5}: near the segment between {@code -i} and {@code i}, where
     * {@code 1 + z²} is near {@code 1 - ix²}.
     */
    private static double[] belowBranchPoint(double rx, double ix) {
        if (ix < EPS) {
            double s = Hypot.hypot(1, rx);
            return new double[] {StrictMath.log1p(2 * rx * (rx + s)) / 2, ix, s};
        }
        double oneMinusIx2 = (1 + ix) * (1 - ix);
        if (rx < EPS * EPS) {
            double s = Math.sqrt(oneMinusIx2);
            return new double[] {StrictMath.log1p(2 * rx / s) / 2, ix, s};
        }
        double rx2 = rx * rx;
        double f = rx2 * (2 + rx2 + 2 * ix * ix);
        double d = Math.sqrt(oneMinusIx2 * oneMinusIx2 + f);
        double dp = d + oneMinusIx2;
        double dm = f / dp;
        double r1 = Math.sqrt((dp + rx2) / 2);
        double r2 = rx * ix / r1;
        double re = StrictMath.log1p(rx2 + dm + 2 * (rx * r1 + ix * r2)) / 2;
        return new double[] {re, ix + r2, rx + r1};
    }
}
