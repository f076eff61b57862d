package dev.strides.ndarray.print;

import dev.strides.ndarray.NDArray;
import java.util.function.LongConsumer;

/**
 * Nests formatted elements in brackets: NumPy's {@code _formatArray} and {@code _leading_trailing}.
 *
 * <p>The last axis is a row of words joined by the separator; a word that would pass the line
 * width starts a new line indented to just after the opening brackets. Every other axis stacks its
 * sub-arrays, one per line, separated by {@code ndim - axis - 1} newlines (a blank line between
 * 2-d blocks of a 3-d array). Each level of nesting indents by one more space and loses one column
 * to its closing bracket. When the array is summarised, an axis longer than {@code 2·edgeitems}
 * shows its first and last {@code edgeitems} entries around a {@code ...}.
 *
 * <p>Elements are located by the memory model, {@code offset + Σ index[k]·strides[k]}, so views
 * (transposed, reversed, sliced) print without being copied.
 */
final class Layout {

    private final int[] shape;
    private final long[] strides;
    private final long offset;
    private final String separator;
    private final int width;
    private final String nextLinePrefix;
    private final int edge;
    private final boolean summarise;
    private final ElementFormat format;

    Layout(NDArray a, PrintOptions options, String separator, int width, String nextLinePrefix) {
        this.shape = a.shape();
        this.strides = a.strides();
        this.offset = a.offset();
        this.separator = separator;
        this.width = width;
        this.nextLinePrefix = nextLinePrefix;
        this.edge = options.edgeitems();
        this.summarise = a.size() > options.threshold();
        this.format = ElementFormat.of(a.buffer(), a.dtype(), a.ndim() == 0, options,
                action -> visitShown(0, offset, action));
    }

    String format() {
        return nest(0, offset, nextLinePrefix, width);
    }

    // NumPy's _leading_trailing: the corners a summarised printout shows. With edgeitems=0 NumPy
    // keeps a[:0] and a[-0:], and a[-0:] is the whole axis, so all of it is measured.
    private void visitShown(int axis, long at, LongConsumer action) {
        if (axis == shape.length) {
            action.accept(at);
            return;
        }
        int n = shape[axis];
        long step = strides[axis];
        boolean corners = summarise && n > 2 * edge && edge > 0;
        for (int i = 0; i < n; i++) {
            if (corners && i == edge) {
                i = n - edge;                   // jump over the middle
            }
            visitShown(axis + 1, at + i * step, action);
        }
    }

    /** The sub-array at byte position {@code at} from {@code axis} on, as bracketed text. */
    private String nest(int axis, long at, String hangingIndent, int currentWidth) {
        if (axis == shape.length) {
            return format.format(at);
        }
        String body = axis == shape.length - 1
                ? row(at, hangingIndent, currentWidth)
                : stack(axis, at, hangingIndent, currentWidth);
        return "[" + body.substring(hangingIndent.length()) + "]";
    }

    // tag::row[]
    /** The last axis: words joined by the separator, wrapped at the line width. */
    private String row(long at, String indent, int currentWidth) {
        int axis = shape.length - 1;
        int n = shape[axis];
        long step = strides[axis];
        boolean summary = summarise && 2 * edge < n;
        int wordWidth = currentWidth - Math.max(separator.stripTrailing().length(), 1);
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < n; i++) {
            if (summary && i == edge) {
                addWord(s, line, "...", wordWidth, indent);
                line.append(separator);
                i = n - Math.max(edge, 1);            // the trailing items; the last one always
            }
            addWord(s, line, format.format(at + i * step), wordWidth, indent);
            if (i < n - 1) {
                line.append(separator);
            }
        }
        return s.append(line).toString();
    }
    // end::row[]

    // tag::stack[]
    /** Any other axis: sub-arrays one under the other, a blank line per extra dimension. */
    private String stack(int axis, long at, String indent, int currentWidth) {
        int n = shape[axis];
        long step = strides[axis];
        boolean summary = summarise && 2 * edge < n;
        String between = separator.stripTrailing() + "\n".repeat(shape.length - axis - 1);
        String innerIndent = indent + " ";           // align under the '[' just opened
        int innerWidth = currentWidth - 1;           // leave room for the closing ']'
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (summary && i == edge) {
                s.append(indent).append("...").append(between);
                i = n - Math.max(edge, 1);
            }
            s.append(indent).append(nest(axis + 1, at + i * step, innerIndent, innerWidth));
            if (i < n - 1) {
                s.append(between);
            }
        }
        return s.toString();
    }
    // end::stack[]

    /** NumPy's {@code _extendLine}: wrap before {@code word} if it would pass {@code lineWidth}. */
    private static void addWord(StringBuilder s, StringBuilder line, String word, int lineWidth,
                                String indent) {
        // a line holding only the indent is never wrapped: it would not help
        boolean wrap = line.length() + word.length() > lineWidth && line.length() > indent.length();
        if (wrap) {
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            s.append(line, 0, end).append('\n');
            line.setLength(0);
            line.append(indent);
        }
        line.append(word);
    }
}
