package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.random.Generator;
import dev.strides.random.SplitMix64;
import dev.strides.np.np;
import java.io.PrintStream;

/** MS06: a bit generator written from scratch runs every Generator method. */
public final class CustomBitGeneratorExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        SplitMix64 bits = SplitMix64.ofState(0);                 // state x = 0
        out.println(Long.toHexString(bits.nextUint64()));        // the published first output
        Generator g = new Generator(new SplitMix64(42));         // seeded via SeedSequence(42)
        out.println(g.random(3));
        out.println(g.integers(0, 100, 5));
        // end::example[]
    }
}
