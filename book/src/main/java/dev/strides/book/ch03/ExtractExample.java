package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q095: extract reads condition and array flattened; compress keeps slices. */
public final class ExtractExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.reshape(np.arange(12), 3, 4);
        NDArray cond = np.equal(np.remainder(a, 3), 0);
        out.println(np.extract(cond, a));
        out.println(np.extract(new boolean[] {true, false, false, false, false, true}, a));
        out.println(np.compress(new boolean[] {false, true, true}, a, 0));
        out.println(np.compress(new boolean[] {true, false, true}, a, 1));
        // end::example[]
    }
}
