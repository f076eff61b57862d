package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Creating arrays with zeros, ones, full and eye; printing one is NumPy's {@code repr}. */
public final class CreationExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray zeros = np.zeros(2, 3);                     // np.zeros((2, 3))
        out.println(zeros);
        out.println(zeros.dtype());

        NDArray sevens = np.full(new int[] {2, 2}, 7, np.int32); // np.full((2, 2), 7, np.int32)
        out.println(sevens);

        NDArray upper = np.eye(3, 3, 1);                    // np.eye(3, k=1)
        out.println(upper);
        // end::example[]
    }
}
