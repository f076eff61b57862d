package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q120: a regular mask is a slice; writes and reductions need no copy. */
public final class MaskSliceExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(6.0);
        NDArray mask = np.array(new boolean[] {false, true, false, true, false, true});
        NDArray copied = np.get(x, mask);
        NDArray viewed = np.get(x, "1::2");                    // the same elements
        out.println(copied + " view: " + np.sharesMemory(copied, x));
        out.println(viewed + " view: " + np.sharesMemory(viewed, x));
        np.set(x, np.greater(x, 3.0), 0.0);                    // x[x > 3] = 0: in place
        out.println(x);
        // end::example[]
    }
}
