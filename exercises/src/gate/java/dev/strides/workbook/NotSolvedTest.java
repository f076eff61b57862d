package dev.strides.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The runner and gate 2 tell "not solved yet" from a real failure by these rules. */
class NotSolvedTest {

    private static void stub() {
        throw new NotSolved("Q052");
    }

    @Test
    void messageTellsTheLearnerWhatToDo() {
        assertThat(new NotSolved("Q052")).hasMessage(
                "Q052 is not solved yet: edit only src/main (see ./workbook Q052)");
    }

    @Test
    void notSolvedItselfAndAsRootCauseIsFound() {
        Throwable wrapped = new AssertionError("unexpected exception",
                new IllegalStateException("wrapper", new NotSolved("Q003")));

        assertThat(NotSolved.questionOf(new NotSolved("Q052"))).isEqualTo("Q052");
        assertThat(NotSolved.questionOf(wrapped)).isEqualTo("Q003");
    }

    @Test
    void junitAssertThrowsKeepsTheCause() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> assertThrows(IllegalArgumentException.class, NotSolvedTest::stub));

        assertThat(NotSolved.questionOf(failure)).isEqualTo("Q052");
    }

    @Test
    void assertjExceptionAssertionIsRecognisedByItsMessage() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> assertThatThrownBy(NotSolvedTest::stub)
                        .isInstanceOf(IllegalArgumentException.class));

        assertThat(failure.getCause()).as("AssertJ does not chain the cause").isNull();
        assertThat(NotSolved.questionOf(failure)).isEqualTo("Q052");
    }

    @Test
    void otherFailuresAreNotNotSolved() {
        assertThat(NotSolved.questionOf(new AssertionError("expected: 3 but was: 4"))).isNull();
        assertThat(NotSolved.questionOf(new IllegalArgumentException("bad shape"))).isNull();
        assertThat(NotSolved.questionOf(new AssertionError(
                "Q052 is not solved yet, said the learner's own message"))).isNull();
    }
}
