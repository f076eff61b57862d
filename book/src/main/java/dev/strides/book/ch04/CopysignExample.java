package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q097: the magnitude of one, the sign bit of the other. */
public final class CopysignExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {-3, -0.0, 0, 2});
        out.println(np.copysign(np.array(new double[] {1, 1, 1, 1}), x));
        out.println(np.sign(x));                           // cannot see -0.0
        out.println(np.copysign(x, 1.0));                  // |x|
        out.println(np.copysign(np.array(new long[] {1, 2}), -1L));   // ints become float64
        // end::example[]
    }
}
