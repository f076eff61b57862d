package dev.strides.random;

import java.util.Arrays;

/**
 * Polynomials over GF(2), bit-packed: coefficient of {@code x^i} is bit {@code i % 64} of word
 * {@code i / 64}. Addition is xor, so a whole word of coefficients is added in one instruction.
 * Used by {@link MT19937Jump} to find and use MT19937's characteristic polynomial.
 */
final class GF2Polynomials {

    private GF2Polynomials() {
    }

    /** Degree of {@code p}, or -1 for the zero polynomial. */
    static int degree(long[] p) {
        for (int w = p.length - 1; w >= 0; w--) {
            if (p[w] != 0) {
                return 64 * w + 63 - Long.numberOfLeadingZeros(p[w]);
            }
        }
        return -1;
    }

    /**
     * The characteristic polynomial of the shortest linear recurrence that generates the first
     * {@code n} bits of {@code s}: Berlekamp-Massey over GF(2), O(n * L / 64) word operations.
     *
     * <p>The algorithm keeps a connection polynomial {@code C} with {@code s_k = sum c_i s_(k-i)}
     * for every k seen so far; at each new bit whose prediction fails (discrepancy 1) it adds a
     * shifted copy of an older polynomial {@code B} and, when needed, grows the length L.
     * Returned reversed, {@code x^L C(1/x)}, so that the result annihilates the shift map.
     */
    static long[] berlekampMassey(long[] s, int n) {
        int words = n / 64 + 2;
        long[] reversed = new long[words + 1];     // t_k = s_(n-1-k): windows become contiguous
        for (int k = 0; k < n; k++) {
            if (bit(s, n - 1 - k) != 0) {
                reversed[k >>> 6] |= 1L << (k & 63);
            }
        }
        // tag::berlekamp-massey[]
        long[] c = new long[words];
        long[] b = new long[words];
        c[0] = 1;
        b[0] = 1;
        int length = 0;
        int shift = 1;                              // steps since B was last replaced
        for (int k = 0; k < n; k++) {
            int discrepancy = 0;                    // s_k + sum c_i s_(k-i), i.e. C . window
            int offset = n - 1 - k;
            for (int w = 0; w <= length >>> 6; w++) {
                discrepancy ^= Long.bitCount(c[w] & window(reversed, offset + 64 * w)) & 1;
            }
            if (discrepancy == 0) {
                shift++;
            } else if (2 * length <= k) {
                long[] previous = c.clone();
                xorShifted(c, b, shift);
                length = k + 1 - length;
                b = previous;
                shift = 1;
            } else {
                xorShifted(c, b, shift);
                shift++;
            }
        }
        // end::berlekamp-massey[]
        long[] phi = new long[length / 64 + 1];     // reverse C(x) into x^L C(1/x)
        for (int i = 0; i <= length; i++) {
            if (bit(c, i) != 0) {
                phi[(length - i) >>> 6] |= 1L << ((length - i) & 63);
            }
        }
        return phi;
    }

    // tag::square-mod[]
    /** {@code x^(2^k) mod phi}, by squaring {@code x} k times and reducing after each square. */
    static long[] xPowerTwoPowerMod(long[] phi, int k) {
        int d = degree(phi);
        long[] r = new long[d / 64 + 1];
        r[0] = 2;                                   // the polynomial x
        for (int j = 0; j < k; j++) {
            r = mod(square(r), phi, d);
        }
        return r;
    }

    /** Squaring over GF(2) only spreads the bits: (sum a_i x^i)^2 = sum a_i x^(2i). */
    private static long[] square(long[] a) {
        long[] out = new long[2 * a.length];
        for (int w = 0; w < a.length; w++) {
            out[2 * w] = spread((int) a[w]);
            out[2 * w + 1] = spread((int) (a[w] >>> 32));
        }
        return out;
    }
    // end::square-mod[]

    /** Interleaves the 32 bits of {@code v} with zeros: bit i moves to bit 2i. */
    private static long spread(int v) {
        long x = v & 0xFFFF_FFFFL;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
        x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x << 2)) & 0x3333333333333333L;
        return (x | (x << 1)) & 0x5555555555555555L;
    }

    /** {@code a mod phi} for monic {@code phi} of degree {@code d}: long division by xor. */
    private static long[] mod(long[] a, long[] phi, int d) {
        for (int i = degree(a); i >= d; i--) {
            if (bit(a, i) != 0) {
                xorShifted(a, phi, i - d);
            }
        }
        return Arrays.copyOf(a, d / 64 + 1);
    }

    private static int bit(long[] p, int i) {
        return (int) (p[i >>> 6] >>> (i & 63)) & 1;
    }

    /** 64 bits of {@code p} starting at bit {@code from} (zeros past the end). */
    private static long window(long[] p, int from) {
        int w = from >>> 6;
        int sh = from & 63;
        long lo = w < p.length ? p[w] >>> sh : 0;
        long hi = sh != 0 && w + 1 < p.length ? p[w + 1] << (64 - sh) : 0;
        return lo | hi;
    }

    /** {@code dst ^= src * x^shift}, ignoring bits that fall past the end of dst. */
    private static void xorShifted(long[] dst, long[] src, int shift) {
        int ws = shift >>> 6;
        int bs = shift & 63;
        for (int w = 0; w < src.length && w + ws < dst.length; w++) {
            if (src[w] == 0) {
                continue;
            }
            dst[w + ws] ^= src[w] << bs;
            if (bs != 0 && w + ws + 1 < dst.length) {
                dst[w + ws + 1] ^= src[w] >>> (64 - bs);
            }
        }
    }
}
