package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** M09: slicing is offset and stride arithmetic. */
public final class SlicingExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.reshape(np.arange(12.0), 3, 4);
        for (String index : new String[] {"1:, ::-2", "::-1, ::-1", "..., 1", "None, 1:3",
                "-1:-4:-2, 5:"}) {
            NDArray v = np.get(a, index);
            out.println("a[" + index + "]: shape " + NDArray.tuple(v.shape()) + ", strides "
                    + NDArray.tuple(v.strides()) + ", offset " + v.offset());
        }
        out.println(np.get(a, "1:, ::-2"));
        // end::example[]
    }
}
