package dev.strides.ndarray.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The plain-text encoding every chapter's NumPy fixtures share: one case per line, fields
 * separated by tabs, {@code #} comments, expected values after a {@code =>} field, Python tuples
 * for shapes and strides, raw bytes in hex. Shipped in chapter 01's test jar so that each
 * chapter's {@code Fixtures} class only adds what is particular to its own files.
 */
public final class FixtureText {

    private static final HexFormat HEX = HexFormat.of();

    private FixtureText() {
    }

    /**
     * The case lines of the resource {@code path} (found next to {@code anchor}), split on tabs
     * with empty fields kept; {@code script} is named in the error when the file is missing.
     */
    public static List<String[]> rows(Class<?> anchor, String path, String script) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path + " (run python3 "
                        + script + ")");
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
    public static String[] result(String[] row) {
        int arrow = Arrays.asList(row).indexOf("=>");
        return Arrays.copyOfRange(row, arrow + 1, row.length);
    }

    /** A Python tuple of ints: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static long[] longTuple(String s) {
        String body = s.substring(1, s.length() - 1).strip();
        return Arrays.stream(body.split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    /** {@link #longTuple} for shapes: every entry must fit an int. */
    public static int[] tuple(String s) {
        return Arrays.stream(longTuple(s)).mapToInt(Math::toIntExact).toArray();
    }

    /** Python's spelling of a float: {@code nan}, {@code inf}, {@code -inf} or a decimal. */
    public static double pyFloat(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Raw bytes in hex; {@code -} for none. */
    public static byte[] hex(String s) {
        return s.equals("-") ? new byte[0] : HEX.parseHex(s);
    }
}
