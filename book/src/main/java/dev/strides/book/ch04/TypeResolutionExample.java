package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** M08: NEP 50 promotion, then the loop's own arithmetic. */
public final class TypeResolutionExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray u8 = np.array(new long[] {200}, np.uint8);
        NDArray i8 = np.array(new long[] {127}, np.int8);
        out.println(np.add(u8, 100L));                                   // weak int: uint8
        try {
            np.add(u8, 300L);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        out.println(np.add(i8, np.array(1L, np.int8)));                   // wraps
        out.println(np.add(i8, 2.5).dtype() + " "
                + np.add(i8, np.array(2.5, np.float32)).dtype());       // weak vs strong
        NDArray x = np.array(new long[] {7, -7, 7, -7});
        NDArray y = np.array(new long[] {2, 2, -2, -2});
        out.println(np.floorDivide(x, y) + " " + np.remainder(x, y) + " " + np.fmod(x, y));
        // end::example[]
    }
}
