package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q018: comparisons broadcast and return one bool per element. */
public final class ComparisonExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray scores = np.array(new double[][] {{71, 45, 90}, {38, 82, 64}});
        NDArray passMark = np.array(new double[] {50, 50, 70});   // one per column
        NDArray passed = np.greaterEqual(scores, passMark);
        out.println(passed);
        out.println("passes per student: " + np.sum(passed, 1));
        NDArray v = np.array(new double[] {1, Double.NaN});
        out.println(np.equal(v, v));                               // NaN != NaN
        // end::example[]
    }
}
