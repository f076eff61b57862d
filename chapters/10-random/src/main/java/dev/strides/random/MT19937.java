package dev.strides.random;

/**
 * The Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998): the engine of NumPy's legacy
 * {@link RandomState} and of Python's {@code random} module.
 *
 * <p><b>State.</b> 624 words of 32 bits (19,937 useful bits, hence the name and the period
 * 2^19937 - 1) and a position {@code pos}. Outputs are read from the array one word at a time
 * and "tempered" (a few xor-shifts that improve equidistribution); when all 624 words are used,
 * {@code gen()} regenerates the whole array with the twist recurrence
 *
 * <pre>{@code key[i] = key[i + 397] ^ (y >>> 1) ^ (y odd ? 0x9908b0df : 0),
 *   y = upper bit of key[i] | lower 31 bits of key[i + 1]}</pre>
 *
 * <p><b>Two seedings, two streams.</b> {@link #legacy(long)} is {@code RandomState(seed)}: the
 * reference {@code init_genrand} (a Knuth LCG fills the array from one 32-bit seed), or
 * {@code init_by_array} for an array seed. {@link #MT19937(SeedSequence)} is the new API's
 * {@code MT19937(seed)}: 623 words from a SeedSequence, {@code key[0] = 0x80000000} (the state
 * must not be all zero) and {@code pos = 623}. The same number gives different streams.
 *
 * <p><b>Output.</b> 32 bits are native: {@link #nextUint32()} is one word (no buffering),
 * {@link #nextUint64()} is two words, high first, and {@link #nextDouble()} is the legacy
 * 53-bit double {@code (a * 2^26 + b) / 2^53} from {@code a = w1 >>> 5}, {@code b = w2 >>> 6}.
 * Cost: 624 words regenerated every 624 outputs, amortised a few operations per word.
 */
public final class MT19937 extends BitGenerator {

    static final int N = 624;
    static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    final int[] key = new int[N];   // package-private: MT19937Jump works on it in place
    int pos;                        // next word to temper; N means "regenerate first"

    /** The state as NumPy shows it: {@code {'key': uint32[624], 'pos': int}}. */
    public record State(int[] key, int pos) {
        public State {
            key = key.clone();
        }

        @Override
        public int[] key() {
            return key.clone();
        }
    }

    /** {@code MT19937()}: seeded through a SeedSequence with fresh OS entropy. */
    public MT19937() {
        this(new SeedSequence());
    }

    /** {@code MT19937(seed)} in the new API: through {@code SeedSequence(seed)}. */
    public MT19937(long seed) {
        this(new SeedSequence(seed));
    }

    // tag::seed-sequence-seeding[]
    /** Seeded from 624 SeedSequence words; word 0 is forced to 0x80000000 and pos to 623. */
    public MT19937(SeedSequence seq) {
        super(seq);
        int[] words = seq.generateState(N);
        key[0] = UPPER_MASK;            // "MSB is 1; assuring non-zero initial array"
        System.arraycopy(words, 1, key, 1, N - 1);
        pos = N - 1;                    // NumPy leaves pos where its copy loop ended
    }
    // end::seed-sequence-seeding[]

    private MT19937(State state) {
        super(null);
        setState(state);
    }

    @Override
    protected BitGenerator withSeedSequence(SeedSequence seq) {
        return new MT19937(seq);
    }

    // ---- legacy seeding (RandomState) -------------------------------------------------------

    /**
     * {@code RandomState(seed)}'s generator: the reference {@code init_genrand(seed)}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= seed < 2^32}
     */
    public static MT19937 legacy(long seed) {
        MT19937 mt = new MT19937(new State(new int[N], N));
        mt.legacySeed(seed);
        return mt;
    }

    /** {@code RandomState([k0, k1, ...])}'s generator: {@code init_by_array}. */
    public static MT19937 legacy(long[] seedArray) {
        MT19937 mt = new MT19937(new State(new int[N], N));
        mt.legacySeed(seedArray);
        return mt;
    }

    // tag::init-genrand[]
    /** Reseeds in place with {@code init_genrand}: a Knuth LCG fills the 624 words. */
    void legacySeed(long seed) {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }
    // end::init-genrand[]

    /** Reseeds in place with {@code init_by_array(seedArray)}. */
    void legacySeed(long[] seedArray) {
        if (seedArray.length == 0) {
            throw new IllegalArgumentException("Seed must be non-empty");
        }
        for (long v : seedArray) {
            if (v < 0 || v > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("Seed must be between 0 and 2**32 - 1");
            }
        }
        legacySeed(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, seedArray.length); k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1664525))
                    + (int) seedArray[j] + j;
            i++;
            j++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
            if (j >= seedArray.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                key[0] = key[N - 1];
                i = 1;
            }
        }
        key[0] = UPPER_MASK;
        pos = N;
    }

    /** {@code RandomState.seed(None)}: new key words from a SeedSequence, pos left as it was. */
    void legacySeed(SeedSequence seq) {
        int[] words = seq.generateState(N);
        key[0] = UPPER_MASK;
        System.arraycopy(words, 1, key, 1, N - 1);
    }

    // ---- generation ---------------------------------------------------------------------------

    // tag::twist[]
    /** Regenerates all 624 words with the twist recurrence. */
    private void gen() {
        int i = 0;
        for (; i < N - M; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (key[i] & UPPER_MASK) | (key[i + 1] & LOWER_MASK);
            key[i] = key[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (key[N - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
        key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }
    // end::twist[]

    // tag::temper[]
    /** One tempered word: NumPy's {@code mt19937_next}. */
    @Override
    public int nextUint32() {
        if (pos == N) {
            gen();
        }
        int y = key[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }
    // end::temper[]

    /** Two words, the first one in the high half. */
    @Override
    public long nextUint64() {
        long hi = nextUint32() & 0xFFFF_FFFFL;
        long lo = nextUint32() & 0xFFFF_FFFFL;
        return hi << 32 | lo;
    }

    // tag::legacy-double[]
    /** The legacy double: 27 bits of one word and 26 of the next, {@code (a*2^26 + b) / 2^53}. */
    @Override
    public double nextDouble() {
        int a = nextUint32() >>> 5;
        int b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
    // end::legacy-double[]

    // ---- jumping and state --------------------------------------------------------------------

    /**
     * A copy of this generator moved ahead by {@code jumps * 2^128} outputs: NumPy's
     * {@code jumped(jumps)}. The jump evaluates a fixed polynomial in the transition map by
     * Horner's rule (see {@link MT19937Jump}); this generator is unchanged.
     */
    public MT19937 jumped(int jumps) {
        if (jumps < 0) {
            throw new IllegalArgumentException("jumps must be non-negative, got " + jumps);
        }
        MT19937 copy = new MT19937(state());
        for (int j = 0; j < jumps; j++) {
            MT19937Jump.jump(copy);
        }
        return copy;
    }

    /** {@code jumped(1)}. */
    public MT19937 jumped() {
        return jumped(1);
    }

    public State state() {
        return new State(key, pos);
    }

    public void setState(State s) {
        if (s.key.length != N) {
            throw new IllegalArgumentException("key must have " + N + " words, got "
                    + s.key.length);
        }
        System.arraycopy(s.key, 0, key, 0, N);
        pos = s.pos();
    }

    @Override
    public String toString() {
        return "MT19937";
    }
}
