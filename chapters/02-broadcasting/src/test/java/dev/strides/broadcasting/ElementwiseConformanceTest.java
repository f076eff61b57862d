package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The provisional element-wise operations and sums against NumPy 2.4: dtypes, shapes, values. */
class ElementwiseConformanceTest {

    /** Relative error allowed for float sums: NumPy adds pairwise, these loops left to right. */
    private static final double SUM_TOLERANCE_ULPS = 64;

    @Test
    void binaryScalarAndUnaryOperationsMatchNumPy() {
        int checked = 0;
        for (String[] row : Fixtures.rows("elementwise.txt")) {
            if (row[0].equals("sum")) {
                continue;
            }
            String what = String.join(" ", Arrays.copyOf(row, 8));
            String[] expected = Fixtures.result(row);
            NDArray a = array(row[2], row[3], row[4]);
            java.util.function.Supplier<NDArray> call = switch (row[0]) {
                case "binary" -> () -> Elementwise.apply(binary(row[1]), a, array(row[5], row[6], row[7]));
                case "scalar" -> () -> Elementwise.apply(binary(row[1]), a, scalar(row[5]));
                default -> () -> Elementwise.apply(Elementwise.Unary.valueOf(row[1].toUpperCase()), a);
            };
            if (expected[0].equals("error")) {
                assertThatThrownBy(call::get).as(what).hasMessage(expected[2]);
                continue;
            }
            NDArray r = call.get();
            assertThat(r.dtype().str()).as(what).isEqualTo(expected[1]);
            assertThat(NDArray.tuple(r.shape())).as(what).isEqualTo(expected[2]);
            assertValues(r, expected[3], what);
            checked++;
        }
        assertThat(checked).isGreaterThan(250);
    }

    @Test
    void sumsMatchNumPy() {
        for (String[] row : Fixtures.rows("elementwise.txt")) {
            if (!row[0].equals("sum")) {
                continue;
            }
            String what = "np.sum(" + row[2] + " " + row[3] + ", axis=" + row[1] + ", keepdims="
                    + row[5] + ")";
            String[] expected = Fixtures.result(row);
            NDArray a = array(row[2], row[3], row[4]);
            boolean keep = Boolean.parseBoolean(row[5].toLowerCase());
            java.util.function.Supplier<NDArray> call = switch (row[1]) {
                case "all" -> keep ? () -> Sums.sum(a, allAxes(a), true) : () -> Sums.sum(a);
                case "none" -> () -> Sums.sum(a, new int[0], keep);
                default -> () -> Sums.sum(a, Arrays.stream(row[1].split(","))
                        .mapToInt(Integer::parseInt).toArray(), keep);
            };
            if (expected[0].equals("error")) {
                assertThatThrownBy(call::get).as(what).hasMessage(expected[2]);
                continue;
            }
            NDArray r = call.get();
            assertThat(r.dtype().str()).as(what).isEqualTo(expected[1]);
            assertThat(NDArray.tuple(r.shape())).as(what).isEqualTo(expected[2]);
            if (r.dtype().isInexact()) {
                double[] got = Fixtures.values(r);
                double[] want = Fixtures.doubles(expected[3]);
                double eps = r.dtype().itemsize() == 8 ? 0x1p-52 : r.dtype().itemsize() == 4 ? 0x1p-23 : 0x1p-10;
                for (int k = 0; k < want.length; k++) {
                    double bound = SUM_TOLERANCE_ULPS * eps * Math.max(1, sumOfMagnitudes(a));
                    assertThat(got[k]).as(what + " element " + k).isCloseTo(want[k], within(bound));
                }
            } else {
                assertValues(r, expected[3], what);
            }
        }
    }

