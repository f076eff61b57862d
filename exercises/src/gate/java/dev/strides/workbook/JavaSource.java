package dev.strides.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Just enough of a Java reader for the gates: the imports, the qualified names used, and the
 * body of every method and constructor of a source file, with comments removed.
 *
 * <p>It tokenises the text (identifiers, literals, one- and two-character symbols; comments and
 * whitespace dropped), then walks the braces: a block whose header names a {@code class},
 * {@code interface}, {@code enum} or {@code record} is a type body and is walked in turn; a
 * block after a parameter list (or the name of a record, for a compact constructor) is a method
 * body; an array initializer after {@code =} is part of a field. Any other block (an
 * initializer, a lambda or anonymous class in a field) is reported as "code outside a method",
 * because a stub must not hide work there. It is not a parser: it trusts that the file compiles.
 */
final class JavaSource {

    enum Kind { IDENT, STRING, CHAR, NUMBER, SYMBOL }

    record Token(Kind kind, String text, int line) {
    }

    /** A method or constructor body; {@code body} are its tokens between the braces. */
    record Body(String name, boolean constructor, int line, List<Token> body) {

        /** The body as compact text, tokens separated by single spaces. */
        String text() {
            return String.join(" ", body.stream().map(Token::text).toList());
        }
    }

    // operators read as one token, so that a body shows as `a . size ( ) == 0`
    private static final Set<String> TWO_CHAR_SYMBOLS = Set.of("->", "::", "==", "!=", "<=",
            ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=");

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum",
            "record");

    private final List<Token> tokens;
    private final List<String> imports = new ArrayList<>();
    private final List<String> qualifiedNames = new ArrayList<>();
    private final List<Body> bodies = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private JavaSource(String text) {
        this.tokens = tokenize(text);
        readNames();
        walkMembers(0, tokens.size(), "", false);
    }

    static JavaSource parse(String text) {
        return new JavaSource(text);
    }

    static JavaSource read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imported names as written, {@code static } prefixed for static imports. */
    List<String> imports() {
        return imports;
    }

    /** Every dotted name in the code that starts with {@code dev.strides.}, outside imports. */
    List<String> qualifiedNames() {
        return qualifiedNames;
    }

    /** Method and constructor bodies, in file order, nested types included. */
    List<Body> bodies() {
        return bodies;
    }

    /** Blocks that are neither a type, a method nor an array initializer, with their line. */
    List<String> problems() {
        return problems;
    }

    List<Token> tokens() {
        return tokens;
    }

