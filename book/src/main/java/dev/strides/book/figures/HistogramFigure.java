package dev.strides.book.figures;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Histograms of samples against the density they should follow (chapter 10): one panel per
 * sampler, bars normalised so their area is 1 (count / (n * bin width)), the density drawn over
 * them as a polyline of short segments.
 */
final class HistogramFigure {

    private static final int PANEL_W = 240;
    private static final int PANEL_H = 170;
    private static final int GAP = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 34;
    private static final String BAR = "#9ecae1";
    private static final String CURVE = "#d62728";

    private HistogramFigure() {
    }

    /** One panel: the samples, the range and bin count, and the density to compare with. */
    record Panel(String title, double[] samples, double lo, double hi, int bins,
                 DoubleUnaryOperator density) {
    }

    /** Bin heights as densities: count / (n * width); samples outside [lo, hi) are left out. */
    static double[] heights(Panel p) {
        double width = (p.hi() - p.lo()) / p.bins();
        double[] h = new double[p.bins()];
        for (double x : p.samples()) {
            int bin = (int) Math.floor((x - p.lo()) / width);
            if (bin >= 0 && bin < p.bins()) {
                h[bin]++;
            }
        }
        for (int b = 0; b < h.length; b++) {
            h[b] /= p.samples().length * width;
        }
        return h;
    }

    static String draw(String caption, List<Panel> panels) {
        int width = GAP + panels.size() * (PANEL_W + GAP);
        Svg svg = new Svg(width, TOP + PANEL_H + BOTTOM);
        svg.text(GAP, 22, caption, Svg.SANS, 13, "start", "#222222", true);
        for (int k = 0; k < panels.size(); k++) {
            drawPanel(svg, panels.get(k), GAP + k * (PANEL_W + GAP));
        }
        return svg.toString();
    }

    private static void drawPanel(Svg svg, Panel p, double x0) {
        double[] h = heights(p);
        double top = 0;
        for (int s = 0; s <= 200; s++) {
            top = Math.max(top, p.density().applyAsDouble(p.lo() + (p.hi() - p.lo()) * s / 200));
        }
        for (double v : h) {
            top = Math.max(top, v);
        }
        top *= 1.1;
        double base = TOP + PANEL_H;
        double scaleY = (PANEL_H - 18) / top;
        double barW = (double) PANEL_W / p.bins();
        for (int b = 0; b < h.length; b++) {
            double bh = h[b] * scaleY;
            svg.rect(x0 + b * barW, base - bh, barW, bh, BAR, "#ffffff", 0.5);
        }
        double px = x0;
        double py = base - p.density().applyAsDouble(p.lo()) * scaleY;
        for (int s = 1; s <= 120; s++) {
            double x = p.lo() + (p.hi() - p.lo()) * s / 120;
            double nx = x0 + PANEL_W * s / 120.0;
            double ny = base - p.density().applyAsDouble(x) * scaleY;
            svg.line(px, py, nx, ny, CURVE, 1.6);
            px = nx;
            py = ny;
        }
        svg.line(x0, base, x0 + PANEL_W, base, "#444444", 1);
        svg.text(x0, base + 14, label(p.lo()), Svg.MONO, 10, "start", "#444444", false);
        svg.text(x0 + PANEL_W, base + 14, label(p.hi()), Svg.MONO, 10, "end", "#444444", false);
        svg.text(x0 + PANEL_W / 2.0, TOP + 4, p.title(), Svg.MONO, 10, "middle", "#222222",
                false);
        svg.text(x0 + PANEL_W / 2.0, base + 28, "n = " + String.format(Locale.ROOT, "%,d",
                p.samples().length) + ", " + p.bins() + " bins", Svg.SANS, 10, "middle",
                "#444444", false);
    }

    private static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
