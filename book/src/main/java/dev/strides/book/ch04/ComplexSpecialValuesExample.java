package dev.strides.book.ch04;

import dev.strides.book.Example;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import dev.strides.ufuncs.FloatingPointErrors.Policy;
import dev.strides.ufuncs.FloatingPointException;
import java.io.PrintStream;

/** The chapter's complex section: branch cuts, signed zeros, Annex G special values, warnings. */
public final class ComplexSpecialValuesExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray onTheCut = np.array(new Complex[] {Complex.of(2, 0.0), Complex.of(2, -0.0)});
        out.println(np.arcsin(onTheCut));               // the zero's sign picks the side
        out.println(np.sqrt(np.array(new Complex[] {Complex.of(-4, 0.0), Complex.of(-4, -0.0)})));
        out.println(np.arccosh(np.array(new Complex[] {Complex.of(-2, 0.0), Complex.of(-2, -0.0)})));
        out.println(np.arccos(np.array(new Complex[] {Complex.of(1, 1e-20)})));   // no cancellation
        out.println(np.exp(np.array(new Complex[] {Complex.of(710, 0.79)})));    // |e^710| > max
        try (var raise = np.errstate(Policy.RAISE)) {
            for (Runnable call : new Runnable[] {
                    () -> np.arctanh(np.array(new Complex[] {Complex.of(1, 0)})),
                    () -> np.power(np.array(new Complex[] {Complex.of(1e200, 1e200)}), 2L)}) {
                try {
                    call.run();
                } catch (FloatingPointException e) {
                    out.println(e.getMessage());
                }
            }
        }
        // end::example[]
    }
}
