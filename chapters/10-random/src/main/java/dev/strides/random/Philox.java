package dev.strides.random;

import java.math.BigInteger;

/**
 * Philox4x64-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", 2011): a
 * <em>counter-based</em> generator, NumPy's {@code Philox}.
 *
 * <p><b>The idea.</b> The state is a 256-bit counter and a 128-bit key. Output block
 * {@code n} is a keyed bijection of the counter value {@code n}: ten rounds of two 64×64→128-bit
 * multiplies and xors with the key (which is bumped by two Weyl constants between rounds).
 * Nothing carries over from one block to the next except the counter, so
 *
 * <ul>
 *   <li>jumping is adding to the counter: {@link #advance} and {@link #jumped} are O(1);</li>
 *   <li>different keys give unrelated streams, which suits one key per thread or per GPU
 *       work item.</li>
 * </ul>
 *
 * <p>Each block gives four 64-bit outputs, buffered and handed out one at a time. Cost: 20
 * 64-bit multiplies per four outputs; slower than PCG64 on a CPU, but perfectly parallel.
 */
public final class Philox extends BitGenerator {

    private static final int BUFFER_SIZE = 4;
    private static final BigInteger MASK256 =
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final long[] counter = new long[4];   // little-endian 256-bit counter
    private final long[] key = new long[2];
    private final long[] buffer = new long[BUFFER_SIZE];
    private int bufferPos = BUFFER_SIZE;           // BUFFER_SIZE: compute a new block first

    /** {@code bit_generator.state}: counter, key, the output buffer and the 32-bit half. */
    public record State(long[] counter, long[] key, long[] buffer, int bufferPos,
                        boolean hasUint32, long uinteger) {
        public State {
            counter = counter.clone();
            key = key.clone();
            buffer = buffer.clone();
        }
    }

    public Philox() {
        this(new SeedSequence());
    }

    public Philox(long seed) {
        this(new SeedSequence(seed));
    }

    /** The key from {@code SeedSequence.generateState64(2)}, the counter at zero. */
    public Philox(SeedSequence seq) {
        super(seq);
        long[] k = seq.generateState64(2);
        key[0] = k[0];
        key[1] = k[1];
    }

    /** {@code Philox(key=..., counter=...)}: an explicit key and counter, no seed sequence. */
    public static Philox ofKey(long key0, long key1, long... counterWords) {
        Philox p = new Philox(new State(new long[4], new long[] {key0, key1}, new long[4],
                BUFFER_SIZE, false, 0));
        System.arraycopy(counterWords, 0, p.counter, 0, Math.min(4, counterWords.length));
        return p;
    }

    private Philox(State s) {
        super(null);
        setState(s);
    }

    @Override
    protected BitGenerator withSeedSequence(SeedSequence seq) {
        return new Philox(seq);
    }

    @Override
    public long nextUint64() {
        if (bufferPos < BUFFER_SIZE) {
            return buffer[bufferPos++];
        }
        for (int i = 0; i < 4 && ++counter[i] == 0; i++) {
            // the increment carries into the next word only when this one wrapped to 0
        }
        // tag::philox[]
        long c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
        long k0 = key[0], k1 = key[1];
        for (int round = 0; round < 10; round++) {
            if (round > 0) {                        // bump the key by the Weyl constants
                k0 += 0x9E3779B97F4A7C15L;
                k1 += 0xBB67AE8584CAA73BL;
            }
            long hi0 = Math.unsignedMultiplyHigh(0xD2E7470EE14C6C93L, c0);
            long lo0 = 0xD2E7470EE14C6C93L * c0;
            long hi1 = Math.unsignedMultiplyHigh(0xCA5A826395121157L, c2);
            long lo1 = 0xCA5A826395121157L * c2;
            long n0 = hi1 ^ c1 ^ k0;
            long n2 = hi0 ^ c3 ^ k1;
            c0 = n0;
            c1 = lo1;
            c2 = n2;
            c3 = lo0;
        }
        // end::philox[]
        buffer[0] = c0;
        buffer[1] = c1;
        buffer[2] = c2;
        buffer[3] = c3;
        bufferPos = 1;
        return c0;
    }

    /**
     * Adds {@code delta} (modulo 2^256) to the counter: the stream moves {@code 4 * delta}
     * 64-bit outputs ahead. Clears the output buffer and the 32-bit half. Returns this.
     */
    public Philox advance(BigInteger delta) {
        BigInteger d = delta.and(MASK256);
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long step = d.shiftRight(64 * i).longValue();
            long sum = counter[i] + step;
            long c1 = Long.compareUnsigned(sum, counter[i]) < 0 ? 1 : 0;
            long sum2 = sum + carry;
            long c2 = Long.compareUnsigned(sum2, sum) < 0 ? 1 : 0;
            counter[i] = sum2;
            carry = c1 | c2;
        }
        java.util.Arrays.fill(buffer, 0);
        bufferPos = BUFFER_SIZE;
        setBuffer(false, 0);
        return this;
    }

    /** A copy advanced by {@code jumps * 2^128} counter steps: NumPy's {@code jumped(jumps)}. */
    public Philox jumped(int jumps) {
        Philox copy = new Philox(state());
        copy.advance(BigInteger.valueOf(jumps).shiftLeft(128));
        return copy;
    }

    public Philox jumped() {
        return jumped(1);
    }

    public State state() {
        return new State(counter, key, buffer, bufferPos, hasUint32(), uinteger() & 0xFFFF_FFFFL);
    }

    public void setState(State s) {
        System.arraycopy(s.counter, 0, counter, 0, 4);
        System.arraycopy(s.key, 0, key, 0, 2);
        System.arraycopy(s.buffer, 0, buffer, 0, BUFFER_SIZE);
        bufferPos = s.bufferPos();
        setBuffer(s.hasUint32(), (int) s.uinteger());
    }

    @Override
    public String toString() {
        return "Philox";
    }
}
