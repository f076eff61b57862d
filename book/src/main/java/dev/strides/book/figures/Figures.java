package dev.strides.book.figures;

import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book's figures, drawn from real arrays: every shape, stride, offset, address and value
 * shown is read from an {@link NDArray} the code below makes, so a figure cannot disagree with
 * the library.
 */
public final class Figures {

    private Figures() {
    }

    /** Every figure by file name (relative to the images folder), as SVG text. */
    public static Map<String, String> all() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("memory-layout-c-f.svg", memoryLayout());
        figures.put("strided-view.svg", stridedView());
        figures.put("broadcast-stride-zero.svg", broadcast());          // chapter 2
        figures.put("reduction-axes.svg", reduction());                 // chapter 4
        figures.put("views-transpose-reverse.svg", transposeAndReverse()); // chapter 3
        figures.put("fancy-index-axes.svg", fancyIndexAxes());            // chapter 3
        figures.put("sliding-windows.svg", slidingWindows());            // chapter 5
        figures.put("random-histograms.svg", randomHistograms());       // chapter 10
        return figures;
    }

    /** Writes every figure into {@code imagesDir}; returns how many. */
    public static int writeAll(Path imagesDir) throws IOException {
        Files.createDirectories(imagesDir);
        Map<String, String> figures = all();
        for (Map.Entry<String, String> figure : figures.entrySet()) {
            Files.writeString(imagesDir.resolve(figure.getKey()), figure.getValue(),
                    StandardCharsets.UTF_8);
        }
        return figures.size();
    }

    /**
     * The arrays the figures draw, by name: {@code c} is {@code np.arange(12.0).reshape(3, 4)},
     * {@code f} the same values copied into F order, {@code a} is
     * {@code np.arange(12).reshape(3, 4)}, and the others are views of {@code a}. A test checks
     * their shapes, strides and offsets against NumPy's.
     */
    static Map<String, NDArray> arrays() {
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        NDArray c = reshape(np.arange(12.0), 3, 4);
        arrays.put("c", c);
        arrays.put("f", np.copy(c, Order.F));
        NDArray a = reshape(np.arange(12), 3, 4);
        arrays.put("a", a);
        arrays.put("a[:, ::2]", step(a, 1, 2));
        arrays.put("a[::-1]", step(a, 0, -1));
        // chapter 2: a column and a row broadcast together
        NDArray x = reshape(np.multiply(np.arange(4.0), 10.0), 4, 1);
        NDArray y = np.arange(3.0);
        arrays.put("x", x);
        arrays.put("y", y);
        arrays.put("np.broadcast_to(x, (4, 3))", np.broadcastTo(x, 4, 3));
        arrays.put("np.broadcast_to(y, (4, 3))", np.broadcastTo(y, 4, 3));
        arrays.put("x + y", np.add(x, y));
        // chapter 3: two views of a, and two mixed (basic + advanced) indexes of a 3-d array
        arrays.put("a.T", np.transpose(a));
        arrays.put("a[::-1, ::-2]", np.get(a, "::-1, ::-2"));
        NDArray b = reshape(np.arange(24), 2, 3, 4);
        arrays.put("b", b);
        arrays.put(FANCY_ADJACENT, np.get(b, ":, [0, 2], [1, 3]"));
        arrays.put(FANCY_SEPARATED, np.get(b, "[1, 0], :, [0, 3]"));
        // chapter 4: the accumulators of np.add.reduce(c, axis) seen with c's shape
        NDArray sum0 = np.sum(c, 0, true);
        NDArray sum1 = np.sum(c, 1, true);
        arrays.put("c.sum(axis=0, keepdims=True)", sum0);
        arrays.put("c.sum(axis=1, keepdims=True)", sum1);
        arrays.put("np.broadcast_to(c.sum(axis=0, keepdims=True), (3, 4))",
                np.broadcastTo(sum0, 3, 4));
        arrays.put("np.broadcast_to(c.sum(axis=1, keepdims=True), (3, 4))",
                np.broadcastTo(sum1, 3, 4));
        // chapter 5: every window of 3 over eight values, one view of one buffer
        NDArray x8 = np.arange(8.0);
        arrays.put("x8", x8);
        arrays.put("sliding_window_view(x8, 3)", np.lib.strideTricks.slidingWindowView(x8, 3));
        return arrays;
    }

    // A 3x4 float64 array in C order and the same values copied into F order.
    static String memoryLayout() {
        Map<String, NDArray> arrays = arrays();
        return MemoryLayoutFigure.draw("a = np.arange(12.0).reshape(3, 4)",
                layout(arrays.get("c")), layout(arrays.get("f")), 1, 2);
    }

    // Two views of np.arange(12).reshape(3, 4): every other column, and the rows reversed.
    static String stridedView() {
        Map<String, NDArray> arrays = arrays();
        List<StridedViewFigure.View> views = List.of("a[:, ::2]", "a[::-1]").stream()
                .map(name -> new StridedViewFigure.View(name, layout(arrays.get(name))))
                .toList();
        return StridedViewFigure.draw("a = np.arange(12).reshape(3, 4)", layout(arrays.get("a")),
                views);
    }

    // x = np.arange(4.0).reshape(4, 1) * 10 and y = np.arange(3.0): both stretched to (4, 3).
    static String broadcast() {
        Map<String, NDArray> arrays = arrays();
        BroadcastFigure.Operand x = new BroadcastFigure.Operand(
                "x = (np.arange(4.0) * 10).reshape(4, 1)", layout(arrays.get("x")),
                "np.broadcast_to(x, (4, 3))", layout(arrays.get("np.broadcast_to(x, (4, 3))")));
        BroadcastFigure.Operand y = new BroadcastFigure.Operand("y = np.arange(3.0)",
                layout(arrays.get("y")), "np.broadcast_to(y, (4, 3))",
                layout(arrays.get("np.broadcast_to(y, (4, 3))")));
        return BroadcastFigure.draw("x + y: shapes (4, 1) and (3,) are both read as (4, 3)", x,
                y, "x + y", layout(arrays.get("x + y")));
    }

    // Samples of three samplers of chapter 10 (seed 42) against their densities.
    static String randomHistograms() {
        double[] normal = doubles(np.random.defaultRng(42).standardNormal(100_000));
        double[] exponential = doubles(np.random.defaultRng(42).standardExponential(100_000));
        double[] rejection = new double[20_000];
        dev.strides.random.Generator g = np.random.defaultRng(42);
        for (int i = 0; i < rejection.length; i++) {
            rejection[i] = dev.strides.random.NonUniformSampling.rejection(g, t -> 2 * t, 0, 1, 2);
        }
        return HistogramFigure.draw("Samples of np.random.default_rng(42) against their densities",
                List.of(new HistogramFigure.Panel("standard_normal (ziggurat)", normal, -4, 4, 40,
                                x -> Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI)),
                        new HistogramFigure.Panel("standard_exponential", exponential, 0, 6, 30,
                                x -> Math.exp(-x)),
                        new HistogramFigure.Panel("rejection, density 2x", rejection, 0, 1, 20,
                                x -> 2 * x)));
    }

    private static double[] doubles(NDArray a) {
        double[] out = new double[(int) a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getDouble(i);
        }
        return out;
    }

    // a = np.arange(12).reshape(3, 4), its transpose and a view with two negative strides
    static String transposeAndReverse() {
        Map<String, NDArray> arrays = arrays();
        List<StridedViewFigure.View> views = List.of("a.T", "a[::-1, ::-2]").stream()
                .map(name -> new StridedViewFigure.View(name, layout(arrays.get(name))))
                .toList();
        return StridedViewFigure.draw("a = np.arange(12).reshape(3, 4)", layout(arrays.get("a")),
                views);
    }

    private static final String FANCY_ADJACENT = "b[:, [0, 2], [1, 3]]";
    private static final String FANCY_SEPARATED = "b[[1, 0], :, [0, 3]]";

    // b = np.arange(24).reshape(2, 3, 4) indexed with two integer lists, adjacent or not
    static String fancyIndexAxes() {
        Map<String, NDArray> arrays = arrays();
        int[] source = arrays.get("b").shape();
        List<FancyIndexFigure.Case> cases = List.of(
                new FancyIndexFigure.Case(FANCY_ADJACENT, source,
                        new boolean[] {false, true, true}, new int[] {2},
                        arrays.get(FANCY_ADJACENT).shape()),
                new FancyIndexFigure.Case(FANCY_SEPARATED, source,
                        new boolean[] {true, false, true}, new int[] {2},
                        arrays.get(FANCY_SEPARATED).shape()));
        return FancyIndexFigure.draw("b = np.arange(24).reshape(2, 3, 4): where the result's axes"
                + " come from", cases);
    }

    // c = np.arange(12.0).reshape(3, 4) reduced along axis 0 and along axis 1.
    static String reduction() {
        Map<String, NDArray> arrays = arrays();
        List<ReductionFigure.Panel> panels = List.of("0", "1").stream()
                .map(k -> new ReductionFigure.Panel("np.add.reduce(c, axis=" + k + ")",
                        layout(arrays.get("np.broadcast_to(c.sum(axis=" + k
                                + ", keepdims=True), (3, 4))")),
                        layout(arrays.get("c.sum(axis=" + k + ", keepdims=True)"))))
                .toList();
        return ReductionFigure.draw("np.add.reduce(c, axis): acc = acc + c, acc with stride 0"
                + " on the reduced axis", "c = np.arange(12.0).reshape(3, 4)",
                layout(arrays.get("c")), panels);
    }

    // x8 = np.arange(8.0) and all its windows of 3: six overlapping rows over eight values.
    static String slidingWindows() {
        Map<String, NDArray> arrays = arrays();
        return SlidingWindowFigure.draw("x8 = np.arange(8.0); w = sliding_window_view(x8, 3)",
                layout(arrays.get("x8")), "w", layout(arrays.get("sliding_window_view(x8, 3)")));
    }

    /** Reads the memory-model numbers and the elements of {@code a}. */
    static ArrayLayout layout(NDArray a) {
        return ArrayLayout.of(a.dtype().name(), a.itemsize(), a.shape(), a.strides(), a.offset(),
                a::getDouble);
    }

    /**
     * {@code a.reshape(shape)} for a C-contiguous {@code a}: a view with the strides a new C
     * array of that shape would have, at the same offset.
     */
    static NDArray reshape(NDArray a, int... shape) {
        if (!a.flags().cContiguous()) {
            throw new IllegalArgumentException("reshape here needs a C-contiguous array, got "
                    + a.describe());
        }
        return a.stridedView(shape, NDArray.defaultStrides(shape, a.itemsize(), Order.C),
                a.offset());
    }

    /**
     * {@code a[..., ::step, ...]} along {@code axis}: {@code ceil(n / |step|)} elements, the
     * stride multiplied by {@code step}, and for a negative step an offset moved to the last
     * element. A view: the buffer is shared.
     */
    static NDArray step(NDArray a, int axis, int step) {
        int[] shape = a.shape();
        long[] strides = a.strides();
        int n = shape[axis];
        long offset = a.offset() + (step < 0 && n > 0 ? (n - 1) * strides[axis] : 0);
        shape[axis] = (n + Math.abs(step) - 1) / Math.abs(step);
        strides[axis] *= step;
        return a.stridedView(shape, strides, offset);
    }
}
