package dev.strides.random;

import java.util.ArrayList;
import java.util.List;

/**
 * A source of uniformly random bits: NumPy's {@code BitGenerator}, the engine under every
 * {@link Generator}.
 *
 * <p>A bit generator knows nothing about distributions. It produces three raw things, and every
 * sampler in this chapter is built from them:
 *
 * <ul>
 *   <li>{@link #nextUint64()}: 64 random bits (the one method a new generator must write);</li>
 *   <li>{@link #nextUint32()}: 32 random bits. NumPy does not waste half of a 64-bit draw: it
 *       returns the low half and keeps the high half for the next call (the "buffered
 *       uint32"), so two 32-bit draws cost one 64-bit step;</li>
 *   <li>{@link #nextDouble()}: a double in [0, 1): the top 53 bits of a 64-bit draw,
 *       {@code (x >>> 11) * 2^-53}, so every value is a multiple of 2^-53.</li>
 * </ul>
 *
 * <p>MT19937 overrides all three, because the Mersenne Twister natively makes 32 bits at a time.
 *
 * <p><b>Not thread-safe.</b> A bit generator is a small mutable state machine; two threads
 * drawing from one would race on it. NumPy guards each with a lock; Strides, like
 * {@code java.util.SplittableRandom}, asks for one generator per thread instead, made
 * independent with {@link #spawn} or {@code jumped} (see {@link ParallelStreams}).
 */
public abstract class BitGenerator {

    private final SeedSequence seedSequence;  // null when the state was set directly
    private boolean hasUint32;                // a buffered high half is waiting
    private int uinteger;                     // the buffered high half

    /** Remembers the seed sequence, so that {@link #spawn} can derive children from it. */
    protected BitGenerator(SeedSequence seedSequence) {
        this.seedSequence = seedSequence;
    }

    /** 64 random bits, as an unsigned value held in a {@code long}. */
    public abstract long nextUint64();

    // tag::buffered-uint32[]
    /**
     * 32 random bits: the low half of a fresh 64-bit draw, or the high half kept from the
     * previous call. Two calls therefore consume one {@link #nextUint64()}.
     */
    public int nextUint32() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger;
        }
        long next = nextUint64();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }
    // end::buffered-uint32[]

    // tag::next-double[]
    /** A double in [0, 1) with 53 random bits: {@code (x >>> 11) * 2^-53}. */
    public double nextDouble() {
        return (nextUint64() >>> 11) * 0x1.0p-53;
    }

    /** A float in [0, 1) with 24 random bits: {@code (u32 >>> 8) * 2^-24}. */
    public float nextFloat() {
        return (nextUint32() >>> 8) * 0x1.0p-24f;
    }
    // end::next-double[]

    /**
     * The seed sequence this generator was made from, or {@code null} if its state was set
     * directly (a legacy seed, a jumped copy).
     */
    public SeedSequence seedSequence() {
        return seedSequence;
    }

    /**
     * {@code n} new generators of the same kind seeded by the children of this generator's seed
     * sequence: NumPy's {@code BitGenerator.spawn}. Their streams are independent of this one
     * and of each other (different pool contents, not different offsets in one stream).
     *
     * @throws IllegalStateException when there is no seed sequence to spawn from
     */
    public List<BitGenerator> spawn(int n) {
        if (seedSequence == null) {
            throw new IllegalStateException(
                    "The underlying SeedSequence does not implement spawning.");
        }
        List<BitGenerator> children = new ArrayList<>();
        for (SeedSequence child : seedSequence.spawn(n)) {
            children.add(withSeedSequence(child));
        }
        return children;
    }

    /** A new generator of this kind seeded from {@code seq}. */
    protected abstract BitGenerator withSeedSequence(SeedSequence seq);

    /** Whether a high half is buffered for the next {@link #nextUint32()} (part of the state). */
    protected boolean hasUint32() {
        return hasUint32;
    }

    /** The buffered high half (meaningful only when {@link #hasUint32()}). */
    protected int uinteger() {
        return uinteger;
    }

    /** Restores or clears the 32-bit buffer, as a state setter or {@code advance} does. */
    protected void setBuffer(boolean has, int value) {
        hasUint32 = has;
        uinteger = value;
    }
}
