package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ufunc object and its keywords: out, where, casting, dtype, memory order, errstate, user ufuncs. */
class UfuncApiTest {

    private static NDArray doubles(double... v) {
        return JavaArrays.array(v);
    }

    private static String values(NDArray a) {
        return String.join(",", Fixtures.texts(a));
    }

    @Test
    void aUfuncKnowsItsShapeIdentityAndLoopTable() {
        Ufunc add = ArithmeticUfuncs.ADD;
        assertThat(add.name()).isEqualTo("add");
        assertThat(add.nin()).isEqualTo(2);
        assertThat(add.nout()).isEqualTo(1);
        assertThat(add.identity()).isEqualTo(0L);
        // np.add.types without object/datetime loops, and NumPy's 'q' spelled 'l' as Strides has one int64
        assertThat(add.types()).startsWith("??->?", "bb->b", "BB->B").contains("dd->d", "DD->D");
        assertThat(MathUfuncs.MAXIMUM.identity()).isNull();
        assertThat(ArithmeticUfuncs.DIVMOD.nout()).isEqualTo(2);
        assertThat(add.toString()).isEqualTo("<ufunc 'add'>");
    }

    @Test
    void typeResolutionFollowsNumPy2() {
        NDArray i8 = JavaArrays.array(new byte[] {1});
        NDArray u8 = i8.astype(DType.UINT8);
        NDArray i64 = JavaArrays.array(new long[] {1});
        assertThat(ArithmeticUfuncs.ADD.resolveDtypes(i8, u8)[2]).isEqualTo(DType.INT16);
        assertThat(ArithmeticUfuncs.ADD.resolveDtypes(u8, 3L)[2]).as("weak int").isEqualTo(DType.UINT8);
        assertThat(ArithmeticUfuncs.ADD.resolveDtypes(i8, 1.5)[2]).as("weak float").isEqualTo(DType.FLOAT64);
        assertThat(ArithmeticUfuncs.DIVIDE.resolveDtypes(i8, i8)[2]).as("true division").isEqualTo(DType.FLOAT64);
        assertThat(MathUfuncs.SQRT.resolveDtypes(i8)[1]).as("smallest float for int8").isEqualTo(DType.FLOAT16);
        assertThat(MathUfuncs.SQRT.resolveDtypes(i64)[1]).isEqualTo(DType.FLOAT64);
        assertThat(LogicUfuncs.LESS.resolveDtypes(i64, i64.astype(DType.UINT64)))
                .as("exact int64 vs uint64 loop").containsExactly(DType.INT64, DType.UINT64, DType.BOOL);
    }

    @Test
    void outWritesInPlaceAndAnInputMayBeItsOwnOutput() {
        NDArray a = doubles(1, 2, 3, 4);
        NDArray same = ArithmeticUfuncs.MULTIPLY.call(a, 2.0, a);       // np.multiply(a, 2, out=a)
        assertThat(same).isSameAs(a);
        assertThat(values(a)).isEqualTo("2.0,4.0,6.0,8.0");
        NDArray reversed = a.stridedView(new int[] {4}, new long[] {-8}, 24);
        ArithmeticUfuncs.ADD.call(a, reversed, a);                       // np.add(a, a[::-1], out=a)
        assertThat(values(a)).as("overlapping input copied first, as NumPy").isEqualTo("10.0,10.0,10.0,10.0");
    }

    @Test
    void whereLeavesUnselectedElementsAlone() {
        NDArray out = doubles(-1, -1, -1);
        NDArray mask = JavaArrays.array(new boolean[] {true, false, true});
        ArithmeticUfuncs.ADD.call(new Object[] {doubles(1, 2, 3), 10.0},
                UfuncOptions.DEFAULTS.out(out).where(mask));
        assertThat(values(out)).isEqualTo("11.0,-1.0,13.0");
    }

    @Test
    void castingAndDtypeKeywords() {
        NDArray ints = JavaArrays.array(new long[] {1, 2, 3});
        assertThatThrownBy(() -> ArithmeticUfuncs.ADD.call(ints, 1.5, ints))
                .hasMessage("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64')"
                        + " with casting rule 'same_kind'");
        ArithmeticUfuncs.ADD.call(new Object[] {ints, 1.5}, UfuncOptions.DEFAULTS.out(ints).casting("unsafe"));
        assertThat(values(ints)).as("2.5 3.5 4.5 truncated").isEqualTo("2,3,4");
        NDArray f32 = ArithmeticUfuncs.ADD.call(new Object[] {ints, 1L}, UfuncOptions.DEFAULTS.dtype(DType.FLOAT32))[0];
        assertThat(f32.dtype()).isEqualTo(DType.FLOAT32);
    }

