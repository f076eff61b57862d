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
