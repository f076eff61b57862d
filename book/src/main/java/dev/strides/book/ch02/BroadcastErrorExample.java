package dev.strides.book.ch02;

import dev.strides.book.Example;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q012: the errors broadcasting raises, word for word as NumPy raises them. */
public final class BroadcastErrorExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        try {
            np.add(np.ones(3), np.ones(4));                    // np.ones(3) + np.ones(4)
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        try {
            np.add(np.ones(2, 3), np.ones(2));                 // (2, 3) + (2,)
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        try {
            np.broadcastTo(np.ones(3), 4);                     // np.broadcast_to(np.ones(3), (4,))
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        try {
            np.broadcastTo(np.ones(3));                        // np.broadcast_to(np.ones(3), ())
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        try {
            np.broadcastTo(np.ones(3), 2, 3).setDouble(1.0, 0, 0);   // ...[0, 0] = 1.0
        } catch (IllegalStateException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
