package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/**
 * Q001: an array is one buffer of fixed-size items; element {@code i} is found by arithmetic,
 * {@code offset + i*strides[0]}, and a view reads the same bytes with other numbers.
 */
public final class ElementAddressExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.arange(5.0);                          // np.arange(5.0)
        out.println(a);
        out.println("dtype " + a.dtype() + ", itemsize " + a.itemsize() + ", strides "
                + NDArray.tuple(a.strides()) + ", nbytes " + a.nbytes());
        for (int i = 0; i < a.size(); i++) {                 // offset + i*strides[0]
            out.println("a[" + i + "] = " + a.getDouble(i) + " at byte " + a.byteOffset(i));
        }
        // a[::-1]: the same bytes read from the last element backwards (a view, no copy)
        NDArray r = a.stridedView(a.shape(), new long[] {-a.strides(0)}, a.byteOffset(-1));
        out.println(r);
        out.println("strides " + NDArray.tuple(r.strides()) + ", offset " + r.offset()
                + ", r[1] at byte " + r.byteOffset(1));
        // end::example[]
    }
}
