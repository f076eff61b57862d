package dev.strides.book.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws {@code images/broadcast-stride-zero.svg}: two operands stretched to a common shape by
 * stride 0, and their sum. For each operand the figure shows its own buffer (values and byte
 * addresses) and, under it, the broadcast view as a grid whose cells name the byte each index
 * reads. A cell reading bytes that an earlier cell (in C order) already read is drawn pale: that
 * is the stretching, done by arithmetic with a zero stride, not by copying.
 */
final class BroadcastFigure {

    private static final String OWN_FILL = "#cfe3f7";
    private static final String AGAIN_FILL = "#f1f6fb";
    private static final String RESULT_FILL = "#d3efcf";
    private static final String ACCENT = "#c0392b";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final String PALE = "#9aa7b4";
    private static final int CELL_W = 58;
    private static final int CELL_H = 38;
    private static final int PANEL = 262;

    /** An operand: its own layout and the layout of its broadcast view, with their labels. */
    record Operand(String label, ArrayLayout own, String viewLabel, ArrayLayout view) {
    }

    private BroadcastFigure() {
    }

    /** The figure of {@code x} and {@code y} broadcast together, and {@code sum = x + y}. */
    static String draw(String title, Operand x, Operand y, String sumLabel, ArrayLayout sum) {
        Svg svg = new Svg(3 * PANEL + 30, 412);
        svg.text(20, 22, title, Svg.MONO, 13, "start", INK, true);
        drawOperand(svg, x, 20);
        drawOperand(svg, y, 20 + PANEL);
        drawResult(svg, sumLabel, sum, 20 + 2 * PANEL);
        double ly = 386;
        svg.rect(20, ly - 12, 16, 14, OWN_FILL, "#ffffff", 1);
        svg.text(42, ly, "first read of those bytes", Svg.SANS, 11, "start", MUTED, false);
        svg.rect(210, ly - 12, 16, 14, AGAIN_FILL, "#dddddd", 1);
        svg.text(232, ly, "the same bytes read again: a stride of 0, no copy", Svg.SANS, 11,
                "start", MUTED, false);
        svg.text(20, ly + 18, "each cell: the value, and @ the byte it is read from"
                + " (offset + i*strides[0] + j*strides[1])", Svg.SANS, 11, "start", MUTED, false);
        return svg.toString();
    }

    private static void drawOperand(Svg svg, Operand operand, double x0) {
        ArrayLayout own = operand.own();
        ArrayLayout view = operand.view();
        svg.text(x0, 52, operand.label(), Svg.MONO, 12, "start", INK, true);
        svg.text(x0, 68, "shape " + own.shapeText() + ", strides " + own.stridesText(),
                Svg.MONO, 11, "start", MUTED, false);
        Map<Long, ArrayLayout.Element> bytes = new HashMap<>();
        int n = 0;
        for (ArrayLayout.Element e : own.elements()) {       // the buffer, in address order
            bytes.put(e.address(), e);
            double cx = x0 + n++ * 44;
            svg.rect(cx, 76, 44, 24, OWN_FILL, "#ffffff", 1);
            svg.text(cx + 22, 93, own.valueText(e.value()), Svg.MONO, 12, "middle", INK, false);
            svg.text(cx + 22, 112, Long.toString(e.address()), Svg.MONO, 9, "middle", MUTED,
                    false);
        }
        svg.text(x0, 146, operand.viewLabel(), Svg.MONO, 12, "start", INK, true);
        svg.text(x0, 162, "shape " + view.shapeText() + ", strides " + view.stridesText(),
                Svg.MONO, 12, "start", ACCENT, false);
        Set<Long> seen = new HashSet<>();
        for (ArrayLayout.Element e : view.elements()) {
            ArrayLayout.Element source = bytes.get(e.address());
            if (source == null || Double.compare(source.value(), e.value()) != 0) {
                throw new IllegalStateException(operand.viewLabel() + "[" + e.indexText()
                        + "] reads byte " + e.address() + ", which holds no element of "
                        + operand.label() + " with that value: the view is not a view");
            }
            boolean first = seen.add(e.address());
            cell(svg, x0, 172, e, view.valueText(e.value()), first ? OWN_FILL : AGAIN_FILL,
                    first ? INK : PALE);
        }
        svg.text(x0, 172 + view.shape()[0] * CELL_H + 20, stretchNote(view), Svg.SANS, 11,
                "start", ACCENT, false);
    }

    private static void drawResult(Svg svg, String label, ArrayLayout sum, double x0) {
        svg.text(x0, 146, label, Svg.MONO, 12, "start", INK, true);
        svg.text(x0, 162, "shape " + sum.shapeText() + ", strides " + sum.stridesText(),
                Svg.MONO, 12, "start", MUTED, false);
        for (ArrayLayout.Element e : sum.elements()) {
            cell(svg, x0, 172, e, sum.valueText(e.value()), RESULT_FILL, INK);
        }
        svg.text(x0, 172 + sum.shape()[0] * CELL_H + 20, "a new array: "
                + sum.elements().size() + " elements written", Svg.SANS, 11, "start", MUTED,
                false);
    }

    // One grid cell of a 2-d layout: the value, and the byte address it is read from.
    private static void cell(Svg svg, double x0, double y0, ArrayLayout.Element e, String value,
                             String fill, String ink) {
        double x = x0 + e.index()[1] * CELL_W;
        double y = y0 + e.index()[0] * CELL_H;
        svg.rect(x, y, CELL_W, CELL_H, fill, "#ffffff", 1);
        svg.text(x + CELL_W / 2.0, y + 17, value, Svg.MONO, 13, "middle", ink, false);
        svg.text(x + CELL_W / 2.0, y + 31, "@" + e.address(), Svg.MONO, 9, "middle",
                ink.equals(INK) ? MUTED : PALE, false);
    }

    /** Which axes are stretched: length above 1 with stride 0. */
    static String stretchNote(ArrayLayout view) {
        List<String> axes = new java.util.ArrayList<>();
        for (int k = 0; k < view.shape().length; k++) {
            if (view.strides()[k] == 0 && view.shape()[k] > 1) {
                axes.add("axis " + k);
            }
        }
        return axes.isEmpty() ? "nothing stretched"
                : String.join(" and ", axes) + " stretched: stride 0";
    }
}
