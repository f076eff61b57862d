package dev.strides.book.ch10;

import dev.strides.book.Example;
import dev.strides.random.Generator;
import dev.strides.np.np;
import java.io.PrintStream;

/** H10: the global state of np.random.rand against a Generator you own. */
public final class RandVsGeneratorExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        np.random.seed(0);
        out.println(np.random.rand(3));                         // what the model expects
        np.random.seed(0);
        np.random.rand();                                       // someone else's library call
        out.println(np.random.rand(2));                         // the model's numbers moved

        Generator mine = np.random.defaultRng(0);
        np.random.seed(0);
        np.random.rand();                                       // the same call: no effect
        out.println(mine.random(2));
        out.println(np.random.defaultRng(0).random(np.float32, 3));   // float32 directly
        // end::example[]
    }
}
