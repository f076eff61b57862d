package dev.strides.ndarray.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.JavaArrays;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Ranges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worked examples (NumPy's docstrings among them); the fixtures cover the rest. */
class ArrayPrinterTest {

    @AfterEach
    void restoreDefaults() {
        PrintOptions.set(PrintOptions.DEFAULTS);
    }

    private static NDArray reshape(NDArray a, int... shape) {
        return a.stridedView(shape, NDArray.defaultStrides(shape, a.itemsize(), Order.C), a.offset());
    }

    @Test
    void reprAndStrOfSmallArrays() {
        NDArray a = reshape(Ranges.arange(0, 12, 1), 3, 4);
        assertThat(a.toString()).isEqualTo("""
                array([[ 0,  1,  2,  3],
                       [ 4,  5,  6,  7],
                       [ 8,  9, 10, 11]])""");
        assertThat(ArrayPrinter.str(a)).isEqualTo("""
                [[ 0  1  2  3]
                 [ 4  5  6  7]
                 [ 8  9 10 11]]""");
        assertThat(JavaArrays.array(new double[] {0.5, 2, -1.25}).toString())
                .isEqualTo("array([ 0.5 ,  2.  , -1.25])");
    }

    @Test
    void dtypeIsShownUnlessTheValuesImplyIt() {
        assertThat(JavaArrays.array(new int[] {1, 2}, DType.INT32).toString())
                .isEqualTo("array([1, 2], dtype=int32)");
        assertThat(JavaArrays.array(new double[] {1, 2}, DType.of(">f8")).toString())
                .isEqualTo("array([1., 2.], dtype='>f8')");
        assertThat(JavaArrays.array(new boolean[] {true, false}).toString())
                .isEqualTo("array([ True, False])");
    }

    @Test
    void emptyArraysShowShapeAndDtype() {
        assertThat(NDArray.allocate(DType.FLOAT64, new int[] {0, 3}, Order.C).toString())
                .isEqualTo("array([], shape=(0, 3), dtype=float64)");
        assertThat(NDArray.allocate(DType.INT32, new int[] {0}, Order.C).toString())
                .isEqualTo("array([], dtype=int32)");
        assertThat(ArrayPrinter.str(NDArray.allocate(DType.INT8, new int[] {2, 0}, Order.C)))
                .isEqualTo("[]");
    }

    @Test
    void zeroDimensionalArrays() {
        NDArray x = JavaArrays.array(0.1, DType.FLOAT32);
        assertThat(x.toString()).isEqualTo("array(0.1, dtype=float32)");
        assertThat(ArrayPrinter.str(x)).isEqualTo("0.1");
        try (var ignored = PrintOptions.with(o -> o.withPrecision(2))) {
            // str of a 0-d array is the scalar's str: print options do not apply
            assertThat(ArrayPrinter.str(JavaArrays.array(Math.PI))).isEqualTo("3.141592653589793");
            assertThat(JavaArrays.array(Math.PI).toString()).isEqualTo("array(3.14)");
        }
    }

    @Test
    void summarisedArraysShowTheirCornersAndShape() {
        try (var ignored = PrintOptions.with(o -> o.withThreshold(5))) {
            assertThat(Ranges.arange(0, 10, 1).toString())
                    .isEqualTo("array([0, 1, 2, ..., 7, 8, 9], shape=(10,))");
        }
        try (var ignored = PrintOptions.with(o -> o.withPrecision(2).withSuppress(true)
                .withThreshold(5))) {
            assertThat(Ranges.linspace(0, 10, 10, true, DType.FLOAT64).toString())
                    .isEqualTo("array([ 0.  ,  1.11,  2.22, ...,  7.78,  8.89, 10.  ], shape=(10,))");
        }
    }

    @Test
    void aMillionElementsPrintOnlyTheirCorners() {
        NDArray big = reshape(Ranges.arange(0.0, 1_000_000.0, 1.0), 1000, 1000);
        // NumPy 2.4: repr(np.arange(1e6).reshape(1000, 1000))
        assertThat(big.toString()).isEqualTo("""
                array([[0.00000e+00, 1.00000e+00, 2.00000e+00, ..., 9.97000e+02,
                        9.98000e+02, 9.99000e+02],
                       [1.00000e+03, 1.00100e+03, 1.00200e+03, ..., 1.99700e+03,
                        1.99800e+03, 1.99900e+03],
                       [2.00000e+03, 2.00100e+03, 2.00200e+03, ..., 2.99700e+03,
                        2.99800e+03, 2.99900e+03],
                       ...,
                       [9.97000e+05, 9.97001e+05, 9.97002e+05, ..., 9.97997e+05,
                        9.97998e+05, 9.97999e+05],
                       [9.98000e+05, 9.98001e+05, 9.98002e+05, ..., 9.98997e+05,
                        9.98998e+05, 9.98999e+05],
                       [9.99000e+05, 9.99001e+05, 9.99002e+05, ..., 9.99997e+05,
                        9.99998e+05, 9.99999e+05]], shape=(1000, 1000))""");
    }

    @Test
    void smallDifferencesAndSuppress() {
        double eps = Math.ulp(1.0);
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            d[i] = i * (double) i - (i + eps) * (i + eps);
        }
        NDArray x = JavaArrays.array(d);
        assertThat(x.toString()).isEqualTo(
                "array([-4.93038066e-32, -4.44089210e-16,  0.00000000e+00,  0.00000000e+00])");
        try (var ignored = PrintOptions.with(o -> o.withSuppress(true))) {
            assertThat(x.toString()).isEqualTo("array([-0., -0.,  0.,  0.])");
        }
    }

    @Test
    void array2stringTakesSeparatorPrefixAndSuffix() {
        NDArray x = JavaArrays.array(new double[] {1e-16, 1, 2, 3});
        assertThat(ArrayPrinter.array2string(x, PrintOptions.DEFAULTS.withPrecision(2)
                .withSuppress(true), ",", "", "")).isEqualTo("[0.,1.,2.,3.]");
        assertThat(ArrayPrinter.array2string(Ranges.arange(0.0, 10.0, 1.0),
                PrintOptions.DEFAULTS.withLinewidth(20), ", ", "x = ", ";")).isEqualTo("""
                [0., 1., 2.,
                     3., 4., 5.,
                     6., 7., 8.,
                     9.]""");
    }

    @Test
    void floatModes() {
        NDArray x = JavaArrays.array(new double[] {0.5, 0.25, 1.0 / 3});
        PrintOptions p4 = PrintOptions.DEFAULTS.withPrecision(4);
        assertThat(ArrayPrinter.array2string(x, p4.withFloatmode(FloatMode.FIXED), ", ", "", ""))
                .isEqualTo("[0.5000, 0.2500, 0.3333]");
        assertThat(ArrayPrinter.array2string(x, p4.withFloatmode(FloatMode.UNIQUE), ", ", "", ""))
                .isEqualTo("[0.5               , 0.25              , 0.3333333333333333]");
        assertThat(ArrayPrinter.array2string(x, p4.withFloatmode(FloatMode.MAXPREC), ", ", "", ""))
                .isEqualTo("[0.5   , 0.25  , 0.3333]");
        assertThat(ArrayPrinter.array2string(x, p4.withFloatmode(FloatMode.MAXPREC_EQUAL), ", ", "",
                "")).isEqualTo("[0.5000, 0.2500, 0.3333]");
    }

    @Test
    void complexAndBoolColumns() {
        NDArray z = NDArray.allocate(DType.COMPLEX128, new int[] {2}, Order.C);
        z.setComplex(new Complex(1, 2), 0);
        z.setComplex(new Complex(-0.5, -1.25), 1);
        assertThat(z.toString()).isEqualTo("array([ 1. +2.j  , -0.5-1.25j])");
        assertThat(ArrayPrinter.str(JavaArrays.array(new boolean[] {true, false})))
                .isEqualTo("[ True False]");
        assertThat(JavaArrays.array(true).toString()).isEqualTo("array(True)");
    }

    @Test
    void viewsPrintThroughTheirStrides() {
        NDArray a = reshape(Ranges.arange(0, 6, 1), 2, 3);
        NDArray transposed = a.stridedView(new int[] {3, 2}, new long[] {8, 24}, 0);
        assertThat(transposed.toString()).isEqualTo("""
                array([[0, 3],
                       [1, 4],
                       [2, 5]])""");
    }
}
