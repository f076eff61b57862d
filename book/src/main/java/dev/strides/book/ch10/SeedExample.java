package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.random.Generator;
import dev.strides.random.PCG64;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q015: seeds, equal streams, and saving the state. */
public final class SeedExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        out.println(np.random.defaultRng(7).random(2));
        out.println(np.random.defaultRng(7).random(2));         // same seed, same numbers
        out.println(np.random.defaultRng(new long[] {7, 0}).random(2));   // [7, 0]: the same
        out.println(np.random.defaultRng(8).random(2));         // a neighbour: unrelated

        Generator rng = np.random.defaultRng(7);
        PCG64 bits = (PCG64) rng.bitGenerator();
        PCG64.State saved = bits.state();                       // rng.bit_generator.state
        out.println(rng.random(2));
        bits.setState(saved);                                   // rewind
        out.println(rng.random(2));
        // end::example[]
    }
}
