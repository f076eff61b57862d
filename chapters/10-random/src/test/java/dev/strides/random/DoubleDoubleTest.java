package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DoubleDouble}'s {@code cos} and {@code acos} against a 60-digit reference: they must
 * return the double nearest to the exact value (correct rounding) on random arguments and at
 * the edges of their branches.
 */
class DoubleDoubleTest {

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal PI = new BigDecimal(
            "3.14159265358979323846264338327950288419716939937510582097494459230781640628620");

    /** cos by its Taylor series at 60 digits (|x| <= pi: at most 60 terms). */
    private static BigDecimal cos(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 2; term.abs().compareTo(new BigDecimal("1e-70")) > 0; n += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(-(long) (n - 1) * n), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    private static BigDecimal sin(BigDecimal x) {
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int n = 3; term.abs().compareTo(new BigDecimal("1e-70")) > 0; n += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(-(long) (n - 1) * n), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** acos by Newton's method on cos from fdlibm's value: 16 digits, then 32, 64. */
    private static BigDecimal acos(double x) {
        BigDecimal target = new BigDecimal(x);
        BigDecimal y = new BigDecimal(StrictMath.acos(x));
        for (int i = 0; i < 3; i++) {
            y = y.add(cos(y).subtract(target, MC).divide(sin(y), MC), MC);
        }
        return y;
    }

    @Test
    void cosIsCorrectlyRounded() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            double x = (random.nextDouble() * 2 - 1) * Math.PI;
            assertThat(DoubleDouble.cos(x)).as("cos(%s)", x).isEqualTo(cos(new BigDecimal(x))
                    .doubleValue());
        }
        for (double x : new double[] {0.0, 1e-300, 1e-9, 0.785398163397448, 0.7853981633974484,
            Math.PI / 2, Math.nextUp(Math.PI / 2), 3.0, Math.PI, -Math.PI}) {
            assertThat(DoubleDouble.cos(x)).as("cos(%s)", x).isEqualTo(cos(new BigDecimal(x))
                    .doubleValue());
        }
        assertThat(DoubleDouble.cos(4.0)).isEqualTo(Math.cos(4.0));       // beyond pi: the JDK's
        assertThat(DoubleDouble.cos(Double.NaN)).isNaN();
    }

    @Test
    void acosIsCorrectlyRounded() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            double x = random.nextDouble() * 2 - 1;
            assertThat(DoubleDouble.acos(x)).as("acos(%s)", x).isEqualTo(acos(x).doubleValue());
        }
        for (double x : new double[] {0.0, 0.5, Math.nextDown(0.5), -0.5, Math.nextUp(-0.5),
            Math.nextDown(1.0), 1 - 1e-9, Math.nextUp(-1.0), -1 + 1e-12, 1e-300}) {
            assertThat(DoubleDouble.acos(x)).as("acos(%s)", x).isEqualTo(acos(x).doubleValue());
        }
        assertThat(DoubleDouble.acos(1.0)).isEqualTo(0.0);
        assertThat(DoubleDouble.acos(-1.0)).isEqualTo(Math.PI);
        assertThat(DoubleDouble.acos(1.5)).isNaN();
        assertThat(DoubleDouble.acos(Double.NaN)).isNaN();
    }

    @Test
    void twoSumAndTwoProductAreExact() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            double a = random.nextDouble() * 1e6;
            double b = random.nextDouble() * 1e-6;
            DoubleDouble.DD s = DoubleDouble.twoSum(a, b);
            assertThat(new BigDecimal(s.hi()).add(new BigDecimal(s.lo())))
                    .isEqualByComparingTo(new BigDecimal(a).add(new BigDecimal(b)));
            DoubleDouble.DD p = DoubleDouble.twoProduct(a, b);
            assertThat(new BigDecimal(p.hi()).add(new BigDecimal(p.lo())))
                    .isEqualByComparingTo(new BigDecimal(a).multiply(new BigDecimal(b)));
        }
    }
}
