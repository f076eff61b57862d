package dev.strides.book.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws {@code images/strided-view.svg}: the buffer of one array and, under it, views of that
 * same buffer. Each view row marks the cells the view reaches, labelled with the view's own
 * index, and points at its offset: no bytes are copied, a view is only a new
 * (offset, shape, strides) over the same memory.
 */
final class StridedViewFigure {

    private static final String BUFFER_FILL = "#e8e8e8";
    private static final String TOUCHED_FILL = "#cfe3f7";
    private static final String UNTOUCHED_FILL = "#fafafa";
    private static final String ACCENT = "#c0392b";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final int CELL = 52;
    private static final int X0 = 40;

    /** A view to draw: how it was written in NumPy, and its layout. */
    record View(String label, ArrayLayout layout) {
    }

    private StridedViewFigure() {
    }

    /** The figure of {@code base} (which owns a contiguous buffer) and {@code views} of it. */
    static String draw(String baseLabel, ArrayLayout base, List<View> views) {
        long first = base.elements().stream().mapToLong(ArrayLayout.Element::address).min()
                .orElseThrow();
        Map<Long, ArrayLayout.Element> cells = new HashMap<>();
        for (ArrayLayout.Element e : base.elements()) {
            cells.put(e.address(), e);
        }
        int count = cells.size();
        Svg svg = new Svg(Math.max(X0 + count * CELL + 20, 560), 112 + 100 * views.size());

        svg.text(20, 20, baseLabel, Svg.MONO, 13, "start", INK, true);
        svg.text(20, 38, "shape " + base.shapeText() + ", strides " + base.stridesText()
                + ", offset " + base.offset() + ", dtype " + base.dtype() + "; the shared buffer"
                + " below: values, byte addresses under them", Svg.SANS, 12, "start", MUTED,
                false);
        double top = 50;
        for (long address = first; address < first + (long) count * base.itemsize();
             address += base.itemsize()) {
            double x = X0 + cellOf(address, first, base.itemsize()) * CELL;
            ArrayLayout.Element e = cells.get(address);
            if (e == null) {
                throw new IllegalArgumentException("the base array must be contiguous, but no"
                        + " element of it lies at byte " + address + ": strides "
                        + base.stridesText());
            }
            svg.rect(x, top, CELL, 32, BUFFER_FILL, "#ffffff", 1);
            svg.text(x + CELL / 2.0, top + 21, base.valueText(e.value()), Svg.MONO, 13, "middle",
                    INK, false);
            svg.text(x + CELL / 2.0, top + 46, Long.toString(address), Svg.MONO, 10, "middle",
                    MUTED, false);
        }

        double y = 132;
        for (View view : views) {
            drawView(svg, view, base, cells, first, count, y);
            y += 100;
        }
        return svg.toString();
    }

    private static void drawView(Svg svg, View view, ArrayLayout base,
                                 Map<Long, ArrayLayout.Element> cells, long first, int count,
                                 double y0) {
        ArrayLayout v = view.layout();
        svg.text(X0, y0, view.label(), Svg.MONO, 13, "start", INK, true);
        svg.text(X0 + 150, y0, "shape " + v.shapeText() + ", strides " + v.stridesText()
                + ", offset " + v.offset(), Svg.MONO, 13, "start", ACCENT, false);
        double top = y0 + 10;
        Map<Long, ArrayLayout.Element> touched = new HashMap<>();
        for (ArrayLayout.Element e : v.elements()) {
            ArrayLayout.Element cell = cells.get(e.address());
            if (cell == null || Double.compare(cell.value(), e.value()) != 0) {
                throw new IllegalStateException(view.label() + "[" + e.indexText()
                        + "] at byte " + e.address() + " reads " + e.value()
                        + ", which is not the buffer's value there: the view is not a view");
            }
            touched.put(e.address(), e);
        }
        for (int n = 0; n < count; n++) {
            long address = first + (long) n * base.itemsize();
            double x = X0 + n * CELL;
            ArrayLayout.Element e = touched.get(address);
            svg.rect(x, top, CELL, 32, e == null ? UNTOUCHED_FILL : TOUCHED_FILL,
                    e == null ? "#dddddd" : "#ffffff", 1);
            if (e != null) {
                svg.text(x + CELL / 2.0, top + 20, "[" + e.indexText() + "]", Svg.MONO, 11,
                        "middle", INK, false);
            }
        }
        // the offset: where element [0, ..., 0] of the view sits in the buffer
        double ox = X0 + cellOf(v.offset(), first, base.itemsize()) * CELL + CELL / 2.0;
        svg.polygon(ACCENT, ox, top + 36, ox - 6, top + 46, ox + 6, top + 46);
        svg.text(ox, top + 60, "offset " + v.offset(), Svg.MONO, 10, "middle", ACCENT, false);
    }

    private static long cellOf(long address, long first, int itemsize) {
        return (address - first) / itemsize;
    }
}
