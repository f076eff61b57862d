package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q070: diagonals are read-only strided views. */
public final class DiagonalExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray m = np.reshape(np.arange(12), 3, 4);
        NDArray d = np.diagonal(m);
        out.println(d);
        out.println("strides " + NDArray.tuple(d.strides()) + ", writeable " + d.isWriteable()
                + ", view: " + np.sharesMemory(d, m));
        out.println(np.diagonal(m, 1));
        out.println(np.diagonal(m, -1));
        NDArray s = np.reshape(np.arange(8), 2, 2, 2);
        out.println(np.diagonal(s, 0, 1, 2));                  // one diagonal per s[k]
        // end::example[]
    }
}
