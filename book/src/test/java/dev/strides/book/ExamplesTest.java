package dev.strides.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The book prints what NumPy prints: every registered example's output must equal, character
 * for character, what its twin in {@code scripts/fixtures/book_examples.py} printed in NumPy
 * ({@code src/test/resources/expected/<name>.txt}).
 */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExamplePrintsWhatNumPyPrints() {
        return Examples.all().stream().map(example -> DynamicTest.dynamicTest(example.name(),
                () -> assertThat(Examples.output(example))
                        .as("output of %s (expected from NumPy: run"
                                + " scripts/fixtures/book_examples.py after changing an example)",
                                example.name())
                        .isEqualTo(expected(example.name()))));
    }

    @Test
    void everyExpectedOutputBelongsToARegisteredExample() throws Exception {
        List<String> names = Examples.all().stream().map(Example::name).toList();
        Path expectedDir = Path.of(getClass().getResource("/expected").toURI());
        try (Stream<Path> files = Files.list(expectedDir)) {
            List<String> stems = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - ".txt".length())).toList();
            assertThat(names).as("registered examples (a stale expected file names an example"
                    + " that no longer exists)").containsAll(stems);
        }
    }

    private String expected(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/expected/" + name + ".txt")) {
            assertThat(in).as("expected output of %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
