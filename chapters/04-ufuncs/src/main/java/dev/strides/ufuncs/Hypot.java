package dev.strides.ufuncs;

/**
 * The length {@code sqrt(x² + y²)} of the vector (x, y), three ways, each bit for bit as the code
 * NumPy runs: glibc's {@code hypot} for float64 ({@code np.hypot}, complex {@code sign}), glibc's
 * {@code hypotf} for float32 and float16, and NumPy's own SIMD formula for the complex
 * {@code absolute}.
 *
 * <p>Squaring directly overflows for {@code |x| > 1.3e154} and underflows for
 * {@code |x| < 1.5e-162} although the length itself is representable, and
 * {@code sqrt(x*x + y*y)} carries two roundings, so it can be an ulp off. {@link #hypot} scales
 * by a power of two (exact) where squares would overflow or underflow, takes the square root and
 * then corrects it with one Newton step whose residual {@code x² + y² - h²} is formed with no
 * rounding error of consequence (C. F. Borges, "An Improved Algorithm for hypot(a, b)", 2019,
 * in the variant without a fused multiply-add, the one glibc 2.35 and later runs on x86-64). The
 * result is within 0.8 ulp, and correctly rounded in all but about one case in 200 (measured
 * against the exact length); Java's {@link StrictMath#hypot} (fdlibm, also under an ulp) differs
 * from it in about one case in twelve. Cost: a square root, a division and a dozen
 * multiplications, somewhat less than StrictMath's.
 */
final class Hypot {

    private static final double SCALE_DOWN = 0x1p-600;
    private static final double SCALE_UP = 0x1p600;
    /** Above this {@code ax²} could overflow: scale down. */
    private static final double LARGE = 0x1p511;
    /** Below this {@code ay²} could lose bits to underflow: scale up. */
    private static final double TINY = 0x1p-459;
    /** When {@code ay <= ax * 2^-54}, {@code ay} cannot move {@code ax} by half an ulp. */
    private static final double NEGLIGIBLE = 0x1p-54;

    private Hypot() {
    }

    /**
     * glibc's {@code hypot(x, y)}: infinite if either is infinite (even next to a NaN), NaN if
     * either is NaN, otherwise the length within 0.8 ulp; overflows to {@code inf} only when the
     * length itself exceeds {@code Double.MAX_VALUE}.
     */
    // tag::hypot[]
    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.isInfinite(x) || Double.isInfinite(y)
                    ? Double.POSITIVE_INFINITY : x + y;
        }
        double ax = Math.max(Math.abs(x), Math.abs(y));
        double ay = Math.min(Math.abs(x), Math.abs(y));
        if (ax > LARGE) {
            return ay <= ax * NEGLIGIBLE ? ax + ay
                    : corrected(ax * SCALE_DOWN, ay * SCALE_DOWN) * SCALE_UP;
        }
        if (ay < TINY) {
            return ax >= ay / NEGLIGIBLE ? ax + ay
                    : corrected(ax * SCALE_UP, ay * SCALE_UP) * SCALE_DOWN;
        }
        return ay <= ax * NEGLIGIBLE ? ax + ay : corrected(ax, ay);
    }
    // end::hypot[]

    /**
     * {@code sqrt(ax² + ay²)} for {@code ax >= ay >= 0} whose squares neither overflow nor
     * underflow: the rounded root {@code h}, minus {@code (h² - ax² - ay²) / 2h} (one Newton
     * step), where the residual is regrouped around {@code delta = h - ay} or {@code h - ax}, so
     * that its large terms cancel exactly.
     */
    // tag::hypot-corrected[]
    private static double corrected(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2 * ay) {                       // ax and ay close: expand around ay
            double delta = h - ay;
            t1 = ax * (2 * delta - ax);
            t2 = (delta - 2 * (ax - ay)) * delta;
        } else {                                 // ax dominates: expand around ax
            double delta = h - ax;
            t1 = 2 * delta * (ax - 2 * ay);
            t2 = (4 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2 * h);
    }
    // end::hypot-corrected[]

    /**
     * glibc's {@code hypotf(x, y)} for float operands ({@code x} and {@code y} hold float
     * values): squares and sum in double, where a float's square is exact and the sum cannot
     * overflow, one square root, one rounding to float. The float result of NumPy's float32
     * {@code hypot}, and of its float16 loop, which computes in float and rounds to half.
     */
    static double hypotFloat(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.isInfinite(x) || Double.isInfinite(y)
                    ? Double.POSITIVE_INFINITY : x + y;
        }
        return (float) Math.sqrt(x * x + y * y);
    }

    /**
     * {@code |re + i·im|} as NumPy's SIMD loop for complex {@code absolute} computes it (the loop
     * it runs on x86-64 and ARM for every array it can load with vector instructions):
     * {@code big · sqrt(fma(r, r, 1))} with {@code r = small / big} (no overflow in between;
     * three roundings, so not always glibc's {@code hypot}). An infinite part makes it {@code inf},
     * even next to a NaN; otherwise a NaN part makes it NaN. The loop clears the floating-point
     * flags afterwards, so {@code absolute} never warns, even when {@code |z|} overflows.
     * {@code single}: every operation in float, for complex64.
     */
    // tag::complex-absolute[]
    static double complexAbsolute(double re, double im, boolean single) {
        double a = Math.abs(re);
        double b = Math.abs(im);
        if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        double big = Math.max(a, b);
        double small = Math.min(a, b);
        if (big == 0) {
            return 0.0;
        }
        if (single) {
            float r = (float) small / (float) big;
            return (float) Math.sqrt(Math.fma(r, r, 1f)) * (float) big;
        }
        double r = small / big;
        return Math.sqrt(Math.fma(r, r, 1.0)) * big;
    }
    // end::complex-absolute[]
}
