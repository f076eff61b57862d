package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q103: every window of 3 over 6 values is one read-only view. */
public final class SlidingWindowExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(6.0);                             // np.arange(6.0)
        NDArray w = np.lib.strideTricks.slidingWindowView(x, 3);
        out.println(w);
        out.println("shape " + NDArray.tuple(w.shape()) + ", strides "
                + NDArray.tuple(w.strides()) + ", writeable " + w.isWriteable());
        out.println("shares x's memory: " + np.sharesMemory(w, x));
        NDArray raw = np.lib.strideTricks.asStrided(x, new int[] {4, 3}, new long[] {8, 8},
                false);                                          // the same view, by hand
        out.println(np.arrayEqual(raw, w));
        // end::example[]
    }
}
