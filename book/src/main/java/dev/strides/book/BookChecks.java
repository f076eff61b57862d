package dev.strides.book;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the rendered book, after rendering, and fails the build if it would need the network
 * or a font the reader may not have.
 *
 * <ul>
 *   <li>HTML: no resource (stylesheet, script, image, font, CSS {@code url()} or
 *       {@code @import}) is loaded from a remote address, and no CDN or web-font host is named
 *       anywhere. Hyperlinks a reader may click ({@code <a href>}) are allowed and counted.</li>
 *   <li>PDF: every font is embedded. A Type 1 font without a font descriptor is one of the
 *       standard 14 (Helvetica, Times, Courier...), which the viewer substitutes; this is what
 *       an SVG with {@code font-family="sans-serif"} turns into.</li>
 * </ul>
 */
public final class BookChecks {

    /** Hosts that serve web fonts, icon fonts and scripts to pages. */
    private static final List<String> CDN_HOSTS = List.of("fonts.googleapis", "fonts.gstatic",
            "cdnjs.", "jsdelivr", "unpkg.", "maxcdn.", "bootstrapcdn", "cdn.");

    /** A tag with a {@code src} or {@code href} attribute: group 1 the tag name, 2 the value. */
    private static final Pattern RESOURCE = Pattern.compile(
            "<(\\w+)[^>]*?\\s(?:src|href)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile(
            "(?:url\\(\\s*[\"']?|@import\\s+[\"'])([^\"')\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_IMPORT_COMMENT = Pattern.compile(
            "/\\*[^*]*@import\\s+[\"']?(?:https?:)?//[^*]*\\*/\\n?");
    private static final Pattern PDF_OBJECT = Pattern.compile("(?s)\\d+ 0 obj(.*?)endobj");

    private BookChecks() {
    }

    /** Checks the HTML file {@code args[0]} and the PDF file {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BookChecks <index.html> <index.pdf>");
        }
        List<String> problems = new ArrayList<>();
        Path htmlFile = Path.of(args[0]);
        String rendered = Files.readString(htmlFile, StandardCharsets.UTF_8);
        String html = withoutRemoteImportComments(rendered);
        if (!html.equals(rendered)) {
            Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        }
        long hyperlinks = checkHtml(html, problems);
        // PDF syntax is ASCII around binary streams; Latin-1 maps every byte to one char.
        String pdf = Files.readString(Path.of(args[1]), StandardCharsets.ISO_8859_1);
        int fonts = checkPdf(pdf, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("book check: " + p));
            System.exit(1);
        }
        System.out.printf("book checks: HTML loads nothing remote (%d remote URLs in all, %d of"
                + " them hyperlinks); PDF embeds all %d fonts%n", remoteUrls(html), hyperlinks,
                fonts);
    }

    /**
     * {@code html} without CSS comments that hold an {@code @import} of a remote stylesheet.
     * Asciidoctor's default stylesheet carries one, commented out, for Google Fonts: it loads
     * nothing, but an offline page should not name a web-font host at all. The stylesheet's
     * licence comment stays.
     */
    static String withoutRemoteImportComments(String html) {
        return REMOTE_IMPORT_COMMENT.matcher(html).replaceAll("");
    }

    /**
     * Adds to {@code problems} every remote resource of {@code html} and every CDN host it
     * names; returns the number of remote hyperlinks, which are allowed.
     */
    static long checkHtml(String html, List<String> problems) {
        long hyperlinks = 0;
        Matcher tag = RESOURCE.matcher(html);
        while (tag.find()) {
            if (isRemote(tag.group(2))) {
                if (tag.group(1).equalsIgnoreCase("a")) {
                    hyperlinks++;
                } else {
                    problems.add("HTML loads a remote resource: <" + tag.group(1) + " ... "
                            + tag.group(2) + ">");
                }
            }
        }
        Matcher css = CSS_URL.matcher(html);
        while (css.find()) {
            if (isRemote(css.group(1))) {
                problems.add("HTML stylesheet loads a remote resource: " + css.group(1));
            }
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String host : CDN_HOSTS) {
            if (lower.contains("//" + host) || lower.contains("." + host)) {
                problems.add("HTML names a CDN or web-font host: " + host);
            }
        }
        return hyperlinks;
    }

    // Every http(s) address written anywhere in the page, loaded or not.
    private static long remoteUrls(String html) {
        return Pattern.compile("https?://").matcher(html).results().count();
    }

    private static boolean isRemote(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//");
    }

    /**
     * Adds to {@code problems} every font of {@code pdf} that is not embedded; returns the
     * number of fonts found.
     */
    static int checkPdf(String pdf, List<String> problems) {
        int fonts = 0;
        Matcher object = PDF_OBJECT.matcher(pdf);
        while (object.find()) {
            String body = object.group(1);
            int streamStart = body.indexOf("stream");
            String dict = streamStart >= 0 ? body.substring(0, streamStart) : body;
            if (dict.matches("(?s).*/Type\\s*/Font\\b(?!Descriptor).*")) {
                fonts++;
                boolean type1 = dict.matches("(?s).*/Subtype\\s*/Type1\\b.*");
                if (type1 && !dict.contains("/FontDescriptor")) {
                    problems.add("PDF uses an unembedded standard font: " + baseFont(dict)
                            + " (an SVG font family the PDF theme does not define?)");
                }
            } else if (dict.matches("(?s).*/Type\\s*/FontDescriptor\\b.*")
                    && !dict.matches("(?s).*/FontFile[23]?\\b.*")) {
                problems.add("PDF font is described but not embedded: " + dict.strip());
            }
        }
        if (fonts == 0) {
            problems.add("PDF has no font objects: is it compressed into object streams? "
                    + "this check reads plain objects only");
        }
        return fonts;
    }

    private static String baseFont(String dict) {
        Matcher m = Pattern.compile("/BaseFont\\s*/([^\\s/>]+)").matcher(dict);
        return m.find() ? m.group(1) : "(no /BaseFont)";
    }
}