    @Test
    void theFloat64FastPathAgreesWithTheReadableLoop() {
        // the same operands in float64 (fast path) and as a big-endian copy (readable loop)
        NDArray x = NDArray.allocate(DType.FLOAT64, new int[] {5, 7}, Order.F);
        NDArray y = NDArray.allocate(DType.FLOAT64, new int[] {7}, Order.C);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 7; j++) {
                x.setDouble(Math.sin(i * 7 + j) * 10, i, j);
                y.setDouble(j - 3.5, j);
            }
        }
        DType big = DType.of(">f8");
        for (Elementwise.Binary op : Elementwise.Binary.values()) {
            NDArray fast = Elementwise.apply(op, x, y);
            NDArray readable = Elementwise.apply(op, x.astype(big), y.astype(big));
            assertThat(Fixtures.values(fast)).as(op.name()).containsExactly(Fixtures.values(readable));
        }
    }

    @Test
    void outMayBeAnInputAndOverlappingLayoutsAreCopiedFirst() {
        NDArray a = NDArray.allocate(DType.FLOAT64, new int[] {4}, Order.C);
        for (int i = 0; i < 4; i++) {
            a.setDouble(i + 1.0, i);
        }
        Elementwise.apply(Elementwise.Binary.MULTIPLY, a, 2.0, a);     // np.multiply(a, 2, out=a)
        assertThat(Fixtures.values(a)).containsExactly(2, 4, 6, 8);
        NDArray reversed = a.stridedView(new int[] {4}, new long[] {-8}, 24);   // a[::-1]
        Elementwise.apply(Elementwise.Binary.ADD, a, reversed, a);     // np.add(a, a[::-1], out=a)
        assertThat(Fixtures.values(a)).as("as NumPy, which buffers the overlapping input")
                .containsExactly(10, 10, 10, 10);
    }

    @Test
    void outErrorsUseNumPysWords() {
        NDArray i = NDArray.allocate(DType.INT64, new int[] {3}, Order.C);
        // np.add(np.zeros(3, int), 1.5, out=np.zeros(3, int))
        assertThatThrownBy(() -> Elementwise.apply(Elementwise.Binary.ADD, i, 1.5, i))
                .hasMessage("Cannot cast ufunc 'add' output from dtype('float64') to"
                        + " dtype('int64') with casting rule 'same_kind'");
        NDArray ro = Broadcasting.broadcastTo(i, 2, 3);
        assertThatThrownBy(() -> Elementwise.apply(Elementwise.Binary.ADD, i, 1, ro))
                .hasMessage("output array is read-only");
    }

    private static int[] allAxes(NDArray a) {
        int[] axes = new int[a.ndim()];
        Arrays.setAll(axes, k -> k);
        return axes;
    }

    private static double sumOfMagnitudes(NDArray a) {
        return Arrays.stream(Fixtures.values(a)).map(Math::abs).sum();
    }

    private static Elementwise.Binary binary(String name) {
        return Elementwise.Binary.valueOf(name.toUpperCase());
    }

    /** A Python scalar: int or float spelling. */
    private static Object scalar(String text) {
        return text.contains(".") ? (Object) Double.parseDouble(text) : (Object) Long.parseLong(text);
    }

    /** An array of dtype {@code str}, shape and fixture values (ints, or Python floats). */
    static NDArray array(String str, String shape, String values) {
        DType t = DType.of(str);
        NDArray a = NDArray.allocate(t, Fixtures.shape(shape), Order.C);
        if (values.equals("-")) {
            return a;
        }
        String[] v = values.split(",");
        for (int k = 0; k < v.length; k++) {
            long at = a.flatByteOffset(k);
            if (t.isInexact()) {
                Elements.writeDouble(a.buffer(), at, t, Fixtures.pyFloat(v[k]));
            } else {
                Elements.writeLong(a.buffer(), at, t, new BigInteger(v[k]).longValue(), false);
            }
        }
        return a;
    }

    /** Exact comparison: integers as Python ints, floats as the doubles Python printed. */
    static void assertValues(NDArray a, String expected, String what) {
        if (a.dtype().isInexact()) {
            assertThat(Fixtures.values(a)).as(what).containsExactly(Fixtures.doubles(expected));
            return;
        }
        StringBuilder sb = new StringBuilder();
        DType t = a.dtype();
        MultiIterator.of(a).forEachElement(at -> {
            long v = Elements.readLong(a.buffer(), at[0], t);
            sb.append(sb.isEmpty() ? "" : ",")
                    .append(t.type() == DType.Type.UINT64 ? Long.toUnsignedString(v) : v);
        });
        assertThat(a.size() == 0 ? "-" : sb.toString()).as(what).isEqualTo(expected);
    }
}
