package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.Ufunc;
import java.io.PrintStream;

/** Q101: one typed loop registered; broadcasting and the methods come for free. */
public final class CustomUfuncExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        Ufunc satAdd = Ufunc.builder("saturating_add", 2, 1)
                .identity(0L)
                .reorderable()
                .intLoop("BB->B", (long x, long y) -> Math.min(x + y, 255L))
                .build();
        NDArray x = np.array(new long[] {200, 100, 50}, np.uint8);
        NDArray y = np.array(new long[] {100, 100, 100}, np.uint8);
        out.println(satAdd + " " + satAdd.types());
        out.println(satAdd.call(x, y));
        out.println(satAdd.reduce(y));
        out.println(satAdd.accumulate(y));
        out.println(satAdd.outer(np.array(new long[] {250, 5}, np.uint8), y));
        // end::example[]
    }
}
