package dev.strides.random;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The loop every sampler shares: draw, store, repeat, over one contiguous block in memory order.
 * A draw is a function of the bit generator ({@code g -> loc + scale * Ziggurat.normal(g)});
 * the first draw goes to the lowest address, as NumPy's fill loops do.
 */
final class Fill {

    private Fill() {
    }

    /** One float64 sample from the bit generator. */
    @FunctionalInterface
    interface DoubleDraw {
        double draw(BitGenerator g);
    }

    /** One float32 sample. */
    @FunctionalInterface
    interface FloatDraw {
        float draw(BitGenerator g);
    }

    /** One int64 sample. */
    @FunctionalInterface
    interface LongDraw {
        long draw(BitGenerator g);
    }

    /** Fills a contiguous float64 array. */
    static void into(NDArray out, DoubleDraw draw, BitGenerator g) {
        MemorySegment seg = out.buffer();
        long at = Output.start(out);
        long n = out.size();
        for (long i = 0; i < n; i++) {
            seg.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, at + 8 * i, draw.draw(g));
        }
    }

    /** Fills a contiguous float64 array with {@code d64} or a float32 array with {@code d32}. */
    static void into(NDArray out, DoubleDraw d64, FloatDraw d32, BitGenerator g) {
        if (out.dtype().equals(DType.FLOAT64)) {
            into(out, d64, g);
            return;
        }
        MemorySegment seg = out.buffer();
        long at = Output.start(out);
        long n = out.size();
        for (long i = 0; i < n; i++) {
            seg.set(ValueLayout.JAVA_FLOAT_UNALIGNED, at + 4 * i, d32.draw(g));
        }
    }

    /** A new int64 array of shape {@code size} filled with {@code draw}. */
    static NDArray longs(int[] size, LongDraw draw, BitGenerator g) {
        NDArray out = Output.allocate(DType.INT64, size);
        MemorySegment seg = out.buffer();
        long n = out.size();
        for (long i = 0; i < n; i++) {
            seg.set(ValueLayout.JAVA_LONG_UNALIGNED, 8 * i, draw.draw(g));
        }
        return out;
    }

    /** A new float64 array of shape {@code size} filled with {@code draw}. */
    static NDArray doubles(int[] size, DoubleDraw draw, BitGenerator g) {
        NDArray out = Output.allocate(DType.FLOAT64, size);
        into(out, draw, g);
        return out;
    }
}
