package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.Arrays;

/** Q068 and Q069: flat positions and multi-indices, both ways. */
public final class UnravelExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        out.println(Arrays.toString(np.unravelIndex(22, 3, 4, 5)));
        out.println(Arrays.toString(np.unravelIndex(22, new int[] {3, 4, 5}, Order.F)));
        out.println(np.ravelMultiIndex(new long[] {1, 0, 2}, 3, 4, 5));
        NDArray[] rc = np.unravelIndex(np.array(new long[] {1, 5, 11}), 3, 4);
        out.println(rc[0]);
        out.println(rc[1]);
        Object[] coords = {new long[] {5, 0}, new long[] {-1, 3}};
        out.println(np.ravelMultiIndex(coords, new int[] {3, 4}, "wrap", Order.C));
        try {
            np.ravelMultiIndex(coords, new int[] {3, 4});
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
