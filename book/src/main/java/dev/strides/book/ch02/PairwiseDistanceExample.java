package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** G03: (m, 1, d) - (1, n, d) is every pair; sum the squares over d. */
public final class PairwiseDistanceExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[][] {{0, 0}, {3, 4}, {1, 1}});   // 3 points in 2-d
        NDArray y = np.array(new double[][] {{0, 0}, {6, 8}});           // 2 points
        NDArray xs = x.stridedView(new int[] {3, 1, 2}, new long[] {16, 0, 8}, 0);  // x[:, None, :]
        NDArray ys = y.stridedView(new int[] {1, 2, 2}, new long[] {0, 16, 8}, 0);  // y[None, :, :]
        NDArray diff = np.subtract(xs, ys);
        out.println("diff: shape " + NDArray.tuple(diff.shape()) + ", " + diff.nbytes()
                + " bytes");
        NDArray d = np.sqrt(np.sum(np.square(diff), -1));     // sqrt((diff**2).sum(axis=-1))
        out.println(d);
        // end::example[]
    }
}
