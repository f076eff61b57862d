package dev.strides.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookChecksTest {

    @Test
    void localResourcesAndHyperlinksPass() {
        List<String> problems = new ArrayList<>();
        long hyperlinks = BookChecks.checkHtml("<link rel=\"stylesheet\" href=\"./font-awesome/css/"
                + "font-awesome.min.css\"><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"
                + "<a href=\"https://numpy.org/doc/\">NumPy</a>", problems);
        assertThat(problems).isEmpty();
        assertThat(hyperlinks).isEqualTo(1);
    }

    @Test
    void remoteStylesheetsScriptsAndFontsFail() {
        List<String> problems = new ArrayList<>();
        BookChecks.checkHtml("<link rel=\"stylesheet\" href=\"https://cdnjs.cloudflare.com/x.css\">"
                + "<script src=\"//example.org/highlight.min.js\"></script>"
                + "<style>@font-face{src:url(https://example.org/f.woff2)}</style>", problems);
        assertThat(problems).hasSize(4).anyMatch(p -> p.contains("cdnjs."))
                .anyMatch(p -> p.contains("<script ... //example.org/highlight.min.js>"))
                .anyMatch(p -> p.contains("https://example.org/f.woff2"));
    }

    @Test
    void theCommentedOutWebFontImportIsRemovedButTheLicenceStays() {
        String css = "<style>\n/*! Asciidoctor default stylesheet | MIT License |"
                + " https://asciidoctor.org */\n/* @import \"https://fonts.googleapis.com/css?"
                + "family=Open+Sans:300\"; */\nhtml{font-family:sans-serif}\n</style>";
        String cleaned = BookChecks.withoutRemoteImportComments(css);
        assertThat(cleaned).doesNotContain("googleapis").contains("MIT License")
                .contains("html{font-family:sans-serif}");
        List<String> problems = new ArrayList<>();
        BookChecks.checkHtml(cleaned, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnembeddedStandardFontFails() {
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                + " /Encoding /WinAnsiEncoding >>\nendobj\n";
        List<String> problems = new ArrayList<>();
        assertThat(BookChecks.checkPdf(pdf, problems)).isEqualTo(1);
        assertThat(problems).singleElement().asString().contains("Helvetica");
    }

    @Test
    void embeddedTrueTypeFontsPass() {
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Font /Subtype /TrueType /BaseFont"
                + " /ABCDEF+NotoSans /FontDescriptor 2 0 R >>\nendobj\n2 0 obj\n<< /Type"
                + " /FontDescriptor /FontName /ABCDEF+NotoSans /FontFile2 3 0 R >>\nendobj\n";
        List<String> problems = new ArrayList<>();
        assertThat(BookChecks.checkPdf(pdf, problems)).isEqualTo(1);
        assertThat(problems).isEmpty();
    }
}
