package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;
import java.io.PrintStream;

/** Q098: maximum propagates NaN, fmax ignores it. */
public final class FmaxExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {1, Double.NaN, 3, Double.NaN});
        NDArray b = np.array(new double[] {Double.NaN, 2, 1, Double.NaN});
        out.println(np.maximum(a, b));
        out.println(np.fmax(a, b));
        out.println(np.fmin(a, b));
        NDArray t = np.array(new double[][] {{1, Double.NaN}, {4, 2}});
        out.println(np.maximum.reduce(t, ReduceOptions.axis(1)));
        out.println(np.fmax.reduce(t, ReduceOptions.axis(1)));      // np.nanmax(t, axis=1)
        // end::example[]
    }
}
