package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.random.BitGenerator;
import dev.strides.random.Generator;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q013: a Generator, its PCG64 and the raw bits under random(). */
public final class RandomNumbersExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        Generator rng = np.random.defaultRng(42);              // np.random.default_rng(42)
        out.println(rng.random(3));                           // floats in [0, 1)
        out.println(rng.uniform(-1.0, 1.0, 3));               // floats in [-1, 1)
        out.println(rng.integers(1, 7, 6));                   // dice: 1..6
        out.println(rng.normal(10.0, 2.0, 3));                // mean 10, sd 2

        BitGenerator bits = np.random.defaultRng(42).bitGenerator();
        long x = bits.nextUint64();                           // the first raw 64-bit draw
        out.println("raw " + Long.toHexString(x) + " -> " + (x >>> 11) * 0x1.0p-53);
        // end::example[]
    }
}
