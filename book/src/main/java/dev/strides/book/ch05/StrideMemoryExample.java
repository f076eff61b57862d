package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q055: a view repeats or overlaps bytes that exist once; a copy pays for every element. */
public final class StrideMemoryExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(1000.0);                          // 8000 bytes
        NDArray rows = np.broadcastTo(x, 500, 1000);             // 500 rows, stride 0
        out.println("broadcast: strides " + NDArray.tuple(rows.strides()) + ", nbytes "
                + rows.nbytes() + ", buffer " + rows.buffer().byteSize());
        NDArray windows = np.lib.strideTricks.slidingWindowView(x, 50);
        out.println("windows: shape " + NDArray.tuple(windows.shape()) + ", nbytes "
                + windows.nbytes() + ", buffer " + windows.buffer().byteSize());
        NDArray copied = np.copy(windows);                      // np.ascontiguousarray(windows)
        out.println("copied: nbytes " + copied.nbytes() + ", strides "
                + NDArray.tuple(copied.strides()));
        // end::example[]
    }
}
