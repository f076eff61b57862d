package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * take/put/place/extract/compress, nonzero and friends, unravel_index/ravel_multi_index/indices
 * and memory overlap, each line against NumPy.
 */
class SelectionConformanceTest {

    @TestFactory
    Stream<DynamicTest> selection() {
        return Fixtures.rows("selection.txt").stream().map(row -> {
            String what = String.join(" ", Arrays.copyOf(row, Arrays.asList(row).indexOf("=>")));
            return DynamicTest.dynamicTest(what, () -> {
                NDArray[] layout = Fixtures.layout(row[1]);
                NDArray a = layout[1];
                String[] expected = Fixtures.result(row);
                switch (row[0]) {
                    case "take" -> Fixtures.check(expected, layout[0], () -> Selection.take(a,
                            Fixtures.value(row[2], a), row[3].equals("None") ? null
                                    : Integer.valueOf(row[3]), ClipMode.of(row[4])), what);
                    case "compress" -> Fixtures.check(expected, layout[0], () -> row[3].equals("None")
                            ? Selection.compress(Fixtures.value(row[2], a), a)
                            : Selection.compress(Fixtures.value(row[2], a), a, Integer.parseInt(row[3])),
                            what);
                    case "extract" -> Fixtures.check(expected, layout[0],
                            () -> Selection.extract(Fixtures.value(row[2], a), a), what);
                    case "argwhere" -> Fixtures.check(expected, layout[0],
                            () -> NonZero.argwhere(argument(row[2], a)), what);
                    case "flatnonzero" -> Fixtures.check(expected, layout[0],
                            () -> NonZero.flatnonzero(argument(row[2], a)), what);
                    case "count_nonzero" -> Fixtures.check(expected, layout[0], () -> {
                        NDArray n = NDArray.allocate(DType.INT64, new int[0], Order.C);
                        n.setLong(NonZero.countNonzero(argument(row[2], a)));
                        return n;
                    }, what);
                    case "nonzero" -> checkArrays(expected, () -> NonZero.nonzero(argument(row[2], a)), what);
                    case "put" -> checkMutation(expected, layout[0], () -> Selection.put(a,
                            Fixtures.value(row[2], a), Fixtures.value(row[3], a), ClipMode.of(row[4])), what);
                    case "place" -> checkMutation(expected, layout[0], () -> Selection.place(a,
                            Fixtures.value(row[2], a), Fixtures.value(row[3], a)), what);
                    default -> throw new IllegalArgumentException(row[0]);
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> multiIndex() {
        return Fixtures.rows("multiindex.txt").stream().map(row -> {
            String what = String.join(" ", Arrays.copyOf(row, Arrays.asList(row).indexOf("=>")));
            return DynamicTest.dynamicTest(what, () -> {
                String[] expected = Fixtures.result(row);
                switch (row[0]) {
                    case "unravel_index" -> checkArrays(expected, () -> {
                        Object ind = Fixtures.value(row[1], null);
                        NDArray indices = ind instanceof NDArray n ? n
                                : dev.strides.ndarray.JavaArrays.array(ind);
                        return MultiIndex.unravelIndex(indices, Fixtures.tuple(row[2]), order(row[3]));
                    }, what);
                    case "ravel_multi_index" -> checkArrays(expected, () -> {
                        Object[] coords = Arrays.stream(row[1].split("\\|"))
                                .map(s -> Fixtures.value(s, null)).toArray();
                        String m = row[3];              // "wrap", or a tuple "(wrap,clip,)"
                        int[] dims = Fixtures.tuple(row[2]);
                        if (!m.startsWith("(")) {
                            return new NDArray[] {MultiIndex.ravelMultiIndex(coords, dims,
                                    ClipMode.of(m), order(row[4]))};
                        }
                        ClipMode[] modes = Arrays.stream(m.substring(1, m.length() - 2).split(","))
                                .map(ClipMode::of).toArray(ClipMode[]::new);
                        return new NDArray[] {MultiIndex.ravelMultiIndex(coords, dims, modes,
                                order(row[4]))};
                    }, what);
                    case "indices" -> checkArrays(expected, () -> row[3].equals("dense")
                            ? new NDArray[] {MultiIndex.indices(Fixtures.tuple(row[1]), DType.of(row[2]))}
                            : MultiIndex.indicesSparse(Fixtures.tuple(row[1]), DType.of(row[2])), what);
                    default -> throw new IllegalArgumentException(row[0]);
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> overlap() {
        return Fixtures.rows("overlap.txt").stream().map(row -> DynamicTest.dynamicTest(
                row[2] + " vs " + row[3], () -> {
                    NDArray root = NDArray.allocate(DType.UINT8, new int[] {Integer.parseInt(row[1])},
                            Order.C);
                    NDArray a = view(root, row[2]);
                    NDArray b = view(root, row[3]);
                    String[] expected = Fixtures.result(row);
                    assertThat(Overlap.mayShareMemory(a, b)).as("may_share_memory")
                            .isEqualTo(expected[0].equals("1"));
                    assertThat(Overlap.sharesMemory(a, b)).as("shares_memory")
                            .isEqualTo(expected[1].equals("1"));
                    assertThat(Overlap.sharesMemory(b, a)).as("symmetric").isEqualTo(expected[1].equals("1"));
                }));
    }

    private static NDArray view(NDArray root, String spec) {
        String[] p = spec.split(":");
        DType t = switch (p[3]) {
            case "1" -> DType.UINT8;
            case "2" -> DType.UINT16;
            case "4" -> DType.UINT32;
            default -> DType.UINT64;
        };
        return root.stridedView(t, Fixtures.tuple(p[0]), Fixtures.longTuple(p[1]), Long.parseLong(p[2]));
    }

    private static NDArray argument(String spec, NDArray self) {
        return spec.equals("self") ? self : (NDArray) Fixtures.value(spec, self);
    }

    private static Order order(String s) {
        return Order.of(s);
    }

    /** {@code ok <count> (<shape> <strides> <data>)*} for functions returning several arrays. */
    private static void checkArrays(String[] expected, Supplier<NDArray[]> call, String what) {
        if (expected[0].equals("error")) {
            Fixtures.expectError(expected, call::get, what);
            return;
        }
        NDArray[] arrays = call.get();
        List<String> got = new ArrayList<>(List.of("ok", String.valueOf(arrays.length)));
        for (NDArray x : arrays) {
            got.add(Fixtures.py(x.shape()));
            got.add(Fixtures.py(x.strides()));
            got.add(Fixtures.data(x));
        }
        assertThat(String.join(" ", got)).as(what).isEqualTo(String.join(" ", expected));
    }

    private static void checkMutation(String[] expected, NDArray root, Runnable call, String what) {
        if (expected[0].equals("error")) {
            Fixtures.expectError(expected, call, what);
            return;
        }
        call.run();
        assertThat(Fixtures.data(root)).as(what).isEqualTo(expected[1]);
    }

}
