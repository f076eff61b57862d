package dev.strides.book;

import java.io.PrintStream;

/**
 * One worked example of the book: a few lines of Strides code whose printed output the book shows.
 *
 * <p>The chapter text quotes the code between {@code // tag::example[]} and
 * {@code // end::example[]} and shows, as a listing, what {@link #run} printed when the build ran
 * it ({@code output/<name>.txt}, written by {@link BookInputs}). A test compares that output with
 * what the same code prints in NumPy, so the page can never show an output the code does not
 * produce.
 */
public interface Example {

    /** Runs the example, printing everything the book should show to {@code out}. */
    void run(PrintStream out);

    /**
     * The example's name: the file stem of its output and of its expected NumPy output, and the
     * name of the matching function in {@code scripts/fixtures/book_examples.py}.
     */
    default String name() {
        return getClass().getSimpleName();
    }
}
