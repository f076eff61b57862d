package dev.strides.book.ch05;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.stridetricks.Layout;
import java.io.PrintStream;

/** Q116: the stride debugger on a window view and on a broadcast view. */
public final class ExplainLayoutExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(10.0);
        out.print(Layout.explain(np.lib.strideTricks.slidingWindowView(x, 3), 4));
        out.println();
        out.print(Layout.explain(np.broadcastTo(np.arange(3.0), 2, 3), 2));
        // end::example[]
    }
}
