package dev.strides.random;

/**
 * Chris Doty-Humphrey's Small Fast Chaotic generator, SFC64: NumPy's {@code SFC64}.
 *
 * <p><b>State.</b> Four 64-bit words {@code a, b, c} and a counter {@code w}. One step:
 *
 * <pre>{@code out = a + b + w++;   a = b ^ (b >>> 11);
 * b = c + (c << 3);      c = rotl(c, 24) + out}</pre>
 *
 * <p>The map is not linear and has no known period; the counter {@code w} guarantees a period of
 * at least 2^64 on every cycle, and the expected cycle length is about 2^255. There is no
 * {@code advance} or {@code jumped} (no shortcut through a chaotic map): independent streams
 * come from {@link #spawn}. Cost: a handful of adds, shifts and a rotate per 64 bits, the
 * fastest generator of this chapter.
 *
 * <p><b>Seeding.</b> {@code a, b, c} from {@code SeedSequence.generateState64(3)}, {@code w = 1},
 * then 12 steps are thrown away to mix the seed in.
 */
public final class SFC64 extends BitGenerator {

    private long a;
    private long b;
    private long c;
    private long w;

    /** {@code bit_generator.state}: the four words (a, b, c, w) and the buffered 32-bit half. */
    public record State(long a, long b, long c, long w, boolean hasUint32, long uinteger) {
    }

    public SFC64() {
        this(new SeedSequence());
    }

    public SFC64(long seed) {
        this(new SeedSequence(seed));
    }

    // tag::sfc64[]
    public SFC64(SeedSequence seq) {
        super(seq);
        long[] seed = seq.generateState64(3);
        a = seed[0];
        b = seed[1];
        c = seed[2];
        w = 1;
        for (int i = 0; i < 12; i++) {
            nextUint64();
        }
    }

    @Override
    public long nextUint64() {
        long out = a + b + w++;
        a = b ^ (b >>> 11);
        b = c + (c << 3);
        c = Long.rotateLeft(c, 24) + out;
        return out;
    }
    // end::sfc64[]

    @Override
    protected BitGenerator withSeedSequence(SeedSequence seq) {
        return new SFC64(seq);
    }

    public State state() {
        return new State(a, b, c, w, hasUint32(), uinteger() & 0xFFFF_FFFFL);
    }

    public void setState(State s) {
        a = s.a();
        b = s.b();
        c = s.c();
        w = s.w();
        setBuffer(s.hasUint32(), (int) s.uinteger());
    }

    @Override
    public String toString() {
        return "SFC64";
    }
}
