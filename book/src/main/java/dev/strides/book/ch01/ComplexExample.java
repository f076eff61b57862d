package dev.strides.book.ch01;

import dev.strides.book.Example;
import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.np.np;
import java.io.PrintStream;

/** Q048: a complex element is two floats; real and imaginary parts are strided views. */
public final class ComplexExample implements Example {

    @Override
    public void run(PrintStream out) {
        // tag::example[]
        NDArray z = np.array(new Complex[] {Complex.of(3, 4), Complex.of(0, 1), Complex.of(-2, 0)});
        out.println(z);                                      // np.array([3+4j, 1j, -2])
        out.println(z.dtype() + ", itemsize " + z.itemsize());
        DType part = z.dtype().componentType();              // float64
        NDArray re = z.stridedView(part, z.shape(), z.strides(), z.offset());      // z.real
        NDArray im = z.stridedView(part, z.shape(), z.strides(),
                z.offset() + part.itemsize());               // z.imag: 8 bytes further
        out.println(re + " " + im + ", strides " + NDArray.tuple(im.strides()));
        im.setDouble(-9.0, 1);                               // z.imag[1] = -9 writes into z
        out.println(z);
        out.println(np.astype(z, np.float64));               // casting 'unsafe': drops im
        out.println("same_kind allows complex128 to float64: "
                + np.canCast(np.complex128, np.float64, "same_kind"));
        out.println(np.promoteTypes(np.complex64, np.float64));
        // end::example[]
    }
}
