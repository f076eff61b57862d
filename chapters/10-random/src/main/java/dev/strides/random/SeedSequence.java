package dev.strides.random;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a seed of any size into well-mixed state words: NumPy's {@code SeedSequence}, after
 * Melissa O'Neill's {@code seed_seq} design.
 *
 * <p>A seed is rarely good state. {@code 0}, {@code 1} and {@code 42} have almost no set bits,
 * and seeds that differ in one bit must still give unrelated streams. SeedSequence hashes the
 * seed into a <em>pool</em> of four 32-bit words, mixing every input word into every pool word,
 * and then stretches the pool into as many output words as a bit generator needs:
 *
 * <ol>
 *   <li><b>words</b>: each non-negative integer of the entropy becomes uint32 words, least
 *       significant first ({@code 0 -> [0]}, {@code 2^40 -> [0, 256]}); arrays are concatenated
 *       element by element; a spawn key is appended (after zero padding to the pool size);</li>
 *   <li><b>pool</b>: {@code hashmix} each word into the pool, then {@code mix} every pool word
 *       with the hash of every other one, then fold in any words beyond the pool;</li>
 *   <li><b>generateState</b>: cycle over the pool, hashing each word with a running
 *       multiplier, one output word per step (two per uint64).</li>
 * </ol>
 *
 * <p>All arithmetic is modulo 2^32, which Java's {@code int} gives for free: {@code *} wraps and
 * {@code >>>} is the unsigned shift. Cost: O(pool × words) to build, O(1) per output word.
 *
 * <p><b>Spawning.</b> {@link #spawn} makes children that share the entropy but carry the spawn
 * key {@code (…, i)}: their pools differ, so their streams are independent; this is NumPy's
 * answer to parallel random numbers.
 */
public final class SeedSequence {

    private static final int DEFAULT_POOL_SIZE = 4;
    // tag::constants[]
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int XSHIFT = 16;   // half the bits of a uint32
    // end::constants[]

    private final List<BigInteger> entropy;   // the run entropy, one or more integers
    private final boolean scalarEntropy;      // given as one integer (only changes toString)
    private final long[] spawnKey;            // position in the spawn tree, () for the root
    private final int poolSize;               // uint32 words in the pool
    private final int[] pool;                 // the hashed entropy
    private int childrenSpawned;

    /** Fresh entropy from the operating system: 128 bits, NumPy's {@code SeedSequence()}. */
    public SeedSequence() {
        this(new BigInteger(DEFAULT_POOL_SIZE * 32, new SecureRandom()));
    }

    /** {@code SeedSequence(entropy)} for a non-negative integer. */
    public SeedSequence(long entropy) {
        this(BigInteger.valueOf(entropy));
    }

    /** {@code SeedSequence(entropy)} for a non-negative integer of any size. */
    public SeedSequence(BigInteger entropy) {
        this(List.of(Objects.requireNonNull(entropy, "entropy")), true, new long[0],
                DEFAULT_POOL_SIZE, 0);
    }

    /** {@code SeedSequence([e0, e1, ...])}: every element contributes its own words. */
    public SeedSequence(long[] entropy) {
        this(Arrays.stream(entropy).mapToObj(BigInteger::valueOf).toList(), false, new long[0],
                DEFAULT_POOL_SIZE, 0);
    }

    /**
     * The full constructor, {@code SeedSequence(entropy, spawn_key=..., pool_size=...,
     * n_children_spawned=...)}.
     *
     * @throws IllegalArgumentException for a negative integer or a pool smaller than 4
     */
    public SeedSequence(List<BigInteger> entropy, long[] spawnKey, int poolSize,
                        int childrenSpawned) {
        this(entropy, entropy.size() == 1, spawnKey, poolSize, childrenSpawned);
    }

    private SeedSequence(List<BigInteger> entropy, boolean scalar, long[] spawnKey, int poolSize,
                         int childrenSpawned) {
        if (poolSize < DEFAULT_POOL_SIZE) {
            throw new IllegalArgumentException(
                    "The size of the entropy pool should be at least " + DEFAULT_POOL_SIZE);
        }
        this.entropy = List.copyOf(entropy);
        this.scalarEntropy = scalar;
        this.spawnKey = spawnKey.clone();
        this.poolSize = poolSize;
        this.childrenSpawned = childrenSpawned;
        this.pool = new int[poolSize];
        mixEntropy(pool, assembledEntropy());
    }

    // ---- words from integers --------------------------------------------------------------------

    // tag::int-to-words[]
    /** A non-negative integer as uint32 words, least significant first; {@code 0 -> [0]}. */
    static int[] toWords(BigInteger n) {
        if (n.signum() < 0) {
            throw new IllegalArgumentException("expected non-negative integer");
        }
        if (n.signum() == 0) {
            return new int[] {0};
        }
        int[] words = new int[(n.bitLength() + 31) / 32];
        for (int i = 0; i < words.length; i++) {
            words[i] = n.shiftRight(32 * i).intValue();  // intValue keeps the low 32 bits
        }
        return words;
    }
    // end::int-to-words[]

    private static int[] concatWords(List<BigInteger> values) {
        List<int[]> parts = new ArrayList<>();
        int n = 0;
        for (BigInteger v : values) {
            int[] w = toWords(v);
            parts.add(w);
            n += w.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int[] w : parts) {
            System.arraycopy(w, 0, out, at, w.length);
            at += w.length;
        }
        return out;
    }

    /** Run entropy, zero-padded to the pool size when a spawn key follows, then the spawn key. */
    private int[] assembledEntropy() {
        int[] run = concatWords(entropy);
        int[] spawn = concatWords(Arrays.stream(spawnKey).mapToObj(BigInteger::valueOf).toList());
        if (spawn.length > 0 && run.length < poolSize) {
            run = Arrays.copyOf(run, poolSize);  // keeps children apart from other small seeds
        }
        int[] all = Arrays.copyOf(run, run.length + spawn.length);
        System.arraycopy(spawn, 0, all, run.length, spawn.length);
        return all;
    }

    // ---- the hash -----------------------------------------------------------------------------

    // tag::hashmix[]
    /** Hashes one word; the multiplier {@code hash[0]} keeps changing from call to call. */
    private static int hashmix(int value, int[] hash) {
        value ^= hash[0];
        hash[0] *= MULT_A;
        value *= hash[0];
        return value ^ (value >>> XSHIFT);
    }

    /** Combines two words so that each bit of the result depends on both. */
    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        return result ^ (result >>> XSHIFT);
    }
    // end::hashmix[]

    // tag::mix-entropy[]
    private static void mixEntropy(int[] pool, int[] words) {
        int[] hash = {INIT_A};
        for (int i = 0; i < pool.length; i++) {           // fill the pool
            pool[i] = hashmix(i < words.length ? words[i] : 0, hash);
        }
        for (int src = 0; src < pool.length; src++) {      // late words reach early ones
            for (int dst = 0; dst < pool.length; dst++) {
                if (src != dst) {
                    pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
                }
            }
        }
        for (int src = pool.length; src < words.length; src++) {  // words beyond the pool
            for (int dst = 0; dst < pool.length; dst++) {
                pool[dst] = mix(pool[dst], hashmix(words[src], hash));
            }
        }
    }
    // end::mix-entropy[]

    // ---- output -------------------------------------------------------------------------------

    // tag::generate-state[]
    /** {@code generate_state(n, np.uint32)}: {@code n} state words, cycling over the pool. */
    public int[] generateState(int nWords) {
        if (nWords < 0) {
            throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        int[] state = new int[nWords];
        int hash = INIT_B;
        for (int i = 0; i < nWords; i++) {
            int value = pool[i % pool.length];
            value ^= hash;
            hash *= MULT_B;
            value *= hash;
            state[i] = value ^ (value >>> XSHIFT);
        }
        return state;
    }
    // end::generate-state[]

    /** {@code generate_state(n, np.uint64)}: pairs of words, the first one the low half. */
    public long[] generateState64(int nWords) {
        int[] words = generateState(Math.multiplyExact(nWords, 2));
        long[] state = new long[nWords];
        for (int i = 0; i < nWords; i++) {
            state[i] = (words[2 * i] & 0xFFFF_FFFFL) | ((long) words[2 * i + 1] << 32);
        }
        return state;
    }

    // tag::spawn[]
    /**
     * {@code n} children: the same entropy with spawn keys {@code spawnKey + (i,)} for the next
     * {@code n} values of i. Spawning again continues the numbering, so children never repeat.
     */
    public List<SeedSequence> spawn(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n_children must be non-negative");
        }
        List<SeedSequence> children = new ArrayList<>(n);
        for (int i = childrenSpawned; i < childrenSpawned + n; i++) {
            long[] key = Arrays.copyOf(spawnKey, spawnKey.length + 1);
            key[spawnKey.length] = i;
            children.add(new SeedSequence(entropy, scalarEntropy, key, poolSize, 0));
        }
        childrenSpawned += n;
        return children;
    }
    // end::spawn[]

    // ---- accessors ----------------------------------------------------------------------------

    /** The run entropy: one integer, or the elements of the array it was given. */
    public List<BigInteger> entropy() {
        return entropy;
    }

    /** The path from the root sequence: {@code ()} for a root, {@code (0, 2)} for a grandchild. */
    public long[] spawnKey() {
        return spawnKey.clone();
    }

    public int poolSize() {
        return poolSize;
    }

    /** How many children {@link #spawn} has handed out so far. */
    public int childrenSpawned() {
        return childrenSpawned;
    }

    /** The hashed pool, as uint32 words (a copy). */
    public int[] pool() {
        return pool.clone();
    }

    /** NumPy's repr, e.g. {@code SeedSequence(\n    entropy=42,\n)}; defaults are left out. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SeedSequence(\n    entropy=");
        sb.append(scalarEntropy ? entropy.getFirst().toString() : entropy.toString()).append(",\n");
        if (spawnKey.length > 0) {
            sb.append("    spawn_key=").append(dev.strides.ndarray.NDArray.tuple(spawnKey))
                    .append(",\n");
        }
        if (poolSize != DEFAULT_POOL_SIZE) {
            sb.append("    pool_size=").append(poolSize).append(",\n");
        }
        if (childrenSpawned != 0) {
            sb.append("    n_children_spawned=").append(childrenSpawned).append(",\n");
        }
        return sb.append(')').toString();
    }
}
