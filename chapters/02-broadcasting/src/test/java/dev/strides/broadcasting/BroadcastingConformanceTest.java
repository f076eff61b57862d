package dev.strides.broadcasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;
import dev.strides.ndarray.ShapeException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** broadcastShapes, broadcastTo, broadcastArrays and the error messages against NumPy 2.4. */
class BroadcastingConformanceTest {

    @Test
    void broadcastShapesMatchesNumPy() {
        int cases = 0;
        for (String[] row : Fixtures.rows("broadcast_shapes.txt")) {
            int[][] shapes = Fixtures.shapes(row[0]);
            String[] expected = Fixtures.result(row);
            String what = "np.broadcast_shapes" + row[0];
            if (expected[0].equals("ok")) {
                assertThat(NDArray.tuple(Broadcasting.broadcastShapes(shapes))).as(what)
                        .isEqualTo(expected[1]);
            } else {
                assertThatThrownBy(() -> Broadcasting.broadcastShapes(shapes)).as(what)
                        .isInstanceOf(ShapeException.class).hasMessage(expected[2]);
            }
            cases++;
        }
        assertThat(cases).isGreaterThan(150);
    }

    @Test
    void broadcastToMatchesNumPysViews() {
        int ok = 0;
        for (String[] row : Fixtures.rows("broadcast_to.txt")) {
            NDArray a = Fixtures.array(row[0]);
            int[] target = Fixtures.shape(row[1]);
            String[] expected = Fixtures.result(row);
            String what = "np.broadcast_to(" + row[0] + ", " + row[1] + ")";
            if (expected[0].equals("error")) {
                assertThatThrownBy(() -> Broadcasting.broadcastTo(a, target)).as(what)
                        .isInstanceOf(ShapeException.class).hasMessage(expected[2]);
                continue;
            }
            NDArray b = Broadcasting.broadcastTo(a, target);
            assertThat(NDArray.tuple(b.shape())).as(what).isEqualTo(expected[1]);
            assertThat(NDArray.tuple(b.strides())).as(what).isEqualTo(expected[2]);
            assertThat(b.isWriteable() ? "rw" : "ro").as(what).isEqualTo(expected[3]);
            assertThat(Fixtures.values(b)).as(what).containsExactly(Fixtures.doubles(expected[4]));
            assertThat(b.buffer()).as(what + " shares the buffer").isSameAs(a.buffer());
            assertThat(b.offset()).as(what + " keeps the offset").isEqualTo(a.offset());
            ok++;
        }
        assertThat(ok).isGreaterThan(100);
    }

    @Test
    void broadcastArraysMatchesNumPy() {
        for (String[] row : Fixtures.rows("broadcast_arrays.txt")) {
            NDArray[] arrays = Arrays.stream(row[0].split(";")).map(Fixtures::array)
                    .toArray(NDArray[]::new);
            String[] expected = Fixtures.result(row);
            String what = "np.broadcast_arrays(" + row[0] + ")";
            if (expected[0].equals("error")) {
                assertThatThrownBy(() -> Broadcasting.broadcastArrays(arrays)).as(what)
                        .hasMessage(expected[2]);
                continue;
            }
            NDArray[] out = Broadcasting.broadcastArrays(arrays);
            for (int k = 0; k < out.length; k++) {
                String[] part = expected[k + 1].split("\\|");
                assertThat(NDArray.tuple(out[k].shape())).as(what).isEqualTo(part[0]);
                assertThat(NDArray.tuple(out[k].strides())).as(what).isEqualTo(part[1]);
                assertThat(out[k] == arrays[k] ? "same" : "view").as(what).isEqualTo(part[2]);
            }
        }
    }

    @Test
    void errorMessagesMatchNumPy() {
        for (String[] row : Fixtures.rows("errors.txt")) {
            int[][] shapes = Fixtures.shapes(row[1]);
            String[] expected = Fixtures.result(row);
            String what = row[0] + " " + row[1];
            Runnable call = switch (row[0]) {
                case "operands" -> () -> MultiIterator.of(Arrays.stream(shapes)
                        .map(BroadcastingConformanceTest::ones).toArray(NDArray[]::new));
                case "output" -> () -> MultiIterator.withOutputs(
                        new NDArray[] {ones(shapes[0]), ones(shapes[1])}, ones(shapes[2]));
                case "assign" -> () -> Broadcasting.broadcastForAssignment(ones(shapes[1]), shapes[0]);
                case "readonly" -> () -> Broadcasting.broadcastTo(ones(new int[] {3}), 2, 3)
                        .setDouble(5.0, 0, 0);
                default -> throw new IllegalStateException(row[0]);
            };
            if (expected[0].equals("ok")) {
                call.run();
            } else {
                Class<? extends RuntimeException> kind = row[0].equals("readonly")
                        ? ReadOnlyException.class : ShapeException.class;
                assertThatThrownBy(call::run).as(what).isInstanceOf(kind).hasMessage(expected[2]);
            }
        }
    }

    private static NDArray ones(int[] shape) {
        return dev.strides.ndarray.Creation.ones(dev.strides.ndarray.DType.FLOAT64,
                dev.strides.ndarray.Order.C, shape);
    }
}
