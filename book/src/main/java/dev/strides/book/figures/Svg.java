package dev.strides.book.figures;

import java.util.Locale;

/**
 * A minimal SVG writer for the book's figures: rectangles, text, lines and paths, in user units
 * (1 unit = 1 CSS pixel), written in call order so the output is byte-for-byte reproducible.
 *
 * <p>Text uses the font families of the PDF theme ({@code src/docs/theme/strides-theme.yml}),
 * because the PDF converter (prawn-svg) resolves an SVG font family against the fonts the theme
 * registered and falls back to an unembedded standard font for generic names such as
 * {@code sans-serif}. The generic name follows as the browser's fallback.
 */
final class Svg {

    /** Proportional text: the theme's body font. */
    static final String SANS = "'Noto Sans', sans-serif";
    /** Numbers, indexes and code: the theme's code font. */
    static final String MONO = "'M+ 1mn', monospace";

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A filled rectangle with a stroke; {@code stroke} may be {@code "none"}. */
    Svg rect(double x, double y, double w, double h, String fill, String stroke,
             double strokeWidth) {
        body.append(String.format(Locale.ROOT,
                "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\" stroke=\"%s\""
                        + " stroke-width=\"%s\"/>%n",
                num(x), num(y), num(w), num(h), fill, stroke, num(strokeWidth)));
        return this;
    }

    /** Text at baseline point ({@code x}, {@code y}); {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String family, double size, String anchor,
             String fill, boolean bold) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" font-family=\"%s\" font-size=\"%s\" text-anchor=\"%s\""
                        + " fill=\"%s\"%s>%s</text>%n",
                num(x), num(y), family, num(size), anchor, fill,
                bold ? " font-weight=\"bold\"" : "", escape(text)));
        return this;
    }

    /** A straight line. */
    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\""
                        + " stroke-width=\"%s\"/>%n",
                num(x1), num(y1), num(x2), num(y2), stroke, num(strokeWidth)));
        return this;
    }

    /** A closed, filled polygon through the given x, y pairs. */
    Svg polygon(String fill, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < xy.length; k += 2) {
            points.append(k == 0 ? "" : " ").append(num(xy[k])).append(',').append(num(xy[k + 1]));
        }
        body.append("<polygon points=\"").append(points).append("\" fill=\"").append(fill)
                .append("\"/>\n");
        return this;
    }

    /** The complete document. */
    @Override
    public String toString() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
    }

    // Whole numbers without a decimal point keep the files short and diffable.
    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
