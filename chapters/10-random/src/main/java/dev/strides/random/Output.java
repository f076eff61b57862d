package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.DTypeException;
import dev.strides.ndarray.Flags;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.ShapeException;

/**
 * Where samples go: a new array of shape {@code size}, or a caller's {@code out=} array.
 *
 * <p>Samplers write into one gap-free block of memory, element after element, so an
 * {@code out} array must be C- or F-contiguous (then "element after element" is memory order:
 * row-major for C, column-major for F, exactly as NumPy fills it), writeable, aligned, in
 * native byte order and of the sampler's dtype. Checks use NumPy's messages.
 */
final class Output {

    private Output() {
    }

    /** A new C-ordered array of {@code dtype}; {@code size} is the shape ({@code ()} for 0-d). */
    static NDArray allocate(DType dtype, int[] size) {
        return NDArray.allocate(dtype, size, Order.C);
    }

    // tag::check-out[]
    /**
     * Checks a caller's {@code out=} array: contiguous (C or F), writeable, aligned, native
     * order, and of {@code dtype}.
     *
     * @throws IllegalArgumentException for a layout the sampler cannot fill in one pass
     * @throws DTypeException for the wrong dtype
     */
    static void check(NDArray out, DType dtype) {
        Flags f = out.flags();
        if (!f.contiguous() || !f.writeable() || !f.aligned() || !out.dtype().isNative()) {
            throw new IllegalArgumentException("Supplied output array must be contiguous, "
                    + "writable, aligned, and in machine byte-order.");
        }
        if (!out.dtype().equals(dtype)) {
            throw new DTypeException("Supplied output array has the wrong type. Expected "
                    + dtype.name() + ", got " + out.dtype().name());
        }
    }
    // end::check-out[]

    /**
     * The stricter check of NumPy's distributions with parameters ({@code standard_gamma}, made
     * by {@code cont()}): the {@code out} array must be C-contiguous, not just contiguous.
     */
    static void checkC(NDArray out, DType dtype) {
        Flags f = out.flags();
        if (!f.cContiguous() || !f.writeable() || !f.aligned() || !out.dtype().isNative()) {
            throw new IllegalArgumentException("Supplied output array must be C-contiguous, "
                    + "writable, aligned, and in machine byte-order.");
        }
        check(out, dtype);
    }

    /** {@code size=} given with {@code out=}: they must agree. */
    static void checkSize(NDArray out, int[] size) {
        if (!java.util.Arrays.equals(out.shape(), size)) {
            throw new ShapeException("size must match out.shape when used together");
        }
    }

    /** The byte position of the first element of a contiguous array (its lowest address). */
    static long start(NDArray a) {
        return a.offset();
    }
}
