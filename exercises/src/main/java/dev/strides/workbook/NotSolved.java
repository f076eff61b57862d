package dev.strides.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by every exercise stub until the learner replaces the body with a solution.
 *
 * <p>Each stub method in {@code exercises/src/main/java} starts as exactly
 * {@code throw new NotSolved("Q003");}. The workbook runner tells a question that was never
 * touched (all of its tests fail with this exception) from one that is being worked on, and the
 * integrity gates check that every exercise test fails with it against the stubs, so no test
 * passes before the learner has written anything.
 */
public final class NotSolved extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // how an assertion message quotes a NotSolved: its class name, then the message above
    private static final Pattern QUOTED = Pattern.compile(
            Pattern.quote(NotSolved.class.getName()) + ": (\\S+) is not solved yet");

    private final String questionId; // catalogue id such as "Q003"

    /**
     * Marks the calling method as the unsolved part of a question.
     *
     * @param questionId the catalogue id of the question, such as {@code "Q003"}
     */
    public NotSolved(String questionId) {
        super(questionId + " is not solved yet: edit only src/main (see ./workbook "
                + questionId + ")");
        this.questionId = questionId;
    }

    /** The catalogue id of the question whose stub threw this. */
    public String questionId() {
        return questionId;
    }

    /**
     * The id of the question whose stub caused {@code failure}, or {@code null} when the failure
     * has another origin (a wrong answer, an exception of the learner's own code).
     *
     * <p>Caused means: a {@code NotSolved} is the root of the cause chain (JUnit's
     * {@code assertThrows} keeps the unexpected exception as the cause), or an assertion
     * message quotes one (AssertJ's {@code assertThatThrownBy(...).isInstanceOf(...)} prints
     * the unexpected exception but does not chain it).
     */
    public static String questionOf(Throwable failure) {
        Throwable root = failure;
        // bounded walk: a cause chain can in principle loop
        for (int depth = 0; root != null && root.getCause() != null && depth < 64; depth++) {
            root = root.getCause();
        }
        if (root instanceof NotSolved notSolved) {
            return notSolved.questionId();
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AssertionError && t.getMessage() != null) {
                Matcher quoted = QUOTED.matcher(t.getMessage());
                if (quoted.find()) {
                    return quoted.group(1);
                }
            }
        }
        return null;
    }
}
