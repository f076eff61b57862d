package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * {@link PyFunc} against NumPy 2.4 ({@code pyfunc.txt}): vectorize's first-result dtype and its
 * extra call, the conversion of later results, frompyfunc's inferred dtype, and reduce /
 * accumulate of a frompyfunc (fold order, identity, initial, where, errors).
 */
class PyFuncTest {

    /** A Java twin of one function of the fixture script. */
    private record Twin(int nin, int nout, Function<Object[], Object[]> f) {
    }

    private static Twin one(Function<Long, Object> f) {
        return new Twin(1, 1, args -> new Object[] {f.apply((Long) args[0])});
    }

    private static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);

    /** The twins of {@code PY_FUNCTIONS} in {@code scripts/fixtures/ch04_ufuncs.py}. */
    private static final Map<String, Twin> TWINS = Map.ofEntries(
            Map.entry("fold", new Twin(2, 1, args -> new Object[] {fold(args[0], args[1])})),
            Map.entry("ratio", new Twin(2, 1, args -> new Object[] {
                ((Number) args[0]).doubleValue() / ((Number) args[1]).doubleValue()})),
            Map.entry("swap", new Twin(2, 2, args -> new Object[] {args[1], args[0]})),
            Map.entry("ident", one(t -> t)),
            Map.entry("half_or_zero", one(t -> t == 0 ? (Object) 0L : t / 2.0)),
            Map.entry("half_first", one(t -> t == 0 ? (Object) (t + 0.5) : t)),
            Map.entry("bool_first", one(t -> t == 0 ? (Object) (t > 0) : t)),
            Map.entry("int_then_bool", one(t -> t == 0 ? (Object) 7L : (Object) (t > 1))),
            Map.entry("complex_first", one(t -> t == 0 ? new Complex(t, 1) : (Object) (t * 1.5))),
            Map.entry("float_then_complex", one(t -> t == 0 ? (Object) 0.5 : new Complex(t, 1))),
            Map.entry("int_then_nan", one(t -> t == 0 ? (Object) 0L : Double.NaN)),
            Map.entry("scale", one(t -> t == 0 ? (Object) 0L : t * 2.7)),
            Map.entry("big_first", one(t -> t == 0 ? TWO_POW_63 : t)));

    /** {@code a * 10 + b}: not commutative, so a result shows the order of the fold. */
    private static Object fold(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x * 10 + y;
        }
        return ((Number) a).doubleValue() * 10 + ((Number) b).doubleValue();
    }

    @Test
    void everyCaseMatchesNumPy() {
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("pyfunc.txt")) {
            String what = String.join(" ", row[0], row[1], row[2], row[3], row[4]);
            String[] want = Fixtures.result(row);
            AtomicInteger calls = new AtomicInteger();
            Twin twin = TWINS.get(row[1]);
            Function<Object[], Object[]> counted = args -> {
                calls.incrementAndGet();
                return twin.f().apply(args);
            };
            PyFunc f = make(row[0], row[2], twin, counted);
            String[] specs = row[3].split(";");
            Object[] inputs = new Object[specs.length];
            for (int k = 0; k < specs.length; k++) {
                inputs[k] = input(specs[k]);
            }
            NDArray a = (NDArray) inputs[0];
            RuntimeException[] thrown = {null};
            expect.check(what, () -> {
                try {
                    return switch (row[0]) {
                        case "vectorize", "frompyfunc" -> f.call(inputs);
                        case "reduce" -> f.reduce(a, reduceOptions(row[4]));
                        default -> row[4].equals("-") ? f.accumulate(a) : f.accumulate(a,
                                Integer.parseInt(row[4].substring("axis=".length())));
                    };
                } catch (RuntimeException e) {
                    thrown[0] = e;
                    throw e;
                }
            }, okOrError(want), Expect.EXACT);
            if (thrown[0] != null && want[0].equals("error")
                    && !javaType(want[1]).isInstance(thrown[0])) {
                expect.failures.add(what + ": threw " + thrown[0].getClass().getSimpleName()
                        + " for NumPy's " + want[1]);
            }
            String wantCalls = want[want.length - 1];
            if (!wantCalls.equals(Integer.toString(calls.get()))) {
                expect.failures.add(what + ": " + calls.get() + " calls, NumPy " + wantCalls);
            }
        }
        assertThat(expect.checked).isGreaterThan(100);
        expect.assertNone("pyfunc.txt");
    }

    @Test
    void vectorizeCallsOnTheFirstElementsOnceMoreWithoutOtypes() {
        AtomicInteger calls = new AtomicInteger();
        Function<Object[], Object> halfOrZero = args -> {
            calls.incrementAndGet();
            long t = (Long) args[0];
            return t == 0 ? (Object) 0L : t / 2.0;
        };
        NDArray x = JavaArrays.array(new long[] {0, 1, 2, 3});
        NDArray truncated = PyFunc.vectorize(halfOrZero, 1).call(x);
        assertThat(calls.get()).as("n + 1 calls: the first element twice").isEqualTo(5);
        assertThat(truncated.toString()).as("the first result, 0L, made it int64")
                .isEqualTo("array([0, 0, 1, 1])");
        calls.set(0);
        NDArray halves = PyFunc.vectorize(halfOrZero, 1, DType.FLOAT64).call(x);
        assertThat(calls.get()).as("otypes: n calls").isEqualTo(4);
        assertThat(halves.toString()).isEqualTo("array([0. , 0.5, 1. , 1.5])");
    }

    @Test
    void frompyfuncReductionsFoldLeftToRight() {
        PyFunc f = PyFunc.frompyfunc(args -> new Object[] {fold(args[0], args[1])}, 2, 1);
        NDArray a = JavaArrays.array(new long[][] {{0, 1, 2}, {3, 4, 5}});
        assertThat(f.reduce(a, 1).toString()).isEqualTo("array([ 12, 345])");
        assertThat(f.accumulate(a, 1).toString())
                .isEqualTo("array([[  0,   1,  12],\n       [  3,  34, 345]])");
        NDArray none = NDArray.allocate(DType.INT64, new int[] {0}, Order.C);
        assertThatThrownBy(() -> f.reduce(none)).hasMessage("zero-size array to reduction"
                + " operation <lambda> (vectorized) which has no identity");
        PyFunc withIdentity = PyFunc.frompyfunc(args -> new Object[] {fold(args[0], args[1])}, 2, 1,
                0L);
        assertThat(withIdentity.reduce(none).toString()).isEqualTo("array(0)");
        assertThat(withIdentity.reduce(a, null, false).toString())
                .as("the identity is not the start of a non-empty fold").isEqualTo("array(12345)");
        assertThat(withIdentity.identity()).isEqualTo(0L);
        assertThat(withIdentity.reorderable()).isTrue();
        assertThat(f.reorderable()).isFalse();
        assertThat(f).hasToString("<ufunc '<lambda> (vectorized)'>");
    }

    @Test
    void argumentAndResultCountsAreChecked() {
        PyFunc two = PyFunc.frompyfunc(args -> new Object[] {args[0], args[1]}, 2, 2);
        assertThatThrownBy(() -> two.callAll(1L)).hasMessage(
                "<lambda> (vectorized)() takes 2 positional arguments but 1 was given");
        PyFunc vectorized = PyFunc.vectorize(args -> args[0], 1);
        assertThatThrownBy(() -> vectorized.call(1L, 2L, 3L)).hasMessage(
                "<lambda>() takes 1 positional argument but 3 were given");
        PyFunc short1 = PyFunc.frompyfunc(args -> new Object[] {args[0]}, 1, 2);
        assertThatThrownBy(() -> short1.callAll(1L)).hasMessage(
                "<lambda> (vectorized): the function must return 2 value(s), got 1");
    }

    @Test
    void valuesOnlyAnObjectArrayCouldHoldAreRefused() {
        BigInteger huge = BigInteger.ONE.shiftLeft(70);
        assertThatThrownBy(() -> PyFunc.vectorize(args -> huge, 1).call(1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the result 1180591620717411303424 fits no integer dtype; NumPy keeps"
                        + " it in an array of dtype object, which Strides does not have");
        PyFunc f = PyFunc.frompyfunc(args -> new Object[] {fold(args[0], args[1])}, 2, 1);
        NDArray a = JavaArrays.array(new long[] {1, 2});
        assertThatThrownBy(() -> f.reduce(a, ReduceOptions.axis(0).dtype(DType.INT64)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("reduce of a frompyfunc takes no dtype or out");
    }

    private static PyFunc make(String method, String options, Twin twin,
                               Function<Object[], Object[]> f) {
        Function<Object[], Object> single = args -> f.apply(args)[0];
        if (method.equals("vectorize") || options.equals("vectorize")) {
            return options.startsWith("otypes=")
                    ? PyFunc.vectorize(single, twin.nin(), DType.of(options.substring(7)))
                    : PyFunc.vectorize(single, twin.nin());
        }
        return switch (options) {
            case "-" -> PyFunc.frompyfunc(f, twin.nin(), twin.nout());
            case "identity=None" -> PyFunc.frompyfunc(f, twin.nin(), twin.nout(), null);
            default -> PyFunc.frompyfunc(f, twin.nin(), twin.nout(),
                    Long.parseLong(options.substring("identity=".length())));
        };
    }

    /** A fixture view; an empty one is allocated (there is no buffer to view). */
    private static NDArray input(String spec) {
        String[] part = spec.split("\\|");
        if (part[1].equals("-")) {
            return NDArray.allocate(DType.of(part[0]), Fixtures.shape(part[2]), Order.C);
        }
        return Fixtures.view(spec);
    }

    /** {@code axis=...;keepdims=True;initial=7;where=1,0,1}, or {@code -} for the defaults. */
    private static ReduceOptions reduceOptions(String keywords) {
        ReduceOptions o = ReduceOptions.axis(0);
        if (keywords.equals("-")) {
            return o;
        }
        for (String keyword : keywords.split(";")) {
            String value = keyword.substring(keyword.indexOf('=') + 1);
            switch (keyword.substring(0, keyword.indexOf('='))) {
                case "axis" -> o = value.equals("None") ? ReduceOptions.all()
                        .keepdims(o.keepdims()).initial(o.initial()).where(o.where())
                        : ReduceOptions.axes(value.startsWith("(") ? Fixtures.shape(value)
                                : new int[] {Integer.parseInt(value)}).keepdims(o.keepdims())
                                .initial(o.initial()).where(o.where());
                case "keepdims" -> o = o.keepdims(Boolean.parseBoolean(value.toLowerCase()));
                case "initial" -> o = o.initial(Long.parseLong(value));
                default -> {
                    String[] bits = value.split(",");
                    boolean[] mask = new boolean[bits.length];
                    for (int k = 0; k < bits.length; k++) {
                        mask[k] = bits[k].equals("1");
                    }
                    o = o.where(JavaArrays.array(mask));
                }
            }
        }
        return o;
    }

    /** The fixture's answer without the call count, in the shape {@link Expect} reads. */
    private static String[] okOrError(String[] want) {
        if (want[0].equals("error")) {
            return new String[] {want[0], want[1], want[2]};
        }
        return new String[] {want[0], want[1], want[2], want[3], "-"};
    }

    /** The Java exception a user would catch for NumPy's exception class. */
    private static Class<? extends RuntimeException> javaType(String numpyClass) {
        return switch (numpyClass) {
            case "AxisError" -> IndexException.class;
            case "AttributeError" -> UnsupportedOperationException.class;
            default -> IllegalArgumentException.class;   // ValueError, TypeError, OverflowError
        };
    }
}
