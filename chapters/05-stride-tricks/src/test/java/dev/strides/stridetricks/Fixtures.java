package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;
import dev.strides.ndarray.testing.FixtureText;

import java.util.Arrays;
import java.util.List;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch05_stride_tricks.py} into
 * {@code src/test/resources/fixtures/stridetricks/}: tab-separated lines, {@code #} comments.
 * The encodings (layouts over a root buffer, tuples, values) are described at the top of that
 * script.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The case lines of a fixture file, split on tabs. */
    static List<String[]> rows(String name) {
        return FixtureText.rows(Fixtures.class, "/fixtures/stridetricks/" + name,
                "scripts/fixtures/ch05_stride_tricks.py");
    }

    /** The view described by layout fields {@code dtype n shape strides offset}, from {@code at}. */
    static NDArray layout(String[] row, int at) {
        DType dtype = DType.of(row[at]);
        NDArray root = Ranges.arange(0, Long.parseLong(row[at + 1]), 1).astype(dtype);
        return root.stridedView(ints(row[at + 2]), longs(row[at + 3]), Long.parseLong(row[at + 4]));
    }

    /** {@code (3, 4)} or {@code (3,)} or {@code ()}; null for {@code None}. */
    static int[] ints(String tuple) {
        long[] v = longs(tuple);
        return v == null ? null : Arrays.stream(v).mapToInt(Math::toIntExact).toArray();
    }

    static long[] longs(String tuple) {
        return tuple.equals("None") ? null : FixtureText.longTuple(tuple);
    }

    /** Space-separated Python floats; {@code -} for none. */
    static double[] doubles(String text) {
        if (text.equals("-")) {
            return new double[0];
        }
        return Arrays.stream(text.split(" ")).mapToDouble(FixtureText::pyFloat).toArray();
    }

    /** A C-order float64 array of the given shape and values. */
    static NDArray array(String shape, String values) {
        int[] dims = ints(shape);
        double[] v = doubles(values);
        NDArray a = NDArray.allocate(DType.FLOAT64, dims, Order.C);
        int[] index = new int[dims.length];
        for (double d : v) {
            a.setDouble(d, index);
            next(index, dims);
        }
        return a;
    }

    /** The elements of {@code a} in C index order, as doubles. */
    static double[] values(NDArray a) {
        double[] out = new double[(int) a.size()];
        int[] index = new int[a.ndim()];
        for (int n = 0; n < out.length; n++) {
            out[n] = a.getDouble(index);
            next(index, a.shape());
        }
        return out;
    }

    private static void next(int[] index, int[] shape) {
        for (int k = index.length - 1; k >= 0; k--) {
            if (++index[k] < shape[k]) {
                return;
            }
            index[k] = 0;
        }
    }
}
