package dev.strides.ndarray.print;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the NumPy printing fixtures written by {@code scripts/fixtures/ch01_printing.py} (the
 * format is described there): arrays rebuilt from their raw bytes, with the options and NumPy's
 * {@code repr} and {@code str} for each.
 */
final class PrintingFixtures {

    /** One array printed under one option set. */
    record ArrayCase(String id, String label, NDArray array, PrintOptions options, String repr,
                     String str) {
        @Override
        public String toString() {
            return id + " " + label;
        }
    }

    private PrintingFixtures() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = PrintingFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource
                        + "; run scripts/fixtures/ch01_printing.py");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ArrayCase> arrayCases() {
        List<String> lines = lines("/fixtures/printing/arrays.txt");
        List<ArrayCase> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] head = line.split(" ", 3);
            String id = head[1];
            String label = head.length > 2 ? head[2] : "";
            DType dtype = DType.of(value(lines.get(i++), "dtype"));
            int[] shape = ints(value(lines.get(i++), "shape"));
            String layout = value(lines.get(i++), "layout");
            NDArray array = view(build(dtype, shape, value(lines.get(i++), "data")), layout);
            int k = 0;
            while (!lines.get(i).equals("end")) {
                PrintOptions options = options(value(lines.get(i++), "options"));
                int n = Integer.parseInt(value(lines.get(i++), "repr"));
                String repr = String.join("\n", lines.subList(i, i + n));
                i += n;
                n = Integer.parseInt(value(lines.get(i++), "str"));
                String str = String.join("\n", lines.subList(i, i + n));
                i += n;
                cases.add(new ArrayCase(id + "." + (++k), label + " " + options, array, options,
                        repr, str));
            }
            i++;
        }
        return cases;
    }

    private static String value(String line, String key) {
        if (!line.equals(key) && !line.startsWith(key + " ")) {
            throw new IllegalStateException("expected '" + key + "' but found: " + line);
        }
        return line.length() > key.length() ? line.substring(key.length() + 1) : "";
    }

    private static int[] ints(String text) {
        return text.isBlank() ? new int[0]
                : Arrays.stream(text.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    private static NDArray build(DType dtype, int[] shape, String data) {
        NDArray a = NDArray.allocate(dtype, shape, Order.C);
        if (data.equals("arange")) {
            for (long j = 0; j < a.size(); j++) {
                Elements.writeDouble(a.buffer(), j * dtype.itemsize(), dtype, j);
            }
        } else if (!data.isEmpty()) {
            byte[] bytes = HexFormat.of().parseHex(data);
            MemorySegment.copy(MemorySegment.ofArray(bytes), 0, a.buffer(), 0, bytes.length);
        }
        return a;
    }

    // the printed array is a view of the stored one: transposed, last axis reversed, or strided
    private static NDArray view(NDArray a, String layout) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        int n = shape.length;
        switch (layout) {
            case "C" -> {
                return a;
            }
            case "T" -> {
                int[] s = new int[n];
                long[] st = new long[n];
                for (int k = 0; k < n; k++) {
                    s[k] = shape[n - 1 - k];
                    st[k] = strides[n - 1 - k];
                }
                return a.stridedView(s, st, a.offset());
            }
            case "R" -> {
                long start = a.offset() + (shape[n - 1] - 1) * strides[n - 1];
                strides[n - 1] = -strides[n - 1];
                return a.stridedView(shape, strides, start);
            }
            case "S" -> {
                shape[0] = (shape[0] + 1) / 2;
                strides[0] *= 2;
                return a.stridedView(shape, strides, a.offset());
            }
            default -> throw new IllegalStateException("unknown layout " + layout);
        }
    }

    private static PrintOptions options(String text) {
        PrintOptions o = PrintOptions.DEFAULTS;
        for (String word : text.isBlank() ? new String[0] : text.trim().split(" ")) {
            String key = word.substring(0, word.indexOf('='));
            String v = word.substring(word.indexOf('=') + 1);
            o = switch (key) {
                case "precision" -> o.withPrecision(Integer.parseInt(v));
                case "threshold" -> o.withThreshold(Long.parseLong(v));
                case "edgeitems" -> o.withEdgeitems(Integer.parseInt(v));
                case "linewidth" -> o.withLinewidth(Integer.parseInt(v));
                case "suppress" -> o.withSuppress(Boolean.parseBoolean(v));
                case "sign" -> o.withSign(switch (v) {
                    case "minus" -> '-';
                    case "plus" -> '+';
                    default -> ' ';
                });
                case "floatmode" -> o.withFloatmode(v);
                case "nanstr" -> o.withNanstr(v);
                case "infstr" -> o.withInfstr(v);
                default -> throw new IllegalStateException("unknown option " + word);
            };
        }
        return o;
    }
}
