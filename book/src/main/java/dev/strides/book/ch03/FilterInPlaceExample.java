package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** A04: filter in place and return a view of the kept prefix. */
public final class FilterInPlaceExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {5, -1, 3, -7, 8, 0});
        int k = 0;
        for (int i = 0; i < a.shape(0); i++) {                 // k <= i: never ahead of i
            double v = a.getDouble(i);
            if (v > 0) {
                a.setDouble(v, k++);
            }
        }
        NDArray kept = np.get(a, np.slice(0, k));              // a[:k], a view
        out.println(kept);
        out.println("view: " + np.sharesMemory(kept, a) + ", offset " + kept.offset());
        out.println(a);
        // end::example[]
    }
}
