package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.DType;
import dev.strides.np.np;
import java.io.PrintStream;

/** MS03: the same bytes read as another dtype. */
public final class DtypeViewExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new double[] {1.0, -2.0});
        NDArray bits = np.view(a, DType.INT64);
        out.println(bits);
        NDArray halves = np.view(a, DType.INT32);              // (2,) float64 -> (4,) int32
        out.println(halves);
        NDArray bytes = np.arange(0, 8, 1, DType.UINT8);
        out.println(np.view(bytes, DType.UINT16));             // little-endian pairs
        out.println(np.view(np.reshape(bytes, 2, 4), DType.INT32));
        try {
            np.view(np.get(np.reshape(bytes, 2, 4), ":, ::2"), DType.UINT16);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
