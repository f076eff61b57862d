package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Float16}: every one of the 65536 bit patterns survives half → double → half, finite
 * values agree with the JDK's own binary16 conversion, and rounding from double is correct at
 * ties, at the overflow threshold and among subnormals. (The astype fixtures check the same
 * conversions against NumPy.)
 */
class Float16Test {

    @Test
    void everyBitPatternRoundTripsThroughDouble() {
        for (int b = 0; b < 0x10000; b++) {
            short bits = (short) b;
            assertThat(Float16.fromDouble(Float16.toDouble(bits)))
                    .as("0x%04x", b).isEqualTo(bits);
        }
    }

    @Test
    void everyBitPatternWidensToTheSameFloat() {
        for (int b = 0; b < 0x10000; b++) {
            short bits = (short) b;
            int floatBits = Float16.toFloatBits(bits);
            boolean nan = (b & 0x7C00) == 0x7C00 && (b & 0x3FF) != 0;
            if (nan) {  // payload and signalling bit move up 13 places, bit for bit
                assertThat(floatBits).as("0x%04x", b)
                        .isEqualTo((b & 0x8000) << 16 | 0x7F80_0000 | (b & 0x3FF) << 13);
                assertThat(Double.isNaN(Float16.toDouble(bits))).isTrue();
            } else {
                float jdk = Float.float16ToFloat(bits);
                assertThat(floatBits).as("0x%04x", b).isEqualTo(Float.floatToRawIntBits(jdk));
                assertThat(Float16.toDouble(bits)).as("0x%04x", b).isEqualTo((double) jdk);
            }
        }
    }

    @Test
    void roundsTiesToEven() {
        assertThat(Float16.fromDouble(1 + 0x1p-11)).isEqualTo((short) 0x3C00);        // down to 1
        assertThat(Float16.fromDouble(1 + 3 * 0x1p-11)).isEqualTo((short) 0x3C02);    // up to even
        assertThat(Float16.fromDouble(1 + 0x1p-11 + 0x1p-40)).isEqualTo((short) 0x3C01);
        assertThat(Float16.fromDouble(2049)).isEqualTo((short) 0x6800);               // 2048
        assertThat(Float16.fromDouble(2051)).isEqualTo((short) 0x6802);               // 2052
    }

    @Test
    void roundsOnceFromDoubleNotTwiceThroughFloat() {
        // 1 + 2^-11 + 2^-30 is just above a half-way point; float32 rounds it down to the tie
        double x = 1 + 0x1p-11 + 0x1p-30;
        assertThat(Float16.fromDouble(x)).isEqualTo((short) 0x3C01);
        assertThat(Float.floatToFloat16((float) x)).as("the double rounding this class avoids")
                .isEqualTo((short) 0x3C00);
    }

    @Test
    void overflowsToInfinityAtTheMidpointAboveTheLargestHalf() {
        assertThat(Float16.fromDouble(65504)).isEqualTo((short) 0x7BFF);
        assertThat(Float16.fromDouble(65519.99)).isEqualTo((short) 0x7BFF);
        assertThat(Float16.fromDouble(65520)).isEqualTo((short) 0x7C00);
        assertThat(Float16.fromDouble(-1e300)).isEqualTo((short) 0xFC00);
        assertThat(Float16.fromDouble(Double.POSITIVE_INFINITY)).isEqualTo((short) 0x7C00);
    }

    @Test
    void subnormalsAndZeros() {
        assertThat(Float16.fromDouble(0x1p-24)).isEqualTo((short) 0x0001);            // smallest
        assertThat(Float16.fromDouble(0x1p-25)).isEqualTo((short) 0x0000);            // tie → 0
        assertThat(Float16.fromDouble(3 * 0x1p-25)).isEqualTo((short) 0x0002);        // tie → even
        assertThat(Float16.fromDouble(0x1p-25 + 0x1p-50)).isEqualTo((short) 0x0001);
        assertThat(Float16.fromDouble(0x1p-14 - 0x1p-25)).isEqualTo((short) 0x0400);  // up to normal
        assertThat(Float16.fromDouble(-0.0)).isEqualTo((short) 0x8000);
        assertThat(Float16.toDouble((short) 0x03FF)).isEqualTo(1023 * 0x1p-24);
        assertThat(Float16.toDouble((short) 0x8000)).isEqualTo(-0.0);
    }

    @Test
    void nanKeepsItsPayloadAndSign() {
        double quiet = Double.longBitsToDouble(0x7FF8_0000_0000_0000L);
        assertThat(Float16.fromDouble(quiet)).isEqualTo((short) 0x7E00);
        double negative = Double.longBitsToDouble(0xFFF8_0000_0000_0000L);
        assertThat(Float16.fromDouble(negative)).isEqualTo((short) 0xFE00);
        double lowPayload = Double.longBitsToDouble(0x7FF0_0000_0000_0001L);
        assertThat(Float16.fromDouble(lowPayload)).as("stays a NaN").isEqualTo((short) 0x7C01);
    }
}
