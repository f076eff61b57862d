package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q046: print options change how arrays are shown, for a block or for the rest of the run. */
public final class PrintOptionsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {1.0 / 3, 2.0 / 3, 1e-10});
        out.println(x);                                      // the defaults: precision 8
        try (var ignored = np.printoptions(o -> o.withPrecision(3).withSuppress(true))) {
            out.println(x);                                  // precision=3, suppress=True
        }
        out.println(x);                                      // the defaults are back

        out.println(np.arange(2000));                        // > threshold 1000: summarised
        try (var ignored = np.printoptions(o -> o.withThreshold(10).withEdgeitems(2))) {
            out.println(np.arange(20));
        }
        try (var ignored = np.printoptions(o -> o.withSign('+'))) {
            out.println(np.arrayStr(np.array(new double[] {1.5, -2.0, 0.0})));   // str(a)
        }
        out.println("precision " + np.getPrintoptions().precision()
                + ", threshold " + np.getPrintoptions().threshold());
        // end::example[]
    }
}
