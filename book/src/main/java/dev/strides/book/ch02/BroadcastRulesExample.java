package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** G05: the rule on NumPy's documented examples, and what a clash says. */
public final class BroadcastRulesExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        int[][][] cases = {
            {{256, 256, 3}, {3}},          // an image times per-channel weights
            {{8, 1, 6, 1}, {7, 1, 5}},     // both operands stretch
            {{5, 4}, {1}},
            {{15, 3, 5}, {15, 1, 5}},
            {{0, 1}, {3}},                 // a length-0 axis stays 0
        };
        for (int[][] c : cases) {
            out.println(NDArray.tuple(c[0]) + " with " + NDArray.tuple(c[1]) + " -> "
                    + NDArray.tuple(np.broadcastShapes(c[0], c[1])));
        }
        try {
            np.broadcastShapes(new int[] {2, 1}, new int[] {8, 4, 3});
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
