package dev.strides.workbook;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Recompiles the exercise sources that changed since the last build, in this JVM.
 *
 * <p>The learner edits stubs and runs {@code ./workbook Q003} again; going through Maven would
 * cost many seconds, so the runner calls the JDK's compiler directly on the files whose class
 * file is missing or older than the source. When nothing changed, the compiler is not even
 * loaded. Only {@value Question#EXERCISE_PACKAGE} is compiled: the runner's own classes live
 * in the same output folder and are never touched.
 */
public final class IncrementalCompiler {

    /** A compile error as the learner should see it: file:line and the message. */
    public record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private final Project project;
    private final String classpath; // dependencies, as written by the build

    public IncrementalCompiler(Project project, String classpath) {
        this.project = project;
        this.classpath = classpath;
    }

    /** Compiles changed stubs into {@code exercises/target/classes}. */
    public List<Problem> compileStubs() {
        return compile(project.stubSources(), project.classes(),
                classpath + File.pathSeparator + project.classes());
    }

    /** Compiles changed exercise tests into {@code exercises/target/test-classes}. */
    public List<Problem> compileTests() {
        return compile(project.testSources(), project.testClasses(), String.join(
                File.pathSeparator, classpath, project.classes().toString(),
                project.testClasses().toString()));
    }

    private List<Problem> compile(Path sourceRoot, Path outputRoot, String path) {
        List<Path> stale = staleSources(sourceRoot, outputRoot);
        if (stale.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java has no compiler (javax.tools): "
                    + "./workbook needs a JDK 25 or newer, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics,
                Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", outputRoot.toString(), "-cp", path,
                    "-sourcepath", sourceRoot.toString(), "-implicit:class", "-proc:none",
                    "-encoding", "UTF-8", "-nowarn", "-g");
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(stale)).call();
            List<Problem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String file = d.getSource() == null ? "javac"
                            : project.show(Path.of(d.getSource().toUri()));
                    problems.add(new Problem(file, d.getLineNumber(),
                            d.getMessage(Locale.ROOT)));
                }
            }
            if (!ok && problems.isEmpty()) {
                problems.add(new Problem("javac", 0, "compilation failed"));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sources under the exercise package whose top-level class file is missing or older. */
    private static List<Path> staleSources(Path sourceRoot, Path outputRoot) {
        Path packageDir = sourceRoot.resolve(Question.EXERCISE_PACKAGE.replace('.', '/'));
        if (!Files.isDirectory(packageDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(packageDir)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(source -> isStale(source, outputRoot.resolve(
                            sourceRoot.relativize(source).toString()
                                    .replaceFirst("\\.java$", ".class"))))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isStale(Path source, Path classFile) {
        try {
            if (!Files.exists(classFile)) {
                return true;
            }
            FileTime sourceTime = Files.getLastModifiedTime(source);
            return sourceTime.compareTo(Files.getLastModifiedTime(classFile)) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