    @Test
    void resultsAreLaidOutLikeTheInputs() {
        NDArray c = Ranges.arange(0.0, 24.0, 1.0).stridedView(new int[] {2, 3, 4}, new long[] {96, 32, 8}, 0);
        NDArray t = c.stridedView(new int[] {4, 2, 3}, new long[] {8, 96, 32}, 0);   // transpose(2, 0, 1)
        // np.add(a.transpose(2, 0, 1), 1).strides == (8, 96, 32): memory order kept (order 'K')
        assertThat(ArithmeticUfuncs.ADD.call(t, 1.0).strides()).containsExactly(8, 96, 32);
        NDArray f = c.copy(Order.F);
        assertThat(ArithmeticUfuncs.ADD.reduce(f, 1).strides()).as("np.sum(F, axis=1)").containsExactly(8, 16);
    }

    @Test
    void errstateRaiseThrowsAfterTheLoopAndRestores() {
        NDArray x = doubles(1, 0);
        NDArray out = doubles(7, 7);
        try (var s = FloatingPointErrors.errstate(FloatingPointErrors.Policy.RAISE)) {
            assertThatThrownBy(() -> ArithmeticUfuncs.DIVIDE.call(x, 0.0, out))
                    .isInstanceOf(FloatingPointException.class)
                    .hasMessage("divide by zero encountered in divide");
        }
        assertThat(values(out)).as("the results are written first, as in NumPy").isEqualTo("inf,nan");
        assertThat(FloatingPointErrors.geterr().get(FloatingPointErrors.Kind.DIVIDE))
                .isEqualTo(FloatingPointErrors.Policy.WARN);
        try (var s = FloatingPointErrors.errstate(Map.of(FloatingPointErrors.Kind.INVALID,
                FloatingPointErrors.Policy.RAISE))) {
            assertThatThrownBy(() -> MathUfuncs.SQRT.call(doubles(-1)))
                    .hasMessage("invalid value encountered in sqrt");
        }
    }

    @Test
    void aCustomUfuncGetsTheMethodsForFree() {
        // integer loop first: int64 casts "safely" to float64, so a dd loop listed first would
        // catch int64 inputs too (type resolution takes the first loop that fits, as NumPy)
        Ufunc hypot = Ufunc.builder("my_hypot", 2, 1).identity(0.0).reorderable()
                .intLoop("ll->l", (x, y) -> Math.max(x, y))
                .loop("dd->d", (double x, double y) -> Math.sqrt(x * x + y * y))
                .build();
        NDArray v = doubles(3, 4, 12);
        assertThat(values(hypot.call(3.0, 4.0))).isEqualTo("5.0");
        assertThat(values(hypot.reduce(v))).isEqualTo("13.0");
        assertThat(values(hypot.accumulate(v))).isEqualTo("3.0,5.0,13.0");
        assertThat(hypot.outer(v, v).shape()).containsExactly(3, 3);
        assertThat(values(hypot.call(JavaArrays.array(new long[] {2, 9}), 5L))).as("int loop").isEqualTo("5,9");
        assertThat(hypot.types()).containsExactly("ll->l", "dd->d");
    }

    @Test
    void frompyfuncAndVectorizeWrapJavaLambdas() {
        PyFunc f = PyFunc.frompyfunc(args -> new Object[] {((Double) args[0]) > 1 ? "big".length() : 0L}, 1, 1);
        assertThat(values(f.call(doubles(0.5, 2.0)))).isEqualTo("0,3");
        PyFunc clipAt = PyFunc.vectorize(args -> Math.min((Double) args[0], (Double) args[1]), 2);
        NDArray r = clipAt.call(doubles(1, 5, 9), 4.0);
        assertThat(r.dtype()).isEqualTo(DType.FLOAT64);
        assertThat(values(r)).isEqualTo("1.0,4.0,4.0");
        PyFunc asInt = PyFunc.vectorize(args -> args[0], 1, DType.INT8);
        assertThat(asInt.call(doubles(1.7, -2.2)).dtype()).isEqualTo(DType.INT8);
        assertThatThrownBy(() -> clipAt.call(doubles(1))).hasMessage("<lambda>() takes 2 positional arguments but 1 was given");
    }

    @Test
    void applyAlongAxisAndOverAxes() {
        NDArray a = Ranges.arange(0.0, 6.0, 1.0).stridedView(new int[] {2, 3}, new long[] {24, 8}, 0);
        NDArray sums = AlongAxis.applyAlongAxis(row -> ArithmeticUfuncs.ADD.reduce(row), 1, a);
        assertThat(values(sums)).isEqualTo("3.0,12.0");
        NDArray firstLast = AlongAxis.applyAlongAxis(col -> doubles(col.getDouble(0), col.getDouble(1)), 0, a);
        assertThat(firstLast.shape()).containsExactly(2, 3);
        NDArray kept = AlongAxis.applyOverAxes((x, axis) -> ArithmeticUfuncs.ADD.reduce(x, axis), a, 0, 1);
        assertThat(kept.shape()).containsExactly(1, 1);
        assertThat(values(kept)).isEqualTo("15.0");
    }

    @Test
    void everyNameResolves() {
        for (String name : List.of("add", "true_divide", "mod", "bitwise_not", "abs", "clip", "degrees")) {
            assertThat(Ufuncs.byName(name)).isNotNull();
        }
        assertThatThrownBy(() -> Ufuncs.byName("nope")).hasMessage("module 'numpy' has no attribute 'nope'");
    }
}
