package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q109: a branchy scalar function, per element and with masks. */
public final class PiecewiseExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {-1, 0.5, 1, 3});
        // per element: one call of the scalar function each
        NDArray slow = np.vectorize(args -> {
            double v = (Double) args[0];
            return v < 0 ? 0.0 : v < 1 ? v * v : 2 * v - 1;
        }, 1, np.float64).call(x);
        // vectorised: one ufunc call per branch, restricted by a mask
        NDArray fast = np.zerosLike(x);
        NDArray middle = np.logicalAnd(np.greaterEqual(x, 0.0), np.less(x, 1.0));
        np.square(x, np.kwargs().out(fast).where(middle));
        NDArray upper = np.greaterEqual(x, 1.0);
        np.subtract(np.multiply(x, 2.0), 1.0, np.kwargs().out(fast).where(upper));
        out.println(slow);
        out.println(fast);
        // end::example[]
    }
}
