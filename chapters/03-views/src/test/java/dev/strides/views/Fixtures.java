package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.Walk;
import dev.strides.ndarray.testing.FixtureText;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch03_views.py} into
 * {@code src/test/resources/fixtures/views/}: tab-separated lines, {@code #} comments. The
 * encodings (layouts over a root buffer, tuples, hex data, value specs, results) are described at
 * the top of that script; this class decodes them and checks Strides results against them.
 */
final class Fixtures {

    private static final HexFormat HEX = HexFormat.of();
    private static final Map<String, String[]> LAYOUTS = new HashMap<>();

    private Fixtures() {
    }

    /** The case lines of a fixture file, split on tabs (see {@link FixtureText#rows}). */
    static List<String[]> rows(String name) {
        return FixtureText.rows(Fixtures.class, "/fixtures/views/" + name,
                "scripts/fixtures/ch03_views.py");
    }

    /** The fields after {@code =>}. */
    static String[] result(String[] row) {
        return FixtureText.result(row);
    }

    // ---- layouts ------------------------------------------------------------------------------

    /** A fresh root buffer and the named view of it: {@code [root, view]}. */
    static NDArray[] layout(String name) {
        synchronized (LAYOUTS) {
            if (LAYOUTS.isEmpty()) {
                for (String[] r : rows("layouts.txt")) {
                    LAYOUTS.put(r[1], r);
                }
            }
        }
        String[] r = LAYOUTS.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no layout " + name);
        }
        DType t = DType.of(r[2]);
        int n = Integer.parseInt(r[3]);
        NDArray root = NDArray.allocate(t, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            Elements.writeLong(root.buffer(), (long) i * t.itemsize(), t, i % 100, false);
        }
        NDArray view = root.stridedView(tuple(r[4]), longTuple(r[5]), Long.parseLong(r[6]));
        if (r[7].equals("0")) {
            view.setWriteable(false);
        }
        return new NDArray[] {root, view};
    }

    // ---- decoding -------------------------------------------------------------------------------

    static int[] tuple(String s) {
        return FixtureText.tuple(s);
    }

    static long[] longTuple(String s) {
        return FixtureText.longTuple(s);
    }

    /** A value spec: S:scalar, L:list, A:dtype:shape:hex, AT:... (transposed); V: needs a target. */
    static Object value(String spec, NDArray target) {
        int colon = spec.indexOf(':');
        String kind = spec.substring(0, colon);
        String body = spec.substring(colon + 1);
        return switch (kind) {
            case "S", "L" -> python(body);
            case "A", "AT" -> {
                String[] p = body.split(":");
                NDArray a = fromBytes(DType.of(p[0]), tuple(p[1]), hex(p[2]));
                yield kind.equals("AT") ? Axes.transpose(a) : a;
            }
            case "X" -> {
                String[] p = body.split(":");
                yield laidOut(DType.of(p[0]), tuple(p[1]), longTuple(p[2]), hex(p[3]));
            }
            case "V" -> Indexing.get(target, body);
            default -> throw new IllegalArgumentException("unknown value spec " + spec);
        };
    }

    /**
     * The values (C-order bytes) laid out with the given strides over a buffer just large
     * enough: a transposed, reversed or broadcast index array as NumPy had it.
     */
    static NDArray laidOut(DType t, int[] shape, long[] strides, byte[] bytes) {
        long lo = 0;
        long hi = t.itemsize();
        for (int k = 0; k < shape.length; k++) {
            long reach = (long) (shape[k] - 1) * strides[k];
            lo += Math.min(reach, 0);
            hi += Math.max(reach, 0);
        }
        NDArray buffer = NDArray.allocate(t, new int[] {Math.toIntExact((hi - lo) / t.itemsize())},
                Order.C);
        NDArray view = buffer.stridedView(shape, strides, -lo);
        NDArray values = fromBytes(t, shape, bytes);
        dev.strides.ndarray.Walk.forEachPair(shape, values.strides(), 0, strides, -lo,
                (from, to) -> MemorySegment.copy(values.buffer(), from, view.buffer(), to, t.itemsize()));
        return view;
    }

    static NDArray fromBytes(DType t, int[] shape, byte[] bytes) {
        NDArray a = NDArray.allocate(t, shape, Order.C);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, a.buffer(), 0, bytes.length);
        return a;
    }

    static byte[] hex(String s) {
        return FixtureText.hex(s);
    }

    /** Python literals: ints (Long/BigInteger), floats, True/False, 1j-style complex, lists. */
    static Object python(String s) {
        int[] at = {0};
        Object v = parse(s.strip(), at);
        return v;
    }

    private static Object parse(String s, int[] at) {
        skip(s, at);
        if (s.charAt(at[0]) == '[') {
            List<Object> items = new ArrayList<>();
            at[0]++;
            skip(s, at);
            while (s.charAt(at[0]) != ']') {
                items.add(parse(s, at));
                skip(s, at);
                if (s.charAt(at[0]) == ',') {
                    at[0]++;
                    skip(s, at);
                }
            }
            at[0]++;
            return items.toArray();
        }
        int end = at[0];
        while (end < s.length() && ",]".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String token = s.substring(at[0], end).strip();
        at[0] = end;
        return switch (token) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "float('nan')", "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (token.endsWith("j")) {
                    yield new Complex(0, Double.parseDouble(token.substring(0, token.length() - 1)));
                }
                if (token.matches("-?[0-9]+")) {
                    BigInteger big = new BigInteger(token);
                    yield big.bitLength() < 64 ? (Object) big.longValue() : big;
                }
                yield Double.parseDouble(token);
            }
        };
    }

    private static void skip(String s, int[] at) {
        while (at[0] < s.length() && s.charAt(at[0]) == ' ') {
            at[0]++;
        }
    }

    // ---- encoding and checking ------------------------------------------------------------------

    /** The elements' bytes in C order, as NumPy's {@code a.tobytes()}. */
    static String data(NDArray a) {
        int item = a.itemsize();
        byte[] out = new byte[Math.toIntExact(a.nbytes())];
        MemorySegment dst = MemorySegment.ofArray(out);
        long[] next = {0};
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p -> {
            MemorySegment.copy(a.buffer(), p, dst, next[0], item);
            next[0] += item;
        });
        return out.length == 0 ? "-" : HEX.formatHex(out);
    }

    /** Python's tuple spelling of Strides shapes and strides. */
    static String py(int[] values) {
        return NDArray.tuple(values);
    }

    static String py(long[] values) {
        return NDArray.tuple(values);
    }

    /**
     * Checks an array result against {@code ok <shape> <strides> <view> <offset> <writeable>
     * <data>} or {@code error <kind> <message>}.
     */
    static void check(String[] expected, NDArray root, Supplier<NDArray> actual, String what) {
        if (expected[0].equals("error")) {
            expectError(expected, () -> actual.get(), what);
            return;
        }
        NDArray r = actual.get();
        boolean view = r.buffer() == root.buffer();
        String got = String.join(" ", py(r.shape()), py(r.strides()), view ? "1" : "0",
                view ? String.valueOf(r.offset()) : "-", r.isWriteable() ? "1" : "0", data(r));
        String want = String.join(" ", Arrays.copyOfRange(expected, 1, 7));
        assertThat(got).as(what).isEqualTo(want);
    }

    /** Checks that {@code action} throws the Java type for NumPy's exception with its message. */
    static void expectError(String[] expected, Runnable action, String what) {
        assertThatThrownBy(action::run).as(what)
                .isInstanceOf(javaException(expected[1], expected[2]))
                .hasMessage(expected[2]);
    }

    /** The Java exception type that stands for a Python exception in Strides. */
    static Class<? extends RuntimeException> javaException(String python, String message) {
        if (message.equals("assignment destination is read-only")) {
            return ReadOnlyException.class;
        }
        return switch (python) {
            case "AxisError" -> AxisException.class;
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "ValueError", "TypeError", "OverflowError" -> IllegalArgumentException.class;
            default -> throw new IllegalArgumentException("no Java mapping for " + python);
        };
    }
}
