package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;

import org.junit.jupiter.api.Test;

/**
 * Binary ufuncs against NumPy 2.4 over every pair of the 14 dtypes (small arrays of edge values:
 * 0, -0.0, extremes, inf, nan...): result dtype, values and the floating-point warnings, exactly.
 * Then arrays with Java scalars, NumPy's NEP 50 rules: scalars are weak.
 */
class BinaryConformanceTest {

    /**
     * Transcendental binary functions: not correctly rounded in NumPy or in Java. {@code hypot}
     * is exact: Strides computes glibc's {@code hypot} and {@code hypotf} bit for bit
     * ({@link Hypot}).
     */
    static Expect.Tolerance tolerance(String name) {
        return switch (name) {
            case "arctan2", "logaddexp", "logaddexp2" -> t -> 2;
            // exp(w * log(z)) multiplies log's rounding error by |w|: (1+1j)**255 is 127 ulps
            // from glibc's cpow, which keeps extra precision inside
            case "power", "float_power" -> t -> t.isComplex() ? 256 : 2;
            case "maximum", "minimum", "fmax", "fmin" -> Expect.EITHER_ZERO;
            default -> Expect.EXACT;
        };
    }

    @Test
    void everyDtypePairMatchesNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("binary.txt")) {
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            NDArray b = Fixtures.array(row[5], row[6], row[7]);
            Ufunc u = Ufuncs.byName(row[1]);
            expect.check(row[1] + "(" + row[2] + row[3] + ", " + row[5] + row[6] + ")",
                    () -> u.call(a, b), Fixtures.result(row), tolerance(row[1]));
        }
        assertThat(expect.checked).isGreaterThan(4000);
        expect.assertNone("binary.txt");
    }

    @Test
    void javaScalarsAreWeakAsInNep50() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("scalars.txt")) {
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            Object s = Fixtures.scalar(row[5]);
            Ufunc u = Ufuncs.byName(row[1]);
            boolean right = row[0].equals("right");
            expect.check(row[1] + (right ? "(" + row[2] + ", " + row[5] + ")" : "(" + row[5] + ", "
                            + row[2] + ")"), () -> right ? u.call(a, s) : u.call(s, a),
                    Fixtures.result(row), tolerance(row[1]));
        }
        assertThat(expect.checked).isGreaterThan(1000);
        expect.assertNone("scalars.txt");
    }

    /**
     * Complex {@code power} with zero, infinite and NaN parts in base and exponent, one pair per
     * case: NumPy's own branches (zero exponent, zero base, small integer exponents by
     * multiplication) and glibc's {@code cpow = cexp(w * clog(z))} with C99's recovery of
     * infinities in the product; the warnings are those of each pair.
     */
    @Test
    void complexPowerWithInfinitiesAndNaNsMatchesNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("complex_power.txt")) {
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            NDArray b = Fixtures.array(row[5], row[6], row[7]);
            expect.check("power(" + row[2] + " " + row[4] + ", " + row[7] + ")",
                    () -> ArithmeticUfuncs.POWER.call(a, b), Fixtures.result(row),
                    tolerance("power"));
        }
        assertThat(expect.checked).isGreaterThan(900);
        expect.assertNone("complex_power.txt");
    }

    /**
     * Complex {@code multiply} and {@code divide} with zero, huge, infinite and NaN parts, one
     * pair per case, values and warnings exactly (C's IEEE flags: {@code 0·inf} inside a product,
     * an intermediate that overflows); {@code multiply.reduce} and {@code accumulate}, where
     * NumPy runs its scalar loop (every product rounded) instead of the SIMD one (fused
     * multiply-adds); {@code hypot} over the whole exponent range of float16, float32 and
     * float64, bit for bit.
     */
    @Test
    void complexMultiplyDivideAndHypotMatchNumPyExactly() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("complex_binary.txt")) {
            Ufunc u = Ufuncs.byName(row[1]);
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            String what = row[0] + " " + row[1] + "(" + row[2] + " " + row[4] + ", ";
            if (row[0].equals("reduce") || row[0].equals("accumulate")) {
                boolean all = row[5].equals("None");
                int axis = all ? 0 : Integer.parseInt(row[5]);
                expect.check(what + "axis=" + row[5] + ")", () -> row[0].equals("accumulate")
                        ? u.accumulate(a, axis)
                        : u.reduce(a, all ? ReduceOptions.all() : ReduceOptions.axis(axis)),
                        Fixtures.result(row), Expect.EXACT);
                continue;
            }
            NDArray b = Fixtures.array(row[5], row[6], row[7]);
            expect.check(what + row[7] + ")", () -> u.call(a, b), Fixtures.result(row),
                    Expect.EXACT);
        }
        assertThat(expect.checked).isGreaterThan(2100);
        expect.assertNone("complex_binary.txt");
    }
}
