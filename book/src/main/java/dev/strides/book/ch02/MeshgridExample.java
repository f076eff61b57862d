package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q041: meshgrid's dense grids, its sparse grids, and a function evaluated on both. */
public final class MeshgridExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray x = np.arange(4.0);
        NDArray y = np.arange(3.0);
        NDArray[] grid = np.meshgrid(x, y);                        // X, Y = np.meshgrid(x, y)
        out.println(grid[0]);
        out.println(grid[1]);
        NDArray[] ij = np.meshgrid(new NDArray[] {x, y}, "ij", false, true);
        out.println("indexing='ij': shape " + NDArray.tuple(ij[0].shape()));
        NDArray[] views = np.meshgrid(new NDArray[] {x, y}, "xy", false, false);
        out.println("copy=False strides " + NDArray.tuple(views[0].strides()) + " and "
                + NDArray.tuple(views[1].strides()));
        NDArray[] sparse = np.meshgrid(new NDArray[] {x, y}, "xy", true, false);
        out.println("sparse shapes " + NDArray.tuple(sparse[0].shape()) + " and "
                + NDArray.tuple(sparse[1].shape()));
        out.println(np.add(np.square(sparse[0]), np.square(sparse[1])));   // xs**2 + ys**2
        // end::example[]
    }
}
