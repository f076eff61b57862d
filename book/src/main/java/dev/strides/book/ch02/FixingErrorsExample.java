package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** MS07: the row-mean bug, and two fixes that give the operand a trailing axis of length 1. */
public final class FixingErrorsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[][] {{1, 2, 3, 6}, {4, 4, 4, 4}, {0, -1, 1, 0}});
        NDArray means = np.divide(np.sum(a, 1), 4.0);              // a.mean(axis=1): (3,)
        try {
            np.subtract(a, means);                                 // a - a.mean(axis=1)
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        NDArray kept = np.divide(np.sum(a, 1, true), 4.0);        // keepdims: (3, 1)
        out.println(np.subtract(a, kept));
        // means[:, None]: the same (3, 1) shape as a view
        NDArray column = means.stridedView(new int[] {3, 1}, new long[] {8, 0}, 0);
        out.println("same result: " + np.subtract(a, column).toString()
                .equals(np.subtract(a, kept).toString()));
        // end::example[]
    }
}
