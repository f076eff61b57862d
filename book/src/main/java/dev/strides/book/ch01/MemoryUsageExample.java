package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q007: nbytes counts the elements an array shows, not the buffer it keeps alive. */
public final class MemoryUsageExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.zeros(3, 4);                          // np.zeros((3, 4))
        out.println("float64: size " + a.size() + ", itemsize " + a.itemsize()
                + ", nbytes " + a.nbytes());
        NDArray small = np.zeros(new int[] {3, 4}, np.float32);
        out.println("float32: nbytes " + small.nbytes());

        NDArray x = np.arange(10.0);                         // np.arange(10.0)
        NDArray every2 = x.stridedView(new int[] {5}, new long[] {16}, 0);   // x[::2]
        out.println("x[::2]: nbytes " + every2.nbytes() + ", strides "
                + NDArray.tuple(every2.strides()) + ", base is x: " + (every2.base() == x));

        NDArray big = np.zeros(1_000_000);                   // 8 MB of float64
        NDArray head = big.stridedView(new int[] {10}, big.strides(), 0);   // big[:10]
        out.println("big[:10]: nbytes " + head.nbytes() + ", keeps alive "
                + head.base().nbytes());
        NDArray kept = head.copy();                          // big[:10].copy()
        out.println("copy: nbytes " + kept.nbytes() + ", owns its buffer: "
                + (kept.base() == null));
        // end::example[]
    }
}
