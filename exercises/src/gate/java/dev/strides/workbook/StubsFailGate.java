package dev.strides.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Gate 2: nothing is pre-solved. Every exercise test of a ready question is run against the
 * stubs (with the JUnit Platform Launcher, selected by the question's tag) and must fail, and
 * fail because the stub of that same question throws {@link NotSolved}. A test that passes
 * against the stubs would pass for a learner who did nothing; a test that fails for another
 * reason (a bad fixture, an assertion on the wrong thing) would send the learner hunting for a
 * bug that is not theirs.
 */
class StubsFailGate {

    @TestFactory
    Stream<DynamicTest> everyExerciseTestFailsWithNotSolvedAgainstTheStubs() {
        List<Question> ready = Gates.readyQuestions();
        Map<String, QuestionResult> results = ExerciseTests.run(ready);
        return Gates.perQuestion(ready, q -> problems(results.get(q.id())));
    }

    static List<String> problems(QuestionResult result) {
        String id = result.question().id();
        if (result.tests().isEmpty()) {
            return List.of("no test tagged " + id + " ran against the stubs");
        }
        List<String> problems = new ArrayList<>();
        for (TestOutcome test : result.tests()) {
            String name = test.className().substring(test.className().lastIndexOf('.') + 1)
                    + "." + test.name();
            if (test.passed()) {
                problems.add(name + " passes against the stub: it checks nothing the learner "
                        + "writes (or the stub is pre-solved)");
            } else if (test.skipped() != null) {
                problems.add(name + " is skipped (" + test.skipped() + "): every test must run");
            } else {
                String cause = NotSolved.questionOf(test.failure());
                if (cause == null) {
                    problems.add(name + " fails against the stub, but not because of NotSolved: "
                            + test.failure() + locationOf(test));
                } else if (!cause.equals(id)) {
                    problems.add(name + " fails with NotSolved(\"" + cause
                            + "\"), the stub of another question" + locationOf(test));
                }
            }
        }
        return problems;
    }

    private static String locationOf(TestOutcome test) {
        return test.location().isEmpty() ? "" : " at " + test.location();
    }
}
