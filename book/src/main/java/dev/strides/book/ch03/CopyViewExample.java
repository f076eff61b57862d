package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q028: views share the buffer, copies own theirs; may_share_memory is a bounds test. */
public final class CopyViewExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(8.0);
        NDArray view = np.get(x, "::2");
        NDArray copy = np.get(x, "[0, 2, 4, 6]");              // the same values
        out.println("view: strides " + NDArray.tuple(view.strides()) + ", shares x: "
                + np.sharesMemory(view, x));
        out.println("copy: strides " + NDArray.tuple(copy.strides()) + ", shares x: "
                + np.sharesMemory(copy, x));
        view.setDouble(100.0, 1);
        copy.setDouble(-1.0, 2);
        out.println(x);
        NDArray odd = np.get(x, "1::2");
        out.println("x[::2] and x[1::2]: may share " + np.mayShareMemory(view, odd)
                + ", share " + np.sharesMemory(view, odd));
        // end::example[]
    }
}
