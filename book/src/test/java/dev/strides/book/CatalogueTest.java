package dev.strides.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    static final String HEADER =
            "id\ttitle\tdifficulty\ttopics\tcompanies\tchapter\tstatus\texercise\thints\tanchor";

    static final String Q003 = "Q003\tHow to create specific arrays (zeros, ones, eye)?\tEasy\t"
            + "Array Creation\tMost Tech Companies\t01-ndarray\tready\tch01.Q003CreatingArrays\t"
            + "np.zeros takes the shape | np.eye(n, m, k)\tq003";
    static final String Q004 = "Q004\tWhat is broadcasting in NumPy?\tMedium\tBroadcasting\t"
            + "Google\t02-broadcasting\tplanned\tch02.Q004Broadcasting\t\tq004";

    @Test
    void readsRowsByHeaderName() {
        List<Question> questions = Catalogue.parse(List.of(HEADER, Q003, "", Q004), "test.tsv");
        assertThat(questions).hasSize(2);
        Question q = questions.getFirst();
        assertThat(q.id()).isEqualTo("Q003");
        assertThat(q.chapter()).isEqualTo("01-ndarray");
        assertThat(q.status()).isEqualTo(Question.Status.READY);
        assertThat(q.anchor()).isEqualTo("q003");
        assertThat(q.exercisePath()).isEqualTo(
                "exercises/src/main/java/dev/strides/exercises/ch01/Q003CreatingArrays.java");
        assertThat(questions.get(1).status()).isEqualTo(Question.Status.PLANNED);
    }

    @Test
    void exerciseMayBeNamedByPathQualifiedNameOrRelativeName() {
        String path = "exercises/src/main/java/dev/strides/exercises/ch01/Q003CreatingArrays.java";
        for (String name : List.of("ch01.Q003CreatingArrays", "ch01/Q003CreatingArrays",
                "dev.strides.exercises.ch01.Q003CreatingArrays", path,
                "ch01.Q003CreatingArrays#zeros")) {
            Question q = new Question("Q003", "t", "Easy", "", "", "01-ndarray",
                    Question.Status.READY, name, "", "q003");
            assertThat(q.exercisePath()).as(name).isEqualTo(path);
        }
    }

    @Test
    void rejectsAMissingColumnNamingIt() {
        assertThatThrownBy(() -> Catalogue.parse(List.of(HEADER.replace("\tanchor", "")), "c.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c.tsv:1").hasMessageContaining("'anchor'");
    }

    @Test
    void rejectsAnUnknownStatusWithItsLine() {
        assertThatThrownBy(() -> Catalogue.parse(List.of(HEADER, Q003.replace("ready", "done")),
                "c.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c.tsv:2").hasMessageContaining("'done'");
    }

    @Test
    void rejectsADuplicateIdAndAShortRow() {
        assertThatThrownBy(() -> Catalogue.parse(List.of(HEADER, Q003, Q003), "c.tsv"))
                .hasMessageContaining("c.tsv:3").hasMessageContaining("Q003 appears twice");
        assertThatThrownBy(() -> Catalogue.parse(List.of(HEADER, "Q001\tshort"), "c.tsv"))
                .hasMessageContaining("c.tsv:2").hasMessageContaining("2 columns");
    }

    @Test
    void readsTheProjectCatalogue() throws IOException {
        // the module's tests run in book/, the catalogue lives beside it in exercises/
        Path catalogue = Path.of("..", "exercises", "catalogue.tsv");
        assertThat(catalogue).as("the project's question catalogue").exists();
        List<Question> questions = Catalogue.read(catalogue);
        assertThat(questions).hasSize(170);
        assertThat(questions).extracting(Question::anchor).doesNotHaveDuplicates()
                .allMatch(anchor -> anchor.matches("[a-z0-9]+"));
        assertThat(Files.readString(catalogue)).doesNotContain("\r");
    }
}
