package dev.strides.workbook;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the workbook's files are, relative to the project root (the folder with
 * {@code ./workbook} and {@code exercises/catalogue.tsv}).
 *
 * @param root the project root, absolute and normalised
 */
public record Project(Path root) {

    /** System property that names the project root; set by {@code ./workbook} and Surefire. */
    public static final String ROOT_PROPERTY = "workbook.root";

    public Project {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The project root from {@value #ROOT_PROPERTY}, or else the nearest folder at or above the
     * working directory that holds {@code exercises/catalogue.tsv}.
     */
    public static Project locate() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new Project(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("exercises/catalogue.tsv"))) {
                return new Project(dir);
            }
        }
        throw new IllegalStateException("cannot find exercises/catalogue.tsv at or above "
                + Path.of("").toAbsolutePath() + "; run ./workbook from the Strides folder");
    }

    public Path catalogueFile() {
        return root.resolve("exercises/catalogue.tsv");
    }

    /** The learner's source root: the only place a learner edits. */
    public Path stubSources() {
        return root.resolve("exercises/src/main/java");
    }

    /** The exercise tests (read-only for learners). */
    public Path testSources() {
        return root.resolve("exercises/src/test/java");
    }

    public Path solutionSources() {
        return root.resolve("solutions/src/main/java");
    }

    /** Compiled stubs and the runner itself. */
    public Path classes() {
        return root.resolve("exercises/target/classes");
    }

    /** Compiled exercise tests (and gates). */
    public Path testClasses() {
        return root.resolve("exercises/target/test-classes");
    }

    /** Dependency classpath written by the exercises build. */
    public Path classpathFile() {
        return root.resolve("exercises/target/workbook.classpath");
    }

    public Path bookSources() {
        return root.resolve("book/src/docs/asciidoc");
    }

    public Path bookOutput() {
        return root.resolve("book/target/generated-docs");
    }

    /** A path for messages: relative to the root when inside it, with forward slashes. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
