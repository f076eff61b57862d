package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q064: |a - b| <= atol + rtol * |b|. */
public final class IsCloseExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {0.1 + 0.2, 1e-9, 9, Double.POSITIVE_INFINITY});
        NDArray b = np.array(new double[] {0.3, 0, 10, Double.POSITIVE_INFINITY});
        out.println(np.equal(a, b));
        out.println(np.isclose(a, b));
        out.println(np.isclose(a, b, 1e-5, 0, false));         // atol=0: 1e-9 is not 0
        out.println(np.isclose(9.0, 10.0, 0.1, 0, false) + " "
                + np.isclose(10.0, 9.0, 0.1, 0, false));        // b sets the scale
        // end::example[]
    }
}
