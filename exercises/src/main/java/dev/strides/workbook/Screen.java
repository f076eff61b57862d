package dev.strides.workbook;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the runner prints: the progress table and the outcome of one question.
 *
 * <p>Output is plain ASCII so it reads the same in any terminal and locale; colour (ANSI) is
 * added only when {@code ./workbook} writes to a terminal and {@code NO_COLOR} is unset.
 */
final class Screen {

    private static final int TITLE_WIDTH = 58;
    private static final int BAR_WIDTH = 30;
    private static final int WRAP = 100; // columns of wrapped prose (hints)
    private static final int MESSAGE_LINES = 8; // of a failure message; the rest is elided

    private final PrintStream out;
    private final boolean color;

    Screen(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    /**
     * Prints every question grouped by chapter with its state, per-chapter counts and an overall
     * progress bar. {@code stateOf} gives each question's state; when {@code ran} is false the
     * tests were not run and ready questions show as "ready".
     */
    void table(Catalogue catalogue, Function<Question, QuestionResult.State> stateOf,
               boolean ran) {
        int solved = 0;
        int ready = 0;
        for (Map.Entry<String, List<Question>> chapter : catalogue.byChapter().entrySet()) {
            List<Question> questions = chapter.getValue();
            long chapterReady = questions.stream().filter(Question::isReady).count();
            long chapterSolved = questions.stream()
                    .filter(q -> stateOf.apply(q) == QuestionResult.State.SOLVED).count();
            ready += (int) chapterReady;
            solved += (int) chapterSolved;
            out.println();
            if (chapterReady == 0) {
                out.println(paint("1", chapter.getKey()) + paint("2", "   chapter not ready ("
                        + questions.size() + " questions)"));
            } else if (ran) {
                out.println(paint("1", chapter.getKey()) + "   " + bar(chapterSolved,
                        questions.size(), 12) + "  " + chapterSolved + "/" + questions.size()
                        + " solved" + otherCounts(questions, stateOf));
            } else {
                out.println(paint("1", chapter.getKey()) + "   " + chapterReady + "/"
                        + questions.size() + " ready");
            }
            for (Question q : questions) {
                QuestionResult.State state = stateOf.apply(q);
                String label = ran || !q.isReady() ? state.label() : "ready";
                out.println("  " + mark(state, ran) + " " + pad(q.id(), 5) + pad(
                        shorten(q.title(), TITLE_WIDTH), TITLE_WIDTH + 2) + paint(
                        colorOf(state, ran), label));
            }
        }
        out.println();
        int total = catalogue.questions().size();
        out.println(paint("1", "Progress") + "  " + bar(solved, total, BAR_WIDTH) + "  "
                + solved + "/" + total + " solved (" + percent(solved, total) + ")"
                + (ran ? ", " + solved + "/" + ready + " of the ready questions" : ""));
    }

    // ", 2 failing, 5 not started": how many questions of a chapter are in each open state
    private static String otherCounts(List<Question> questions,
                                      Function<Question, QuestionResult.State> stateOf) {
        StringBuilder counts = new StringBuilder();
        for (QuestionResult.State state : List.of(QuestionResult.State.FAILING,
                QuestionResult.State.NOT_STARTED, QuestionResult.State.NO_TESTS)) {
            long n = questions.stream().filter(q -> stateOf.apply(q) == state).count();
            if (n > 0) {
                counts.append(", ").append(n).append(' ').append(state.label());
            }
        }
        return counts.toString();
    }

    /** Prints one question's outcome: failing tests with message and place, then hints. */
    void question(Project project, QuestionResult result) {
        Question q = result.question();
        out.println(paint("1", q.id() + "  " + q.title()) + paint("2", "   [" + q.chapter()
                + (q.difficulty().equals("-") ? "" : ", " + q.difficulty()) + "]"));
        if (q.isReady()) {
            out.println("  exercise: " + project.show(project.stubSources().resolve(
                    q.stubSourcePath())) + "   (edit only src/main)");
            out.println("  tests:    " + project.show(project.testSources().resolve(
                    q.testSourcePath())) + "   (read-only)");
        }
        out.println();
        switch (result.state()) {
            case NOT_READY -> out.println("Its chapter (" + q.chapter()
                    + ") is not ready yet: there is no exercise to solve.");
            case NO_TESTS -> out.println("No tests tagged " + q.id() + " were found: the "
                    + "exercise content for this question has not landed yet.");
            case SOLVED -> {
                out.println(paint("32;1", q.id() + " solved!") + " All "
                        + result.tests().size() + " tests pass.");
                out.println("Next: ./workbook next");
            }
            case NOT_STARTED, FAILING -> failures(q, result);
        }
    }

    private void failures(Question q, QuestionResult result) {
        boolean started = result.state() != QuestionResult.State.NOT_STARTED;
        for (TestOutcome test : result.tests()) {
            if (test.passed()) {
                out.println("  " + paint("32", "PASS") + " " + test.name());
                continue;
            }
            out.println("  " + paint("31", "FAIL") + " " + test.name());
            if (test.skipped() != null) {
                out.println("       skipped: " + test.skipped());
            } else if (test.notSolved()) {
                if (started) { // before the start every test says the same: summed up below
                    out.println(paint("2", "       not solved yet: NotSolved at "
                            + test.location()));
                }
            } else {
                message(test.failure());
                if (!test.location().isEmpty()) {
                    out.println(paint("2", "       at " + test.location()));
                }
            }
        }
        out.println();
        if (!started) {
            out.println(paint("33", "Not started:") + " all " + result.tests().size()
                    + " tests fail because the stub still throws NotSolved in");
            result.tests().stream().map(TestOutcome::location).filter(at -> !at.isEmpty())
                    .distinct().sorted().forEach(at -> out.println("  " + at));
        } else {
            out.println(paint("31", "Failing:") + " " + result.passed() + " of "
                    + result.tests().size() + " tests pass.");
        }
        if (!q.hints().isEmpty()) {
            out.println();
            out.println(paint("1", "Hints"));
            for (int i = 0; i < q.hints().size(); i++) {
                out.println(wrap("  " + (i + 1) + ". ", q.hints().get(i)));
            }
        }
        out.println();
        out.println(wrap("", "Edit only src/main: change " + q.stubSourcePath().substring(
                q.stubSourcePath().lastIndexOf('/') + 1) + ", then run ./workbook " + q.id()
                + " again. The tests are read-only."));
    }

    // The failure's type (unless it is a plain assertion) and the first lines of its message.
    private void message(Throwable failure) {
        if (failure == null) {
            return;
        }
        String text = failure.getMessage() == null ? "" : failure.getMessage().strip();
        if (!(failure instanceof AssertionError)) {
            text = failure.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < Math.min(lines.length, MESSAGE_LINES); i++) {
            out.println("       " + shorten(lines[i], 160));
        }
        if (lines.length > MESSAGE_LINES) {
            out.println("       ...");
        }
    }

    void println(String line) {
        out.println(line);
    }

    String paint(String ansi, String text) {
        return color && !ansi.isEmpty() && !text.isEmpty() ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
    }

    private String mark(QuestionResult.State state, boolean ran) {
        if (!ran) {
            return state == QuestionResult.State.NOT_READY ? paint("2", "[-]") : "[ ]";
        }
        return switch (state) {
            case SOLVED -> paint("32", "[x]");
            case FAILING -> paint("31", "[!]");
            case NOT_STARTED -> "[ ]";
            case NO_TESTS -> paint("33", "[?]");
            case NOT_READY -> paint("2", "[-]");
        };
    }

    private static String colorOf(QuestionResult.State state, boolean ran) {
        if (!ran) {
            return state == QuestionResult.State.NOT_READY ? "2" : "";
        }
        return switch (state) {
            case SOLVED -> "32";
            case FAILING -> "31";
            case NOT_STARTED -> "";
            case NO_TESTS -> "33";
            case NOT_READY -> "2";
        };
    }

    private String bar(long done, long total, int width) {
        int filled = total == 0 ? 0 : (int) (done * width / total);
        return "[" + paint("32", "#".repeat(filled)) + "-".repeat(width - filled) + "]";
    }

    static String percent(long part, long total) {
        return total == 0 ? "0%" : Math.round(100.0 * part / total) + "%";
    }

    // Word-wraps text to WRAP columns, the first line after prefix, the others indented as far.
    private static String wrap(String prefix, String text) {
        StringBuilder wrapped = new StringBuilder(prefix);
        int column = prefix.length();
        for (String word : text.split(" ")) {
            if (column > prefix.length() && column + 1 + word.length() > WRAP) {
                wrapped.append('\n').append(" ".repeat(prefix.length()));
                column = prefix.length();
            } else if (column > prefix.length()) {
                wrapped.append(' ');
                column++;
            }
            wrapped.append(word);
            column += word.length();
        }
        return wrapped.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }
}
