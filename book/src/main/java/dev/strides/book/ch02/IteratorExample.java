package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.broadcasting.MultiIterator;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The broadcast iterator hands out runs; contiguous operands coalesce into one. */
public final class IteratorExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.ones(2, 3, 4);
        NDArray x = np.array(new double[][] {{0}, {10}, {20}, {30}});    // shape (4, 1)
        NDArray y = np.arange(3.0);                                      // shape (3,)
        NDArray t = a.stridedView(new int[] {4, 3}, new long[] {8, 32}, 0);  // a[0].T
        NDArray[][] cases = {{a, a}, {x, y}, {np.arange(1000.0), np.full(new int[0], 2.0)},
            {t, np.ones(4, 3)}};
        for (NDArray[] operands : cases) {
            MultiIterator it = np.broadcast(operands);
            List<Integer> runs = new ArrayList<>();
            it.forEachRun((offsets, count, strides) -> runs.add(count));
            out.println("shape " + NDArray.tuple(it.shape()) + ": " + runs.size()
                    + " run(s) of " + runs.getFirst());
        }
        // end::example[]
    }
}
