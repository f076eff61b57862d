package dev.strides.workbook;

import java.util.List;

/**
 * One row of {@code exercises/catalogue.tsv}: a question of the interview list and where its
 * exercise, hints and book section live.
 *
 * @param id         catalogue id, such as {@code Q003} or {@code MS07}
 * @param title      the question as asked
 * @param difficulty {@code Easy}, {@code Medium}, {@code Hard}, or {@code -} when not rated
 * @param topics     comma-separated topics
 * @param companies  comma-separated companies that ask it
 * @param chapter    chapter module folder, such as {@code 01-ndarray}
 * @param status     {@code ready} when its exercise exists, {@code planned} otherwise
 * @param exercise   stub class below {@code dev.strides.exercises}, such as
 *                   {@code ch01.Q003CreatingArrays}
 * @param hints      hints in the order the runner shows them, most general first
 * @param anchor     book section anchor, the lowercase id
 */
public record Question(String id, String title, String difficulty, String topics,
                       String companies, String chapter, String status, String exercise,
                       List<String> hints, String anchor) {

    /** Package that holds every exercise class, one sub-package per chapter. */
    public static final String EXERCISE_PACKAGE = "dev.strides.exercises";

    public static final String READY = "ready";
    public static final String PLANNED = "planned";

    public Question {
        hints = List.copyOf(hints);
    }

    /** Whether the question's exercise exists (its whole chapter is ready). */
    public boolean isReady() {
        return READY.equals(status);
    }

    /** Fully qualified name of the stub class (and of its solution, which has the same name). */
    public String stubClassName() {
        return EXERCISE_PACKAGE + "." + exercise;
    }

    /** Fully qualified name of the test class of the stub. */
    public String testClassName() {
        return stubClassName() + "Test";
    }

    /** Source file of the stub relative to a source root, such as {@code dev/strides/.../X.java}. */
    public String stubSourcePath() {
        return stubClassName().replace('.', '/') + ".java";
    }

    /** Source file of the test class relative to a source root. */
    public String testSourcePath() {
        return testClassName().replace('.', '/') + ".java";
    }

    /** The chapter number as a two-digit string: {@code "01"} for {@code 01-ndarray}. */
    public String chapterNumber() {
        int dash = chapter.indexOf('-');
        return dash < 0 ? chapter : chapter.substring(0, dash);
    }
}
