package dev.strides.broadcasting;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** The case lines of a fixture file, split on tabs. */
    static List<String[]> rows(String name) {
        String path = "/fixtures/broadcasting/" + name;
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path
                        + " (run python3 scripts/fixtures/ch02_broadcasting.py)");
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

    /** The fields after {@code =>}. */
    static String[] result(String[] row) {
        int arrow = Arrays.asList(row).indexOf("=>");
        return Arrays.copyOfRange(row, arrow + 1, row.length);
    }

    /** A Python tuple of ints: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static int[] shape(String tuple) {
        return Arrays.stream(longs(tuple)).mapToInt(Math::toIntExact).toArray();
    }

    static long[] longs(String tuple) {
        String inner = tuple.substring(1, tuple.length() - 1).trim();
        if (inner.isEmpty()) {
            return new long[0];
        }
        return Arrays.stream(inner.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
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

    /** Python's float spelling: repr digits, {@code nan}, {@code inf}, {@code -inf}. */
    static double pyFloat(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
