package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q119: eight flags per byte, combined and counted a byte at a time. */
public final class PackbitsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray a = np.array(new boolean[] {true, false, true, true, false, false, true, false,
            true, true});
        NDArray b = np.array(new boolean[] {true, true, false, true, false, false, true, true,
            true, false});
        NDArray pa = np.packbits(a);
        NDArray pb = np.packbits(b);
        out.println(pa + " " + pb);
        NDArray both = np.bitwiseAnd(pa, pb);
        out.println(both + ", bits set: " + np.sum(np.bitwiseCount(both)).getLong());
        out.println(np.unpackbits(both, null, 10, "big"));
        out.println(np.packbits(a, null, "little"));
        // end::example[]
    }
}
