package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * Q115: frompyfunc with two outputs; vectorize's first-result dtype and its extra call, and the
 * same function with a fixed output type.
 */
public final class VectorizeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray[] qr = np.frompyfunc(args -> new Object[] {
            Math.floorDiv((Long) args[0], (Long) args[1]),
            Math.floorMod((Long) args[0], (Long) args[1])}, 2, 2)
                .callAll(np.array(new long[] {7, -7, 9}), 2L);
        out.println(qr[0] + " " + qr[1]);
        int[] calls = {0};
        Function<Object[], Object> halfOrZero = args -> {
            calls[0]++;
            long t = (Long) args[0];
            return t == 0 ? (Object) 0L : t / 2.0;      // an int first, floats later
        };
        NDArray truncated = np.vectorize(halfOrZero, 1).call(np.arange(4));
        out.println(truncated + ", " + calls[0] + " calls");
        calls[0] = 0;
        NDArray halves = np.vectorize(halfOrZero, 1, np.float64).call(np.arange(4));
        out.println(halves + ", " + calls[0] + " calls");
        // end::example[]
    }
}
