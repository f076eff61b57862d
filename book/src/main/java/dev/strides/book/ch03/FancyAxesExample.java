package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.List;

/** Chapter 3's introduction: which indexes give views, and the shapes of mixed indexes. */
public final class FancyAxesExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.reshape(np.arange(24), 2, 3, 4);
        for (String index : List.of("1, ::-1", "..., None, 0", ":, [0, 2], [1, 3]",
                "[1, 0], :, [0, 3]", ":, [[0], [2]], 1:3", "[True, False]")) {
            NDArray r = np.get(a, index);
            out.println("a[" + index + "]: shape " + NDArray.tuple(r.shape()) + ", view: "
                    + np.sharesMemory(r, a));
        }
        // end::example[]
    }
}
