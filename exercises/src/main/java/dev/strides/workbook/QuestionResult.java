package dev.strides.workbook;

import java.util.List;
import java.util.Map;

/**
 * The outcome of all tests of one question.
 *
 * @param question the catalogue row
 * @param tests    one outcome per test tagged with the question's id, in run order
 */
public record QuestionResult(Question question, List<TestOutcome> tests) {

    /** Where a question stands, as the progress table shows it. */
    public enum State {
        SOLVED("solved"),
        FAILING("failing"),
        NOT_STARTED("not started"),
        NO_TESTS("no exercise yet"),
        NOT_READY("chapter not ready");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the learner has work to do here: failing or not started. */
        public boolean isOpen() {
            return this == FAILING || this == NOT_STARTED;
        }
    }

    public QuestionResult {
        tests = List.copyOf(tests);
    }

    /** A planned question: nothing was run. */
    public static QuestionResult notReady(Question question) {
        return new QuestionResult(question, List.of());
    }

    /** The question's result from a run, or an empty one when it was not run. */
    public static QuestionResult of(Question question, Map<String, QuestionResult> results) {
        QuestionResult r = results.get(question.id());
        return r != null ? r : notReady(question);
    }

    public int passed() {
        return (int) tests.stream().filter(TestOutcome::passed).count();
    }

    public int failed() {
        return tests.size() - passed();
    }

    /** Tests that failed only because the stub still throws {@link NotSolved}. */
    public int notSolved() {
        return (int) tests.stream().filter(TestOutcome::notSolved).count();
    }

    /**
     * Solved when every test passes; not started when every test fails with {@link NotSolved};
     * failing otherwise (at least one test fails for another reason or some pass).
     */
    public State state() {
        if (!question.isReady()) {
            return State.NOT_READY;
        }
        if (tests.isEmpty()) {
            return State.NO_TESTS;
        }
        if (passed() == tests.size()) {
            return State.SOLVED;
        }
        return notSolved() == tests.size() ? State.NOT_STARTED : State.FAILING;
    }
}
