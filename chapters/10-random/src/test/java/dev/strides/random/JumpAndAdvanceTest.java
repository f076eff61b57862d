package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Jumps and advances checked against plain stepping, independently of the NumPy fixtures:
 * MT19937's polynomial machinery (Berlekamp-Massey, squaring modulo phi, Horner) must move the
 * state exactly as many steps as the polynomial's exponent; PCG64's and Philox's advances must
 * compose.
 */
class JumpAndAdvanceTest {

    @Test
    void theCharacteristicPolynomialHasDegree19937() {
        long[] phi = MT19937Jump.characteristicPolynomial();
        assertThat(GF2Polynomials.degree(phi)).isEqualTo(19937);
        assertThat(phi[0] & 1).as("constant term: the transition is invertible").isEqualTo(1);
        assertThat(GF2Polynomials.degree(MT19937Jump.jumpPolynomial())).isLessThan(19937);
    }

    @Test
    void aPolynomialJumpOf1024StepsEqualsStepping() {
        long[] p = GF2Polynomials.xPowerTwoPowerMod(MT19937Jump.characteristicPolynomial(), 10);
        MT19937 jumped = MT19937.legacy(5);
        MT19937Jump.jump(jumped, p);
        MT19937 stepped = MT19937.legacy(5);
        // x^1024 moves the word buffer 1024 words; NumPy's reading position makes the jumped
        // generator continue with output 1024 - 624 = 400 of the original stream
        for (int i = 0; i < 400; i++) {
            stepped.nextUint32();
        }
        for (int i = 0; i < 200; i++) {
            assertThat(jumped.nextUint32()).isEqualTo(stepped.nextUint32());
        }
    }

    @Test
    void jumpsCompose() {
        assertThat(new MT19937(3).jumped(2).nextUint64()).isEqualTo(new MT19937(3).jumped().jumped().nextUint64());
        assertThat(new PCG64(3).jumped(2).nextUint64()).isEqualTo(new PCG64(3).jumped().jumped().nextUint64());
        assertThat(new Philox(3).jumped(2).nextUint64()).isEqualTo(new Philox(3).jumped().jumped().nextUint64());
    }

    @Test
    void jumpedLeavesTheOriginalAlone() {
        PCG64 a = new PCG64(3);
        a.jumped();
        assertThat(a.nextUint64()).isEqualTo(new PCG64(3).nextUint64());
    }

    @Test
    void pcg64AdvanceEqualsStepping() {
        PCG64 stepped = new PCG64(11);
        for (int i = 0; i < 1000; i++) {
            stepped.nextUint64();
        }
        assertThat(new PCG64(11).advance(1000).nextUint64()).isEqualTo(stepped.nextUint64());
        BigInteger big = BigInteger.TWO.pow(100).add(BigInteger.valueOf(12345));
        assertThat(new PCG64(11).advance(big).advance(big).nextUint64())
                .isEqualTo(new PCG64(11).advance(big.shiftLeft(1)).nextUint64());
        assertThat(new PCG64(11).advance(BigInteger.TWO.pow(128)).nextUint64())
                .as("the period is 2^128").isEqualTo(new PCG64(11).nextUint64());
    }

    @Test
    void advanceClearsTheBufferedHalf() {
        PCG64 a = new PCG64(1);
        a.nextUint32();
        assertThat(a.state().hasUint32()).isTrue();
        a.advance(0);
        assertThat(a.state().hasUint32()).isFalse();
    }

    @Test
    void philoxAdvanceIsCounterArithmetic() {
        Philox stepped = new Philox(5);
        for (int i = 0; i < 4 * 10; i++) {
            stepped.nextUint64();          // 10 blocks of 4 outputs
        }
        assertThat(new Philox(5).advance(BigInteger.TEN).nextUint64()).isEqualTo(stepped.nextUint64());
    }

    @Test
    void statesRoundTrip() {
        PCG64 p = new PCG64(9);
        p.nextUint32();
        PCG64 q = new PCG64(0);
        q.setState(p.state());
        assertThat(q.nextUint32()).isEqualTo(p.nextUint32());
        MT19937 m = MT19937.legacy(9);
        m.nextUint32();
        MT19937 n = MT19937.legacy(0);
        n.setState(m.state());
        assertThat(n.nextUint64()).isEqualTo(m.nextUint64());
        SFC64 s = new SFC64(9);
        SFC64 t = new SFC64(0);
        t.setState(s.state());
        assertThat(t.nextUint64()).isEqualTo(s.nextUint64());
        Philox x = new Philox(9);
        x.nextUint64();
        Philox y = new Philox(0);
        y.setState(x.state());
        assertThat(y.nextUint64()).isEqualTo(x.nextUint64());
    }
}
