package dev.strides.book.ch03;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.DType;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q067: the dense and the sparse index grids. */
public final class IndicesExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray grid = np.indices(2, 3);
        out.println(grid);
        NDArray[] ij = np.indicesSparse(2, 3);
        out.println(ij[0]);
        out.println(ij[1]);
        out.println(np.add(np.multiply(ij[0], 10), ij[1]));   // 10*i + j, broadcast
        out.println("dense " + grid.nbytes() + " bytes, sparse "
                + (ij[0].nbytes() + ij[1].nbytes()) + " bytes");
        out.println(np.indices(new int[] {2, 2}, DType.INT8).dtype());
        // end::example[]
    }
}
