package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q060: clip is minimum(maximum(a, lo), hi). */
public final class ClipExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {-3, 0.5, Double.NaN, 7});
        out.println(np.clip(a, 0.0, 1.0));
        out.println(np.minimum(np.maximum(a, 0.0), 1.0));      // the same thing
        out.println(np.clip(np.arange(5), 3L, 1L));              // lo > hi: all hi
        out.println(np.clip(np.arange(5), 1.5, 3L).dtype());     // a weak float: float64
        NDArray same = np.clip(a, -1.0, 1.0, a);                // in place
        out.println(a + ", returned a: " + (same == a));
        // end::example[]
    }
}
