package dev.strides.views;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reshaping and axis functions against NumPy over many layouts: shape, strides, view-or-copy
 * (so {@code reshape} copies exactly when NumPy's does), offset, writeability, values, errors.
 */
class ShapeConformanceTest {

    @TestFactory
    Stream<DynamicTest> reshapeRavelFlatten() {
        return Fixtures.rows("reshape.txt").stream().map(row -> test(row, a -> {
            Order order = Order.of(row[3]);
            return switch (row[0]) {
                case "reshape" -> Reshape.reshape(a, order, Fixtures.tuple(row[2]));
                case "ravel" -> Reshape.ravel(a, order);
                case "flatten" -> Reshape.flatten(a, order);
                default -> throw new IllegalArgumentException(row[0]);
            };
        }));
    }

    @TestFactory
    Stream<DynamicTest> axesDiagonalAndDtypeViews() {
        return Fixtures.rows("axes.txt").stream().map(row -> test(row, a -> {
            String args = row[2];
            return switch (row[0]) {
                case "transpose" -> args.equals("-") ? Axes.transpose(a)
                        : Axes.transpose(a, Fixtures.tuple(args));
                case "swapaxes" -> {
                    int[] ij = Fixtures.tuple(args);
                    yield Axes.swapaxes(a, ij[0], ij[1]);
                }
                case "moveaxis" -> {
                    String[] p = args.split("/");
                    yield Axes.moveaxis(a, Fixtures.tuple(p[0]), Fixtures.tuple(p[1]));
                }
                case "rollaxis" -> {
                    int[] as = Fixtures.tuple(args);
                    yield Axes.rollaxis(a, as[0], as[1]);
                }
                case "squeeze" -> args.equals("-") ? Axes.squeeze(a) : Axes.squeeze(a, Fixtures.tuple(args));
                case "expand_dims" -> Axes.expandDims(a, Fixtures.tuple(args));
                case "diagonal" -> {
                    int[] d = Fixtures.tuple(args);
                    yield Diagonal.diagonal(a, d[0], d[1], d[2]);
                }
                case "view" -> DTypeView.view(a, DType.of(args));
                default -> throw new IllegalArgumentException(row[0]);
            };
        }));
    }

    private static DynamicTest test(String[] row, Function<NDArray, NDArray> call) {
        String what = String.join(" ", Arrays.copyOf(row, 4));
        return DynamicTest.dynamicTest(what, () -> {
            NDArray[] layout = Fixtures.layout(row[1]);
            Fixtures.check(Fixtures.result(row), layout[0], () -> call.apply(layout[1]), what);
        });
    }
}
