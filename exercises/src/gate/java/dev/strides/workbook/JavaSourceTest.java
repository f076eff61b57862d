package dev.strides.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stub gate's reader must catch a pre-solved stub and must not cry wolf on a good one. */
class JavaSourceTest {

    private static final String GOOD = """
            package dev.strides.exercises.ch01;

            import static dev.strides.np.np.zeros;

            import dev.strides.ndarray.NDArray;
            import dev.strides.workbook.NotSolved;
            import java.util.List;

            /** Q052 task: { braces in comments } do not count. Edit only src/main. */
            public final class Q052EmptyArrays {
                static final int[] SHAPES = {1, 2, 3};
                static final String TEXT = "not a body: { return 1; }";

                private Q052EmptyArrays() {
                }

                /** Whether a is empty. */
                @SuppressWarnings({"unused", "x"})
                public static boolean isEmpty(NDArray a) {
                    throw new NotSolved("Q052");
                }

                public static <T> List<T> named(List<T> record) throws IllegalStateException {
                    throw new NotSolved("Q052"); // a comment after the throw
                }

                public record Layout(int[] shape, long[] strides) {
                    public int rank() {
                        throw new NotSolved("Q052");
                    }
                }
            }
            """;

    @Test
    void goodStubHasNoProblems() {
        assertThat(StubSourcesGate.stubProblems("Q052", GOOD)).isEmpty();
        JavaSource source = JavaSource.parse(GOOD);
        assertThat(source.bodies()).extracting(JavaSource.Body::name)
                .containsExactly("Q052EmptyArrays", "isEmpty", "named", "rank");
        assertThat(source.imports()).containsExactly("static dev.strides.np.np.zeros",
                "dev.strides.ndarray.NDArray", "dev.strides.workbook.NotSolved",
                "java.util.List");
    }

    @Test
    void preSolvedBodyIsReportedWithItsLine() {
        String solved = GOOD.replace("""
                public static boolean isEmpty(NDArray a) {
                        throw new NotSolved("Q052");""", """
                public static boolean isEmpty(NDArray a) {
                        return a.size() == 0;""");

        List<String> problems = StubSourcesGate.stubProblems("Q052", solved);

        assertThat(problems).singleElement().asString()
                .contains("line 19", "isEmpty", "return a . size ( ) == 0 ;");
    }

    @Test
    void notSolvedOfAnotherQuestionIsReported() {
        assertThat(StubSourcesGate.stubProblems("Q003", GOOD)).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("NotSolved(\"Q003\")"));
    }

    @Test
    void codeOutsideMethodsIsReported() {
        String withInitializer = GOOD.replace("static final int[] SHAPES = {1, 2, 3};",
                "static { System.out.println(); }");
        String withLambda = GOOD.replace("static final int[] SHAPES = {1, 2, 3};",
                "static final Runnable R = () -> { System.out.println(); };");

        assertThat(StubSourcesGate.stubProblems("Q052", withInitializer)).singleElement()
                .asString().contains("line 11", "code outside a method");
        assertThat(StubSourcesGate.stubProblems("Q052", withLambda)).singleElement()
                .asString().contains("line 11", "code outside a method");
    }

    @Test
    void importsOutsideTheLibraryAreReported() {
        String leaky = GOOD.replace("import java.util.List;", """
                import java.util.List;
                import dev.strides.exercises.ch02.Q004Broadcasting;
                import dev.strides.workbook.Workbook;
                import org.junit.jupiter.api.Test;""");

        assertThat(StubSourcesGate.stubProblems("Q052", leaky)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("dev.strides.exercises.ch02"))
                .anySatisfy(p -> assertThat(p).contains("dev.strides.workbook.Workbook"))
                .anySatisfy(p -> assertThat(p).contains("org.junit.jupiter.api.Test"));
    }

    @Test
    void qualifiedReferenceToAnotherExerciseIsReported() {
        String qualified = GOOD.replace("static final String TEXT",
                "static final Object OTHER = dev.strides.exercises.ch02.Q004Broadcasting.class;"
                        + "\n    static final String TEXT");

        assertThat(StubSourcesGate.stubProblems("Q052", qualified)).singleElement().asString()
                .contains("dev.strides.exercises.ch02.Q004Broadcasting");
    }

    @Test
    void stubWithoutTheLearnerNoteOrWithoutMethodsIsReported() {
        String silent = GOOD.replace("Edit only src/main.", "");
        String empty = """
                package dev.strides.exercises.ch01;
                /** Edit only src/main. */
                public final class Q052EmptyArrays {
                    private Q052EmptyArrays() {
                    }
                }
                """;

        assertThat(StubSourcesGate.stubProblems("Q052", silent)).singleElement().asString()
                .contains("edit only src/main");
        assertThat(StubSourcesGate.stubProblems("Q052", empty)).singleElement().asString()
                .contains("nothing to solve");
    }

    @Test
    void testSourcesMayUseJunitAssertjAndTheLibraryOnly() {
        JavaSource test = JavaSource.parse("""
                package dev.strides.exercises.ch01;
                import static org.assertj.core.api.Assertions.assertThat;
                import dev.strides.np.np;
                import org.junit.jupiter.api.Test;
                import dev.strides.workbook.NotSolved;
                class Q052EmptyArraysTest {
                }
                """);

        assertThat(StubSourcesGate.referenceProblems(test, true)).singleElement().asString()
                .contains("dev.strides.workbook.NotSolved");
    }
}
