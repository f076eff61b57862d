package dev.strides.book.figures;

import dev.strides.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws {@code images/fancy-index-axes.svg}: where the axes of a mixed (basic + advanced) index's
 * result come from. Each case shows the indexed array's axes in a row, coloured by the kind of
 * index each one gets, the result's axes in the row below, and a line from every source axis to
 * the result axis it becomes. The integer arrays of one index broadcast together into one block
 * of result axes; that block replaces the advanced axes in place when they are next to each other,
 * and goes first when a slice separates them (NumPy's placement rule).
 *
 * <p>The figure computes the mapping from that rule and refuses to draw unless the shape it
 * predicts equals the shape of the real result, which {@link Figures} gets from the library.
 */
final class FancyIndexFigure {

    private static final String BASIC_FILL = "#cfe3f7";
    private static final String FANCY_FILL = "#f9d9b8";
    private static final String INK = "#222222";
    private static final String MUTED = "#666666";
    private static final String FANCY_LINE = "#d35400";
    private static final String BASIC_LINE = "#2e6da4";
    private static final int BOX_W = 112;
    private static final int BOX_H = 34;
    private static final int GAP = 16;
    private static final int CASE_H = 200;

    /**
     * One case: the expression, the source shape, which source axes get an integer array,
     * the broadcast shape of those arrays, and the shape of the real result.
     */
    record Case(String expression, int[] source, boolean[] fancy, int[] broadcast,
                int[] result) {
    }

    private FancyIndexFigure() {
    }

    /** The figure of every case, one under another. */
    static String draw(String title, List<Case> cases) {
        Svg svg = new Svg(20 + 5 * (BOX_W + GAP) + 20, 60 + CASE_H * cases.size() + 30);
        svg.text(20, 22, title, Svg.MONO, 13, "start", INK, true);
        double y = 50;
        for (Case c : cases) {
            drawCase(svg, c, y);
            y += CASE_H;
        }
        svg.rect(20, y + 2, 16, 14, FANCY_FILL, "#ffffff", 1);
        svg.text(42, y + 14, "an integer-array index: these axes become the broadcast block",
                Svg.SANS, 11, "start", MUTED, false);
        svg.rect(470, y + 2, 16, 14, BASIC_FILL, "#ffffff", 1);
        svg.text(492, y + 14, "a slice: the axis is kept", Svg.SANS, 11, "start", MUTED, false);
        return svg.toString();
    }

    private static void drawCase(Svg svg, Case c, double y0) {
        int n = c.source().length;
        List<Integer> fancyAxes = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (c.fancy()[k]) {
                fancyAxes.add(k);
            }
        }
        boolean adjacent = fancyAxes.getLast() - fancyAxes.getFirst() == fancyAxes.size() - 1;
        int blockAt = adjacent ? fancyAxes.getFirst() : 0;   // result position of the block
        // result axes: the kept (sliced) axes in order, with the block inserted at blockAt
        List<int[]> resultAxes = new ArrayList<>();          // {length, source axis or -1}
        for (int k = 0; k < n; k++) {
            if (!c.fancy()[k]) {
                resultAxes.add(new int[] {c.source()[k], k});
            }
        }
        for (int j = c.broadcast().length - 1; j >= 0; j--) {
            resultAxes.add(blockAt, new int[] {c.broadcast()[j], -1});
        }
        int[] predicted = resultAxes.stream().mapToInt(a -> a[0]).toArray();
        if (!Arrays.equals(predicted, c.result())) {
            throw new IllegalStateException("the placement rule predicts " + Arrays.toString(predicted)
                    + " for " + c.expression() + " but the library returned "
                    + Arrays.toString(c.result()));
        }
        svg.text(20, y0, c.expression(), Svg.MONO, 13, "start", INK, true);
        svg.text(20 + 260, y0, adjacent ? "advanced indexes adjacent: the block stays in place"
                : "advanced indexes separated by a slice: the block goes first", Svg.SANS, 12,
                "start", MUTED, false);
        double top = y0 + 16;
        double bottom = top + 100;
        for (int k = 0; k < n; k++) {
            double x = 20 + k * (BOX_W + GAP);
            svg.rect(x, top, BOX_W, BOX_H, c.fancy()[k] ? FANCY_FILL : BASIC_FILL, "#ffffff", 1);
            svg.text(x + BOX_W / 2.0, top + 22, "a axis " + k + ": " + c.source()[k], Svg.MONO, 12,
                    "middle", INK, false);
        }
        for (int r = 0; r < resultAxes.size(); r++) {
            int[] axis = resultAxes.get(r);
            double x = 20 + r * (BOX_W + GAP);
            boolean fromBlock = axis[1] < 0;
            svg.rect(x, bottom, BOX_W, BOX_H, fromBlock ? FANCY_FILL : BASIC_FILL, "#ffffff", 1);
            svg.text(x + BOX_W / 2.0, bottom + 22, "result " + r + ": " + axis[0], Svg.MONO, 12,
                    "middle", INK, false);
            if (fromBlock) {
                for (int k : fancyAxes) {
                    svg.line(20 + k * (BOX_W + GAP) + BOX_W / 2.0, top + BOX_H, x + BOX_W / 2.0,
                            bottom, FANCY_LINE, 1.5);
                }
            } else {
                svg.line(20 + axis[1] * (BOX_W + GAP) + BOX_W / 2.0, top + BOX_H,
                        x + BOX_W / 2.0, bottom, BASIC_LINE, 1.5);
            }
        }
        svg.text(20, bottom + BOX_H + 18, "index arrays broadcast to "
                + NDArray.tuple(c.broadcast()) + "; result shape "
                + NDArray.tuple(c.result()), Svg.MONO, 11, "start", MUTED, false);
    }
}
