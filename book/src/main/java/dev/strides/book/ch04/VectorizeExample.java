package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q115: frompyfunc with two outputs; vectorize with a fixed output type. */
public final class VectorizeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray[] qr = np.frompyfunc(args -> new Object[] {
            Math.floorDiv((Long) args[0], (Long) args[1]),
            Math.floorMod((Long) args[0], (Long) args[1])}, 2, 2)
                .callAll(np.array(new long[] {7, -7, 9}), 2L);
        out.println(qr[0] + " " + qr[1]);
        NDArray halves = np.vectorize(args -> (Long) args[0] == 0 ? (Object) 0L
                : (Long) args[0] / 2.0, 1, np.float64).call(np.arange(4));
        out.println(halves);
        // end::example[]
    }
}
