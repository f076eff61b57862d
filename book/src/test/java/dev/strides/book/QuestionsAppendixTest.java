package dev.strides.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionsAppendixTest {

    private final List<Question> questions = Catalogue.parse(List.of(CatalogueTest.HEADER,
            CatalogueTest.Q004, CatalogueTest.Q003), "test.tsv");

    @Test
    void readyQuestionsLinkToTheirSectionAndNameTheirExercise() {
        String adoc = QuestionsAppendix.render(questions);
        assertThat(adoc).contains("|<<q003,Q003>>",
                "`exercises/src/main/java/dev/strides/exercises/ch01/Q003CreatingArrays.java`");
    }

    @Test
    void plannedQuestionsAreListedWithoutALink() {
        String adoc = QuestionsAppendix.render(questions);
        assertThat(adoc).contains("|Q004\n|What is broadcasting in NumPy?\n|Medium\n|planned")
                .doesNotContain("<<q004");
    }

    @Test
    void groupsByChapterInChapterOrder() {
        String adoc = QuestionsAppendix.render(questions);
        assertThat(adoc.indexOf("=== The ndarray (`01-ndarray`)"))
                .isPositive().isLessThan(adoc.indexOf("=== Broadcasting (`02-broadcasting`)"));
        assertThat(adoc).contains("[appendix]\n[[questions]]\n== All questions",
                "All 2 questions", "1 of them are ready");
    }

    @Test
    void cellTextCannotStartMarkupOrEndTheCell() {
        assertThat(QuestionsAppendix.text("Difference between list vs NumPy array"))
                .isEqualTo("Difference between list vs NumPy array");
        assertThat(QuestionsAppendix.text("a|b *c* [d]")).isEqualTo("pass:c[a\\|b *c* [d\\]]");
    }
}
