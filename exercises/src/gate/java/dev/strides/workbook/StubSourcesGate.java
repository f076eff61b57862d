package dev.strides.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Gate 3: the stubs are stubs. Read from source, every exercise class under
 * {@code exercises/src/main/java/dev/strides/exercises}
 * <ul>
 *   <li>belongs to a catalogue row and tells the learner to "edit only src/main";</li>
 *   <li>uses nothing but the JDK ({@code java.*}), the library ({@code dev.strides.np},
 *       {@code dev.strides.ndarray}, the chapter packages) and {@link NotSolved}: never another
 *       exercise, the workbook, or a solution;</li>
 *   <li>has only method bodies that are exactly {@code throw new NotSolved("<its id>");}
 *       (constructors may be empty), and no code outside methods.</li>
 * </ul>
 * Exercise tests may use JUnit, AssertJ, the JDK and the library, and the stub of their
 * package: nothing from the workbook, so they compile against the solutions too.
 */
class StubSourcesGate {

    static final String NOT_SOLVED = NotSolved.class.getName();

    @TestFactory
    Stream<DynamicTest> everyStubOnlyThrowsNotSolved() {
        Map<String, Question> byExercise = Gates.catalogue().questions().stream()
                .collect(Collectors.toMap(Question::stubClassName, Function.identity()));
        Path root = Gates.PROJECT.stubSources();
        return javaFiles(root).stream().map(file -> DynamicTest.dynamicTest(
                Gates.PROJECT.show(file), () -> {
                    String className = className(root, file);
                    Question q = byExercise.get(className);
                    Gates.failOn(q == null ? className : q.id(), q == null
                            ? List.of(Gates.PROJECT.show(file) + " is not the exercise of any "
                                    + "catalogue row (column exercise)")
                            : stubProblems(q.id(), file));
                }));
    }

    @TestFactory
    Stream<DynamicTest> exerciseTestsUseOnlyTheLibraryAndTestTools() {
        Path root = Gates.PROJECT.testSources();
        return javaFiles(root).stream().map(file -> DynamicTest.dynamicTest(
                Gates.PROJECT.show(file), () -> Gates.failOn(className(root, file),
                        referenceProblems(JavaSource.read(file), true))));
    }

    static List<String> stubProblems(String id, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stubProblems(id, text);
    }

    /** Everything wrong with the stub source {@code text} of question {@code id}. */
    static List<String> stubProblems(String id, String text) {
        JavaSource source = JavaSource.parse(text);
        List<String> problems = new ArrayList<>(source.problems());
        if (!text.toLowerCase(Locale.ROOT).contains("edit only src/main")) {
            problems.add("the javadoc must tell the learner to \"edit only src/main\"");
        }
        problems.addAll(referenceProblems(source, false));
        String expected = "throw new NotSolved ( \"" + id + "\" ) ;";
        if (source.bodies().stream().allMatch(JavaSource.Body::constructor)) {
            problems.add("no method throws NotSolved: there is nothing to solve");
        }
        for (JavaSource.Body body : source.bodies()) {
            boolean emptyConstructor = body.constructor() && body.body().isEmpty();
            if (!emptyConstructor && !body.text().equals(expected)) {
                problems.add("line " + body.line() + ": the body of " + body.name()
                        + " must be exactly `throw new NotSolved(\"" + id + "\");` but is `"
                        + shorten(body.text()) + "`");
            }
        }
        return problems;
    }

    /** Imports and qualified names outside what a stub ({@code test=false}) or test may use. */
    static List<String> referenceProblems(JavaSource source, boolean test) {
        List<String> problems = new ArrayList<>();
        for (String imported : source.imports()) {
            String name = imported.startsWith("static ") ? imported.substring(7) : imported;
            if (!allowed(name, test)) {
                problems.add("imports " + name + ": " + (test
                        ? "tests may use java.*, org.junit.*, org.assertj.* and the library"
                        : "stubs may use java.*, the library (dev.strides.np, "
                                + "dev.strides.ndarray, ...) and " + NOT_SOLVED));
            }
        }
        for (String name : source.qualifiedNames()) {
            if (!allowed(name, test)) {
                problems.add("refers to " + name + ", which is not the library");
            }
        }
        return problems;
    }

    private static boolean allowed(String name, boolean test) {
        if (name.startsWith("java.")) {
            return true;
        }
        if (test && (name.startsWith("org.junit.") || name.startsWith("org.assertj."))) {
            return true;
        }
        if (!test && name.equals(NOT_SOLVED)) {
            return true;
        }
        return name.startsWith("dev.strides.") && !name.startsWith("dev.strides.exercises")
                && !name.startsWith("dev.strides.workbook");
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static List<Path> javaFiles(Path root) {
        Path dir = root.resolve(Question.EXERCISE_PACKAGE.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    }
}
