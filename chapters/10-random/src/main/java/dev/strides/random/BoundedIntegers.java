package dev.strides.random;

/**
 * Uniform integers in a closed range {@code [off, off + rng]}, drawn exactly as NumPy draws them.
 *
 * <p><b>The problem.</b> {@code x % n} of a random 64-bit {@code x} is biased unless n divides
 * 2^64. Two unbiased methods, both in NumPy:
 *
 * <ul>
 *   <li><b>Lemire's multiply-shift</b> (Generator): the high half of the 128-bit product
 *       {@code x * (rng + 1)} is uniform on {@code [0, rng]} except for a few values of the low
 *       half ("leftover"), which are rejected. No division in the common case, on average
 *       barely more than one draw.</li>
 *   <li><b>Masked rejection</b> (legacy RandomState): keep the low bits {@code x & mask}
 *       ({@code mask} the smallest {@code 2^k - 1 >= rng}) and retry while the value exceeds
 *       rng; up to half the draws are rejected.</li>
 * </ul>
 *
 * <p><b>Width matters.</b> A range that fits 32 bits draws 32-bit words
 * ({@link BitGenerator#nextUint32}, half a 64-bit draw for PCG64); 16- and 8-bit dtypes cut each
 * 32-bit word into two or four pieces (the {@link Buffer}), and bool into 32 bits. Reproducing
 * NumPy's streams means reproducing these choices exactly. {@code rng = 2^w - 1} (the full
 * width) skips the bounded method and returns raw bits.
 */
final class BoundedIntegers {

    private BoundedIntegers() {
    }

    /** The leftover bits of one 32-bit word, shared by the narrow draws of one call. */
    static final class Buffer {
        int bits;
        int count;   // pieces still in {@code bits}
    }

    /** Smallest {@code 2^k - 1 >= max}: NumPy's {@code gen_mask}. */
    static long mask(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        return mask | (mask >>> 32);
    }

    // tag::lemire64[]
    /** Lemire's method on 64-bit draws for {@code [0, rng]}, {@code rng < 2^64 - 1}. */
    static long lemire64(BitGenerator g, long rng) {
        long rngExcl = rng + 1;
        long x = g.nextUint64();
        long leftover = x * rngExcl;                               // low half of x * (rng+1)
        if (Long.compareUnsigned(leftover, rngExcl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, rngExcl);  // (2^64 - n) % n
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = g.nextUint64();
                leftover = x * rngExcl;
            }
        }
        return Math.unsignedMultiplyHigh(x, rngExcl);              // high half: the sample
    }
    // end::lemire64[]

    // tag::lemire32[]
    /** Lemire's method on 32-bit draws for {@code [0, rng]}, {@code rng < 2^32 - 1}. */
    static long lemire32(BitGenerator g, long rng) {
        long rngExcl = rng + 1;
        long m = (g.nextUint32() & 0xFFFF_FFFFL) * rngExcl;        // fits: < 2^64
        long leftover = m & 0xFFFF_FFFFL;
        if (leftover < rngExcl) {
            long threshold = (0xFFFF_FFFFL - rng) % rngExcl;
            while (leftover < threshold) {
                m = (g.nextUint32() & 0xFFFF_FFFFL) * rngExcl;
                leftover = m & 0xFFFF_FFFFL;
            }
        }
        return m >>> 32;
    }
    // end::lemire32[]

    /** Lemire's method on 16- or 8-bit pieces of buffered 32-bit words. */
    static long lemireNarrow(BitGenerator g, long rng, int bits, Buffer buf) {
        long rngExcl = rng + 1;
        long lowMask = (1L << bits) - 1;
        long m = piece(g, bits, buf) * rngExcl;
        long leftover = m & lowMask;
        if (leftover < rngExcl) {
            long threshold = (lowMask - rng) % rngExcl;
            while (leftover < threshold) {
                m = piece(g, bits, buf) * rngExcl;
                leftover = m & lowMask;
            }
        }
        return m >>> bits;
    }

    // tag::masked[]
    /** Masked rejection: keep the low bits, retry while above {@code rng}. */
    static long masked(BitGenerator g, long rng, long mask, int bits, Buffer buf) {
        long v;
        do {
            v = switch (bits) {
                case 64 -> g.nextUint64() & mask;
                case 32 -> g.nextUint32() & mask;
                default -> piece(g, bits, buf) & mask;
            };
        } while (Long.compareUnsigned(v, rng) > 0);
        return v;
    }
    // end::masked[]

    /** The next 16- or 8-bit piece: a fresh 32-bit word, or the next piece of the last one. */
    static long piece(BitGenerator g, int bits, Buffer buf) {
        if (buf.count == 0) {
            buf.bits = g.nextUint32();
            buf.count = 32 / bits - 1;
        } else {
            buf.bits >>>= bits;
            buf.count--;
        }
        return buf.bits & ((1L << bits) - 1);
    }

    /** One bool draw from 32 buffered bits; {@code rng == 0} gives {@code off}. */
    static long bool(BitGenerator g, long off, long rng, Buffer buf) {
        if (rng == 0) {
            return off;
        }
        if (buf.count == 0) {
            buf.bits = g.nextUint32();
            buf.count = 31;
        } else {
            buf.bits >>>= 1;
            buf.count--;
        }
        return buf.bits & 1;
    }

    /**
     * One value of {@code [off, off + rng]} (wrapping modulo 2^bits) for an output dtype of
     * {@code bits} width: NumPy's {@code random_bounded_uint64} and its narrower siblings.
     * {@code rng} and the result are unsigned.
     */
    // tag::bounded[]
    static long bounded(BitGenerator g, long off, long rng, int bits, boolean useMasked,
                        Buffer buf) {
        if (bits == 1) {
            return bool(g, off, rng, buf);
        }
        if (rng == 0) {
            return off;
        }
        if (bits == 64 && Long.compareUnsigned(rng, 0xFFFF_FFFFL) > 0) {
            if (rng == -1L) {
                return off + g.nextUint64();              // the full 64-bit range: raw bits
            }
            return off + (useMasked ? masked(g, rng, mask(rng), 64, buf) : lemire64(g, rng));
        }
        int width = bits == 64 ? 32 : bits;                // ranges below 2^32 use 32-bit words
        long full = (1L << width) - 1;
        if (rng == full) {
            return off + (width == 32 ? g.nextUint32() & full : piece(g, width, buf));
        }
        if (useMasked) {
            return off + masked(g, rng, mask(rng), width, buf);
        }
        return off + (width == 32 ? lemire32(g, rng) : lemireNarrow(g, rng, width, buf));
    }
    // end::bounded[]

    // tag::interval[]
    /**
     * A value of {@code [0, max]} by masked rejection, used by the shuffles: NumPy's
     * {@code random_interval}. 32-bit draws while {@code max} fits in 32 bits.
     */
    static long interval(BitGenerator g, long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long v;
        if (Long.compareUnsigned(max, 0xFFFF_FFFFL) <= 0) {
            do {
                v = g.nextUint32() & mask;
            } while (v > max);
        } else {
            do {
                v = g.nextUint64() & mask;
            } while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }
    // end::interval[]
}
