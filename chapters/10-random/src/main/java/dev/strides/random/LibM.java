package dev.strides.random;

/**
 * The transcendental functions NumPy's samplers call, picked to agree with the C library as
 * often as Java can.
 *
 * <p>NumPy's C code calls {@code log}, {@code exp}, {@code pow}, {@code log1p} and their float
 * versions from the platform's C library (glibc on Linux). Neither glibc nor Java promises
 * correctly rounded results, and the two disagree in the last bit for some inputs. For each
 * function we use the Java variant that disagrees least, measured against glibc 2.36 on 20,000
 * inputs in the ranges the samplers use ({@code LibMConformanceTest}):
 *
 * <table>
 *   <caption>Results that differ from glibc (by 1 ulp), per 20,000 inputs</caption>
 *   <tr><th>function, inputs</th><th>StrictMath (fdlibm)</th><th>Math</th><th>used</th></tr>
 *   <tr><td>log(u), u in [0, 1)</td><td>1,444</td><td>16</td><td>Math: 16</td></tr>
 *   <tr><td>exp(-7u)</td><td>1,869</td><td>51</td><td>Math: 51</td></tr>
 *   <tr><td>pow(u, 1/a)</td><td>1,874</td><td>26</td><td>Math: 26</td></tr>
 *   <tr><td>log1p(-u)</td><td>16</td><td>16</td><td>StrictMath: 16</td></tr>
 *   <tr><td>logf, expf, powf</td><td>138, 12, 15</td><td>138, 12, 15</td>
 *       <td>double, rounded</td></tr>
 *   <tr><td>log1pf(-u)</td><td>1,380</td><td>1,380</td><td>a port of glibc's: 0</td></tr>
 * </table>
 *
 * <p>Where a result only feeds a comparison (the ziggurat wedges, rejection tests) a last-bit
 * difference almost never changes the outcome; where it is the sample (the polar method's
 * {@code log}, gamma with shape below 1) it shows up as a 1-ulp difference in that sample
 * ({@code TranscendentalUlpTest} counts them). Matching glibc everywhere would mean porting its
 * table-driven algorithms and their constant tables, which this chapter does not do.
 */
final class LibM {

    private LibM() {
    }

    static double log(double x) {
        return Math.log(x);
    }

    static double exp(double x) {
        return Math.exp(x);
    }

    static double pow(double x, double y) {
        return Math.pow(x, y);
    }

    /** {@code log(1 + x)}, accurate for small x: fdlibm's algorithm, which glibc also uses. */
    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    static float logf(float x) {
        return (float) Math.log(x);
    }

    static float expf(float x) {
        return (float) Math.exp(x);
    }

    static float powf(float x, float y) {
        return (float) Math.pow(x, y);
    }

    /**
     * {@code log1pf}, computed in float arithmetic step by step as fdlibm's {@code s_log1pf.c}
     * with glibc's thresholds (the two-term series only below 2^-29), so that its roundings,
     * not just its accuracy, are the C library's: it matches glibc 2.36 on all 400,000 inputs
     * tried. Reduce {@code 1 + x} to {@code 2^k (1 + f)} with {@code sqrt(2)/2 <= 1 + f <
     * sqrt(2)}, keep the rounding error {@code c} of {@code 1 + x}, and evaluate
     * {@code log(1 + f)} with {@code s = f / (2 + f)} and a degree-7 polynomial in {@code s^2}.
     * Inputs {@code x <= -1}, infinities and NaN go to the double function.
     */
    static float log1pf(float x) {
        int hx = Float.floatToRawIntBits(x);
        int ax = hx & 0x7fffffff;
        if ((hx < 0 && ax >= 0x3f800000) || ax >= 0x7f800000) {
            return (float) StrictMath.log1p(x);      // x <= -1, inf, NaN: not the samplers'
        }
        if (ax < 0x31000000) {                       // |x| < 2^-29: two terms of the series
            return ax < 0x24800000 ? x : x - x * x * 0.5f;
        }
        int k = 1;
        float f = 0;
        float c = 0;
        int hu = 0;
        if (hx < 0x3ed413d0 && (hx > 0 || hx <= 0xbe95f619)) {
            k = 0;                                    // sqrt(2)/2 <= 1 + x < sqrt(2): f = x
            f = x;
            hu = 1;
        } else {
            float u = 1.0f + x;
            hu = Float.floatToRawIntBits(u);
            k = (hu >> 23) - 127;
            c = k > 0 ? 1.0f - (u - x) : x - (u - 1.0f);   // rounding error of 1 + x
            c /= u;
            hu &= 0x007fffff;
            if (hu < 0x3504f4) {
                u = Float.intBitsToFloat(hu | 0x3f800000);   // u in [1, sqrt(2))
            } else {
                k += 1;
                u = Float.intBitsToFloat(hu | 0x3f000000);   // u/2 in [sqrt(2)/2, 1)
                hu = (0x00800000 - hu) >> 2;
            }
            f = u - 1.0f;
        }
        float hfsq = 0.5f * f * f;
        if (hu == 0) {                                   // |f| < 2^-20
            if (f == 0.0f) {
                return k == 0 ? 0.0f : k * LN2_HI_F + (c + k * LN2_LO_F);
            }
            float r = hfsq * (1.0f - 0.66666666666666666f * f);
            return k == 0 ? f - r : k * LN2_HI_F - ((r - (k * LN2_LO_F + c)) - f);
        }
        float s = f / (2.0f + f);
        float z = s * s;
        float r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI_F - ((hfsq - (s * (hfsq + r) + (k * LN2_LO_F + c))) - f);
    }

    // ln 2 split so that k * LN2_HI_F is exact, and the float minimax coefficients of fdlibm
    private static final float LN2_HI_F = Float.intBitsToFloat(0x3f317180);
    private static final float LN2_LO_F = Float.intBitsToFloat(0x3717f7d1);
    private static final float LP1 = (float) 6.666666666666735130e-01;
    private static final float LP2 = (float) 3.999999999940941908e-01;
    private static final float LP3 = (float) 2.857142874366239149e-01;
    private static final float LP4 = (float) 2.222219843214978396e-01;
    private static final float LP5 = (float) 1.818357216161805012e-01;
    private static final float LP6 = (float) 1.531383769920937332e-01;
    private static final float LP7 = (float) 1.479819860511658591e-01;
}
