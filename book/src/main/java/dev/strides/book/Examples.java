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
import dev.strides.book.ch03.AxesExample;
import dev.strides.book.ch03.CopyViewExample;
import dev.strides.book.ch03.DiagonalExample;
import dev.strides.book.ch03.DtypeViewExample;
import dev.strides.book.ch03.ExpandSqueezeExample;
import dev.strides.book.ch03.ExtractExample;
import dev.strides.book.ch03.FancyAxesExample;
import dev.strides.book.ch03.FilterInPlaceExample;
import dev.strides.book.ch03.IndicesExample;
import dev.strides.book.ch03.MaskExample;
import dev.strides.book.ch03.MaskSliceExample;
import dev.strides.book.ch03.RavelFlattenExample;
import dev.strides.book.ch03.ReplaceExample;
import dev.strides.book.ch03.ReshapeExample;
import dev.strides.book.ch03.SlicingExample;
import dev.strides.book.ch03.TransposeExample;
import dev.strides.book.ch03.UnravelExample;
import dev.strides.book.ch04.AllCloseExample;
import dev.strides.book.ch04.ApplyAlongAxisExample;
import dev.strides.book.ch04.ClipExample;
import dev.strides.book.ch04.ComparisonExample;
import dev.strides.book.ch04.ComplexSpecialValuesExample;
import dev.strides.book.ch04.CopysignExample;
import dev.strides.book.ch04.CustomUfuncExample;
import dev.strides.book.ch04.FmaxExample;
import dev.strides.book.ch04.FrompyfuncReduceExample;
import dev.strides.book.ch04.IsCloseExample;
import dev.strides.book.ch04.LogicalExample;
import dev.strides.book.ch04.PackbitsExample;
import dev.strides.book.ch04.PiecewiseExample;
import dev.strides.book.ch04.ReductionExample;
import dev.strides.book.ch04.TypeResolutionExample;
import dev.strides.book.ch04.UfuncAnatomyExample;
import dev.strides.book.ch04.UfuncMethodsExample;
import dev.strides.book.ch04.VectorizeExample;
import dev.strides.book.ch04.VectorizedMaskExample;
import dev.strides.book.ch05.CacheLocalityExample;
import dev.strides.book.ch05.ConvolutionExample;
import dev.strides.book.ch05.ExplainLayoutExample;
import dev.strides.book.ch05.FortranAddressExample;
import dev.strides.book.ch05.MemoryOrderExample;
import dev.strides.book.ch05.MovingAverageExample;
import dev.strides.book.ch05.RollingStatsExample;
import dev.strides.book.ch05.SlidingWindowExample;
import dev.strides.book.ch05.StrideMemoryExample;
import dev.strides.book.ch10.CustomBitGeneratorExample;
import dev.strides.book.ch10.GeneratorVsRandomStateExample;
import dev.strides.book.ch10.NonUniformExample;
import dev.strides.book.ch10.ParallelStreamsExample;
import dev.strides.book.ch10.RandRandnRandintExample;
import dev.strides.book.ch10.RandVsGeneratorExample;
import dev.strides.book.ch10.RandomNumbersExample;
import dev.strides.book.ch10.SameSeedExample;
import dev.strides.book.ch10.SeedExample;
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
        examples.addAll(List.of(
                new FancyAxesExample(),             // the chapter's introduction
                new ReshapeExample(),               // Q005
                new RavelFlattenExample(),          // Q008
                new MaskExample(),                  // Q019
                new CopyViewExample(),              // Q028
                new TransposeExample(),             // Q029
                new ReplaceExample(),               // Q037
                new ExpandSqueezeExample(),         // Q053
                new IndicesExample(),               // Q067
                new UnravelExample(),               // Q068, Q069
                new DiagonalExample(),              // Q070
                new AxesExample(),                  // Q089, Q090
                new ExtractExample(),               // Q095
                new MaskSliceExample(),             // Q120
                new FilterInPlaceExample(),         // A04
                new SlicingExample(),               // M09
                new DtypeViewExample()));           // MS03
        // chapter 4: ufuncs
        examples.addAll(List.of(
                new UfuncAnatomyExample(),          // the chapter's introduction
                new ComplexSpecialValuesExample(),  // the chapter's complex section
                new UfuncMethodsExample(),          // Q006
                new ComparisonExample(),            // Q018
                new ApplyAlongAxisExample(),        // Q047
                new ClipExample(),                  // Q060
                new LogicalExample(),               // Q063
                new IsCloseExample(),               // Q064
                new AllCloseExample(),              // Q065
                new CopysignExample(),              // Q097
                new FmaxExample(),                  // Q098
                new CustomUfuncExample(),           // Q101
                new PiecewiseExample(),             // Q109
                new VectorizeExample(),             // Q115
                new FrompyfuncReduceExample(),      // Q115
                new PackbitsExample(),              // Q119
                new VectorizedMaskExample(),        // A03
                new ReductionExample(),             // M04
                new TypeResolutionExample()));      // M08
        // chapter 5: stride tricks
        examples.addAll(List.of(
                new SlidingWindowExample(),         // the chapter's introduction, Q103
                new StrideMemoryExample(),          // Q055
                new MemoryOrderExample(),           // Q102
                new ExplainLayoutExample(),         // Q116
                new ConvolutionExample(),           // G01
                new FortranAddressExample(),        // G02
                new MovingAverageExample(),         // G08
                new CacheLocalityExample(),         // H01
                new RollingStatsExample()));        // H05
        // chapter 10: random
        examples.addAll(List.of(
                new SameSeedExample(),             // the chapter's introduction
                new RandomNumbersExample(),        // Q013
                new RandRandnRandintExample(),     // Q014
                new SeedExample(),                 // Q015
                new GeneratorVsRandomStateExample(), // Q113
                new ParallelStreamsExample(),      // Q114
                new NonUniformExample(),           // A02
                new CustomBitGeneratorExample(),   // MS06
                new RandVsGeneratorExample()));    // H10
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
