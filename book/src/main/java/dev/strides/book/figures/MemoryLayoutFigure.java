package dev.strides.book.figures;

import java.util.Comparator;
import java.util.List;

/**
 * Draws {@code images/memory-layout-c-f.svg}: one 2-D array shown as its logical grid and as the
 * bytes of two buffers, one holding it in C order (row-major) and one in F order
 * (column-major). Cells are coloured by row, so C order shows rows as runs and F order shows
 * them interleaved; the highlighted element's address is worked out with each layout's strides.
 */
final class MemoryLayoutFigure {

    private static final String[] ROW_FILLS = {"#cfe3f7", "#fde0c2", "#d3efcf", "#ead7f2"};
    private static final String HIGHLIGHT = "#c0392b";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final int CELL = 52;

    private MemoryLayoutFigure() {
    }

    /**
     * The figure for the same values laid out as {@code c} and {@code f}, with element
     * {@code mark} (a 2-D index) highlighted; {@code label} is how the array was made.
     */
    static String draw(String label, ArrayLayout c, ArrayLayout f, int... mark) {
        if (c.shape().length != 2) {
            throw new IllegalArgumentException("the memory-layout figure draws 2-D arrays, got"
                    + " shape " + c.shapeText());
        }
        int rows = c.shape()[0];
        int cols = c.shape()[1];
        int cells = rows * cols;
        int width = Math.max(40 + cells * CELL + 20, 560);
        Svg svg = new Svg(width, 372);

        svg.text(20, 20, label, Svg.MONO, 13, "start", INK, true);
        svg.text(20, 38, "shape " + c.shapeText() + ", dtype " + c.dtype() + ", itemsize "
                + c.itemsize() + " bytes", Svg.SANS, 12, "start", MUTED, false);
        drawGrid(svg, c, 60, 68, 44, 28, mark);

        double tx = 60 + cols * 44 + 40;
        svg.text(tx, 82, "element a[i, j] starts at byte", Svg.SANS, 13, "start", INK, false);
        svg.text(tx, 102, "offset + i*strides[0] + j*strides[1]", Svg.MONO, 13, "start", INK,
                false);
        addressLine(svg, tx, 132, "C", c, mark);
        addressLine(svg, tx, 152, "F", f, mark);

        drawStrip(svg, c, "C order (row-major): strides " + c.stridesText(), 40, 192, mark);
        drawStrip(svg, f, "F order (column-major): strides " + f.stridesText(), 40, 286, mark);
        return svg.toString();
    }

    // The worked address of element `mark`: offset + i*strides[0] + j*strides[1] = address.
    private static void addressLine(Svg svg, double x, double y, String order, ArrayLayout a,
                                    int[] mark) {
        ArrayLayout.Element e = a.at(mark);
        svg.text(x, y, order + " order, a[" + e.indexText() + "]: " + a.offset() + " + " + mark[0]
                        + "*" + a.strides()[0] + " + " + mark[1] + "*" + a.strides()[1] + " = "
                        + e.address(), Svg.MONO, 13, "start", HIGHLIGHT, false);
    }

    // The logical view: rows and columns as the user indexes them.
    private static void drawGrid(Svg svg, ArrayLayout a, double x0, double y0, double w,
                                 double h, int[] mark) {
        for (int j = 0; j < a.shape()[1]; j++) {
            svg.text(x0 + j * w + w / 2, y0 - 6, "j=" + j, Svg.MONO, 10, "middle", MUTED, false);
        }
        for (ArrayLayout.Element e : a.elements()) {
            int i = e.index()[0];
            int j = e.index()[1];
            if (j == 0) {
                svg.text(x0 - 6, y0 + i * h + h / 2 + 4, "i=" + i, Svg.MONO, 10, "end", MUTED,
                        false);
            }
            boolean marked = i == mark[0] && j == mark[1];
            svg.rect(x0 + j * w, y0 + i * h, w, h, ROW_FILLS[i % ROW_FILLS.length],
                    marked ? HIGHLIGHT : "#ffffff", marked ? 2.5 : 1);
            svg.text(x0 + j * w + w / 2, y0 + i * h + h / 2 + 5, a.valueText(e.value()),
                    Svg.MONO, 13, "middle", INK, false);
        }
    }

    // The buffer: one cell per element in address order, its index inside, its address below.
    private static void drawStrip(Svg svg, ArrayLayout a, String title, double x0, double y0,
                                  int[] mark) {
        svg.text(x0, y0, title, Svg.SANS, 13, "start", INK, true);
        List<ArrayLayout.Element> byAddress = a.elements().stream()
                .sorted(Comparator.comparingLong(ArrayLayout.Element::address)).toList();
        double top = y0 + 10;
        for (int n = 0; n < byAddress.size(); n++) {
            ArrayLayout.Element e = byAddress.get(n);
            double x = x0 + n * CELL;
            boolean marked = e.index()[0] == mark[0] && e.index()[1] == mark[1];
            svg.rect(x, top, CELL, 40, ROW_FILLS[e.index()[0] % ROW_FILLS.length],
                    marked ? HIGHLIGHT : "#ffffff", marked ? 2.5 : 1);
            svg.text(x + CELL / 2.0, top + 14, "[" + e.indexText() + "]", Svg.MONO, 10,
                    "middle", MUTED, false);
            svg.text(x + CELL / 2.0, top + 32, a.valueText(e.value()), Svg.MONO, 13, "middle",
                    INK, false);
            svg.text(x + CELL / 2.0, top + 54, Long.toString(e.address()), Svg.MONO, 10,
                    "middle", marked ? HIGHLIGHT : MUTED, marked);
        }
        svg.text(x0 - 4, top + 54, "byte", Svg.SANS, 10, "end", MUTED, false);
    }
}
