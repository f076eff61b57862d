package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.ndarray.NDArray;
import dev.strides.random.ParallelStreams;
import dev.strides.random.SeedSequence;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q114: one array filled from spawned streams; any thread count gives the same bits. */
public final class ParallelStreamsExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray one = ParallelStreams.standardNormal(new SeedSequence(42), np.zeros(8), 4, 1);
        NDArray four = ParallelStreams.standardNormal(new SeedSequence(42), np.zeros(8), 4, 4);
        out.println(one);                                       // 4 chunks, 1 thread
        out.println("4 threads, same array: " + one.toString().equals(four.toString()));
        for (var child : new SeedSequence(42).spawn(2)) {
            out.println("spawn key " + java.util.Arrays.toString(child.spawnKey()) + ": "
                    + np.random.defaultRng(child).random());
        }
        // end::example[]
    }
}
