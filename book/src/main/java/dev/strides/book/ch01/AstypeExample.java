package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.CastingException;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q049: astype copies and converts; 'unsafe' truncates and wraps, 'safe' refuses. */
public final class AstypeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.array(new double[] {2.7, -2.7, 300.5, Double.NaN});
        out.println(np.astype(x, np.int64));                 // x.astype(np.int64)
        out.println(np.astype(x, np.uint8));                 // x.astype(np.uint8)
        NDArray n = np.array(new long[] {300, 200, -1});
        out.println(np.astype(n, np.uint8));                 // low 8 bits, unsigned
        out.println(np.astype(n, np.int8));                  // low 8 bits, signed
        NDArray same = np.astype(n, np.int64);               // same dtype: still a copy
        out.println("copy: " + (same.base() == null && same.buffer() != n.buffer()));
        try {
            np.astype(x, np.int32, "safe");                  // x.astype(np.int32, casting='safe')
        } catch (CastingException e) {
            out.println(e.getMessage());
        }
        out.println(np.canCast(np.int32, np.float64) + " " + np.canCast(np.int64, np.float32));
        out.println(np.promoteTypes(np.int64, np.uint64));
        // end::example[]
    }
}
