package dev.strides.book.ch10;

import dev.strides.book.Example;

import dev.strides.np.np;
import java.io.PrintStream;

/** The chapter's claim: the same seed gives the same numbers as NumPy. */
public final class SameSeedExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        out.println(np.random.defaultRng(42).random(5));       // default_rng(42).random(5)
        out.println(np.random.defaultRng(42).integers(0, 10, 5));
        out.println(np.random.defaultRng(42).standardNormal(3));
        np.random.seed(0);                                    // the legacy global state
        out.println(np.random.rand(3));
        out.println(np.random.randn(3));
        out.println(np.random.randint(0, 10, 5));
        // end::example[]
    }
}
