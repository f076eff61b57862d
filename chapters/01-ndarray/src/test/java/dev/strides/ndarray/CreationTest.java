package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Array creation, copies and layouts against NumPy (fixture {@code creation.txt}): dtype, shape,
 * strides, flags and the bytes of every result, or NumPy's error. Covers empty/zeros/ones/full
 * (dtype inferred from the fill value), orders C and F, 0-d and 0-size shapes (all-zero strides in
 * NumPy 2), eye and identity, arange (int and float arguments, negative steps, empty results, the
 * length trap of {@code arange(1, 1.3, 0.1)}, dtype variants such as
 * {@code arange(0, 5, 0.5, dtype=int)}), linspace (endpoint, num 0/1/2, retstep, integer dtypes,
 * decreasing), fromiter, {@code np.array} from nested Java data, the {@code *_like} functions and
 * {@code copy}/{@code astype} on C, F, transposed, reversed and strided views.
 *
 * <p>Two things are not compared: the values of {@code empty}/{@code empty_like} (NumPy leaves
 * them uninitialised), and {@code OWNDATA} of linspace (NumPy returns a view of its working
 * array; Strides returns the array itself).
 */
class CreationTest {

    @TestFactory
    Stream<DynamicTest> creationMatchesNumPy() {
        return FixtureFile.rows("creation.txt").stream().map(FixtureFile::call)
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
    }

    @Test
    void fixtureCoversEveryFunction() {
        List<String> fns = FixtureFile.rows("creation.txt").stream().map(r -> r[0]).distinct().toList();
        assertThat(fns).containsExactlyInAnyOrder("empty", "zeros", "ones", "full", "eye", "identity",
                "arange", "linspace", "fromiter", "array", "primitive", "copy", "empty_like",
                "zeros_like", "ones_like", "full_like", "astype");
    }

    private static void check(FixtureFile.Call c) {
        List<String> want = c.result();
        if (c.isError()) {
            assertThatThrownBy(() -> run(c))
                    .isInstanceOf(FixtureFile.javaException(want.get(1)))
                    .hasMessageContaining(want.get(2));
            return;
        }
        Object out = run(c);
        NDArray a = out instanceof Ranges.Spaced s ? s.samples() : (NDArray) out;
        assertThat(a.dtype().str()).as("dtype").isEqualTo(want.get(1));
        assertThat(NDArray.tuple(a.shape())).as("shape").isEqualTo(want.get(2));
        assertThat(NDArray.tuple(a.strides())).as("strides").isEqualTo(want.get(3));
        String flags = FixtureFile.flags(a);
        String wantFlags = want.get(4);
        if (c.fn().equals("linspace")) {
            flags = flags.charAt(0) + "" + flags.charAt(1) + flags.charAt(3);
            wantFlags = wantFlags.charAt(0) + "" + wantFlags.charAt(1) + wantFlags.charAt(3);
        }
        assertThat(flags).as("flags").isEqualTo(wantFlags);
        if (!want.get(5).equals("*")) {
            assertThat(FixtureFile.data(a)).as("data").isEqualTo(want.get(5));
        }
        if (out instanceof Ranges.Spaced s) {
            double step = FixtureFile.pyFloat(want.get(6).substring("step=".length()));
            assertThat(s.step()).as("retstep").isEqualTo(Double.valueOf(step)); // NaN equals NaN
        }
    }

