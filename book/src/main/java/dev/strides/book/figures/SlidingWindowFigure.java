package dev.strides.book.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws {@code images/sliding-windows.svg}: one buffer and, under it, every window of a
 * sliding-window view of it, each drawn as a bar over the buffer cells its elements read.
 * Windows overlap on the page because they overlap in memory: one stored value appears in up
 * to {@code w} windows, and nothing was copied.
 */
final class SlidingWindowFigure {

    private static final String BUFFER_FILL = "#e8e8e8";
    private static final String WINDOW_FILL = "#cfe3f7";
    private static final String ACCENT = "#c0392b";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final int CELL = 56;
    private static final int X0 = 90;
    private static final int ROW = 30;

    private SlidingWindowFigure() {
    }

    /**
     * The figure of the 1-d contiguous array {@code base} and the 2-d window view
     * {@code windows} of its buffer (window {@code i} is row {@code i}).
     */
    static String draw(String title, ArrayLayout base, String windowsLabel, ArrayLayout windows) {
        Map<Long, ArrayLayout.Element> cells = new HashMap<>();
        long first = Long.MAX_VALUE;
        for (ArrayLayout.Element e : base.elements()) {
            cells.put(e.address(), e);
            first = Math.min(first, e.address());
        }
        int count = cells.size();
        int rows = windows.shape()[0];
        Svg svg = new Svg(X0 + count * CELL + 30, 150 + rows * ROW);
        svg.text(20, 22, title, Svg.MONO, 13, "start", INK, true);
        svg.text(20, 42, windowsLabel + ": shape " + windows.shapeText() + ", strides "
                + windows.stridesText() + ", offset " + windows.offset() + "; "
                + windows.elements().size() + " elements shown, " + count + " stored",
                Svg.MONO, 12, "start", ACCENT, false);
        double top = 60;
        svg.text(X0 - 10, top + 21, "buffer", Svg.SANS, 12, "end", MUTED, false);
        for (int n = 0; n < count; n++) {
            long address = first + (long) n * base.itemsize();
            ArrayLayout.Element e = cells.get(address);
            if (e == null) {
                throw new IllegalArgumentException("the base array must be contiguous, but no"
                        + " element of it lies at byte " + address);
            }
            double x = X0 + n * CELL;
            svg.rect(x, top, CELL, 32, BUFFER_FILL, "#ffffff", 1);
            svg.text(x + CELL / 2.0, top + 21, base.valueText(e.value()), Svg.MONO, 13, "middle",
                    INK, false);
            svg.text(x + CELL / 2.0, top + 46, "@" + address, Svg.MONO, 10, "middle", MUTED,
                    false);
        }
        double y = top + 70;
        for (int i = 0; i < rows; i++) {
            drawWindow(svg, windows, i, cells, first, base.itemsize(), y + i * ROW, windowsLabel);
        }
        return svg.toString();
    }

    // Window i: a bar over the cells its elements read, each cell labelled with its value.
    private static void drawWindow(Svg svg, ArrayLayout windows, int i,
                                   Map<Long, ArrayLayout.Element> cells, long first, int itemsize,
                                   double y, String label) {
        List<ArrayLayout.Element> elements = windows.elements().stream()
                .filter(e -> e.index()[0] == i).toList();
        svg.text(X0 - 10, y + 17, label + "[" + i + "]", Svg.MONO, 12, "end", INK, false);
        for (ArrayLayout.Element e : elements) {
            ArrayLayout.Element cell = cells.get(e.address());
            if (cell == null || Double.compare(cell.value(), e.value()) != 0) {
                throw new IllegalStateException(label + "[" + e.indexText() + "] at byte "
                        + e.address() + " reads " + e.value()
                        + ", which is not the buffer's value there: the windows are not a view");
            }
            double x = X0 + (e.address() - first) / itemsize * CELL;
            svg.rect(x + 2, y, CELL - 4, 24, WINDOW_FILL, "#ffffff", 1);
            svg.text(x + CELL / 2.0, y + 17, windows.valueText(e.value()), Svg.MONO, 11,
                    "middle", INK, false);
        }
    }
}
