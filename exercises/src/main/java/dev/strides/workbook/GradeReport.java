package dev.strides.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A grade report for a teacher: one CSV row per question and a Markdown summary with a score
 * per chapter, written from one run of all ready questions.
 *
 * <p>Score of a chapter = solved questions / ready questions of the chapter; the share of
 * passing tests is given beside it as partial credit. Chapters that are not ready are listed
 * but not scored.
 */
final class GradeReport {

    static final String CSV_FILE = "workbook-report.csv";
    static final String MARKDOWN_FILE = "workbook-report.md";

    private GradeReport() {
    }

    /** Writes both files into {@code dir} (created if needed) and returns their paths. */
    static List<Path> write(Path dir, Catalogue catalogue, Map<String, QuestionResult> results) {
        try {
            Files.createDirectories(dir);
            Path csv = dir.resolve(CSV_FILE);
            Path markdown = dir.resolve(MARKDOWN_FILE);
            Files.writeString(csv, csv(catalogue, results), StandardCharsets.UTF_8);
            Files.writeString(markdown, markdown(catalogue, results), StandardCharsets.UTF_8);
            return List.of(csv, markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir, e);
        }
    }

    static String csv(Catalogue catalogue, Map<String, QuestionResult> results) {
        StringBuilder csv = new StringBuilder(
                "id,chapter,title,status,state,tests,passed,failed,not_solved\n");
        for (Question q : catalogue.questions()) {
            QuestionResult r = QuestionResult.of(q, results);
            csv.append(String.join(",", q.id(), q.chapter(), quote(q.title()), q.status(),
                    r.state().label(), String.valueOf(r.tests().size()),
                    String.valueOf(r.passed()), String.valueOf(r.failed()),
                    String.valueOf(r.notSolved()))).append('\n');
        }
        return csv.toString();
    }

    static String markdown(Catalogue catalogue, Map<String, QuestionResult> results) {
        List<String> md = new ArrayList<>();
        md.add("# Strides workbook report");
        md.add("");
        md.add("Generated " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .replaceFirst("\\.\\d+", "") + ". Score = solved questions / ready questions; "
                + "tests passed is partial credit.");
        md.add("");
        md.add("| chapter | solved | ready | score | tests passed |");
        md.add("|---|---:|---:|---:|---:|");
        int solved = 0;
        int ready = 0;
        int passed = 0;
        int tests = 0;
        for (Map.Entry<String, List<Question>> chapter : catalogue.byChapter().entrySet()) {
            int cSolved = 0;
            int cReady = 0;
            int cPassed = 0;
            int cTests = 0;
            for (Question q : chapter.getValue()) {
                QuestionResult r = QuestionResult.of(q, results);
                if (q.isReady()) {
                    cReady++;
                    cSolved += r.state() == QuestionResult.State.SOLVED ? 1 : 0;
                    cPassed += r.passed();
                    cTests += r.tests().size();
                }
            }
            md.add(cReady == 0
                    ? "| " + chapter.getKey() + " | - | 0 | not ready | - |"
                    : "| " + chapter.getKey() + " | " + cSolved + " | " + cReady + " | "
                            + Screen.percent(cSolved, cReady) + " | " + cPassed + "/" + cTests
                            + " |");
            solved += cSolved;
            ready += cReady;
            passed += cPassed;
            tests += cTests;
        }
        md.add("| **total** | **" + solved + "** | **" + ready + "** | **"
                + Screen.percent(solved, ready) + "** | **" + passed + "/" + tests + "** |");
        md.add("");
        md.add("## Questions");
        md.add("");
        md.add("| id | chapter | question | state | tests passed |");
        md.add("|---|---|---|---|---:|");
        for (Question q : catalogue.readyInStudyOrder()) {
            QuestionResult r = QuestionResult.of(q, results);
            md.add("| " + q.id() + " | " + q.chapter() + " | " + q.title().replace("|", "\\|")
                    + " | " + r.state().label() + " | " + r.passed() + "/" + r.tests().size()
                    + " |");
        }
        md.add("");
        return String.join("\n", md);
    }


    // RFC 4180: quote a cell that holds a comma, quote or line break; double inner quotes.
    private static String quote(String cell) {
        return cell.matches("(?s).*[\",\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
