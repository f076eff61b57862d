package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q006: one loop, five ways to use it. */
public final class UfuncMethodsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new long[] {1, 2, 3, 4});
        out.println(np.add(x, 10L));                     // element-wise, broadcasting
        out.println(np.add.reduce(x));                   // 1 + 2 + 3 + 4
        out.println(np.add.accumulate(x));               // running sums
        out.println(np.multiply.outer(x, np.arange(1, 4)));
        NDArray counts = np.zeros(new int[] {4}, np.int64);
        np.add.at(counts, np.array(new long[] {0, 2, 2, 2}), 1L);
        out.println(counts);                             // index 2 counted three times
        // end::example[]
    }
}
