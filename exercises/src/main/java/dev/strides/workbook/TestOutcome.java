package dev.strides.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one exercise test (or to a test class that failed as a whole, for instance
 * in a {@code @BeforeAll} method).
 *
 * @param questionId the question the test is tagged with
 * @param className  fully qualified name of the test class
 * @param name       display name of the test, such as {@code zeroDimensionalIsNotEmpty()}
 * @param passed     whether it passed
 * @param failure    why it did not pass; {@code null} when it passed or was skipped
 * @param skipped    why it was skipped, or {@code null}; a skipped test does not pass
 */
public record TestOutcome(String questionId, String className, String name, boolean passed,
                          Throwable failure, String skipped) {

    /** Whether the test failed only because its stub still throws {@link NotSolved}. */
    public boolean notSolved() {
        return !passed && failure != null && NotSolved.questionOf(failure) != null;
    }

    /**
     * Where the failure is, in the learner's terms: the first stack frame inside
     * {@code dev.strides.exercises} of the deepest cause that has one, such as
     * {@code isEmpty(Q052EmptyArrays.java:34)}: the stub line for a {@link NotSolved} or an
     * exception of the learner's code, the test line for a failed assertion. Empty if no frame
     * is there.
     */
    public String location() {
        // the deepest cause first: where a NotSolved or a wrong exception was thrown
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 64;
             t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain.reversed()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().startsWith(Question.EXERCISE_PACKAGE + ".")) {
                    String method = frame.getMethodName();
                    String where = frame.getFileName() + ":" + frame.getLineNumber();
                    return method.startsWith("lambda$") ? where : method + "(" + where + ")";
                }
            }
        }
        return "";
    }
}
