package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks a Java call against one fixture answer ({@code ok dtype shape values warnings} or
 * {@code error class message}) and collects every disagreement, so a conformance test reports
 * all failing cases at once instead of the first.
 */
final class Expect {

    final List<String> failures = new ArrayList<>();
    int checked;

    /** The ulps allowed for a case (0: exact). */
    @FunctionalInterface
    interface Tolerance {
        long ulps(DType resultType);
    }

    static final Tolerance EXACT = t -> 0;

    /**
     * Exact, except that 0.0 and -0.0 count as equal: which zero {@code maximum(0.0, -0.0)}
     * returns depends on which of NumPy's loops (SIMD or scalar) ran.
     */
    static final Tolerance EITHER_ZERO = t -> -1;

    void check(String what, Supplier<NDArray> call, String[] expected, Tolerance tolerance) {
        checked++;
        TreeSet<String> warnings = new TreeSet<>();
        var old = FloatingPointErrors.setWarningListener(w -> warnings.add(w.message()));
        try {
            NDArray r;
            try {
                r = call.get();
            } catch (RuntimeException e) {
                if (!expected[0].equals("error")) {
                    failures.add(what + ": threw " + e + ", NumPy gave " + String.join(" ", expected));
                } else if (!expected[2].equals(e.getMessage())) {
                    failures.add(what + ": message '" + e.getMessage() + "', NumPy '" + expected[2] + "'");
                }
                return;
            }
            if (expected[0].equals("error")) {
                failures.add(what + ": no error, NumPy raised " + expected[1] + ": " + expected[2]
                        + " (got " + r.dtype().str() + " " + String.join(",", Fixtures.texts(r)) + ")");
                return;
            }
            compare(what, r, expected[1], expected[2], expected[3], tolerance);
            String want = expected.length > 4 ? expected[4] : "-";
            String got = warnings.isEmpty() ? "-" : String.join(";", warnings);
            if (!want.equals(got)) {
                failures.add(what + ": warnings '" + got + "', NumPy '" + want + "'");
            }
        } finally {
            FloatingPointErrors.setWarningListener(old);
        }
    }

    void compare(String what, NDArray r, String dtype, String shape, String values, Tolerance tolerance) {
        if (!r.dtype().str().equals(dtype)) {
            failures.add(what + ": dtype " + r.dtype().str() + ", NumPy " + dtype);
            return;
        }
        if (!NDArray.tuple(r.shape()).equals(shape)) {
            failures.add(what + ": shape " + NDArray.tuple(r.shape()) + ", NumPy " + shape);
            return;
        }
        String[] got = Fixtures.texts(r);
        String[] want = Fixtures.expected(values);
        long allowed = tolerance.ulps(r.dtype());
        for (int k = 0; k < want.length; k++) {
            if (!same(got[k], want[k], r.dtype(), allowed)) {
                failures.add(what + ": element " + k + " is " + got[k] + ", NumPy " + want[k]
                        + (allowed > 0 ? " (allowed " + allowed + " ulps)" : ""));
                return;
            }
        }
    }

    static boolean same(String got, String want, DType t, long allowed) {
        if (t.isInteger() || t.isBool()) {
            return got.equals(want);
        }
        if (t.isComplex()) {
            int g = got.indexOf('_', 1);
            int w = want.indexOf('_', 1);
            return same(got.substring(0, g), want.substring(0, w), t.componentType(), allowed)
                    && same(got.substring(g + 1), want.substring(w + 1), t.componentType(), allowed);
        }
        double gv = Fixtures.pyFloat(got);
        if (Fixtures.sameFloat(want, gv) || allowed < 0 && gv == 0 && Fixtures.pyFloat(want) == 0) {
            return true;
        }
        return allowed > 0 && Fixtures.ulps(gv, Fixtures.pyFloat(want), t) <= allowed;
    }

    /** Fails with the first disagreements (all of them counted). */
    void assertNone(String file) {
        if (!failures.isEmpty()) {
            try {       // the full list, for whoever fixes them
                java.nio.file.Files.write(java.nio.file.Path.of("target", "disagreements-" + file),
                        failures);
            } catch (java.io.IOException ignored) {
                // the assertion message below still names the first ones
            }
            throw new AssertionError(failures.size() + " of " + checked + " cases of " + file
                    + " disagree with NumPy, e.g.:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
        }
    }
}
