package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.stridetricks.MovingAverages;
import java.io.PrintStream;

/** G08: moving averages by windows and by a cumulative sum. */
public final class MovingAverageExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {1, 3, 2, 5, 4, 6});
        out.println(MovingAverages.simple(x, 3));               // windows, then mean
        out.println(MovingAverages.cumsumMean(x, 3));           // cumsum, O(n)
        out.println(MovingAverages.weighted(x, np.array(new double[] {1, 2, 3})));
        // end::example[]
    }
}
