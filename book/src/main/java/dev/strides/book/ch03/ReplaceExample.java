package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q037: assigning through a mask replaces values in place. */
public final class ReplaceExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {3, 15, -2, 40, Double.NaN});
        NDArray b = np.copy(a);                                // keep the original
        np.set(b, np.greater(b, 10.0), 10.0);                  // b[b > 10] = 10
        np.set(b, np.isnan(b), 0.0);                           // b[np.isnan(b)] = 0
        out.println(b);
        out.println(a);
        NDArray m = np.reshape(np.arange(6.0), 2, 3);
        np.set(m, np.equal(np.remainder(m, 2.0), 0.0), new double[] {-1, -2, -3});
        out.println(m);                                        // one value per True, C order
        // end::example[]
    }
}
