package dev.strides.book;

import dev.strides.book.figures.Figures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Produces everything the book includes that is not written by hand, before it is rendered:
 *
 * <ul>
 *   <li>{@code questions.adoc}, the appendix of all questions, from the catalogue;</li>
 *   <li>{@code output/<name>.txt}, what each {@link Example} prints when run;</li>
 *   <li>{@code images/*.svg}, the figures, drawn from real arrays.</li>
 * </ul>
 *
 * <p>The build runs it on JDK 25 at {@code prepare-package} with two arguments: the catalogue
 * file and the output folder ({@code book/target/generated-adoc}).
 */
public final class BookInputs {

    private BookInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException(
                    "usage: BookInputs <exercises/catalogue.tsv> <output folder>");
        }
        Path catalogue = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isRegularFile(catalogue)) {
            throw new IllegalArgumentException("the question catalogue " + catalogue
                    + " does not exist: the book's question appendix is generated from it");
        }
        Files.createDirectories(out);

        List<Question> questions = Catalogue.read(catalogue);
        Files.writeString(out.resolve("questions.adoc"), QuestionsAppendix.render(questions),
                StandardCharsets.UTF_8);

        Path outputs = Files.createDirectories(out.resolve("output"));
        List<Example> examples = Examples.all();
        for (Example example : examples) {
            Files.writeString(outputs.resolve(example.name() + ".txt"), Examples.output(example),
                    StandardCharsets.UTF_8);
        }

        int figures = Figures.writeAll(out.resolve("images"));
        System.out.printf("book inputs (Java %s): %d questions, %d example outputs, %d figures%n",
                Runtime.version().feature(), questions.size(), examples.size(), figures);
    }
}
