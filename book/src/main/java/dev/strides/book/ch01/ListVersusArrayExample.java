package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ShapeException;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q002: one dtype for all elements, a fixed rectangular shape, and slices that are views. */
public final class ListVersusArrayExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        out.println(np.array(new Object[] {1, 2.5}));        // np.array([1, 2.5])
        out.println(np.array(new Object[] {true, 2}));       // np.array([True, 2])
        out.println(np.array(new int[] {1, 2, 3}));          // a Java int[] is int32
        try {
            np.array(new double[][] {{1, 2}, {3}});          // np.array([[1, 2], [3]])
        } catch (ShapeException e) {
            out.println(e.getMessage().replace(". ", ".\n"));   // one sentence a line
        }
        NDArray a = np.arange(6.0);
        NDArray evens = a.stridedView(new int[] {3}, new long[] {16}, 0);   // a[::2]
        evens.setDouble(-1.0, 0);                            // evens[0] = -1 writes into a
        out.println(a);
        // end::example[]
    }
}
