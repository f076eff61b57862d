package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q004: a (4, 1) column and a (3,) row meet in a (4, 3) result; the row is stretched, not copied. */
public final class BroadcastingExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[][] {{0}, {10}, {20}, {30}});    // shape (4, 1)
        NDArray y = np.arange(3.0);                                      // shape (3,)
        out.println(np.add(x, y));                                       // x + y
        NDArray yb = np.broadcastTo(y, 4, 3);
        out.println("broadcast_to(y, (4, 3)): strides " + NDArray.tuple(yb.strides())
                + ", base is y: " + (yb.base() == y) + ", writeable: " + yb.isWriteable());
        NDArray xb = np.broadcastTo(x, 4, 3);
        out.println("broadcast_to(x, (4, 3)): strides " + NDArray.tuple(xb.strides()));
        out.println(np.multiply(y, 2.0));                                // y * 2.0: a 0-d operand
        // end::example[]
    }
}
