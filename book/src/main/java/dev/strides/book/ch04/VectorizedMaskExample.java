package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.ReduceOptions;
import java.io.PrintStream;

/** A03: masks made, combined, reduced and used by ufuncs. */
public final class VectorizedMaskExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray t = np.array(new double[][] {{21.5, Double.NaN, 19}, {-3, 25, 30}});
        NDArray valid = np.logicalNot(np.isnan(t));
        NDArray hot = np.logicalAnd(valid, np.greater(t, 20.0));
        out.println(hot);
        out.println("any NaN per row: " + np.logicalOr.reduce(np.isnan(t), 1));
        out.println("hot count: " + np.sum(hot).getLong());
        out.println("sum of valid: " + np.sum(t, ReduceOptions.all().where(valid)).getDouble());
        np.subtract(t, t, np.kwargs().out(t).where(np.less(t, 0.0)));   // t[t < 0] = 0
        out.println(t);
        // end::example[]
    }
}
