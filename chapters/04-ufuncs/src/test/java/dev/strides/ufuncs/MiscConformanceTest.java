package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;

import org.junit.jupiter.api.Test;

/** {@code clip}, {@code isclose}, {@code allclose}, {@code array_equal}, {@code packbits}, {@code unpackbits}. */
class MiscConformanceTest {

    private static Object bound(String repr) {
        return repr.equals("None") ? null : (Object) Long.parseLong(repr);
    }

    private static Integer optional(String repr) {
        return repr.equals("None") || repr.equals("-") ? null : Integer.valueOf(repr);
    }

    @Test
    void matchesNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("misc.txt")) {
            String[] want = Fixtures.result(row);
            String what = String.join(" ", java.util.Arrays.copyOf(row, 3)) + " " + row[4] + " "
                    + row[5] + " " + row[6];
            switch (row[0]) {
                case "clip" -> {
                    NDArray a = Fixtures.array(row[1], row[2], row[3]);
                    expect.check(what, () -> Clip.clip(a, bound(row[4]), bound(row[5]),
                            UfuncOptions.DEFAULTS), want, Expect.EXACT);
                }
                case "isclose", "allclose" -> {
                    NDArray x = Fixtures.array(row[1], row[2], row[3]);
                    NDArray y = Fixtures.array("<f8", row[2], row[4]);
                    String[] tol = row[5].split(",");
                    double rtol = Double.parseDouble(tol[0]);
                    double atol = Double.parseDouble(tol[1]);
                    boolean eq = Boolean.parseBoolean(row[6].toLowerCase());
                    if (row[0].equals("isclose")) {
                        expect.check(what, () -> Closeness.isclose(x, y, rtol, atol, eq), want, Expect.EXACT);
                    } else {
                        expect.checked++;
                        boolean got = Closeness.allclose(x, y, rtol, atol, eq);
                        if (!String.valueOf(got).equalsIgnoreCase(want[1])) {
                            expect.failures.add(what + ": " + got + ", NumPy " + want[1]);
                        }
                    }
                }
                case "array_equal" -> {
                    String[] ta = row[1].split("\\|");
                    String[] tb = row[4].split("\\|");
                    NDArray a = Fixtures.array(ta[0], ta[1], row[3]);
                    NDArray b = Fixtures.array(tb[0], tb[1], tb[2]);
                    expect.checked++;
                    boolean got = Closeness.arrayEqual(a, b, Boolean.parseBoolean(row[6].toLowerCase()));
                    if (!String.valueOf(got).equalsIgnoreCase(want[1])) {
                        expect.failures.add(what + ": " + got + ", NumPy " + want[1]);
                    }
                }
                case "packbits" -> {
                    NDArray a = Fixtures.array(row[1], row[2], row[3]);
                    expect.check(what, () -> PackBits.packbits(a, optional(row[4]), row[5]), want,
                            Expect.EXACT);
                }
                default -> {
                    NDArray a = Fixtures.array(row[1], row[2], row[3]);
                    expect.check(what, () -> PackBits.unpackbits(a, optional(row[4]),
                            optional(row[6]), row[5]), want, Expect.EXACT);
                }
            }
        }
        assertThat(expect.checked).isGreaterThan(100);
        expect.assertNone("misc.txt");
    }
}
