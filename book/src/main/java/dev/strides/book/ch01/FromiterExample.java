package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.np.np;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Q091: fromiter fills a 1-d array from an iterator in one pass; count bounds the reading. */
public final class FromiterExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        Iterator<Long> squares = LongStream.range(0, 5).map(i -> i * i).iterator();
        out.println(np.fromiter(squares, np.int64));         // (i*i for i in range(5))

        Iterator<Long> powers = Stream.iterate(1L, p -> 2 * p).iterator();   // 1, 2, 4, ...
        out.println(np.fromiter(powers, np.int64, 8));       // count=8: reads 8 items
        out.println("next item: " + powers.next());          // the 9th is still unread

        out.println(np.fromiter(List.of(1.5, 2.5), np.float32));
        try {
            np.fromiter(List.of(1, 2, 3), np.int64, 5);       // count=5, only 3 items
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        // end::example[]
    }
}
