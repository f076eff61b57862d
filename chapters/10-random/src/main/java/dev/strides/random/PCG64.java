package dev.strides.random;

import java.math.BigInteger;

/**
 * NumPy's default bit generator: O'Neill's PCG64, a 128-bit linear congruential generator with
 * the XSL-RR output permutation.
 *
 * <p><b>State.</b> Two 128-bit numbers: the LCG {@code state} and an odd increment {@code inc}
 * that selects one of 2^127 streams. Each step is
 *
 * <pre>{@code state = state * 0x2360ED051FC65DA44385DF649FCCF645 + inc   (mod 2^128)}</pre>
 *
 * and the output is the xor of the two halves rotated right by the top six bits:
 * {@code rotr64(hi ^ lo, hi >>> 58)}. The LCG alone has weak low bits; the data-dependent
 * rotation hides them. Period 2^128.
 *
 * <p><b>Cost.</b> One 128×128-bit multiply (three 64-bit multiplies, one of them a
 * {@link Math#unsignedMultiplyHigh}), one 128-bit add, a xor and a rotate per 64 bits.
 *
 * <p><b>Seeding.</b> {@code SeedSequence.generateState64(4)} gives {@code (s_hi, s_lo, i_hi,
 * i_lo)}; then {@code inc = (i << 1) | 1}, {@code state = 0}, step, {@code state += s}, step.
 *
 * <p><b>Jumping.</b> An LCG can {@link #advance} by any distance in O(log distance) steps,
 * because composing {@code x -> a x + c} with itself is again an affine map.
 */
public final class PCG64 extends BitGenerator {

    // tag::multiplier[]
    private static final long MULT_HI = 0x2360ED051FC65DA4L;
    private static final long MULT_LO = 0x4385DF649FCCF645L;
    // end::multiplier[]
    /** {@code jumped()} moves (phi - 1) * 2^128 steps, phi the golden ratio. */
    private static final BigInteger JUMP = new BigInteger("9e3779b97f4a7c15f39cc0605cedc835", 16);
    private static final BigInteger MASK128 =
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private long stateHi;
    private long stateLo;
    private long incHi;
    private long incLo;

    /**
     * The state of a PCG64, as NumPy's {@code bit_generator.state} dict: the LCG state and
     * increment as 128-bit integers, and the buffered 32-bit half.
     */
    public record State(BigInteger state, BigInteger inc, boolean hasUint32, long uinteger) {
    }

    /** Seeded with fresh OS entropy, NumPy's {@code PCG64()}. */
    public PCG64() {
        this(new SeedSequence());
    }

    /** {@code PCG64(seed)}: the seed goes through {@code SeedSequence(seed)}. */
    public PCG64(long seed) {
        this(new SeedSequence(seed));
    }

    // tag::seeding[]
    /** Seeded from the first four uint64 words of {@code seq}. */
    public PCG64(SeedSequence seq) {
        super(seq);
        long[] words = seq.generateState64(4);
        setSeed(words[0], words[1], words[2], words[3]);
    }

