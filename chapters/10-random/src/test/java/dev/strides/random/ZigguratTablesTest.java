package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The embedded ziggurat tables are NumPy's bits (the conformance tests prove that); this test
 * shows they are what the method needs, by recomputing them from their definition:
 * {@code x_255 = r}, {@code x_(i-1) = f^-1(v / x_i + f(x_i))}, {@code w_i = x_i / 2^B},
 * {@code f_i = f(x_i)}, {@code k_i = floor(2^B x_(i-1) / x_i)}. NumPy's tables were computed in
 * higher precision than Java's doubles, so the recomputed ones agree to a measured tolerance
 * rather than bit for bit: relative 3e-14 (w) and 2e-15 (f), and k within 18 of its 2^52 scale
 * (normal) or 89 of 2^53 (exponential), i.e. a relative 1e-14.
 */
class ZigguratTablesTest {

    /** One recomputed table set: k, w, f. */
    private record Tables(long[] k, double[] w, double[] f) {
    }

    private static Tables normal(double r, double v, double scale) {
        long[] k = new long[256];
        double[] w = new double[256];
        double[] f = new double[256];
        double x1 = r;
        w[255] = x1 / scale;
        f[255] = Math.exp(-0.5 * x1 * x1);
        k[0] = (long) (x1 * f[255] / v * scale);     // the base strip: rectangle plus tail
        w[0] = v / f[255] / scale;
        f[0] = 1.0;
        for (int i = 254; i > 0; i--) {
            double x = Math.sqrt(-2.0 * Math.log(v / x1 + f[i + 1]));
            k[i + 1] = (long) (x / x1 * scale);
            w[i] = x / scale;
            f[i] = Math.exp(-0.5 * x * x);
            x1 = x;
        }
        return new Tables(k, w, f);
    }

    private static Tables exponential(double r, double v, double scale) {
        long[] k = new long[256];
        double[] w = new double[256];
        double[] f = new double[256];
        double x1 = r;
        w[255] = x1 / scale;
        f[255] = Math.exp(-x1);
        k[0] = (long) (x1 * f[255] / v * scale);
        w[0] = v / f[255] / scale;
        f[0] = 1.0;
        for (int i = 254; i > 0; i--) {
            double x = -Math.log(v / x1 + f[i + 1]);
            k[i + 1] = (long) (x / x1 * scale);
            w[i] = x / scale;
            f[i] = Math.exp(-x);
            x1 = x;
        }
        return new Tables(k, w, f);
    }

    @Test
    void normalTablesFollowTheRecurrence() {
        double scale = 0x1.0p52;
        // the strip area v, read back from the base strip: w_0 = v / f(r) / 2^52
        double v = ZigguratTables.WI_DOUBLE[0] * scale * ZigguratTables.FI_DOUBLE[255];
        Tables t = normal(ZigguratTables.NOR_R, v, scale);
        assertClose(t, ZigguratTables.KI_DOUBLE, ZigguratTables.WI_DOUBLE, ZigguratTables.FI_DOUBLE, 20);
        assertThat(ZigguratTables.KI_DOUBLE[1]).isZero();          // strip 1 always tests the wedge
        assertThat(ZigguratTables.NOR_INV_R).isCloseTo(1 / ZigguratTables.NOR_R,
                org.assertj.core.api.Assertions.within(1e-16));
    }

    @Test
    void exponentialTablesFollowTheRecurrence() {
        double scale = 0x1.0p53;
        double v = ZigguratTables.WE_DOUBLE[0] * scale * ZigguratTables.FE_DOUBLE[255];
        Tables t = exponential(ZigguratTables.EXP_R, v, scale);
        assertClose(t, ZigguratTables.KE_DOUBLE, ZigguratTables.WE_DOUBLE, ZigguratTables.FE_DOUBLE, 100);
    }

    @Test
    void floatTablesAreTheSameZigguratAt23Bits() {
        for (int i = 1; i < 256; i++) {
            assertThat((double) ZigguratTables.WI_FLOAT[i] * 0x1.0p23)
                    .isCloseTo(ZigguratTables.WI_DOUBLE[i] * 0x1.0p52, org.assertj.core.api.Assertions.withinPercentage(1e-5));
            assertThat((double) ZigguratTables.FE_FLOAT[i])
                    .isCloseTo(ZigguratTables.FE_DOUBLE[i], org.assertj.core.api.Assertions.withinPercentage(1e-5));
            assertThat(Math.abs(ZigguratTables.KI_FLOAT[i] - (ZigguratTables.KI_DOUBLE[i] >>> 29)))
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void stripsHaveEqualAreas() {
        // strip i (1..254) is the rectangle of width x_(i+1) between heights f_(i+1) and f_i;
        // its area x_(i+1) * (f_i - f_(i+1)) is the same v for every strip
        double scale = 0x1.0p52;
        double v = ZigguratTables.WI_DOUBLE[0] * scale * ZigguratTables.FI_DOUBLE[255];
        for (int i = 1; i < 255; i++) {
            double xNext = ZigguratTables.WI_DOUBLE[i + 1] * scale;
            double area = xNext * (ZigguratTables.FI_DOUBLE[i] - ZigguratTables.FI_DOUBLE[i + 1]);
            assertThat(area / v).as("strip %d", i).isCloseTo(1.0,
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private static void assertClose(Tables t, long[] k, double[] w, double[] f, long kSlack) {
        double worstW = 0;
        double worstF = 0;
        long worstK = 0;
        for (int i = 0; i < 256; i++) {
            worstW = Math.max(worstW, Math.abs(t.w()[i] / w[i] - 1));
            worstF = Math.max(worstF, Math.abs(t.f()[i] / f[i] - 1));
            if (i != 1) {
                worstK = Math.max(worstK, Math.abs(t.k()[i] - k[i]));
            }
        }
        System.out.printf("ziggurat %s recomputed: max rel. error w %.2e, f %.2e, max |dk| %d%n",
                k == ZigguratTables.KI_DOUBLE ? "normal" : "exponential", worstW, worstF, worstK);
        assertThat(worstW).isLessThan(1e-13);
        assertThat(worstF).isLessThan(1e-13);
        assertThat(worstK).isLessThanOrEqualTo(kSlack);
    }
}
