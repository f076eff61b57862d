package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q047: one call per 1-d slice, the answers stacked where the axis was. */
public final class ApplyAlongAxisExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray m = np.array(new double[][] {{3, 1, 2}, {9, 4, 6}});
        int[] calls = new int[1];
        NDArray ranges = np.applyAlongAxis(r -> {
            calls[0]++;
            return np.subtract(np.maximum.reduce(r), np.minimum.reduce(r));
        }, 1, m);
        out.println(ranges + " after " + calls[0] + " calls");
        out.println(np.subtract(np.maximum.reduce(m, 1), np.minimum.reduce(m, 1)));
        NDArray firstTwo = np.applyAlongAxis(r -> np.get(r, ":2"), 0, m);
        out.println(NDArray.tuple(firstTwo.shape()));
        // end::example[]
    }
}
