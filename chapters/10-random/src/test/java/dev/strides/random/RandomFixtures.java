package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Walk;
import dev.strides.ndarray.testing.FixtureText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch10_random.py} (encodings are
 * described there) and encodes Strides results the same way for comparison.
 */
final class RandomFixtures {

    static final HexFormat HEX = HexFormat.of();

    private RandomFixtures() {
    }

    /** The raw bytes of a fixture resource. */
    static byte[] resource(String name) {
        String path = "/fixtures/random/" + name;
        try (InputStream in = RandomFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path
                        + " (run python3 scripts/fixtures/ch10_random.py)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One case: the call's name and key=value arguments, and the fields after "=>". */
    record Case(String method, Map<String, String> args, List<String> result, String text) {

        String arg(String key) {
            String v = args.get(key);
            if (v == null) {
                throw new IllegalArgumentException("fixture case has no " + key + ": " + text);
            }
            return v;
        }

        String arg(String key, String otherwise) {
            return args.getOrDefault(key, otherwise);
        }

        boolean isError() {
            return result.getFirst().equals("error");
        }

        /** The {@code state=} field, or null. */
        String state() {
            return result.stream().filter(f -> f.startsWith("state=")).map(f -> f.substring(6))
                    .findFirst().orElse(null);
        }

        /** The result fields without the state. */
        List<String> value() {
            return result.stream().filter(f -> !f.startsWith("state=")).toList();
        }
    }

    static List<Case> cases(String name) {
        List<Case> out = new ArrayList<>();
        for (String[] f : FixtureText.rows(RandomFixtures.class, "/fixtures/random/" + name,
                "scripts/fixtures/ch10_random.py")) {
            int arrow = Arrays.asList(f).indexOf("=>");
            Map<String, String> args = new LinkedHashMap<>();
            for (int k = 1; k < arrow; k++) {
                int eq = f[k].indexOf('=');
                args.put(f[k].substring(0, eq), f[k].substring(eq + 1));
            }
            out.add(new Case(f[0], args, List.of(FixtureText.result(f)),
                    String.join(" ", Arrays.copyOf(f, arrow))));
        }
        return out;
    }

    // ---- seeds ----------------------------------------------------------------------------------

    /** A seed spec: {@code 42}, {@code [1,2,3]}, then optionally {@code /spawn=(i, j)} or {@code /pool=8}. */
    static SeedSequence seedSequence(String spec) {
        String base = spec.contains("/") ? spec.substring(0, spec.indexOf('/')) : spec;
        String extra = spec.contains("/") ? spec.substring(spec.indexOf('/') + 1) : "";
        List<BigInteger> entropy = integers(base);
        boolean scalar = !base.startsWith("[");
        if (extra.startsWith("pool=")) {
            return new SeedSequence(entropy, new long[0], Integer.parseInt(extra.substring(5)), 0);
        }
        SeedSequence seq = scalar ? new SeedSequence(entropy.getFirst())
                : new SeedSequence(entropy.stream().mapToLong(BigInteger::longValueExact).toArray());
        if (extra.startsWith("spawn=")) {
            for (long k : longTuple(extra.substring(6))) {
                seq = seq.spawn((int) k + 1).get((int) k);
            }
        }
        return seq;
    }

    /** {@code 42} or {@code [1,2,3]} as integers. */
    static List<BigInteger> integers(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            return Arrays.stream(t.substring(1, t.length() - 1).split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).map(BigInteger::new).toList();
        }
        return List.of(new BigInteger(t));
    }

    static long[] longs(String text) {
        return integers(text).stream().mapToLong(BigInteger::longValueExact).toArray();
    }

    static long[] longTuple(String s) {
        return FixtureText.longTuple(s.strip());
    }

    /** A size argument: {@code None} gives null, {@code 5} gives {5}, {@code (2, 3)} gives {2, 3}. */
    static int[] size(String text) {
        if (text == null || text.equals("None")) {
            return null;
        }
        if (text.startsWith("(")) {
            return Arrays.stream(longTuple(text)).mapToInt(Math::toIntExact).toArray();
        }
        return new int[] {Integer.parseInt(text)};
    }

    static double pyFloat(String s) {
        return FixtureText.pyFloat(s.strip());
    }

    static double[] doubles(String list) {
        String body = list.strip().substring(1, list.strip().length() - 1);
        return Arrays.stream(body.split(",")).mapToDouble(RandomFixtures::pyFloat).toArray();
    }

    static double f8(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static float f4(String hex) {
        return Float.intBitsToFloat((int) Long.parseLong(hex, 16));
    }

    // ---- arrays ---------------------------------------------------------------------------------

    /**
     * {@code arange(<shape>,<dtype>[,F][,view])}: arange (times 0.5 for floats) in the dtype and
     * shape, F-ordered with F, then viewed with {@code ::2} (1-d) or {@code :,::2} (2-d).
     */
    static NDArray array(String spec) {
        String body = spec.substring("arange(".length(), spec.length() - 1);
        int close = body.indexOf(')');
        int[] shape = Arrays.stream(longTuple(body.substring(0, close + 1)))
                .mapToInt(Math::toIntExact).toArray();
        String[] parts = body.substring(close + 2).split(",", -1);
        DType dtype = DType.of(parts[0]);
        int at = 1;
        Order order = Order.C;
        if (parts.length > at && parts[at].equals("F")) {
            order = Order.F;
            at++;
        }
        String view = String.join(",", Arrays.copyOfRange(parts, at, parts.length));
        NDArray a = NDArray.allocate(dtype, shape, order);
        int[] index = new int[shape.length];
        long n = NDArray.sizeOf(shape);
        for (long flat = 0; flat < n; flat++) {              // C-order values 0, 1, 2, ...
            long rest = flat;
            for (int k = shape.length - 1; k >= 0; k--) {
                index[k] = (int) (rest % shape[k]);
                rest /= shape[k];
            }
            if (dtype.isFloating()) {
                a.setDouble(flat * 0.5, index);
            } else {
                a.setLong(flat, index);
            }
        }
        return switch (view) {
            case "" -> a;
            case "::2" -> a.stridedView(new int[] {(shape[0] + 1) / 2},
                    new long[] {2 * a.strides(0)}, a.offset());
            case ":,::2" -> a.stridedView(new int[] {shape[0], (shape[1] + 1) / 2},
                    new long[] {a.strides(0), 2 * a.strides(1)}, a.offset());
            default -> throw new IllegalArgumentException("unknown view " + view);
        };
    }

    /**
     * {@code array(<dtype.str>[,F|,::2];<nested list>)}: {@code np.array(list, dtype)}, then
     * F-ordered ({@code F}) or viewed as {@code a[::2]}; a bare value makes a 0-d array.
     */
    static NDArray literalArray(String spec) {
        String body = spec.substring("array(".length(), spec.length() - 1);
        int semi = body.indexOf(';');
        String[] head = body.substring(0, semi).split(",", 2);
        DType dtype = DType.of(head[0]);
        Object nested = parseNested(body.substring(semi + 1).strip(), new int[] {0});
        List<Integer> dims = new ArrayList<>();
        for (Object o = nested; o instanceof List<?> l; o = l.isEmpty() ? null : l.getFirst()) {
            dims.add(l.size());
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        List<String> leaves = new ArrayList<>();
        flatten(nested, leaves);
        NDArray a = NDArray.allocate(dtype, shape, Order.C);
        int[] index = new int[shape.length];
        for (int flat = 0; flat < leaves.size(); flat++) {
            int rest = flat;
            for (int k = shape.length - 1; k >= 0; k--) {
                index[k] = rest % shape[k];
                rest /= shape[k];
            }
            String v = leaves.get(flat);
            if (dtype.isBool()) {
                a.setBoolean(v.equals("True"), index);
            } else if (dtype.isFloating()) {
                a.setDouble(pyFloat(v), index);
            } else {
                Elements.writeLong(a.buffer(), a.byteOffset(index), dtype,    // uint64: raw bits
                        new BigInteger(v).longValue(), dtype.isUnsignedInteger());
            }
        }
        String layout = head.length > 1 ? head[1] : "";
        return switch (layout) {
            case "" -> a;
            case "F" -> a.copy(Order.F);
            case "::2" -> a.stridedView(new int[] {(shape[0] + 1) / 2},
                    new long[] {2 * a.strides(0)}, a.offset());
            default -> throw new IllegalArgumentException("unknown layout " + layout);
        };
    }

    /** A nested Python list of plain values: lists become Lists, values stay text. */
    private static Object parseNested(String s, int[] pos) {
        if (s.charAt(pos[0]) != '[') {
            int start = pos[0];
            while (pos[0] < s.length() && ",]".indexOf(s.charAt(pos[0])) < 0) {
                pos[0]++;
            }
            return s.substring(start, pos[0]).strip();
        }
        pos[0]++;
        List<Object> items = new ArrayList<>();
        while (true) {
            while (s.charAt(pos[0]) == ' ') {
                pos[0]++;
            }
            if (s.charAt(pos[0]) == ']') {
                pos[0]++;
                return items;
            }
            items.add(parseNested(s, pos));
            if (s.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
    }

    private static void flatten(Object nested, List<String> leaves) {
        if (nested instanceof List<?> l) {
            l.forEach(e -> flatten(e, leaves));
        } else {
            leaves.add((String) nested);
        }
    }

    /** NumPy's {@code a.tobytes()}: the elements in C order. */
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

    /** The fixture's array encoding: dtype, shape and hex data as three fields. */
    static List<String> encode(NDArray a) {
        byte[] b = bytes(a);
        return List.of(a.dtype().str(), NDArray.tuple(a.shape()), b.length == 0 ? "-" : HEX.formatHex(b));
    }

    /** The Java exception type that stands for a Python exception here. */
    static Class<? extends RuntimeException> javaException(String python) {
        return switch (python) {
            case "IndexError" -> IndexOutOfBoundsException.class;
            case "TypeError" -> dev.strides.ndarray.DTypeException.class;
            case "ValueError", "OverflowError" -> IllegalArgumentException.class;
            default -> throw new IllegalArgumentException("no Java mapping for " + python);
        };
    }

    /** The PCG64 state in the fixture's {@code state:inc:has_uint32:uinteger} form. */
    static String pcgState(PCG64 bg) {
        PCG64.State s = bg.state();
        return s.state().toString(16) + ":" + s.inc().toString(16) + ":" + (s.hasUint32() ? 1 : 0)
                + ":" + s.uinteger();
    }
}
