package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.PyFunc;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * Q115: reduce and accumulate of a frompyfunc fold left to right; an identity serves empty
 * reductions only.
 */
public final class FrompyfuncReduceExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        Function<Object[], Object[]> digits = args ->
                new Object[] {(Long) args[0] * 10 + (Long) args[1]};    // f(a, b) = 10a + b
        PyFunc f = np.frompyfunc(digits, 2, 1);
        NDArray a = np.reshape(np.arange(6), 2, 3);
        out.println(f.reduce(a, 1));                  // f(f(0, 1), 2), f(f(3, 4), 5)
        out.println(f.reduce(a, 0));
        out.println(f.accumulate(a, 1));
        NDArray empty = np.zeros(new int[] {0}, np.int64);
        try {
            f.reduce(empty);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        PyFunc g = np.frompyfunc(digits, 2, 1, 0L);   // identity=0
        out.println(g.reduce(empty) + " " + g.reduce(a, null, false));
        // end::example[]
    }
}
