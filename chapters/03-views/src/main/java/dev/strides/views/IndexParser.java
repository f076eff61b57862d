package dev.strides.views;

import dev.strides.ndarray.JavaArrays;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads NumPy's index syntax from a string, the text between the brackets of {@code a[...]}:
 *
 * <pre>
 * index := [part {',' part} [',']] | '()'
 * part  := slice | integer | 'None' | 'np.newaxis' | 'newaxis' | '...' | 'Ellipsis'
 *        | 'True' | 'False' | list
 * slice := [integer] ':' [integer] [':' [integer]]
 * list  := '[' [item {',' item} [',']] ']'     item := list | integer | 'True' | 'False'
 * </pre>
 *
 * <p>Lists become arrays as NumPy makes them from Python lists: all booleans give a mask, integers
 * (with booleans counted as 0/1) an integer array, {@code []} an empty integer array. Anything
 * else — a variable name, a float, an expression — is refused with the column where reading
 * stopped. Arrays that are not literals are passed as typed {@link Index} values instead.
 */
final class IndexParser {

    private final String text;
    private int pos;

    private IndexParser(String text) {
        this.text = text;
    }

    static Index[] parse(String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("index expression is null");
        }
        return new IndexParser(expression).parseIndex();
    }

    /** The whole expression: parts separated by commas (a trailing comma is allowed). */
    private Index[] parseIndex() {
        List<Index> parts = new ArrayList<>();
        if (text.strip().equals("()")) {
            return new Index[0];                       // a[()]: the empty tuple
        }
        skipSpaces();
        while (pos < text.length()) {
            parts.add(parsePart());
            skipSpaces();
            if (pos < text.length()) {
                expect(',');
                skipSpaces();
            }
        }
        return parts.toArray(Index[]::new);
    }

    /** One part: what a word or a number starts decides its kind. */
    private Index parsePart() {
        if (peek() == '[') {
            return Index.array(Index.fromList(JavaArrays.array(parseList())));
        }
        for (String word : new String[] {"np.newaxis", "newaxis", "None"}) {
            if (acceptWord(word)) {
                return Index.NEWAXIS;
            }
        }
        if (accept("...") || acceptWord("Ellipsis")) {
            return Index.ELLIPSIS;
        }
        if (acceptWord("True")) {                      // 0-d masks
            return Index.of(Boolean.TRUE);
        }
        if (acceptWord("False")) {
            return Index.of(Boolean.FALSE);
        }
        // tag::parse[]
        Integer start = parseOptionalInteger();
        skipSpaces();
        if (!accept(":")) {                            // a lone integer
            if (start == null) {
                throw error("expected an integer, a slice, None, ..., True, False or a list");
            }
            return new Index.Int(lastInteger);
        }
        Integer stop = parseOptionalInteger();
        skipSpaces();
        Integer step = accept(":") ? parseOptionalInteger() : null;
        return new Index.Slice(start, stop, step);
    }
    // end::parse[]

    /** A nested list of Longs and Booleans, as Object[] for {@link JavaArrays#array}. */
    private Object[] parseList() {
        expect('[');
        List<Object> items = new ArrayList<>();
        skipSpaces();
        while (peek() != ']') {
            if (peek() == '[') {
                items.add(parseList());
            } else if (acceptWord("True")) {
                items.add(Boolean.TRUE);
            } else if (acceptWord("False")) {
                items.add(Boolean.FALSE);
            } else if (parseOptionalInteger() != null) {
                items.add(lastInteger);
            } else {
                throw error("expected an integer, True, False or a list inside a list");
            }
            skipSpaces();
            if (peek() != ']') {
                expect(',');
                skipSpaces();
            }
        }
        expect(']');
        return items.toArray();
    }

    private long lastInteger;

    /**
     * An optional signed decimal integer; its full value goes to {@link #lastInteger}, the
     * returned Integer is clamped to the int range (as Python clamps slice bounds to the axis).
     */
    private Integer parseOptionalInteger() {
        skipSpaces();
        int begin = pos;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            pos = begin;
            return null;
        }
        boolean glued = pos < text.length()
                && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '.');
        if (glued) {                                   // 1.5, 2e3, 3j: not integers
            throw error("only integers are allowed in an index");
        }
        try {
            lastInteger = Long.parseLong(text.substring(begin, pos).replace("+", ""));
        } catch (NumberFormatException e) {
            throw error("integer out of range");
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, lastInteger));
    }

    private boolean acceptWord(String word) {
        if (text.startsWith(word, pos)) {
            int end = pos + word.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    && text.charAt(end) != '_' && text.charAt(end) != '.') {
                pos = end;
                return true;
            }
        }
        return false;
    }

    private boolean accept(String token) {
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("invalid index expression \"" + text + "\": " + what
                + " at column " + (pos + 1));
    }
}
