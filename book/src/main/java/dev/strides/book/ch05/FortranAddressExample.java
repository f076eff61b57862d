package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.io.PrintStream;

/** G02: where element [i, j] lives in C and in F order. */
public final class FortranAddressExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray c = np.reshape(np.arange(6.0), 2, 3);
        NDArray f = np.copy(c, Order.F);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                out.println("[" + i + ", " + j + "] = " + c.getDouble(i, j) + ": C byte "
                        + c.byteOffset(i, j) + ", F byte " + f.byteOffset(i, j));
            }
        }
        out.println(np.ravel(c, Order.K));                       // memory order of c
        out.println(np.ravel(f, Order.K));                       // memory order of f
        // end::example[]
    }
}
