package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q089 and Q090: moveaxis, rollaxis and swapaxes are permutations of the axes. */
public final class AxesExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray c = np.zeros(2, 3, 4, 5);
        out.println("moveaxis(c, 0, -1): " + NDArray.tuple(np.moveaxis(c, 0, -1).shape()));
        out.println("rollaxis(c, 3, 1):  " + NDArray.tuple(np.rollaxis(c, 3, 1).shape()));
        out.println("rollaxis(c, 1, 3):  " + NDArray.tuple(np.rollaxis(c, 1, 3).shape()));
        out.println("moveaxis(c, 1, 3):  " + NDArray.tuple(np.moveaxis(c, 1, 3).shape()));
        NDArray s = np.swapaxes(c, 0, 2);
        out.println("swapaxes(c, 0, 2):  " + NDArray.tuple(s.shape()) + " strides "
                + NDArray.tuple(s.strides()));
        NDArray m = np.moveaxis(c, new int[] {0, 1}, new int[] {-1, -2});
        out.println("moveaxis(c, [0, 1], [-1, -2]): " + NDArray.tuple(m.shape()));
        // end::example[]
    }
}
