package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q102: the same values in C and F order, their strides and flags. */
public final class MemoryOrderExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray c = np.reshape(np.arange(6.0), 2, 3);           // C order, NumPy's default
        NDArray f = np.copy(c, Order.F);                        // np.asfortranarray(c)
        NDArray[] arrays = {c, f, np.transpose(c), np.get(c, ":, ::2")};
        String[] names = {"c", "f", "c.T", "c[:, ::2]"};
        for (int k = 0; k < arrays.length; k++) {
            NDArray a = arrays[k];
            out.println(names[k] + ": strides " + NDArray.tuple(a.strides()) + ", C "
                    + a.flags().cContiguous() + ", F " + a.flags().fContiguous());
        }
        out.println(np.arrayEqual(c, f));                        // same values
        // end::example[]
    }
}
