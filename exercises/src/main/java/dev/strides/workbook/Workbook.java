package dev.strides.workbook;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbook runner behind {@code ./workbook}: progress over all questions, one question's
 * failures and hints, the next unsolved question, and a grade report.
 *
 * <p>It runs in one JVM: it recompiles the stubs the learner changed (see
 * {@link IncrementalCompiler}), then runs the exercise tests with the JUnit Platform Launcher
 * (see {@link ExerciseTests}). Exit status: 0 when the command succeeded (for a question: when
 * it is solved), 1 when a question is not solved or code does not compile, 2 for a usage error.
 */
public final class Workbook {

    static final String HELP = """
            Strides workbook: solve the NumPy interview questions by making their tests pass.

            Usage: ./workbook [command]
              (none)         progress of all questions (runs the tests of the ready chapters)
              Q003           run question Q003: its failing tests, messages and hints
              next           run the first question that is not solved yet
              list           the question list from the catalogue, without running anything
              report [dir]   write a grade report (CSV + Markdown) for a teacher
                             (default dir: exercises/target/workbook-report)
              build          rebuild the project with Maven (after pulling new chapters)
              help           this text

            How to study: run ./workbook next, open the exercise file it names in
            exercises/src/main/java, replace `throw new NotSolved(...)` with your solution and
            run ./workbook Q003 again until it says solved. Edit only src/main; the tests in
            exercises/src/test are read-only. The book (book/target/generated-docs) explains
            every question; reference solutions are in solutions/src/main/java.
            """;

    private final Project project;
    private final Screen screen;

    Workbook(Project project, Screen screen) {
        this.project = project;
        this.screen = screen;
    }

    public static void main(String[] args) {
        boolean color = Boolean.getBoolean("workbook.color");
        PrintStream out = System.out;
        int status;
        try {
            status = new Workbook(Project.locate(), new Screen(out, color)).run(args);
        } catch (ExerciseTests.StuckTest e) {
            out.println(e.getMessage());
            status = 1;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            out.flush();
            System.err.println("workbook: " + e.getMessage());
            status = 2;
        }
        out.flush();
        // a stuck test leaves its thread spinning: end the JVM explicitly
        System.exit(status);
    }

    int run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        Catalogue catalogue = Catalogue.read(project.catalogueFile());
        return switch (command) {
            case "" -> progress(catalogue);
            case "list" -> list(catalogue);
            case "next" -> next(catalogue);
            case "report" -> report(catalogue, args.length > 1 ? Path.of(args[1])
                    : project.root().resolve("exercises/target/workbook-report"));
            case "help", "-h", "--help" -> {
                screen.println(HELP);
                yield 0;
            }
            default -> {
                Optional<Question> question = catalogue.find(command);
                if (question.isEmpty()) {
                    throw new IllegalArgumentException("unknown command or question id '"
                            + command + "'; see ./workbook help");
                }
                yield one(question.get());
            }
        };
    }

    private int list(Catalogue catalogue) {
        screen.table(catalogue, q -> QuestionResult.notReady(q).state(), false);
        screen.println("");
        screen.println("Run ./workbook to see which of the ready questions you have solved.");
        return 0;
    }

    private int progress(Catalogue catalogue) {
        if (!compile()) {
            return 1;
        }
        Map<String, QuestionResult> results = ExerciseTests.run(catalogue.readyInStudyOrder());
        screen.table(catalogue, q -> QuestionResult.of(q, results).state(), true);
        firstUnsolved(catalogue, results).ifPresentOrElse(
                q -> screen.println("Next: ./workbook " + q.id() + "   (" + q.title() + ")"),
                () -> screen.println("Every ready question is solved."));
        Path html = project.bookOutput().resolve("index.html");
        Path pdf = project.bookOutput().resolve("index.pdf");
        if (Files.exists(html) || Files.exists(pdf)) {
            screen.println("");
            screen.println("The book: " + (Files.exists(html) ? project.show(html) : "")
                    + (Files.exists(html) && Files.exists(pdf) ? " and " : "")
                    + (Files.exists(pdf) ? project.show(pdf) : ""));
        }
        return 0;
    }

    private int next(Catalogue catalogue) {
        if (!compile()) {
            return 1;
        }
        Map<String, QuestionResult> results = ExerciseTests.run(catalogue.readyInStudyOrder());
        Optional<Question> next = firstUnsolved(catalogue, results);
        if (next.isEmpty()) {
            screen.println("Every ready question is solved. More arrive with new chapters: "
                    + "./workbook list shows them.");
            return 0;
        }
        screen.question(project, results.get(next.get().id()));
        return 1;
    }

    private int one(Question question) {
        if (!question.isReady()) {
            screen.question(project, QuestionResult.notReady(question));
            return 1;
        }
        if (!compile()) {
            return 1;
        }
        QuestionResult result = ExerciseTests.run(List.of(question)).get(question.id());
        screen.question(project, result);
        return result.state() == QuestionResult.State.SOLVED ? 0 : 1;
    }

    private int report(Catalogue catalogue, Path dir) {
        if (!compile()) {
            return 1;
        }
        Map<String, QuestionResult> results = ExerciseTests.run(catalogue.readyInStudyOrder());
        List<Path> files = GradeReport.write(dir, catalogue, results);
        long solved = results.values().stream()
                .filter(r -> r.state() == QuestionResult.State.SOLVED).count();
        screen.println("Solved " + solved + " of " + results.size() + " ready questions.");
        files.forEach(f -> screen.println("Wrote " + project.show(f)));
        return 0;
    }

    // Compiles what the learner changed; on errors prints them and returns false.
    private boolean compile() {
        IncrementalCompiler compiler = new IncrementalCompiler(project, readClasspath());
        List<IncrementalCompiler.Problem> problems = compiler.compileStubs();
        if (problems.isEmpty()) {
            problems = compiler.compileTests();
        }
        if (problems.isEmpty()) {
            return true;
        }
        screen.println(screen.paint("31;1", "Your code does not compile yet:"));
        problems.forEach(p -> screen.println("  " + p));
        screen.println("");
        screen.println("Fix these first (edit only src/main), then run ./workbook again.");
        return false;
    }

    private String readClasspath() {
        try {
            return Files.readString(project.classpathFile(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("the project is not built yet ("
                    + project.show(project.classpathFile()) + " is missing): run ./workbook "
                    + "build", e);
        }
    }

    private static Optional<Question> firstUnsolved(Catalogue catalogue,
                                                    Map<String, QuestionResult> results) {
        return catalogue.readyInStudyOrder().stream()
                .filter(q -> QuestionResult.of(q, results).state().isOpen())
                .findFirst();
    }
}
