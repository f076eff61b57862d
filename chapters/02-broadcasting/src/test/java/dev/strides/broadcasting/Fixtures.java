package dev.strides.broadcasting;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.testing.FixtureText;

import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch02_broadcasting.py} into
 * {@code src/test/resources/fixtures/broadcasting/}; the encodings are described at the top of
 * that script.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The case lines of a fixture file, split on tabs (see {@link FixtureText#rows}). */
    static List<String[]> rows(String name) {
        return FixtureText.rows(Fixtures.class, "/fixtures/broadcasting/" + name,
                "scripts/fixtures/ch02_broadcasting.py");
    }

    /** The fields after {@code =>}. */
    static String[] result(String[] row) {
        return FixtureText.result(row);
    }

    /** A Python tuple of ints: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static int[] shape(String tuple) {
        return FixtureText.tuple(tuple);
    }

    static long[] longs(String tuple) {
        return FixtureText.longTuple(tuple);
    }

    /** {@code ;}-joined tuples, or {@code -} for none. */
    static int[][] shapes(String text) {
        if (text.equals("-")) {
            return new int[0][];
        }
        return Arrays.stream(text.split(";")).map(Fixtures::shape).toArray(int[][]::new);
    }

    /** {@code n|shape|strides|offset}: a float64 view of {@code arange(n) + 1}. */
    static NDArray array(String spec) {
        String[] part = spec.split("\\|");
        int n = Integer.parseInt(part[0]);
        NDArray base = NDArray.allocate(DType.FLOAT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            base.buffer().set(ValueLayout.JAVA_DOUBLE, 8L * i, i + 1.0);
        }
        return base.stridedView(shape(part[1]), longs(part[2]), Long.parseLong(part[3]));
    }

    /** The elements of {@code a} in C order, as doubles. */
    static double[] values(NDArray a) {
        double[] out = new double[Math.toIntExact(a.size())];
        int[] n = {0};
        MultiIterator.of(a).forEachElement(at -> out[n[0]++] =
                Elements.readDouble(a.buffer(), at[0], a.dtype()));
        return out;
    }

    /** A {@code values} field: Python floats joined by commas, {@code -} for none. */
    static double[] doubles(String text) {
        if (text.equals("-")) {
            return new double[0];
        }
        return Arrays.stream(text.split(",")).mapToDouble(Fixtures::pyFloat).toArray();
    }

    static double pyFloat(String text) {
        return FixtureText.pyFloat(text);
    }
}
