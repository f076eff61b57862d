package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q106: a broadcast view costs no element memory; out= writes results in place. */
public final class NoCopyExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray row = np.arange(1000.0);
        NDArray table = np.broadcastTo(row, 1000, 1000);
        out.println("table: shape " + NDArray.tuple(table.shape()) + ", nbytes "
                + table.nbytes() + ", strides " + NDArray.tuple(table.strides()));
        out.println("bytes behind it: " + table.base().nbytes());
        NDArray a = np.array(new double[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray w = np.array(new double[] {1, 10, 100});
        NDArray same = np.multiply(a, w, a);                   // a *= w, no temporary
        out.println(a);
        out.println("result is a: " + (same == a));
        // end::example[]
    }
}