    private void setSeed(long seedHi, long seedLo, long seqHi, long seqLo) {
        incHi = (seqHi << 1) | (seqLo >>> 63);   // inc = (initseq << 1) | 1: always odd
        incLo = (seqLo << 1) | 1;
        stateHi = 0;
        stateLo = 0;
        step();
        long lo = stateLo + seedLo;                 // state += initstate, with carry
        stateHi += seedHi + (Long.compareUnsigned(lo, seedLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
    }
    // end::seeding[]

    private PCG64(State state) {
        super(null);
        setState(state);
    }

    @Override
    protected BitGenerator withSeedSequence(SeedSequence seq) {
        return new PCG64(seq);
    }

    // tag::step[]
    /** {@code state = state * MULT + inc (mod 2^128)} on two 64-bit halves. */
    private void step() {
        long lo = stateLo * MULT_LO;                            // low 64 bits of lo*lo
        long hi = Math.unsignedMultiplyHigh(stateLo, MULT_LO)   // carry out of lo*lo
                + stateLo * MULT_HI + stateHi * MULT_LO;        // cross terms (mod 2^64)
        long sumLo = lo + incLo;
        long carry = Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0;
        stateHi = hi + incHi + carry;
        stateLo = sumLo;
    }

    /** Steps, then outputs XSL-RR: xor the halves, rotate right by the top 6 bits. */
    @Override
    public long nextUint64() {
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }
    // end::step[]

    // ---- jumping ------------------------------------------------------------------------------

    /**
     * Moves the stream forward as if {@code delta} 64-bit draws had been made (delta is taken
     * modulo 2^128), in O(log delta): square-and-multiply on the affine map
     * {@code x -> m x + c}, whose k-fold composition is {@code x -> M x + C}. Clears the
     * buffered 32-bit half. Returns this generator, as NumPy does.
     */
    // tag::advance[]
    public PCG64 advance(BigInteger delta) {
        BigInteger d = delta.and(MASK128);
        long[] accMult = {0, 1};                  // M, starts as the identity map
        long[] accPlus = {0, 0};                  // C
        long[] curMult = {MULT_HI, MULT_LO};      // m^(2^j)
        long[] curPlus = {incHi, incLo};          // c * (1 + m + ... + m^(2^j - 1))
        for (int bit = 0; bit < d.bitLength(); bit++) {
            if (d.testBit(bit)) {
                accMult = mul(accMult, curMult);
                accPlus = add(mul(accPlus, curMult), curPlus);
            }
            curPlus = mul(add(curMult, new long[] {0, 1}), curPlus);
            curMult = mul(curMult, curMult);
        }
        long[] s = add(mul(accMult, new long[] {stateHi, stateLo}), accPlus);
        stateHi = s[0];
        stateLo = s[1];
        setBuffer(false, 0);
        return this;
    }
    // end::advance[]

    /** {@link #advance(BigInteger)} for a non-negative {@code long}. */
    public PCG64 advance(long delta) {
        return advance(BigInteger.valueOf(delta));
    }

    /**
     * A new PCG64 whose stream starts {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835} draws
     * ahead of this one (that constant is (phi - 1) * 2^128): NumPy's {@code jumped(jumps)}.
     * This generator is unchanged. The copy has no seed sequence.
     */
    public PCG64 jumped(int jumps) {
        PCG64 copy = new PCG64(state());
        copy.advance(JUMP.multiply(BigInteger.valueOf(jumps)));
        return copy;
    }

    /** {@code jumped(1)}. */
    public PCG64 jumped() {
        return jumped(1);
    }

    // 128-bit product and sum, {hi, lo}, modulo 2^128
    private static long[] mul(long[] a, long[] b) {
        long lo = a[1] * b[1];
        long hi = Math.unsignedMultiplyHigh(a[1], b[1]) + a[1] * b[0] + a[0] * b[1];
        return new long[] {hi, lo};
    }

    private static long[] add(long[] a, long[] b) {
        long lo = a[1] + b[1];
        long hi = a[0] + b[0] + (Long.compareUnsigned(lo, b[1]) < 0 ? 1 : 0);
        return new long[] {hi, lo};
    }

    // ---- state --------------------------------------------------------------------------------

    /** The current state, NumPy's {@code bit_generator.state}. */
    public State state() {
        return new State(toBig(stateHi, stateLo), toBig(incHi, incLo), hasUint32(),
                uinteger() & 0xFFFF_FFFFL);
    }

    /** Restores a state taken with {@link #state()}. */
    public void setState(State s) {
        BigInteger st = s.state().and(MASK128);
        BigInteger in = s.inc().and(MASK128);
        stateHi = st.shiftRight(64).longValue();
        stateLo = st.longValue();
        incHi = in.shiftRight(64).longValue();
        incLo = in.longValue();
        setBuffer(s.hasUint32(), (int) s.uinteger());
    }

    private static BigInteger toBig(long hi, long lo) {
        return new BigInteger(Long.toUnsignedString(hi)).shiftLeft(64)
                .or(new BigInteger(Long.toUnsignedString(lo)));
    }

    @Override
    public String toString() {
        return "PCG64";
    }
}
