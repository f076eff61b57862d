package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q052: empty means size == 0, which is neither ndim == 0 nor len == 0. */
public final class EmptyArrayExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray[] arrays = {
            np.zeros(0),                                     // np.zeros(0)
            np.zeros(2, 0, 3),                               // np.zeros((2, 0, 3))
            np.zeros(3, 0),                                  // np.zeros((3, 0)): len 3
            np.array(5.0),                                   // np.array(5.0): 0-d
            np.zeros(3),
        };
        for (NDArray a : arrays) {
            out.println("shape " + NDArray.tuple(a.shape()) + ": ndim " + a.ndim()
                    + ", size " + a.size() + ", empty " + (a.size() == 0));
        }
        out.println(arrays[1]);
        out.println(arrays[3]);
        // end::example[]
    }
}
