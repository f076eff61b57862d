package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Unary ufuncs against NumPy 2.4 for every dtype, on edge values and on samples of ordinary
 * arguments; then the multi-output ufuncs ({@code divmod}, {@code modf}, {@code frexp}) and
 * {@code ldexp}.
 *
 * <p>Exact where NumPy is exact (negative, absolute, sqrt, square, floor, ceil, trunc, rint,
 * comparisons, classification). Transcendental functions are not correctly rounded in NumPy
 * (glibc, or its own AVX-512 code for float32/float64 exp, log, sin, cos...) nor in Java
 * ({@link StrictMath}), so they are compared within {@link #ULPS} units in the last place of the
 * result type, the largest difference measured on this machine (NumPy 2.4, x86-64 AVX-512),
 * rounded up. {@link #measuredUlps()} prints the measurement.
 */
class UnaryConformanceTest {

    /** Functions compared within {@link #tolerance}: not correctly rounded on either side. */
    static final java.util.Set<String> ULPS = java.util.Set.of("exp", "exp2", "expm1", "log",
            "log2", "log10", "log1p", "cbrt", "sin", "cos", "tan", "arcsin", "arccos", "arctan",
            "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg");

    /**
     * The measured largest differences ({@link #measuredUlps}), rounded up: float64 1 ulp,
     * float32 2 ulps (exp and cbrt; the others 1), float16 exact (NumPy computes half functions
     * in float and rounds once, as Strides rounds its double once). Complex: 4 ulps per part
     * (glibc's cexp/clog/csin/ccos/ctan/casin... against the same methods over StrictMath; the
     * largest measured over {@code complex_unary.txt}, {@link #measuredComplexUlps}, is 4, for
     * complex64 {@code tan}); complex64 {@code expm1}: 8 ulps, because NumPy's formula
     * {@code expm1(x)·cos y - 2 sin²(y/2)} cancels (the two terms of {@code expm1(1.0629 +
     * 1.2475j)} are 0.602 and 0.682) and a one-ulp difference in glibc's {@code expm1f} (not
     * correctly rounded; Strides rounds StrictMath's double) becomes 8 ulps of the result;
     * complex64 {@code sqrt}: 2 ulps (NumPy works in float, Strides in double then rounds).
     * Complex {@code absolute}, {@code sign}, {@code square} and {@code reciprocal} are exact:
     * Strides computes NumPy's formulas operation for operation, with glibc's {@code hypot}
     * ({@link Hypot}).
     */
    static Expect.Tolerance tolerance(String name) {
        if (name.equals("expm1")) {
            return t -> switch (t.type()) {
                case FLOAT16 -> 0;
                case FLOAT32 -> 2;
                case FLOAT64 -> 1;
                case COMPLEX64 -> 8;
                default -> 4;
            };
        }
        if (ULPS.contains(name)) {
            return t -> switch (t.type()) {
                case FLOAT16 -> 0;
                case FLOAT32 -> 2;
                case FLOAT64 -> 1;
                default -> 4;
            };
        }
        if (name.equals("sqrt")) {
            return t -> t.isComplex() ? 2 : 0;
        }
        return Expect.EXACT;
    }

    @Test
    void everyUnaryUfuncAndDtypeMatchesNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("unary.txt")) {
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            Ufunc u = Ufuncs.byName(row[1]);
            expect.check(row[0] + " " + row[1] + "(" + row[2] + ")", () -> u.call(a),
                    Fixtures.result(row), tolerance(row[1]));
        }
        assertThat(expect.checked).isGreaterThan(650);
        expect.assertNone("unary.txt");
    }

    // tag::complex-special-values[]
    /**
     * The complex functions NumPy takes from glibc ({@code sin}, {@code tan}, {@code sinh},
     * {@code arcsin}...) or writes itself ({@code expm1}, {@code log1p}, {@code exp2},
     * {@code square}, {@code reciprocal}, {@code sign}, {@code absolute}) on a grid of special
     * parts (0, -0, ±0.5, ±1, ±2, ±huge, ±inf, nan) in every combination, on their branch cuts
     * ({@code x ± 0j}, {@code ±0 + iy}), next to the branch points, on samples, and for
     * {@code absolute} and {@code sign} on parts over the whole exponent range: values within
     * {@link #tolerance}, warnings exactly, and the sign of every zero part exactly (which side
     * of a cut a result lies on).
     */
    @Test
    void complexFunctionsMatchNumPyOnSpecialValuesAndBranchCuts() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("complex_unary.txt")) {
            NDArray a = Fixtures.array(row[2], row[3], row[4]);
            Ufunc u = Ufuncs.byName(row[1]);
            String what = row[0] + " " + row[1] + "(" + row[2] + " " + row[4] + ")";
            NDArray[] got = new NDArray[1];
            String[] want = Fixtures.result(row);
            expect.check(what, () -> got[0] = u.call(a), want, tolerance(row[1]));
            if (got[0] != null && want[0].equals("ok")) {
                zeroSigns(expect, what, got[0], want[3]);
            }
        }
        assertThat(expect.checked).isGreaterThan(2600);
        expect.assertNone("complex_unary.txt");
    }
    // end::complex-special-values[]

    /**
     * A zero part of NumPy's answer must come out as the same zero: 0.0 and -0.0 differ. (A real
     * result, {@code absolute}'s, has one part.)
     */
    static void zeroSigns(Expect expect, String what, NDArray r, String values) {
        String[] got = Fixtures.texts(r);
        String[] want = Fixtures.expected(values);
        for (int k = 0; k < want.length && k < got.length; k++) {
            String[] g = got[k].split("(?<=.)_", 2);
            String[] w = want[k].split("(?<=.)_", 2);
            for (int part = 0; part < w.length && part < g.length; part++) {
                boolean zero = w[part].equals("0.0") || w[part].equals("-0.0");
                if (zero && !w[part].equals(g[part])) {
                    expect.failures.add(what + ": element " + k + " is " + got[k] + ", NumPy "
                            + want[k] + " (sign of zero)");
                    return;
                }
            }
        }
    }

    /**
     * Not an assertion: prints the largest difference in ulps of either part per complex
     * function and type over {@code complex_unary.txt}, the measurement behind
     * {@link #tolerance}.
     */
    @Test
    void measuredComplexUlps() {
        Map<String, Long> worst = new TreeMap<>();
        var quiet = FloatingPointErrors.setWarningListener(w -> { });
        for (String[] row : Fixtures.rows("complex_unary.txt")) {
            String[] want = Fixtures.result(row);
            NDArray r = Ufuncs.byName(row[1]).call(Fixtures.array(row[2], row[3], row[4]));
            String[] got = Fixtures.texts(r);
            String[] exp = Fixtures.expected(want[3]);
            DType t = r.dtype();
            for (int k = 0; k < exp.length; k++) {
                String[] g = got[k].split("(?<=.)_", 2);
                String[] w = exp[k].split("(?<=.)_", 2);
                for (int part = 0; part < w.length; part++) {
                    long d = Fixtures.ulps(Fixtures.pyFloat(g[part]), Fixtures.pyFloat(w[part]), t);
                    worst.merge(row[1] + " " + t.name(), d, Math::max);
                }
            }
        }
        FloatingPointErrors.setWarningListener(quiet);
        System.out.println("largest complex ulp differences from NumPy: " + worst);
        assertThat(worst).isNotEmpty();
    }

    /** Not an assertion: prints the largest ulp difference per function and type. */
    @Test
    void measuredUlps() {
        Map<String, Long> worst = new TreeMap<>();
        var quiet = FloatingPointErrors.setWarningListener(w -> { });
        for (String[] row : Fixtures.rows("unary.txt")) {
            String[] want = Fixtures.result(row);
            if (!want[0].equals("ok") || !ULPS.contains(row[1])) {
                continue;
            }
            NDArray r;
            try {
                r = Ufuncs.byName(row[1]).call(Fixtures.array(row[2], row[3], row[4]));
            } catch (RuntimeException e) {
                continue;
            }
            if (!r.dtype().str().equals(want[1]) || r.dtype().isComplex()) {
                continue;
            }
            String[] got = Fixtures.texts(r);
            String[] exp = Fixtures.expected(want[3]);
            DType t = r.dtype();
            for (int k = 0; k < exp.length; k++) {
                long d = Fixtures.ulps(Fixtures.pyFloat(got[k]), Fixtures.pyFloat(exp[k]), t);
                worst.merge(row[1] + " " + t.name(), d, Math::max);
            }
        }
        FloatingPointErrors.setWarningListener(quiet);
        System.out.println("largest ulp differences from NumPy: " + worst);
        assertThat(worst).isNotEmpty();
    }

    @Test
    void multiOutputUfuncsMatchNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("multi.txt")) {
            String[] want = Fixtures.result(row);
            NDArray a = Fixtures.array(row[1], row[2], row[3]);
            String what = row[0] + "(" + row[1] + ")";
            if (row[0].equals("ldexp")) {
                NDArray b = Fixtures.array(row[4], row[5], row[6]);
                expect.check(what, () -> Ufuncs.byName("ldexp").call(a, b),
                        new String[] {want[0], want[1], want[2], want[3], want[want.length - 1]},
                        Expect.EXACT);
                continue;
            }
            NDArray[][] out = new NDArray[1][];
            Runnable call = row[0].equals("divmod")
                    ? () -> out[0] = Ufuncs.byName("divmod").callAll(a, Fixtures.array(row[4], row[5], row[6]))
                    : () -> out[0] = Ufuncs.byName(row[0]).callAll(a);
            if (want[0].equals("error")) {
                expect.check(what, () -> {
                    call.run();
                    return out[0][0];
                }, want, Expect.EXACT);
                continue;
            }
            String[] types = want[1].split(";");
            expect.check(what + " first", () -> {
                call.run();
                return out[0][0];
            }, new String[] {"ok", types[0], want[2], want[3], want[5]}, Expect.EXACT);
            if (out[0] != null) {
                expect.compare(what + " second", out[0][1], types.length > 1 ? types[1] : types[0],
                        want[2], want[4], Expect.EXACT);
            }
        }
        expect.assertNone("multi.txt");
    }
}
