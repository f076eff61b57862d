package dev.strides.ufuncs;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.Elements;
import dev.strides.ndarray.NDArray;

import java.math.BigInteger;

/** One element as a boxed Java value, as {@link NDArray#item} gives it. */
final class ElementValues {

    private ElementValues() {
    }

    static Object read(NDArray a, long at) {
        DType t = a.dtype();
        return switch (t.kind()) {
            case 'b' -> Elements.readBoolean(a.buffer(), at, t);
            case 'i' -> Elements.readLong(a.buffer(), at, t);
            case 'u' -> t.type() == DType.Type.UINT64
                    ? new BigInteger(Long.toUnsignedString(Elements.readLong(a.buffer(), at, t)))
                    : (Object) Elements.readLong(a.buffer(), at, t);
            case 'f' -> Elements.readDouble(a.buffer(), at, t);
            default -> Elements.readComplex(a.buffer(), at, t);
        };
    }
}
