package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q029: a transpose swaps shape and strides; no element moves. */
public final class TransposeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray m = np.reshape(np.arange(6.0), 2, 3);
        NDArray t = np.transpose(m);
        out.println(t);
        out.println("strides " + NDArray.tuple(m.strides()) + " -> " + NDArray.tuple(t.strides())
                + ", C-contiguous: " + t.flags().cContiguous() + ", F-contiguous: "
                + t.flags().fContiguous());
        t.setDouble(9.0, 2, 0);                                // t[2, 0] is m[0, 2]
        out.println(m);
        NDArray b = np.zeros(2, 3, 4);
        NDArray p = np.transpose(b, 1, 2, 0);
        out.println(NDArray.tuple(p.shape()) + " " + NDArray.tuple(p.strides()));
        // end::example[]
    }
}
