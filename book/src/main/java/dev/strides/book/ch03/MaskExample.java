package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q019: a boolean mask selects elements in C order, as a copy. */
public final class MaskExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[][] {{1, -2, 3}, {-4, 5, -6}});
        NDArray mask = np.greater(a, 0.0);
        out.println(mask);
        NDArray picked = np.get(a, mask);
        out.println(picked);
        out.println("view: " + np.sharesMemory(picked, a));
        NDArray both = np.logicalAnd(np.greater(a, 0.0), np.less(a, 4.0));
        out.println(np.get(a, both));                          // a[(a > 0) & (a < 4)]
        out.println(np.get(a, np.array(new boolean[] {false, true})));   // rows by a 1-d mask
        // end::example[]
    }
}