    /** Calls the Strides function the fixture line names, as the np facade would. */
    private static Object run(FixtureFile.Call c) {
        return switch (c.fn()) {
            case "empty" -> Creation.empty(dtypeOr(c, DType.FLOAT64), order(c), shape(c));
            case "zeros" -> Creation.zeros(dtypeOr(c, DType.FLOAT64), order(c), shape(c));
            case "ones" -> Creation.ones(dtypeOr(c, DType.FLOAT64), order(c), shape(c));
            case "full" -> Creation.full(dtypeOr(c, null), order(c), value(c), shape(c));
            case "eye" -> Creation.eye(integer(c, "n"), integer(c, "m"), integer(c, "k"),
                    dtypeOr(c, DType.FLOAT64), order(c));
            case "identity" -> Creation.identity(integer(c, "n"), dtypeOr(c, DType.FLOAT64));
            case "arange" -> arange(c);
            case "linspace" -> Ranges.linspaceWithStep(FixtureFile.pyFloat(c.arg("start")),
                    FixtureFile.pyFloat(c.arg("stop")), integer(c, "num"),
                    Boolean.parseBoolean(c.arg("endpoint").toLowerCase()), dtypeOr(c, DType.FLOAT64));
            case "fromiter" -> Creation.fromiter(Arrays.asList((Object[]) FixtureFile.scalar(c.arg("values"))),
                    dtypeOr(c, null), Long.parseLong(c.arg("count")));
            case "array" -> JavaArrays.array(FixtureFile.scalar(c.arg("values")), dtypeOr(c, null));
            case "primitive" -> JavaArrays.array(primitive(FixtureFile.scalar(c.arg("values")),
                    primitiveType(c.arg("type"))));
            case "copy" -> view(c).copy(order(c));
            case "empty_like" -> Creation.emptyLike(view(c), dtypeOr(c, null), order(c));
            case "zeros_like" -> Creation.zerosLike(view(c), dtypeOr(c, null), order(c));
            case "ones_like" -> Creation.onesLike(view(c), dtypeOr(c, null), order(c));
            case "full_like" -> Creation.fullLike(view(c), value(c), dtypeOr(c, null), order(c));
            case "astype" -> view(c).astype(dtypeOr(c, null));
            default -> throw new IllegalArgumentException("unknown fixture function " + c.fn());
        };
    }

    /** Integer arguments take the long overload (exact lengths), any float the double one. */
    private static NDArray arange(FixtureFile.Call c) {
        String a = c.arg("start");
        String b = c.arg("stop");
        String s = c.arg("step");
        DType t = dtypeOr(c, null);
        if (FixtureFile.isPyInt(a) && FixtureFile.isPyInt(b) && FixtureFile.isPyInt(s)) {
            long start = Long.parseLong(a);
            long stop = Long.parseLong(b);
            long step = Long.parseLong(s);
            return t == null ? Ranges.arange(start, stop, step) : Ranges.arange(start, stop, step, t);
        }
        double start = FixtureFile.pyFloat(a);
        double stop = FixtureFile.pyFloat(b);
        double step = FixtureFile.pyFloat(s);
        return t == null ? Ranges.arange(start, stop, step) : Ranges.arange(start, stop, step, t);
    }

    private static DType dtypeOr(FixtureFile.Call c, DType dflt) {
        DType t = FixtureFile.dtype(c.arg("dtype"));
        return t != null ? t : dflt;
    }

    private static Order order(FixtureFile.Call c) {
        return Order.of(c.arg("order"));
    }

    private static int[] shape(FixtureFile.Call c) {
        return FixtureFile.tuple(c.arg("shape"));
    }

    private static int integer(FixtureFile.Call c, String key) {
        return Integer.parseInt(c.arg(key));
    }

    private static Object value(FixtureFile.Call c) {
        return FixtureFile.scalar(c.arg("value"));
    }

    private static NDArray view(FixtureFile.Call c) {
        return FixtureFile.view(c.arg("view"));
    }

    private static Class<?> primitiveType(String name) {
        return switch (name) {
            case "double" -> double.class;
            case "float" -> float.class;
            case "long" -> long.class;
            case "int" -> int.class;
            case "short" -> short.class;
            case "byte" -> byte.class;
            case "boolean" -> boolean.class;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Nested Object[] of boxed values → a nested Java primitive array ({@code double[][]}…). */
    private static Object primitive(Object nested, Class<?> component) {
        Object[] items = (Object[]) nested;
        int depth = 1;
        for (Object level = nested; level instanceof Object[] l && l.length > 0 && l[0] instanceof Object[];
             level = l[0]) {
            depth++;
        }
        Class<?> type = component;
        for (int k = 1; k < depth; k++) {
            type = type.arrayType();
        }
        Object out = Array.newInstance(type, items.length);
        for (int i = 0; i < items.length; i++) {
            if (depth > 1) {
                Array.set(out, i, primitive(items[i], component));
            } else if (component == boolean.class) {
                Array.setBoolean(out, i, (Boolean) items[i]);
            } else {
                Number n = (Number) items[i];
                switch (component.getName()) {
                    case "double" -> Array.setDouble(out, i, n.doubleValue());
                    case "float" -> Array.setFloat(out, i, n.floatValue());
                    case "long" -> Array.setLong(out, i, n.longValue());
                    case "int" -> Array.setInt(out, i, n.intValue());
                    case "short" -> Array.setShort(out, i, n.shortValue());
                    default -> Array.setByte(out, i, n.byteValue());
                }
            }
        }
        return out;
    }
}
