package dev.strides.stridetricks;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        String path = "/fixtures/stridetricks/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path
                        + " (run python3 scripts/fixtures/ch05_stride_tricks.py)");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (tuple.equals("None")) {
            return null;
        }
        String body = tuple.substring(1, tuple.length() - 1).trim();
        if (body.endsWith(",")) {
            body = body.substring(0, body.length() - 1);
        }
        if (body.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(body.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray();
    }

    /** Space-separated Python floats; {@code -} for none. */
    static double[] doubles(String text) {
        if (text.equals("-")) {
            return new double[0];
        }
        return Arrays.stream(text.split(" ")).mapToDouble(Fixtures::pyFloat).toArray();
    }

    // Python spells NaN and infinity nan, inf and -inf.
    private static double pyFloat(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
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
