package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q084: None adds a length-1 axis with stride 0; a column times a row is a table. */
public final class NewaxisExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {1, 2, 3});
        NDArray y = np.array(new double[] {10, 20});
        // x[:, None] and y[None, :]: one more axis of length 1 and stride 0, the same bytes
        NDArray column = x.stridedView(new int[] {3, 1}, new long[] {8, 0}, 0);
        NDArray row = y.stridedView(new int[] {1, 2}, new long[] {0, 8}, 0);
        out.println("x[:, None]: shape " + NDArray.tuple(column.shape()) + ", strides "
                + NDArray.tuple(column.strides()) + ", shares x: " + (column.base() == x));
        out.println(np.multiply(column, row));                 // the outer product
        NDArray xRow = x.stridedView(new int[] {1, 3}, new long[] {0, 8}, 0);   // x[None, :]
        out.println(np.subtract(column, xRow));                // x[:, None] - x[None, :]
        // end::example[]
    }
}
