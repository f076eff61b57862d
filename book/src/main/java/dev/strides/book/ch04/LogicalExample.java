package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q063: logical ufuncs read truth values; bitwise ufuncs read bits. */
public final class LogicalExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray p = np.array(new boolean[] {true, true, false, false});
        NDArray q = np.array(new boolean[] {true, false, true, false});
        out.println(np.logicalAnd(p, q));
        out.println(np.logicalOr(p, q));
        out.println(np.logicalXor(p, q));
        out.println(np.logicalNot(p));
        NDArray x = np.array(new long[] {2, 0, 3});
        NDArray y = np.array(new long[] {1, 1, 2});
        out.println(np.logicalAnd(x, y) + " but " + np.bitwiseAnd(x, y));
        // end::example[]
    }
}
