package dev.strides.ndarray;

import dev.strides.ndarray.testing.FixtureText;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch01_ndarray.py} into
 * {@code src/test/resources/fixtures/ndarray/}: tab-separated lines, {@code #} comments. The
 * encodings (dtype strings, Python tuples, flags, hex data, scalars) are described at the top of
 * that script; this class decodes them and encodes Strides arrays the same way for comparison.
 */
final class FixtureFile {

    private static final HexFormat HEX = HexFormat.of();

    private FixtureFile() {
    }

    /** The case lines of a fixture file, split on tabs (see {@link FixtureText#rows}). */
    static List<String[]> rows(String name) {
        return FixtureText.rows(FixtureFile.class, "/fixtures/ndarray/" + name,
                "scripts/fixtures/ch01_ndarray.py");
    }

    /** The rows whose first field is {@code kind}. */
    static List<String[]> rows(String name, String kind) {
        return rows(name).stream().filter(r -> r[0].equals(kind)).toList();
    }

    /** A call line split at {@code =>}: the function and its key=value arguments. */
    record Call(String fn, Map<String, String> args, List<String> result, String text) {

        String arg(String key) {
            String v = args.get(key);
            if (v == null) {
                throw new IllegalArgumentException("fixture call has no " + key + ": " + text);
            }
            return v;
        }

        boolean isError() {
            return result.getFirst().equals("error");
        }
    }

    static Call call(String[] row) {
        int arrow = Arrays.asList(row).indexOf("=>");
        Map<String, String> args = new HashMap<>();
        for (int k = 1; k < arrow; k++) {
            int eq = row[k].indexOf('=');
            args.put(row[k].substring(0, eq), row[k].substring(eq + 1));
        }
        String text = String.join(" ", Arrays.copyOf(row, arrow));
        return new Call(row[0], args, List.of(Arrays.copyOfRange(row, arrow + 1, row.length)), text);
    }

    // ---- decoding -------------------------------------------------------------------------------

    /** A dtype.str such as {@code <f8}; {@code None} gives null. */
    static DType dtype(String s) {
        return s.equals("None") ? null : DType.of(s);
    }

    static int[] tuple(String s) {
        return FixtureText.tuple(s);
    }

    static long[] longTuple(String s) {
        return FixtureText.longTuple(s);
    }

    static byte[] hex(String s) {
        return FixtureText.hex(s);
    }

    static double pyFloat(String s) {
        return FixtureText.pyFloat(s);
    }

    /** True for the int encoding (no '.', exponent, nan or inf), as opposed to a float. */
    static boolean isPyInt(String s) {
        return s.matches("-?[0-9]+");
    }

    /**
     * A scalar or nested list: {@code True}/{@code False} → Boolean, ints → Long (BigInteger
     * beyond 64 bits), floats → Double, {@code c(re,im)} → Complex, {@code [..]} → Object[].
     */
    static Object scalar(String s) {
        int[] at = {0};
        Object v = parse(s, at);
        if (at[0] != s.length()) {
            throw new IllegalArgumentException("trailing text in scalar " + s);
        }
        return v;
    }

    private static Object parse(String s, int[] at) {
        if (s.charAt(at[0]) == '[') {
            List<Object> items = new ArrayList<>();
            at[0]++;
            while (s.charAt(at[0]) != ']') {
                items.add(parse(s, at));
                if (s.charAt(at[0]) == ',') {
                    at[0]++;
                }
            }
            at[0]++;
            return items.toArray();
        }
        if (s.startsWith("c(", at[0])) {
            int close = s.indexOf(')', at[0]);
            String[] parts = s.substring(at[0] + 2, close).split(",");
            at[0] = close + 1;
            return new Complex(pyFloat(parts[0]), pyFloat(parts[1]));
        }
        int end = at[0];
        while (end < s.length() && ",]".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String token = s.substring(at[0], end);
        at[0] = end;
        if (token.equals("True") || token.equals("False")) {
            return token.equals("True");
        }
        if (isPyInt(token)) {
            java.math.BigInteger big = new java.math.BigInteger(token);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        return pyFloat(token);
    }

    // ---- encoding Strides arrays like the fixtures ----------------------------------------------

    /** The elements' bytes in C order, as NumPy's {@code a.tobytes()}. */
    static byte[] bytes(NDArray a) {
        int item = a.itemsize();
        byte[] out = new byte[Math.toIntExact(a.nbytes())];
        MemorySegment dst = MemorySegment.ofArray(out);
        long[] next = {0};
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p -> {
            MemorySegment.copy(a.buffer(), p, dst, next[0], item);
            next[0] += item;
        });
        return out;
    }

    static String data(NDArray a) {
        byte[] b = bytes(a);
        return b.length == 0 ? "-" : HEX.formatHex(b);
    }

    /** C F O W, '-' when false. */
    static String flags(NDArray a) {
        Flags f = a.flags();
        return (f.cContiguous() ? "C" : "-") + (f.fContiguous() ? "F" : "-")
                + (f.owndata() ? "O" : "-") + (f.writeable() ? "W" : "-");
    }

    /** A new C-ordered array of {@code dtype} holding these bytes. */
    static NDArray fromBytes(DType dtype, int n, byte[] bytes) {
        NDArray a = NDArray.allocate(dtype, new int[] {n}, Order.C);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, a.buffer(), 0, bytes.length);
        return a;
    }

    /**
     * The fixture view {@code base:n:shape:strides:offset}: {@code (arange(n) % 100 + 1)} as
     * {@code base}, viewed with that shape, strides and byte offset through {@link NDArray#stridedView}.
     */
    static NDArray view(String spec) {
        String[] p = spec.split(":");
        DType t = DType.of(p[0]);
        int n = Integer.parseInt(p[1]);
        NDArray base = NDArray.allocate(t, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            Elements.writeLong(base.buffer(), (long) i * t.itemsize(), t, i % 100 + 1, false);
        }
        return base.stridedView(tuple(p[2]), longTuple(p[3]), Long.parseLong(p[4]));
    }

    /** The Java exception type that stands for a Python exception in Strides. */
    static Class<? extends RuntimeException> javaException(String python) {
        return switch (python) {
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "ZeroDivisionError" -> ArithmeticException.class;
            case "TypeError" -> DTypeException.class;
            case "ValueError", "OverflowError" -> IllegalArgumentException.class;
            default -> throw new IllegalArgumentException("no Java mapping for " + python);
        };
    }
}
