package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;
import java.io.PrintStream;

/** M04: reduce with axes, keepdims, initial and where; an empty reduction. */
public final class ReductionExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray c = np.reshape(np.arange(12.0), 3, 4);
        out.println(np.add.reduce(c, ReduceOptions.axis(0).keepdims(true)));
        out.println(np.add.reduce(c, ReduceOptions.axes(0, 1)));
        out.println(np.maximum.reduce(c, ReduceOptions.axis(1)
                .where(np.less(c, 6.0)).initial(-1.0)));
        out.println(np.add.reduceat(np.arange(8), new int[] {0, 4, 6}));
        out.println(np.multiply.reduce(np.zeros(0)));              // the identity, 1
        try {
            np.maximum.reduce(np.zeros(0));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
