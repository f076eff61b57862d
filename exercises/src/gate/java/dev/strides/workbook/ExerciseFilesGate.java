package dev.strides.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.commons.annotation.Testable;

/**
 * Gate 1: every ready question has all its parts. The stub in {@code exercises/src/main}, a
 * test class tagged with the question id holding at least {@value #MIN_TESTS} tests that call
 * every method of the stub, the solution in {@code solutions/src/main} (the solutions
 * build runs the tests against it), and a section anchored {@code [[q003]]} in the book.
 */
class ExerciseFilesGate {

    static final int MIN_TESTS = 3;

    // [[q003]], [[q003,Title]] or [#q003] / [#q003.role]: the ways AsciiDoc declares an anchor
    private static final Pattern ANCHOR = Pattern.compile(
            "\\[\\[([A-Za-z0-9_-]+)(?:,[^\\]]*)?]]|\\[#([A-Za-z0-9_-]+)[\\].%,]");

    private static Set<String> bookAnchors;

    @TestFactory
    Stream<DynamicTest> everyReadyQuestionHasStubTestsSolutionAndBookSection() {
        return Gates.perQuestion(Gates.readyQuestions(), ExerciseFilesGate::problems);
    }

    static List<String> problems(Question q) {
        Project p = Gates.PROJECT;
        List<String> problems = new ArrayList<>();
        Path stub = p.stubSources().resolve(q.stubSourcePath());
        Path test = p.testSources().resolve(q.testSourcePath());
        Path solution = p.solutionSources().resolve(q.stubSourcePath());
        if (!Files.isRegularFile(stub)) {
            problems.add("no stub: " + p.show(stub) + " is missing");
        }
        if (!Files.isRegularFile(test)) {
            problems.add("no tests: " + p.show(test) + " is missing");
        } else {
            problems.addAll(testClassProblems(q, p.show(test)));
            if (Files.isRegularFile(stub)) {
                problems.addAll(uncalledMethods(stub, test, p.show(test)));
            }
        }
        if (!Files.isRegularFile(solution)) {
            problems.add("no solution: " + p.show(solution) + " is missing");
        }
        if (!bookAnchors().contains(q.anchor())) {
            problems.add("no book section: no [[" + q.anchor() + "]] anchor in any "
                    + p.show(p.bookSources()) + "/**/*.adoc");
        }
        return problems;
    }

    // The compiled test class: tagged with the id, with enough test methods.
    private static List<String> testClassProblems(Question q, String shownPath) {
        Class<?> type;
        try {
            type = Class.forName(q.testClassName(), false,
                    ExerciseFilesGate.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return List.of("test class " + q.testClassName() + " (" + shownPath
                    + ") is not compiled");
        }
        List<String> problems = new ArrayList<>();
        boolean tagged = Arrays.stream(type.getAnnotationsByType(Tag.class))
                .anyMatch(tag -> tag.value().equals(q.id()));
        if (!tagged) {
            problems.add(shownPath + " lacks the class-level @Tag(\"" + q.id() + "\")");
        }
        long tests = Arrays.stream(type.getDeclaredMethods())
                .filter(ExerciseFilesGate::isTestMethod).count();
        if (tests < MIN_TESTS) {
            problems.add(shownPath + " has " + tests + " test method(s); at least " + MIN_TESTS
                    + " are needed, one of them an edge or error case");
        }
        return problems;
    }

    // @Test, @ParameterizedTest, @RepeatedTest, @TestFactory...: all are marked @Testable.
    private static boolean isTestMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(Testable.class)) {
                return true;
            }
        }
        return false;
    }

    // Stub methods that no test calls are exercises nobody checks.
    private static List<String> uncalledMethods(Path stub, Path test, String shownTest) {
        Set<String> called = new HashSet<>();
        List<JavaSource.Token> tokens = JavaSource.read(test).tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).kind() == JavaSource.Kind.IDENT) {
                String next = tokens.get(i + 1).text();
                if (next.equals("(") || (i > 0 && tokens.get(i - 1).text().equals("::"))) {
                    called.add(tokens.get(i).text());
                }
            }
        }
        return JavaSource.read(stub).bodies().stream()
                .filter(b -> !b.constructor() && !called.contains(b.name()))
                .map(b -> shownTest + " never calls " + b.name() + "(...) of the stub")
                .toList();
    }

    static synchronized Set<String> bookAnchors() {
        if (bookAnchors == null) {
            Set<String> anchors = new HashSet<>();
            Path root = Gates.PROJECT.bookSources();
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path adoc : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                        Matcher m = ANCHOR.matcher(Files.readString(adoc,
                                StandardCharsets.UTF_8));
                        while (m.find()) {
                            anchors.add(m.group(1) != null ? m.group(1) : m.group(2));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            bookAnchors = anchors;
        }
        return bookAnchors;
    }
}
