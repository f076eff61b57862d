package dev.strides.book.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws {@code images/reduction-axes.svg}: how {@code np.add.reduce} walks a 2-D array along
 * each axis. A reduction runs the ordinary binary loop {@code acc = acc + a} with the
 * accumulator seen with the <i>input's</i> shape and a stride of 0 on the reduced axis. Each
 * input cell is coloured by the accumulator element it is added into and names that element's
 * byte ({@code += @8}); under it (or beside it) the result, in the same colours. Every address
 * comes from the strides of the accumulator view the code makes, and the sums are checked
 * against the result array.
 */
final class ReductionFigure {

    private static final String[] FILLS = {"#cfe3f7", "#fde0c2", "#d3efcf", "#ead7f2"};
    private static final String ACCENT = "#c0392b";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final int CELL_W = 58;
    private static final int CELL_H = 38;
    private static final int GRID_Y = 110;

    /**
     * One reduction: {@code accView} is the result (with keepdims) broadcast to the input's
     * shape, {@code result} the result itself.
     */
    record Panel(String label, ArrayLayout accView, ArrayLayout result) {
    }

    private ReductionFigure() {
    }

    static String draw(String title, String inputLabel, ArrayLayout input, List<Panel> panels) {
        int rows = input.shape()[0];
        int cols = input.shape()[1];
        int panelW = cols * CELL_W + 2 * CELL_W;
        Svg svg = new Svg(20 + (panels.size() + 1) * panelW, GRID_Y + (rows + 2) * CELL_H + 70);
        svg.text(20, 22, title, Svg.MONO, 13, "start", INK, true);
        svg.text(20, 62, inputLabel, Svg.MONO, 12, "start", INK, true);
        svg.text(20, 78, "shape " + input.shapeText() + ", strides " + input.stridesText(),
                Svg.MONO, 11, "start", MUTED, false);
        for (ArrayLayout.Element e : input.elements()) {
            cell(svg, 20, GRID_Y, e.index(), input.valueText(e.value()), "@" + e.address(),
                    "#eeeeee");
        }
        double x0 = 20 + panelW;
        for (Panel p : panels) {
            drawPanel(svg, x0, input, p);
            x0 += panelW;
        }
        double ly = GRID_Y + (rows + 2) * CELL_H + 40;
        svg.text(20, ly, "a cell's colour and \"+= @n\": the accumulator byte it is added into"
                + " (acc offset + i*acc.strides[0] + j*acc.strides[1])", Svg.SANS, 11, "start",
                MUTED, false);
        svg.text(20, ly + 18, "the loop walks a in memory order, one run per row; a stride of 0"
                + " makes every cell of a run hit the same accumulator", Svg.SANS, 11, "start",
                MUTED, false);
        return svg.toString();
    }

    private static void drawPanel(Svg svg, double x0, ArrayLayout input, Panel p) {
        ArrayLayout acc = p.accView();
        svg.text(x0, 62, p.label(), Svg.MONO, 12, "start", INK, true);
        svg.text(x0, 78, "acc seen as shape " + acc.shapeText() + ", strides "
                + acc.stridesText(), Svg.MONO, 11, "start", ACCENT, false);
        Map<Long, String> fills = new LinkedHashMap<>();
        Map<Long, Double> sums = new LinkedHashMap<>();
        for (ArrayLayout.Element e : acc.elements()) {
            long target = e.address();
            fills.putIfAbsent(target, FILLS[fills.size() % FILLS.length]);
            double value = input.at(e.index()).value();
            sums.merge(target, value, Double::sum);
            cell(svg, x0, GRID_Y, e.index(), input.valueText(value), "+= @" + target,
                    fills.get(target));
        }
        long last = acc.strides()[acc.strides().length - 1];
        svg.text(x0, GRID_Y - 10, last == 0 ? "each run adds into one accumulator"
                : "each run adds into " + input.shape()[1] + " accumulators", Svg.SANS, 11,
                "start", ACCENT, false);
        ArrayLayout result = p.result();
        boolean column = result.shape()[1] == 1;
        double rx = column ? x0 + input.shape()[1] * CELL_W + 12 : x0;
        double ry = column ? GRID_Y : GRID_Y + input.shape()[0] * CELL_H + 14;
        List<String> mismatches = new ArrayList<>();
        for (ArrayLayout.Element e : result.elements()) {
            Double sum = sums.get(e.address());
            if (sum == null || Double.compare(sum, e.value()) != 0) {
                mismatches.add(e.indexText());
            }
            cell(svg, rx, ry, e.index(), result.valueText(e.value()), "@" + e.address(),
                    fills.getOrDefault(e.address(), "#ffffff"));
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException(p.label() + ": result elements " + mismatches
                    + " are not the sums of the cells drawn into them");
        }
        svg.text(rx, ry + result.shape()[0] * CELL_H + 16, "result " + result.shapeText(),
                Svg.MONO, 11, "start", MUTED, false);
    }

    private static void cell(Svg svg, double x0, double y0, int[] index, String value,
                             String note, String fill) {
        double x = x0 + index[1] * CELL_W;
        double y = y0 + index[0] * CELL_H;
        svg.rect(x, y, CELL_W, CELL_H, fill, "#ffffff", 1);
        svg.text(x + CELL_W / 2.0, y + 17, value, Svg.MONO, 13, "middle", INK, false);
        svg.text(x + CELL_W / 2.0, y + 31, note, Svg.MONO, 9, "middle", MUTED, false);
    }
}
