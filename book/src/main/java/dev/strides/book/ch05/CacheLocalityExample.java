package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import dev.strides.stridetricks.Locality;
import java.io.PrintStream;

/** H01: the loop order that walks memory forward, for C, F and transposed arrays. */
public final class CacheLocalityExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.reshape(np.arange(24.0), 2, 3, 4);
        NDArray[] arrays = {a, np.transpose(a), np.copy(a, Order.F), np.transpose(a, 1, 0, 2)};
        String[] names = {"a", "a.T", "F copy", "a.transpose(1, 0, 2)"};
        for (int k = 0; k < arrays.length; k++) {
            out.println(names[k] + ": strides " + NDArray.tuple(arrays[k].strides())
                    + ", loop order " + NDArray.tuple(Locality.loopOrder(arrays[k])));
        }
        out.println(Locality.sumRowOrder(a) + " " + Locality.sumColumnOrder(a) + " "
                + Locality.sumMemoryOrder(np.transpose(a)));
        // end::example[]
    }
}
