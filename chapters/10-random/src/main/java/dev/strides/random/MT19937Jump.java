package dev.strides.random;

/**
 * Jumping MT19937 ahead by 2^128 outputs without generating them (Haramoto, Matsumoto et al.,
 * "Efficient jump ahead for F2-linear random number generators", 2008).
 *
 * <p><b>The idea.</b> One step of the Mersenne Twister is a linear map {@code g} on its state
 * bits over GF(2) (only xor and shifts). Its characteristic polynomial {@code phi} has degree
 * 19937, and {@code phi(g) = 0} (Cayley-Hamilton). So {@code g^J} equals {@code p(g)} for
 * {@code p = x^J mod phi}, a polynomial of degree below 19937, and
 * {@code p(g) state = sum of p_i g^i state} is evaluated by Horner's rule with about 20,000
 * single-word steps and state xors instead of 2^128 steps.
 *
 * <p><b>Where the polynomial comes from.</b> NumPy ships {@code p} for J = 2^128 as a table.
 * Here it is computed once, on first use, from the generator itself:
 * <ol>
 *   <li>Berlekamp-Massey finds the shortest linear recurrence of one output bit stream; for
 *       MT19937 that recurrence is {@code phi} (it is irreducible);</li>
 *   <li>128 squarings of {@code x} modulo {@code phi} give {@code x^(2^128) mod phi}.</li>
 * </ol>
 * Both run on bit-packed polynomials in {@code long[]} (64 coefficients per word); the whole
 * computation takes well under a second.
 *
 * <p>The Horner walk reproduces NumPy's {@code mt19937_jump_state} operation for operation
 * (its state is a circular buffer whose oldest word sits at {@code pos}), so jumped streams
 * match NumPy's bit for bit.
 */
final class MT19937Jump {

    private static final int DEGREE = 19937;   // the Mersenne exponent: bits of real state
    private static final int N = MT19937.N;
    private static final int M = MT19937.M;

    private MT19937Jump() {
    }

    /** Computed on first use: the holder idiom makes the lazy initialisation thread-safe. */
    private static final class Polynomial {
        static final long[] JUMP_2_128 = GF2Polynomials.xPowerTwoPowerMod(
                characteristicPolynomial(), 128);
    }

    /** {@code x^(2^128) mod phi} as bits: coefficient of x^i is bit i. */
    static long[] jumpPolynomial() {
        return Polynomial.JUMP_2_128.clone();
    }

    // tag::characteristic[]
    /**
     * The characteristic polynomial of the MT19937 transition, from Berlekamp-Massey on the
     * lowest bit of 2 * 19937 consecutive untempered words.
     */
    static long[] characteristicPolynomial() {
        int[] x = MT19937.legacy(5489).key.clone();   // any non-zero state will do
        int count = 2 * DEGREE;
        long[] bits = new long[count / 64 + 1];
        for (int n = 0; n < count; n++) {
            int i = n % N;                             // x[i] is the oldest word
            int y = (x[i] & 0x80000000) | (x[(i + 1) % N] & 0x7fffffff);
            x[i] = x[(i + M) % N] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
            bits[n >>> 6] |= (long) (x[i] & 1) << (n & 63);
        }
        long[] phi = GF2Polynomials.berlekampMassey(bits, count);
        if (GF2Polynomials.degree(phi) != DEGREE) {
            throw new IllegalStateException("expected a recurrence of degree " + DEGREE
                    + ", found " + GF2Polynomials.degree(phi));
        }
        return phi;
    }
    // end::characteristic[]

    /** Jumps {@code mt} in place by 2^128 outputs. */
    static void jump(MT19937 mt) {
        jump(mt, Polynomial.JUMP_2_128);
    }

    // tag::horner[]
    /** Replaces the state of {@code mt} by {@code p(g) state}: Horner's rule on polynomial p. */
    static void jump(MT19937 mt, long[] p) {
        if (mt.pos >= N) {
            mt.pos = 0;                    // "all used" is the same state as a fresh buffer
        }
        int i = DEGREE - 1;
        while (i > 0 && coefficient(p, i) == 0) {
            i--;
        }
        int[] acc = mt.key.clone();        // acc = state (the leading coefficient is 1)
        int[] accPos = {mt.pos};
        for (; i > 0; i--) {               // acc = g(acc) + p_(i-1) * state
            step(acc, accPos);
            if (coefficient(p, i - 1) != 0) {
                addState(acc, accPos[0], mt.key, mt.pos);
            }
        }
        System.arraycopy(acc, 0, mt.key, 0, N);
        mt.pos = accPos[0];
    }
    // end::horner[]

    private static int coefficient(long[] p, int i) {
        return (int) (p[i >>> 6] >>> (i & 63)) & 1;
    }

    /** One word of the twist: replaces the oldest word {@code key[pos]} and moves pos on. */
    private static void step(int[] key, int[] pos) {
        int i = pos[0];
        int y = (key[i] & 0x80000000) | (key[(i + 1) % N] & 0x7fffffff);
        key[i] = key[(i + M) % N] ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df);
        pos[0] = i == N - 1 ? 0 : i + 1;
    }

    /** {@code a += b} over GF(2), aligning the two circular buffers at their oldest words. */
    private static void addState(int[] a, int posA, int[] b, int posB) {
        for (int k = 0; k < N; k++) {
            a[(k + posA) % N] ^= b[(k + posB) % N];
        }
    }
}
