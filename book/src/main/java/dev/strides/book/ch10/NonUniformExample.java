package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.random.NonUniformSampling;
import dev.strides.np.np;
import java.io.PrintStream;

/** A02: non-uniform numbers from uniform ones: inversion, cumulative sums, rejection. */
public final class NonUniformExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        double[] p = {0.1, 0.2, 0.3, 0.4};
        long[] ours = NonUniformSampling.weightedChoice(np.random.defaultRng(42), p, 8);
        out.println(java.util.Arrays.toString(ours));             // cumsum + binary search
        out.println(np.random.defaultRng(42).choice(4, new int[] {8}, true, p));

        out.println(NonUniformSampling.inverseTransform(np.random.defaultRng(42),
                u -> -Math.log1p(-u) / 2.0, 3));                  // Exp(rate 2) by inversion
        double x = NonUniformSampling.rejection(np.random.defaultRng(42), t -> 2 * t, 0, 1, 2);
        out.println("rejection, density 2x: " + x);
        // end::example[]
    }
}
