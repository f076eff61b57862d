package dev.strides.book.ch10;

import dev.strides.book.Example;

import dev.strides.np.np;
import java.io.PrintStream;

/** Q113: the same request to a Generator and to a RandomState. */
public final class GeneratorVsRandomStateExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        var rng = np.random.defaultRng(0);                      // Generator(PCG64)
        var rs = np.random.RandomState(0);                      // RandomState(MT19937)
        out.println(rng.bitGenerator() + " " + rng.random(3));
        out.println(rs.bitGenerator() + " " + rs.randomSample(3));
        out.println(rng.integers(0, 10, 5));                    // Lemire's method
        out.println(rs.randint(0, 10, 5));                      // masked rejection
        // end::example[]
    }
}
