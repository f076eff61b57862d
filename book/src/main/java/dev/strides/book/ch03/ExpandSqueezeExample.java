package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q053: expand_dims and squeeze add and remove length-1 axes, as views. */
public final class ExpandSqueezeExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(3.0);
        for (int axis : new int[] {0, 1, -1}) {
            NDArray e = np.expandDims(x, axis);
            out.println("expand_dims(x, " + axis + "): shape " + NDArray.tuple(e.shape()));
        }
        NDArray batch = np.zeros(1, 28, 28, 1);
        NDArray picture = np.squeeze(batch);
        out.println("squeeze: " + NDArray.tuple(picture.shape()) + ", strides "
                + NDArray.tuple(picture.strides()) + ", view: " + np.sharesMemory(picture, batch));
        out.println("squeeze(axis=0): " + NDArray.tuple(np.squeeze(batch, 0).shape()));
        try {
            np.squeeze(batch, 1);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
