package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.Arrays;

/** The chapter's introduction: a ufunc's parts, and the loop a call picks. */
public final class UfuncAnatomyExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        out.println(np.add + ": nin " + np.add.nin() + ", nout " + np.add.nout()
                + ", identity " + np.add.identity());
        out.println("first loops: " + np.add.types().subList(0, 5));
        NDArray u8 = np.array(new long[] {200, 100}, np.uint8);
        NDArray i8 = np.array(new long[] {1, 2}, np.int8);
        out.println("uint8 + uint8: " + Arrays.toString(np.add.resolveDtypes(u8, u8)));
        out.println("uint8 + int8:  " + Arrays.toString(np.add.resolveDtypes(u8, i8)));
        out.println("int8 + 2.5:    " + Arrays.toString(np.add.resolveDtypes(i8, 2.5)));
        out.println(np.add(u8, u8));                       // uint8 arithmetic wraps
        // end::example[]
    }
}
