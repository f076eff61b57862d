package dev.strides.ndarray.print;

import dev.strides.ndarray.Complex;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import java.lang.foreign.MemorySegment;
import java.util.function.LongConsumer;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * Formats the element at a byte offset of an array's buffer, in a layout measured beforehand on
 * the elements that will be shown: NumPy's {@code _get_format_function}.
 */
@FunctionalInterface
interface ElementFormat {

    String format(long byteOffset);

    /**
     * Picks the format for {@code dtype} and measures it on the elements {@code shown} visits (all
     * of them, or only the corners of a summarised array).
     */
    static ElementFormat of(MemorySegment buffer, DType dtype, boolean zeroDimensional,
                            PrintOptions options, Shown shown) {
        switch (dtype.kind()) {
            case 'b' -> {
                BoolFormat f = new BoolFormat(zeroDimensional);
                return at -> f.format(Elements.readBoolean(buffer, at, dtype));
            }
            case 'i', 'u' -> {
                LongStream.Builder values = LongStream.builder();
                shown.forEach(at -> values.add(Elements.readLong(buffer, at, dtype)));
                IntegerFormat f = new IntegerFormat(values.build().toArray(),
                        dtype.type() == DType.Type.UINT64, options.sign());
                return at -> f.format(Elements.readLong(buffer, at, dtype));
            }
            case 'f' -> {
                DoubleStream.Builder values = DoubleStream.builder();
                shown.forEach(at -> values.add(Elements.readDouble(buffer, at, dtype)));
                FloatingFormat f = new FloatingFormat(values.build().toArray(), dtype, options,
                        options.sign());
                return at -> f.format(Elements.readDouble(buffer, at, dtype));
            }
            default -> {
                DoubleStream.Builder re = DoubleStream.builder();
                DoubleStream.Builder im = DoubleStream.builder();
                shown.forEach(at -> {
                    Complex z = Elements.readComplex(buffer, at, dtype);
                    re.add(z.re());
                    im.add(z.im());
                });
                ComplexFloatingFormat f = new ComplexFloatingFormat(re.build().toArray(),
                        im.build().toArray(),
                        dtype.componentType(), options);
                return at -> {
                    Complex z = Elements.readComplex(buffer, at, dtype);
                    return f.format(z.re(), z.im());
                };
            }
        }
    }

    /** Visits the byte offsets of the elements a printout will show. */
    @FunctionalInterface
    interface Shown {
        void forEach(LongConsumer action);
    }
}
