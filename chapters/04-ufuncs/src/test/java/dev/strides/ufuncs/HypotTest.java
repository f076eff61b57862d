package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Hypot} on its own: the values NumPy prints for the hard cases (overflow and underflow
 * of the squares, infinities next to NaNs), and the accuracy promise, checked against the exact
 * length. The bit-for-bit comparison with NumPy over the whole exponent range is in
 * {@code complex_binary.txt} ({@link BinaryConformanceTest}) and {@code complex_unary.txt}
 * ({@link UnaryConformanceTest}).
 */
class HypotTest {

    @Test
    void squaresThatOverflowOrUnderflowDoNotMatter() {
        // np.hypot(3e300, 4e300) == 5e+300; np.hypot(1e308, 1e308) == 1.4142135623730951e+308
        assertThat(Hypot.hypot(3e300, 4e300)).isEqualTo(5e300);
        assertThat(Hypot.hypot(1e308, 1e308)).isEqualTo(1.4142135623730951e308);
        // np.hypot(5e-324, 5e-324) == 5e-324 (the exact 7.07e-324 rounds to the smallest double)
        assertThat(Hypot.hypot(Double.MIN_VALUE, Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
        // np.hypot(1.0, 1e-17) == 1.0
        assertThat(Hypot.hypot(1.0, 1e-17)).isEqualTo(1.0);
    }

    @Test
    void anInfinitePartWinsOverNaN() {
        // np.hypot(np.inf, np.nan) == inf; np.hypot(np.nan, 1.0) is nan
        assertThat(Hypot.hypot(Double.POSITIVE_INFINITY, Double.NaN)).isInfinite();
        assertThat(Hypot.hypot(Double.NaN, Double.NEGATIVE_INFINITY)).isInfinite();
        assertThat(Hypot.hypot(Double.NaN, 1.0)).isNaN();
        assertThat(Hypot.hypotFloat(Double.NaN, Double.POSITIVE_INFINITY)).isInfinite();
        // np.abs(np.array([complex(np.nan, np.inf)])) == [inf]
        assertThat(Hypot.complexAbsolute(Double.NaN, Double.POSITIVE_INFINITY, false)).isInfinite();
        assertThat(Hypot.complexAbsolute(Double.NaN, 1.0, false)).isNaN();
    }

    @Test
    void glibcIsNotAlwaysCorrectlyRoundedAndNeitherIsStrides() {
        // np.hypot(1.2195467627138883, 1.8693271059263354) == 2.231967323998462, one ulp above
        // the correctly rounded 2.2319673239984614 (Python's math.hypot): Strides follows glibc
        assertThat(Hypot.hypot(1.2195467627138883, 1.8693271059263354))
                .isEqualTo(2.231967323998462);
    }

    @Test
    void withinAnUlpOfTheExactLengthOverTheWholeRange() {
        Random random = new Random(404);
        for (int i = 0; i < 10_000; i++) {
            double x = Math.scalb(1 + random.nextDouble(), random.nextInt(2040) - 1070);
            double y = random.nextBoolean() ? x * (0.25 + random.nextDouble())
                    : Math.scalb(1 + random.nextDouble(), random.nextInt(2040) - 1070);
            double h = Hypot.hypot(x, y);
            if (Double.isInfinite(h)) {
                continue;
            }
            BigDecimal exact = new BigDecimal(x).pow(2).add(new BigDecimal(y).pow(2))
                    .sqrt(new MathContext(40));
            double ulp = Math.ulp(h);
            double error = exact.subtract(new BigDecimal(h)).abs()
                    .divide(new BigDecimal(ulp), MathContext.DECIMAL64).doubleValue();
            assertThat(error).as("hypot(%s, %s) = %s", x, y, h).isLessThan(1.0);
        }
    }

    @Test
    void floatHypotIsTheCorrectlyRoundedFloat() {
        Random random = new Random(405);
        for (int i = 0; i < 10_000; i++) {
            float x = Math.scalb(1 + random.nextFloat(), random.nextInt(270) - 149);
            float y = Math.scalb(1 + random.nextFloat(), random.nextInt(270) - 149);
            float h = (float) Hypot.hypotFloat(x, y);
            if (Float.isInfinite(h)) {
                continue;
            }
            BigDecimal exact = new BigDecimal(x).pow(2).add(new BigDecimal(y).pow(2))
                    .sqrt(new MathContext(40));
            BigDecimal halfUlp = new BigDecimal(Math.ulp(h)).divide(BigDecimal.TWO);
            assertThat(exact.subtract(new BigDecimal(h)).abs())
                    .as("hypotf(%s, %s) = %s", x, y, h).isLessThanOrEqualTo(halfUlp);
        }
    }

    @Test
    void complexAbsoluteNeverOverflowsInBetweenAndNeverWarnsAtAll() {
        // np.abs(np.array([1e308+1e308j])) == [1.4142135623730951e+308]
        assertThat(Hypot.complexAbsolute(1e308, -1e308, false)).isEqualTo(1.4142135623730951e308);
        assertThat(Hypot.complexAbsolute(-0.0, 0.0, true)).isEqualTo(0.0);
        assertThat(Hypot.complexAbsolute(3, 4, false)).isEqualTo(5.0);
        // np.abs(np.array([3e38+3e38j], dtype=np.complex64)) == [inf], without a warning: the
        // SIMD loop clears the flags (np.hypot(np.float32(3e38), np.float32(3e38)) warns)
        Expect expect = new Expect();
        expect.check("absolute(3e38+3e38j)", () -> ArithmeticUfuncs.ABSOLUTE.call(
                Fixtures.array("<c8", "(1,)", "3e38_3e38")), new String[] {"ok", "<f4", "(1,)",
                    "inf", "-"}, Expect.EXACT);
        expect.check("hypot(3e38, 3e38)", () -> MathUfuncs.HYPOT.call(
                Fixtures.array("<f4", "(1,)", "3e38"), Fixtures.array("<f4", "(1,)", "3e38")),
                new String[] {"ok", "<f4", "(1,)", "inf", "overflow encountered in hypot"},
                Expect.EXACT);
        expect.assertNone("HypotTest");
    }
}
