package dev.strides.exercises.ch10;

import dev.strides.random.BitGenerator;

/**
 * Q113 - Explain the difference between Generator vs RandomState? Reference solution.
 *
 * <p>Both turn raw bits into integers in {@code [0, high)} without bias, in different ways:
 * Generator multiplies (Lemire: one multiplication, rarely a retry), RandomState masks (keep the
 * low bits, retry when above the range: up to half the draws are wasted).
 */
public final class Q113GeneratorVsRandomState {

    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private Q113GeneratorVsRandomState() {
    }

    /** Lemire's method on 32-bit draws when {@code high - 1} fits, else on 64-bit draws. */
    public static long lemire(BitGenerator bg, long high) {
        long rng = checkedRange(high);
        if (rng == 0) {
            return 0;                                         // one possible value: no draw
        }
        long n = rng + 1;
        if (rng <= UINT32_MAX) {
            long m = (bg.nextUint32() & UINT32_MAX) * n;
            long leftover = m & UINT32_MAX;
            if (leftover < n) {
                long threshold = (UINT32_MAX - rng) % n;       // 2^32 mod n
                while (leftover < threshold) {
                    m = (bg.nextUint32() & UINT32_MAX) * n;
                    leftover = m & UINT32_MAX;
                }
            }
            return m >>> 32;
        }
        long x = bg.nextUint64();
        long leftover = x * n;
        if (Long.compareUnsigned(leftover, n) < 0) {
            long threshold = Long.remainderUnsigned(-n, n);   // 2^64 mod n
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = bg.nextUint64();
                leftover = x * n;
            }
        }
        return Math.unsignedMultiplyHigh(x, n);
    }

    /** Masked rejection: the smallest all-ones mask covering {@code high - 1}, then retry. */
    public static long masked(BitGenerator bg, long high) {
        long rng = checkedRange(high);
        if (rng == 0) {
            return 0;
        }
        long mask = rng;
        for (int shift = 1; shift < 64; shift <<= 1) {
            mask |= mask >>> shift;
        }
        long v;
        if (rng <= UINT32_MAX) {
            do {
                v = bg.nextUint32() & mask;
            } while (v > rng);
        } else {
            do {
                v = bg.nextUint64() & mask;
            } while (Long.compareUnsigned(v, rng) > 0);
        }
        return v;
    }

    private static long checkedRange(long high) {
        if (high <= 0) {
            throw new IllegalArgumentException("high <= 0");
        }
        return high - 1;
    }

    /** default_rng gives a Generator on PCG64; the legacy API is a RandomState on MT19937. */
    public static String bitGeneratorOf(String api) {
        return switch (api) {
            case "default_rng" -> "PCG64";
            case "RandomState", "np.random.seed" -> "MT19937";
            default -> throw new IllegalArgumentException("unknown API '" + api
                    + "': expected default_rng, RandomState or np.random.seed");
        };
    }
}
