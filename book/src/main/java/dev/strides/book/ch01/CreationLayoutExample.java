package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q003: creation functions, their defaults, and the strides they lay the elements out with. */
public final class CreationLayoutExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray c = np.ones(new int[] {2, 3}, np.int32);     // np.ones((2, 3), np.int32)
        out.println(c);
        out.println("C order strides " + NDArray.tuple(c.strides()));
        NDArray f = np.zeros(new int[] {2, 3}, np.float64, Order.F);   // order='F'
        out.println("F order strides " + NDArray.tuple(f.strides()));
        out.println("zerosLike(f) strides " + NDArray.tuple(np.zerosLike(f).strides()));
        out.println(np.eye(3, 4, -1));                       // np.eye(3, 4, k=-1)
        out.println(np.identity(2, np.bool));                // np.identity(2, bool)
        out.println(np.full(new int[] {3}, 2.5, np.int32));  // np.full(3, 2.5, np.int32)
        NDArray none = np.zeros(2, 0, 3);                    // np.zeros((2, 0, 3))
        out.println(none);
        out.println("strides " + NDArray.tuple(none.strides()));
        // end::example[]
    }
}
