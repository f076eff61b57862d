package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q014: rand, randn and randint: shapes, dtypes, ranges. */
public final class RandRandnRandintExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        np.random.seed(0);
        NDArray u = np.random.rand(2, 3);                     // rand(2, 3): dims, not a tuple
        NDArray z = np.random.randn(2, 2);                    // randn(2, 2)
        NDArray k = np.random.randint(5, 10, 2, 3);           // randint(5, 10, size=(2, 3))
        for (NDArray a : new NDArray[] {u, z, k}) {
            out.println(a);
            out.println("dtype " + a.dtype().name() + ", shape " + NDArray.tuple(a.shape()));
        }
        // end::example[]
    }
}
