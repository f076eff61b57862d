package dev.strides.ufuncs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.ndarray.Creation;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Error messages and floating-point warnings, worded as NumPy 2.4 words them: each fixture line
 * of {@code errors.txt} names a case, which this test performs in Java.
 */
class ErrorMessagesTest {

    private static NDArray ones(int... shape) {
        return Creation.ones(DType.FLOAT64, Order.C, shape);
    }

    private static NDArray zeros(DType t, int... shape) {
        return Creation.zeros(t, Order.C, shape);
    }

    private static NDArray doubles(double... v) {
        return JavaArrays.array(v);
    }

    static Map<String, Supplier<NDArray>> cases() {
        Map<String, Supplier<NDArray>> c = new LinkedHashMap<>();
        Ufunc add = ArithmeticUfuncs.ADD;
        c.put("add (3,) (4,)", () -> add.call(ones(3), ones(4)));
        c.put("add (2,3) (4,)", () -> add.call(ones(2, 3), ones(4)));
        c.put("add f8 out i8", () -> add.call(ones(3), ones(3), zeros(DType.INT64, 3)));
        c.put("divide i8 out i8", () -> ArithmeticUfuncs.DIVIDE.call(zeros(DType.INT64, 3), 2L,
                zeros(DType.INT64, 3)));
        c.put("sqrt f8 out f4 unsafe-ok", () -> MathUfuncs.SQRT.callInto(ones(3), zeros(DType.FLOAT32, 3)));
        c.put("add (3,) (3,) out (2,3)", () -> add.call(ones(3), ones(3), ones(2, 3)));
        c.put("add (2,1) (1,3) out (3,2)", () -> add.call(ones(2, 1), ones(1, 3), ones(3, 2)));
        c.put("add f8 dtype i8", () -> add.call(new Object[] {ones(3), 1L},
                UfuncOptions.DEFAULTS.dtype(DType.INT64))[0]);
        c.put("bitwise_and f8 i8", () -> LogicUfuncs.BITWISE_AND.call(ones(3), zeros(DType.INT64, 3)));
        c.put("left_shift f4 f4", () -> LogicUfuncs.LEFT_SHIFT.call(zeros(DType.FLOAT32, 3),
                zeros(DType.FLOAT32, 3)));
        c.put("isnan none", () -> LogicUfuncs.ISNAN.call(JavaArrays.array(new long[] {1, 2})));
        c.put("subtract ? ?", () -> ArithmeticUfuncs.SUBTRACT.call(zeros(DType.BOOL, 2), zeros(DType.BOOL, 2)));
        c.put("negative ?", () -> ArithmeticUfuncs.NEGATIVE.call(zeros(DType.BOOL, 2)));
        c.put("power i8 -1", () -> ArithmeticUfuncs.POWER.call(Ranges.arange(0L, 3L, 1L), -1L));
        c.put("add u1 300", () -> add.call(zeros(DType.UINT8, 2), 300L));
        c.put("add u1 -1", () -> add.call(zeros(DType.UINT8, 2), -1L));
        c.put("maximum.reduce (0,)", () -> MathUfuncs.MAXIMUM.reduce(ones(0)));
        c.put("minimum.reduce (0,3) axis 0", () -> MathUfuncs.MINIMUM.reduce(ones(0, 3), 0));
        c.put("maximum.reduce (0,0) axis 1", () -> MathUfuncs.MAXIMUM.reduce(ones(0, 0), 1));
        c.put("maximum.reduce (0,0,3) axes (1,2)", () -> MathUfuncs.MAXIMUM.reduce(ones(0, 0, 3),
                new int[] {1, 2}, false));
        c.put("maximum.reduce (0,3) axis 1", () -> MathUfuncs.MAXIMUM.reduce(ones(0, 3), 1));
        c.put("maximum.reduce (0,3,2) axes (1,2)", () -> MathUfuncs.MAXIMUM.reduce(ones(0, 3, 2),
                new int[] {1, 2}, false));
        c.put("maximum.reduce (0,2) axes ()", () -> MathUfuncs.MAXIMUM.reduce(ones(0, 2),
                new int[0], false));
        c.put("subtract.reduce None", () -> ArithmeticUfuncs.SUBTRACT.reduce(ones(2, 2), null, false));
        c.put("maximum.reduce where", () -> MathUfuncs.MAXIMUM.reduce(ones(3),
                ReduceOptions.axis(0).where(JavaArrays.array(new boolean[] {true, false, true}))));
        c.put("add.reduce axis 3", () -> add.reduce(ones(2, 3), 3));
        c.put("add.reduce axis (0,0)", () -> add.reduce(ones(2, 3), new int[] {0, 0}, false));
        c.put("sqrt.reduce", () -> MathUfuncs.SQRT.reduce(ones(3)));
        c.put("divmod.reduce", () -> ArithmeticUfuncs.DIVMOD.reduce(ones(3)));
        c.put("add.reduceat [0, 10]", () -> add.reduceat(Ranges.arange(0L, 8L, 1L), new int[] {0, 10}));
        c.put("add out read-only", () -> add.call(ones(3), 1L, Broadcasting.broadcastTo(ones(3), 3)));
        c.put("divide 1/0", () -> ArithmeticUfuncs.DIVIDE.call(doubles(1.0, 0.0, -1.0), 0.0));
        c.put("log 0,-1", () -> MathUfuncs.LOG.call(doubles(0.0, -1.0, 1.0)));
        c.put("exp 1000", () -> MathUfuncs.EXP.call(doubles(1000.0, 1.0)));
        c.put("multiply overflow", () -> ArithmeticUfuncs.MULTIPLY.call(doubles(1e300), 1e300));
        c.put("inf-inf", () -> ArithmeticUfuncs.SUBTRACT.call(doubles(Double.POSITIVE_INFINITY),
                Double.POSITIVE_INFINITY));
        c.put("f4 add overflow", () -> add.call(doubles(3e38).astype(DType.FLOAT32),
                doubles(3e38).astype(DType.FLOAT32)));
        c.put("reduce overflow", () -> add.reduce(doubles(1e308, 1e308)));
        c.put("accumulate overflow", () -> add.accumulate(doubles(1e308, 1e308)));
        c.put("floor_divide by 0", () -> ArithmeticUfuncs.FLOOR_DIVIDE.call(
                JavaArrays.array(new long[] {1, -1}), 0L));
        c.put("remainder by 0", () -> ArithmeticUfuncs.REMAINDER.call(JavaArrays.array(new long[] {5, -5}), 0L));
        c.put("int8 min // -1", () -> ArithmeticUfuncs.FLOOR_DIVIDE.call(
                JavaArrays.array(new byte[] {-128}), JavaArrays.array(new byte[] {-1})));
        return c;
    }

    @Test
    void messagesAndWarningsAreNumPys() {
        Map<String, Supplier<NDArray>> cases = cases();
        Expect expect = new Expect();
        for (String[] row : Fixtures.rows("errors.txt")) {
            Supplier<NDArray> call = cases.get(row[1]);
            assertThat(call).as("a Java case for '" + row[1] + "'").isNotNull();
            // StrictMath's exp(1) is 1 ulp above the correctly rounded e NumPy prints
            Expect.Tolerance tolerance = row[1].startsWith("exp") || row[1].startsWith("log")
                    ? UnaryConformanceTest.tolerance("exp") : Expect.EXACT;
            expect.check(row[0] + ": " + row[1], call, Fixtures.result(row), tolerance);
        }
        assertThat(expect.checked).isEqualTo(cases.size());
        expect.assertNone("errors.txt");
    }
}
