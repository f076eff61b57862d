package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q005: reshape is a view when strides can describe the new shape, a copy otherwise. */
public final class ReshapeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.arange(12.0);
        NDArray m = np.reshape(a, 3, -1);                      // -1: inferred as 4
        out.println("m: shape " + NDArray.tuple(m.shape()) + ", strides "
                + NDArray.tuple(m.strides()) + ", view: " + np.sharesMemory(m, a));
        NDArray cols = np.get(m, ":, ::2");                    // strides (32, 16)
        NDArray six = np.reshape(cols, 6);
        out.println("m[:, ::2].reshape(6): strides " + NDArray.tuple(six.strides()) + ", view: "
                + np.sharesMemory(six, a));
        NDArray t = np.reshape(np.transpose(m), 12);
        out.println("m.T.reshape(12): view: " + np.sharesMemory(t, a));
        out.println(t);
        // end::example[]
    }
}
