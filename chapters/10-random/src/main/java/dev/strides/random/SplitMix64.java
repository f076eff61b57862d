package dev.strides.random;

/**
 * A custom bit generator, written from scratch: Vigna's SplitMix64 (the generator behind
 * {@code java.util.SplittableRandom}). Everything a bit generator must provide is
 * {@link #nextUint64()}; the base class derives 32-bit draws and doubles, and any
 * {@link Generator} method runs on top of it unchanged:
 *
 * <pre>{@code Generator g = new Generator(new SplitMix64(42));
 * NDArray z = g.standardNormal(1000);      // NumPy's ziggurat, on SplitMix64's bits}</pre>
 *
 * <p><b>The algorithm.</b> A Weyl sequence {@code x += 0x9e3779b97f4a7c15} (the golden ratio
 * times 2^64; odd, so the period is 2^64) passed through a bijective 64-bit mixer: two
 * multiply-xorshift rounds (Stafford's "Mix13"). The state is one long; each output costs two
 * multiplications. It passes BigCrush, but 64 bits of state are too few for many parallel
 * streams, which is why NumPy's default is PCG64.
 *
 * <p><b>What a home-made generator must get right</b>: full period (the odd increment), output
 * bits that all look random (the mixer; a raw LCG's low bits cycle with tiny periods), seeding
 * that turns nearby seeds into unrelated states (here through {@link SeedSequence}), and a
 * state that can be saved and restored ({@link #state()}).
 */
public final class SplitMix64 extends BitGenerator {

    private long x;   // the Weyl sequence

    /** Seeded through {@code SeedSequence(seed)}, like NumPy's bit generators. */
    public SplitMix64(long seed) {
        this(new SeedSequence(seed));
    }

    public SplitMix64(SeedSequence seq) {
        super(seq);
        x = seq.generateState64(1)[0];
    }

    /** The raw state (no seed sequence): Vigna's reference seeding, for test vectors. */
    public static SplitMix64 ofState(long state) {
        SplitMix64 g = new SplitMix64(new SeedSequence(0));
        g.x = state;
        return g;
    }

    // tag::splitmix[]
    @Override
    public long nextUint64() {
        long z = (x += 0x9e3779b97f4a7c15L);             // Weyl step: period 2^64
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;       // mix: every bit of x reaches
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;       //      every bit of the output
        return z ^ (z >>> 31);
    }
    // end::splitmix[]

    @Override
    protected BitGenerator withSeedSequence(SeedSequence seq) {
        return new SplitMix64(seq);
    }

    /** The Weyl counter; {@link #ofState} restores it. */
    public long state() {
        return x;
    }

    @Override
    public String toString() {
        return "SplitMix64";
    }
}
