package dev.strides.workbook;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * What the integrity gates share: the project, its catalogue, and one dynamic test per
 * question that fails with every problem found for that question, one per line.
 */
final class Gates {

    static final Project PROJECT = Project.locate();

    private Gates() {
    }

    static Catalogue catalogue() {
        return Catalogue.read(PROJECT.catalogueFile());
    }

    static List<Question> readyQuestions() {
        return catalogue().readyInStudyOrder();
    }

    /** A problem checker for one question: returns what is wrong, empty when all is well. */
    interface Check {
        List<String> problems(Question question);
    }

    /** One dynamic test per question, named by id and exercise, failing with its problems. */
    static Stream<DynamicTest> perQuestion(List<Question> questions, Check check) {
        return questions.stream().map(q -> DynamicTest.dynamicTest(q.id() + " " + q.exercise(),
                () -> failOn(q.id(), check.problems(q))));
    }

    /** Fails with "<id>: <problem>" lines when there are problems. */
    static void failOn(String id, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n  " + id + ": "
                    + String.join("\n  " + id + ": ", problems));
        }
    }
}
