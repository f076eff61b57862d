package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@code ufunc.reduce} against NumPy 2.4: 17 (ufunc, dtype) pairs, 3-d inputs in C, F,
 * transposed and stepped-and-reversed layouts, every axis choice (None, (), each axis, pairs,
 * all three, negative) with and without keepdims; then initial, where and empty inputs; then
 * float sums bit for bit (pairwise summation) for contiguous data of many lengths.
 */
class ReductionConformanceTest {

    /**
     * For non-contiguous float reductions NumPy's iterator may copy chunks into a buffer and
     * sum those pairwise; the order of additions then differs from Strides' walk, and so may
     * the last bits. Contiguous inputs (C and F here) are compared exactly.
     */
    static final long NON_CONTIGUOUS_SUM_ULPS = 4;

    static Map<String, NDArray> inputs() {
        Map<String, NDArray> byId = new HashMap<>();
        for (String[] row : Fixtures.rows("reduce_inputs.txt")) {
            byId.put(row[0], Fixtures.view(row[1]));
        }
        return byId;
    }

    static int[] axes(String text) {
        if (text.equals("None")) {
            return null;
        }
        if (text.equals("()")) {
            return new int[0];
        }
        return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void everyAxisAndKeepdimsCombinationMatchesNumPy() {
        Map<String, NDArray> byId = inputs();
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("reduce.txt")) {
            NDArray a = row[2].startsWith("@") ? byId.get(row[2]) : Fixtures.view(row[2]);
            Ufunc u = Ufuncs.byName(row[0]);
            ReduceOptions o = ReduceOptions.axes(axes(row[3]))
                    .keepdims(Boolean.parseBoolean(row[4].toLowerCase()));
            if (!row[5].equals("-")) {
                o = o.initial(Fixtures.pyFloat(row[5]));
            }
            if (!row[6].equals("-")) {
                o = o.where(Fixtures.array("|b1", "(4, 5)", row[6]));
            }
            ReduceOptions options = o;
            boolean contiguous = row[1].equals("C") || row[1].equals("F");
            // hypot is glibc's bit for bit (Hypot) and reduces in NumPy's order: exact
            Expect.Tolerance tolerance = contiguous || row[0].equals("hypot") ? Expect.EXACT
                    : t -> t.isInexact() ? NON_CONTIGUOUS_SUM_ULPS : 0;
            expect.check(row[0] + ".reduce(" + row[1] + " " + a.dtype() + ", axis=" + row[3]
                            + ", keepdims=" + row[4] + ", initial=" + row[5] + ", where=" + row[6] + ")",
                    () -> u.reduce(a, options), Fixtures.result(row), tolerance);
        }
        assertThat(expect.checked).isGreaterThan(1500);
        expect.assertNone("reduce.txt");
    }

    /** {@code x_i = ((i * 7919) % 10007) / 1009.0 - 5.0}: the same doubles in Java and NumPy. */
    static NDArray formula(int n, DType t) {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            a.setDouble(((i * 7919L) % 10007) / 1009.0 - 5.0, i);
        }
        return a.astype(t);
    }

    @Test
    void floatSumsAreBitIdenticalToNumPysPairwiseSums() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("pairwise.txt")) {
            DType t = DType.of(row[1]);
            String[] want = Fixtures.result(row);
            if (row[0].equals("sum")) {
                NDArray x = formula(Integer.parseInt(row[2]), t);
                expect.check("sum of " + row[2] + " " + t, () -> ArithmeticUfuncs.ADD.reduce(x,
                        ReduceOptions.all()), new String[] {"ok", want[1], "()", want[0], "-"},
                        Expect.EXACT);
                continue;
            }
            String[] rc = row[2].split("x");
            int rows = Integer.parseInt(rc[0]);
            int cols = Integer.parseInt(rc[1]);
            NDArray flat = formula(rows * cols, t);
            NDArray c = flat.stridedView(new int[] {rows, cols}, new long[] {(long) cols * t.itemsize(),
                    t.itemsize()}, 0);
            NDArray x = row[3].equals("C") ? c : c.copy(Order.F);
            int axis = row[0].charAt(4) - '0';
            int[] shape = {axis == 0 ? cols : rows};
            expect.check("sum(" + row[2] + " " + row[3] + " " + t + ", axis=" + axis + ")",
                    () -> ArithmeticUfuncs.ADD.reduce(x, axis),
                    new String[] {"ok", want[1], NDArray.tuple(shape), want[0], "-"}, Expect.EXACT);
        }
        assertThat(expect.checked).isGreaterThan(200);
        expect.assertNone("pairwise.txt");
    }
}
