package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** A10: a per-row norm with keepdims is (m, 1) and divides each row by its own length. */
public final class RowNormalizationExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[][] {{3, 4}, {1, 0}, {1, 1}});
        NDArray norms = np.sqrt(np.sum(np.square(x), 1, true));   // keepdims=True
        out.println("norms: shape " + NDArray.tuple(norms.shape()));
        out.println(np.divide(x, norms));
        try {
            np.divide(x, np.sqrt(np.sum(np.square(x), 1)));     // without keepdims: (3, 2) / (3,)
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
