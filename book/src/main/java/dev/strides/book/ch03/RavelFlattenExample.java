package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q008: ravel returns a view when it can, flatten always copies. */
public final class RavelFlattenExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray m = np.reshape(np.arange(6.0), 2, 3);
        NDArray r = np.ravel(m);
        NDArray f = np.flatten(m);
        out.println("ravel view: " + np.sharesMemory(r, m) + ", flatten view: "
                + np.sharesMemory(f, m));
        r.setDouble(-1.0, 0);                                  // writes into m
        f.setDouble(-2.0, 1);                                  // writes into the copy only
        out.println(m);
        NDArray cols = np.get(m, ":, ::2");
        out.println("m[:, ::2]: ravel view: " + np.sharesMemory(np.ravel(cols), m)
                + ", reshape(-1) view: " + np.sharesMemory(np.reshape(cols, -1), m));
        // end::example[]
    }
}
