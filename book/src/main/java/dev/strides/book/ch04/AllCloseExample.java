package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q065: allclose is all(isclose(a, b)); array_equal wants equal shapes. */
public final class AllCloseExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {1e10, 1e-7});
        NDArray b = np.array(new double[] {1.00001e10, 1e-8});
        out.println("allclose: " + np.allclose(a, b));
        out.println("per element: " + np.isclose(a, b));
        out.println("ones(3) vs ones(1): allclose " + np.allclose(np.ones(3), np.ones(1))
                + ", array_equal " + np.arrayEqual(np.ones(3), np.ones(1)));
        NDArray n = np.array(new double[] {1, Double.NaN});
        out.println("with NaN: " + np.allclose(n, n) + ", equal_nan: "
                + np.allclose(n, n, 1e-5, 1e-8, true));
        // end::example[]
    }
}
