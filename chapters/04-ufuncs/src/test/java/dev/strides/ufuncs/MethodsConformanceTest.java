package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** {@code accumulate}, {@code reduceat}, {@code outer} and {@code at} against NumPy 2.4. */
class MethodsConformanceTest {

    private static int[] ints(String csv) {
        return Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void methodsMatchNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("methods.txt")) {
            Ufunc u = Ufuncs.byName(row[1]);
            String[] want = Fixtures.result(row);
            String what = row[0] + " " + row[1] + " " + row[2] + " " + row[5] + " " + row[6];
            switch (row[0]) {
                case "accumulate" -> {
                    NDArray a = Fixtures.array(row[2], row[3], row[4]);
                    expect.check(what, () -> u.accumulate(a, Integer.parseInt(row[5])), want, Expect.EXACT);
                }
                case "reduceat" -> {
                    NDArray a = Fixtures.array(row[2], row[3], row[4]);
                    expect.check(what, () -> u.reduceat(a, ints(row[6]), Integer.parseInt(row[5])),
                            want, Expect.EXACT);
                }
                case "outer" -> {
                    NDArray a = Fixtures.array(row[2], row[3], row[4]);
                    String[] b = row[5].split("\\|");
                    NDArray y = Fixtures.array(b[0].isEmpty() ? "|" + b[1] : b[0],
                            b[0].isEmpty() ? b[2] : b[1], row[6]);
                    expect.check(what, () -> u.outer(a, y), want, Expect.EXACT);
                }
                case "at" -> {
                    DType t = DType.of(row[2]);
                    NDArray values = Fixtures.array(row[2], "(" + row[6].split(",").length + ",)", row[6]);
                    expect.check(what, () -> {
                        NDArray a = ArithmeticUfuncs.MULTIPLY.call(Ranges.arange(0L, 5L, 1L, t), 2L);
                        u.at(a, ints(row[5]), values);
                        return a;
                    }, want, Expect.EXACT);
                }
                case "atscalar" -> {
                    DType t = DType.of(row[2]);
                    Object value = scalar(row[6]);
                    expect.check(what, () -> {
                        NDArray a = ArithmeticUfuncs.MULTIPLY.call(Ranges.arange(0L, 5L, 1L, t), 2L);
                        u.at(a, ints(row[5]), value);
                        return a;
                    }, want, Expect.EXACT);
                }
                case "atcomplex" -> expect.check(what, () -> {
                    NDArray a = Fixtures.array(row[2], row[3], row[4]);
                    u.at(a, ints(row[5]), Fixtures.array(row[2], row[3], row[6]));
                    return a;
                }, want, Expect.EXACT);
                case "at2" -> expect.check(what, () -> {
                    NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {3, 4}, Order.C);
                    String[] idx = row[5].split(";");
                    u.at(a, new NDArray[] {array(ints(idx[0])), array(ints(idx[1]))}, 1.0);
                    return a;
                }, want, Expect.EXACT);
                case "atrows" -> expect.check(what, () -> {
                    NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {3, 2}, Order.C);
                    u.at(a, array(ints(row[5])), Fixtures.array("<f8", "(3, 2)", row[6]));
                    return a;
                }, want, Expect.EXACT);
                default -> expect.check(what, () -> {
                    NDArray a = Fixtures.array("<f8", "(3,)", row[4]);
                    u.at(a, ints(row[5]));
                    return a;
                }, want, Expect.EXACT);
            }
        }
        assertThat(expect.checked).isGreaterThan(90);
        expect.assertNone("methods.txt");
    }

    private static NDArray array(int[] values) {
        return dev.strides.ndarray.JavaArrays.array(Arrays.stream(values).asLongStream().toArray());
    }

    /** A Python scalar written {@code kind:value}: b (bool), i (int), f (float), c (re,im). */
    private static Object scalar(String text) {
        String v = text.substring(2);
        return switch (text.charAt(0)) {
            case 'b' -> Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
            case 'i' -> Long.parseLong(v);
            case 'f' -> Double.parseDouble(v);
            case 'c' -> dev.strides.ndarray.Complex.of(Double.parseDouble(v.split(",")[0]),
                    Double.parseDouble(v.split(",")[1]));
            default -> throw new IllegalArgumentException("scalar kind of " + text);
        };
    }
}
