package dev.strides.random;

/**
 * Double-double arithmetic, just enough for nearly correctly rounded {@code acos} and
 * {@code cos}.
 *
 * <p><b>Why.</b> glibc's {@code acos} (IBM's accurate library) is correctly rounded on almost
 * every input; the JDK's {@code Math.acos} and {@code StrictMath.acos} are fdlibm's, within one
 * ulp, and differ from glibc's in the last bit for about 7% of arguments. von Mises samples are
 * {@code acos(W)}, so they would differ as often. One Newton step fixes that: if
 * {@code y0 = StrictMath.acos(x)}, then {@code acos(x) = y0 + (cos(y0) - x) / sin(y0)} up to a
 * term of relative size 2^-52 of the (ulp-sized) correction, and the sum rounded once is the
 * correctly rounded acos unless the true value lies within about 2^-40 ulp of a rounding
 * boundary. The one delicate part is {@code cos(y0) - x}: the two agree in their leading bits,
 * so {@code cos(y0)} is needed to about 2^-100, which is what a double-double gives. The same
 * series give {@code cos} itself correctly rounded (glibc's nearly always is, too), which von
 * Mises needs as well.
 *
 * <p><b>The representation.</b> A value is an unevaluated sum {@code hi + lo} of two doubles with
 * {@code |lo| <= ulp(hi)/2}: 106 significant bits. Sums and products are exact in two doubles
 * ({@link #twoSum}; {@code Math.fma} for products), and the operations below keep about 2^-104
 * relative accuracy. Costs: a few dozen flops per operation, about 500 per {@code acos}.
 */
final class DoubleDouble {

    private DoubleDouble() {
    }

    /** {@code hi + lo}, normalised. */
    record DD(double hi, double lo) {
    }

    // pi and pi/2 as double-doubles: the double nearest to each, and the next 53 bits; for cos
    // near pi/2, where the result is tiny and the reduction cancels, a third part of pi/2
    private static final double PI_HI = 3.141592653589793116e+00;
    private static final double PI_LO = 1.224646799147353207e-16;
    private static final double PIO2_HI = 1.570796326794896558e+00;
    private static final double PIO2_LO = 6.123233995736766036e-17;
    private static final double PIO2_LO2 = -1.4973849048591698e-33;

    /** The exact sum of two doubles, as a double-double (Knuth's two-sum: 6 flops). */
    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    /** The exact product of two doubles: the rounded product and its error, by one fma. */
    static DD twoProduct(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    /** Renormalises {@code hi + lo} when {@code |hi| >= |lo|}. */
    private static DD fast(double hi, double lo) {
        double s = hi + lo;
        return new DD(s, lo - (s - hi));
    }

    static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        return fast(s.hi, s.lo + (a.lo + b.lo));
    }

    static DD multiply(DD a, DD b) {
        DD p = twoProduct(a.hi, b.hi);
        return fast(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
    }

    /** {@code a / d} for a double divisor (here, small integers). */
    static DD divide(DD a, double d) {
        double q = a.hi / d;
        DD p = twoProduct(q, d);
        return fast(q, ((a.hi - p.hi) - p.lo + a.lo) / d);
    }

    // tag::acos[]
    /**
     * {@code acos(x)}, correctly rounded except within about 2^-40 ulp of a rounding boundary:
     * fdlibm's result refined by one Newton step, {@code y = y0 + (cos(y0) - x) / sin(y0)}.
     * {@code cos(y0) - x} is computed so that nothing cancels: near {@code x = 1} as
     * {@code (1 - x) - (1 - cos y0)}, near {@code x = -1} as {@code (1 - cos t) - (1 + x)}
     * with {@code t = pi - y0}, else as {@code sin(pi/2 - y0) - x}; {@code 1 - x} and
     * {@code 1 + x} are exact there, the series are summed in double-double.
     */
    static double acos(double x) {
        double y0 = StrictMath.acos(x);
        if (!(Math.abs(x) < 1.0)) {
            return y0;                                  // +-1 (exact), NaN, |x| > 1
        }
        double gap;                                     // cos(y0) - x
        if (x >= 0.5) {                                 // y0 <= pi/3
            DD vers = versine(new DD(y0, 0.0));
            gap = ((1.0 - x) - vers.hi) - vers.lo;
        } else if (x <= -0.5) {                         // y0 >= 2 pi/3: cos(y0) = -cos(pi - y0)
            DD t = twoSum(PI_HI - y0, PI_LO);           // PI_HI - y0 is exact (Sterbenz)
            DD vers = versine(t);
            gap = (vers.hi - (1.0 + x)) + vers.lo;
        } else {                                        // cos(y0) = sin(pi/2 - y0)
            DD s = twoSum(PIO2_HI - y0, PIO2_LO);
            DD sin = sine(s);
            gap = (sin.hi - x) + sin.lo;
        }
        return y0 + gap / StrictMath.sin(y0);
    }
    // end::acos[]

    // tag::cos[]
    /**
     * {@code cos(x)} correctly rounded (but within about 2^-50 ulp of a rounding boundary) for
     * {@code |x| <= pi}, as von Mises needs it; beyond, the JDK's. Near 0 as
     * {@code 1 - (1 - cos x)}, else as {@code sin(pi/2 - |x|)} with {@code pi/2} in three parts
     * (159 bits), so that the reduction stays accurate even where it cancels and the result is
     * tiny; the series are summed in double-double and rounded once.
     */
    static double cos(double x) {
        double a = Math.abs(x);
        if (!(a <= PI_HI)) {
            return Math.cos(x);                         // NaN, infinities, |x| > pi
        }
        if (a < 0.78539816339744830962) {               // below pi/4
            DD vers = versine(new DD(a, 0.0));
            return add(new DD(1.0, 0.0), new DD(-vers.hi, -vers.lo)).hi;
        }
        DD s = a <= PIO2_HI ? twoSum(PIO2_HI - a, PIO2_LO) : twoSum(a - PIO2_HI, -PIO2_LO);
        s = add(s, new DD(a <= PIO2_HI ? PIO2_LO2 : -PIO2_LO2, 0.0));
        double sin = sine(s).hi;
        return a <= PIO2_HI ? sin : -sin;               // cos(a) = -sin(a - pi/2) past pi/2
    }
    // end::cos[]

    /** {@code 1 - cos(t) = t^2/2! - t^4/4! + ...} for {@code |t| <= 1.1}, to 2^-104 relative. */
    static DD versine(DD t) {
        DD t2 = multiply(t, t);
        DD term = divide(t2, 2.0);
        DD sum = term;
        for (int n = 2; Math.abs(term.hi) > 0x1p-110 * Math.abs(sum.hi); n += 2) {
            term = divide(multiply(term, t2), -(double) (n + 1) * (n + 2));
            sum = add(sum, term);
        }
        return sum;
    }

    /** {@code sin(s) = s - s^3/3! + ...} for {@code |s| <= pi/2}, to 2^-104 relative. */
    static DD sine(DD s) {
        DD s2 = multiply(s, s);
        DD term = s;
        DD sum = s;
        for (int n = 1; Math.abs(term.hi) > 0x1p-110 * Math.abs(sum.hi); n += 2) {
            term = divide(multiply(term, s2), -(double) (n + 1) * (n + 2));
            sum = add(sum, term);
        }
        return sum;
    }
}
