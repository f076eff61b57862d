package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.stridetricks.Rolling;
import java.io.PrintStream;

/** H05: rolling mean, std, min and max from one window view. */
public final class RollingStatsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray prices = np.array(new double[] {10, 11, 13, 12, 15, 14, 16});
        out.println(Rolling.mean(prices, 3));
        out.println(Rolling.std(prices, 3));                    // ddof=0, as np.std
        out.println(Rolling.min(prices, 3));
        out.println(Rolling.max(prices, 3));
        // end::example[]
    }
}
