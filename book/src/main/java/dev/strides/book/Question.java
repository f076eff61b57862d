package dev.strides.book;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of the question catalogue ({@code exercises/catalogue.tsv}), the project's single list
 * of the 170 interview questions. Topics, companies and hints are kept as the catalogue spells
 * them: the book only displays them.
 *
 * @param id         question id, e.g. {@code Q003} or {@code G01}
 * @param title      the question as asked
 * @param difficulty {@code Easy}, {@code Medium} or {@code Hard}
 * @param topics     comma-separated topics
 * @param companies  comma-separated companies known to ask it
 * @param chapter    the chapter module that answers it, e.g. {@code 01-ndarray}
 * @param status     whether its exercise, solution and book section exist yet
 * @param exercise   the exercise class (see {@link #exercisePath()}); empty while planned
 * @param hints      the workbook's hints
 * @param anchor     the id of its book section, e.g. {@code q003}
 */
public record Question(String id, String title, String difficulty, String topics,
                       String companies, String chapter, Status status, String exercise,
                       String hints, String anchor) {

    /** How far a question has come: planned, or ready with exercise, solution and section. */
    public enum Status {
        READY, PLANNED;

        /** Parses the catalogue's lower-case spelling, {@code ready} or {@code planned}. */
        static Status parse(String text) {
            return switch (text) {
                case "ready" -> READY;
                case "planned" -> PLANNED;
                default -> throw new IllegalArgumentException(
                        "status must be 'ready' or 'planned', got '" + text + "'");
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String EXERCISE_ROOT = "exercises/src/main/java/";
    private static final String EXERCISE_PACKAGE = "dev.strides.exercises.";

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The exercise's source file by repository path, e.g.
     * {@code exercises/src/main/java/dev/strides/exercises/ch01/Q003CreatingArrays.java}, or the
     * empty string when the catalogue names none. The catalogue may name the class by path, by
     * fully qualified name, or relative to {@code dev.strides.exercises}; a {@code #method}
     * suffix is ignored.
     */
    public String exercisePath() {
        String name = exercise.strip();
        int hash = name.indexOf('#');
        if (hash >= 0) {
            name = name.substring(0, hash);
        }
        if (name.isEmpty()) {
            return "";
        }
        if (name.endsWith(".java")) {
            return name.startsWith(EXERCISE_ROOT) || name.startsWith("exercises/")
                    ? name : EXERCISE_ROOT + name;
        }
        String qualified = name.replace('/', '.');
        if (!qualified.startsWith(EXERCISE_PACKAGE)) {
            qualified = EXERCISE_PACKAGE + qualified;
        }
        return EXERCISE_ROOT + qualified.replace('.', '/') + ".java";
    }
}