    // ---- tokens

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            int startLine = line;
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                line += count(s, start, i);
            } else if (s.startsWith("\"\"\"", i)) {
                i = skipQuoted(s, i + 3, "\"\"\"");
                line += count(s, start, i);
                out.add(new Token(Kind.STRING, s.substring(start, i), startLine));
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(s, i + 1, String.valueOf(c));
                out.add(new Token(c == '"' ? Kind.STRING : Kind.CHAR, s.substring(start, i),
                        startLine));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Kind.IDENT, s.substring(start, i), startLine));
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                        || s.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(Kind.NUMBER, s.substring(start, i), startLine));
            } else {
                i += i + 1 < n && TWO_CHAR_SYMBOLS.contains(s.substring(i, i + 2)) ? 2 : 1;
                out.add(new Token(Kind.SYMBOL, s.substring(start, i), startLine));
            }
        }
        return out;
    }

    // Index just past the closing quote, honouring backslash escapes.
    private static int skipQuoted(String s, int i, String quote) {
        while (i < s.length()) {
            if (s.charAt(i) == '\\') {
                i += 2;
            } else if (s.startsWith(quote, i)) {
                return i + quote.length();
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            lines += s.charAt(i) == '\n' ? 1 : 0;
        }
        return lines;
    }

    // ---- structure

    // Imports, and the dev.strides names used outside imports and the package declaration.
    private void readNames() {
        for (int i = 0; i < tokens.size(); i++) {
            if (is(i, "import") && (i == 0 || is(i - 1, ";") || is(i - 1, "}"))) {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                if (is(j, "static")) {
                    name.append("static ");
                    j++;
                }
                for (; j < tokens.size() && !is(j, ";"); j++) {
                    name.append(tokens.get(j).text());
                }
                imports.add(name.toString());
                i = j;
            } else if (is(i, "dev") && is(i + 1, ".") && is(i + 2, "strides")
                    && !is(i - 1, "package") && !is(i - 1, ".")) {
                StringBuilder name = new StringBuilder("dev");
                int j = i + 1;
                while (is(j, ".") && j + 1 < tokens.size()
                        && tokens.get(j + 1).kind() == Kind.IDENT) {
                    name.append('.').append(tokens.get(j + 1).text());
                    j += 2;
                }
                qualifiedNames.add(name.toString());
            }
        }
    }

    /**
     * Walks the members between {@code from} and {@code to} (exclusive) of a type named
     * {@code typeName} ("" at the top level of the file).
     */
    private void walkMembers(int from, int to, String typeName, boolean isRecord) {
        int header = from;
        int parens = 0;
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            if (tokens.get(i).kind() != Kind.SYMBOL) {
                continue;
            }
            switch (t) {
                case "(" -> parens++;
                case ")" -> parens--;
                case ";" -> {
                    if (parens == 0) {
                        header = i + 1;
                    }
                }
                case "{" -> {
                    if (parens > 0) {
                        i = matching(i); // an annotation's array value
                        continue;
                    }
                    int close = matching(i);
                    if (classify(header, i, close, typeName, isRecord)) {
                        header = close + 1;
                    }
                    i = close;
                }
                default -> {
                }
            }
        }
    }

    /** Handles the block opened at {@code open}; returns whether it ended the member. */
    private boolean classify(int header, int open, int close, String typeName,
                             boolean isRecord) {
        int line = tokens.get(open).line();
        int depth = 0;
        for (int k = header; k < open; k++) {
            depth += is(k, "(") ? 1 : is(k, ")") ? -1 : 0;
            // a type keyword outside parentheses and followed by a name (not "Foo.class")
            if (depth == 0 && tokens.get(k).kind() == Kind.IDENT
                    && TYPE_KEYWORDS.contains(text(k)) && !is(k - 1, ".") && k + 1 < open
                    && tokens.get(k + 1).kind() == Kind.IDENT) {
                walkMembers(open + 1, close, text(k + 1), text(k).equals("record"));
                return true;
            }
        }
        int end = open;
        for (int k = header; k < open; k++) {
            if (is(k, "throws")) {
                end = k;
                break;
            }
        }
        boolean field = false;
        for (int k = header; k < open; k++) {
            field |= is(k, "=");
        }
        if (field) {
            if (is(open - 1, "=") || is(open - 1, "]") || is(open - 1, ",")
                    || is(open - 1, "{")) {
                return false; // an array initializer: the field goes on to its ';'
            }
            problems.add("line " + line + ": code outside a method (a block in a field "
                    + "initializer: lambda or anonymous class)");
            return false;
        }
        if (end > header && is(end - 1, ")")) {
            int paren = openingParen(end - 1);
            String name = paren > header ? text(paren - 1) : "?";
            bodies.add(new Body(name, name.equals(typeName), line,
                    tokens.subList(open + 1, close)));
            return true;
        }
        if (isRecord && open - 1 >= header && text(open - 1).equals(typeName)) {
            bodies.add(new Body(typeName, true, line, tokens.subList(open + 1, close)));
            return true;
        }
        problems.add("line " + line + ": code outside a method (an initializer or other "
                + "block)");
        return true;
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.SYMBOL) {
                if (is(i, "{")) {
                    depth++;
                } else if (is(i, "}") && --depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    private int openingParen(int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (tokens.get(i).kind() == Kind.SYMBOL) {
                if (is(i, ")")) {
                    depth++;
                } else if (is(i, "(") && --depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean is(int i, String text) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equals(text)
                && tokens.get(i).kind() != Kind.STRING && tokens.get(i).kind() != Kind.CHAR;
    }

    private String text(int i) {
        return tokens.get(i).text();
    }
}
