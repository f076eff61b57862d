package dev.strides.ufuncs;

import dev.strides.ndarray.testing.FixtureText;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the NumPy fixtures written by {@code scripts/fixtures/ch04_ufuncs.py} into
 * {@code src/test/resources/fixtures/ufuncs/}; the encodings are described at the top of that
 * script. Values compare exactly: integers as integers, floats by their bits (so {@code -0.0}
 * differs from {@code 0.0} and NaN equals NaN), unless a test names a tolerance.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** The case lines of a fixture file, split on tabs (see {@link FixtureText#rows}). */
    static List<String[]> rows(String name) {
        return FixtureText.rows(Fixtures.class, "/fixtures/ufuncs/" + name,
                "scripts/fixtures/ch04_ufuncs.py");
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

    /** A C-contiguous array of dtype {@code str} and {@code shape} from fixture values. */
    static NDArray array(String str, String shape, String values) {
        DType t = DType.of(str);
        NDArray a = NDArray.allocate(t, shape(shape), Order.C);
        if (!values.equals("-")) {
            String[] v = values.split(",");
            for (int k = 0; k < v.length; k++) {
                write(a, a.flatByteOffset(k), v[k]);
            }
        }
        return a;
    }

    /** {@code dtype|base|shape|strides|offset}: a strided view of a 1-d base array. */
    static NDArray view(String spec) {
        String[] raw = spec.split("\\|", -1);
        String[] part = raw[0].isEmpty()                   // a one-byte dtype: '|b1|...'
                ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
        if (raw[0].isEmpty()) {
            part[0] = "|" + part[0];
        }
        DType t = DType.of(part[0]);
        String[] v = part[1].equals("-") ? new String[0] : part[1].split(",");
        NDArray base = NDArray.allocate(t, new int[] {v.length}, Order.C);
        for (int k = 0; k < v.length; k++) {
            write(base, (long) k * t.itemsize(), v[k]);
        }
        return base.stridedView(shape(part[2]), Arrays.stream(shape(part[3])).asLongStream().toArray(),
                Long.parseLong(part[4]));
    }

    private static void write(NDArray a, long at, String text) {
        DType t = a.dtype();
        switch (t.kind()) {
            case 'b' -> Elements.writeLong(a.buffer(), at, t, Long.parseLong(text), false);
            case 'i', 'u' -> Elements.writeLong(a.buffer(), at, t, new BigInteger(text).longValue(), false);
            case 'f' -> Elements.writeDouble(a.buffer(), at, t, pyFloat(text));
            default -> Elements.writeComplex(a.buffer(), at, t, complex(text));
        }
    }

    static double pyFloat(String text) {
        return FixtureText.pyFloat(text);
    }

    static Complex complex(String text) {
        int cut = text.indexOf('_', 1);
        return new Complex(pyFloat(text.substring(0, cut)), pyFloat(text.substring(cut + 1)));
    }

    /** {@code int:5}, {@code float:2.5}, {@code bool:True}, {@code complex:1.0_2.0}. */
    static Object scalar(String text) {
        String value = text.substring(text.indexOf(':') + 1);
        return switch (text.substring(0, text.indexOf(':'))) {
            case "int" -> new BigInteger(value).bitLength() < 64 ? (Object) Long.parseLong(value)
                    : new BigInteger(value);
            case "float" -> pyFloat(value);
            case "bool" -> Boolean.parseBoolean(value.toLowerCase());
            default -> complex(value);
        };
    }

    /** The elements of {@code a} in C order, spelled as the fixtures spell them. */
    static String[] texts(NDArray a) {
        List<String> out = new ArrayList<>();
        DType t = a.dtype();
        MultiIterator.of(a).forEachElement(at -> out.add(switch (t.kind()) {
            case 'b', 'i' -> Long.toString(Elements.readLong(a.buffer(), at[0], t));
            case 'u' -> Long.toUnsignedString(Elements.readLong(a.buffer(), at[0], t));
            case 'f' -> pyRepr(Elements.readDouble(a.buffer(), at[0], t));
            default -> {
                Complex z = Elements.readComplex(a.buffer(), at[0], t);
                yield pyRepr(z.re()) + "_" + pyRepr(z.im());
            }
        }));
        return out.toArray(String[]::new);
    }

    static String[] expected(String values) {
        return values.equals("-") ? new String[0] : values.split(",");
    }

    /** A double as the fixtures spell it (not Python's repr digits: compared by value). */
    static String pyRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /** Float fixture text and Java value are the same number (bits; NaN equals NaN). */
    static boolean sameFloat(String expected, double got) {
        double e = pyFloat(expected);
        return Double.doubleToLongBits(e) == Double.doubleToLongBits(got)
                || Double.isNaN(e) && Double.isNaN(got);
    }

    /** Distance in units in the last place of {@code t} between two values of that type. */
    static long ulps(double a, double b, DType t) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        }
        if (a == b) {
            return 0;
        }
        return switch (t.type()) {
            case FLOAT16 -> Math.abs(ordered16(a) - ordered16(b));
            case FLOAT32, COMPLEX64 -> Math.abs(ordered32((float) a) - ordered32((float) b));
            default -> {
                long d = ordered64(a) - ordered64(b);
                yield d == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(d);
            }
        };
    }

    private static long ordered64(double v) {
        long bits = Double.doubleToLongBits(v);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static long ordered32(float v) {
        int bits = Float.floatToIntBits(v);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }

    private static long ordered16(double v) {
        int bits = dev.strides.ndarray.Float16.fromDouble(v) & 0xFFFF;
        return (bits & 0x8000) != 0 ? -(bits & 0x7FFF) : bits;
    }
}
