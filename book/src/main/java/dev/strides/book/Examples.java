package dev.strides.book;

import dev.strides.book.ch01.AstypeExample;
import dev.strides.book.ch01.ComplexExample;
import dev.strides.book.ch01.CreationExample;
import dev.strides.book.ch01.CreationLayoutExample;
import dev.strides.book.ch01.ElementAddressExample;
import dev.strides.book.ch01.EmptyArrayExample;
import dev.strides.book.ch01.FromiterExample;
import dev.strides.book.ch01.ListVersusArrayExample;
import dev.strides.book.ch01.MemoryUsageExample;
import dev.strides.book.ch01.PrintOptionsExample;
import dev.strides.book.ch02.BroadcastErrorExample;
import dev.strides.book.ch02.BroadcastRulesExample;
import dev.strides.book.ch02.BroadcastingExample;
import dev.strides.book.ch02.FixingErrorsExample;
import dev.strides.book.ch02.IteratorExample;
import dev.strides.book.ch02.MeshgridExample;
import dev.strides.book.ch02.NewaxisExample;
import dev.strides.book.ch02.NoCopyExample;
import dev.strides.book.ch02.PairwiseDistanceExample;
import dev.strides.book.ch02.RowNormalizationExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of every example in the book. Add a new example here, write its NumPy twin in
 * {@code scripts/fixtures/book_examples.py} under the same name, and run that script to refresh
 * the expected outputs.
 */
public final class Examples {

    private Examples() {
    }

    /** Every example, in book order. Names must be unique: they name the output files. */
    public static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        // chapter 1: the ndarray
        examples.addAll(List.of(
                new CreationExample(),
                new ElementAddressExample(),        // Q001
                new ListVersusArrayExample(),       // Q002
                new CreationLayoutExample(),        // Q003
                new MemoryUsageExample(),           // Q007
                new PrintOptionsExample(),          // Q046
                new ComplexExample(),               // Q048
                new AstypeExample(),                // Q049
                new EmptyArrayExample(),            // Q052
                new FromiterExample()));            // Q091
        // chapter 2: broadcasting
        examples.addAll(List.of(
                new IteratorExample(),              // the chapter's introduction
                new BroadcastingExample(),          // Q004
                new BroadcastErrorExample(),        // Q012
                new MeshgridExample(),              // Q041
                new NewaxisExample(),               // Q084
                new NoCopyExample(),                // Q106
                new PairwiseDistanceExample(),      // G03
                new BroadcastRulesExample(),        // G05
                new RowNormalizationExample(),      // A10
                new FixingErrorsExample()));        // MS07
        // chapter 3: views and indexing
        // chapter 4: ufuncs
        // chapter 10: random
        Set<String> names = new HashSet<>();
        for (Example example : examples) {
            if (!names.add(example.name())) {
                throw new IllegalStateException("two examples are named " + example.name()
                        + ": names must be unique because they name the output files");
            }
        }
        return examples;
    }

    /**
     * Runs {@code example} and returns what it printed, with {@code \n} line ends whatever the
     * platform, so outputs compare byte for byte with NumPy's.
     */
    public static String output(Example example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.run(out);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
