package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Raw streams of PCG64, MT19937 (SeedSequence and legacy seeding), SFC64 and Philox against
 * NumPy (fixture {@code streams.txt}): 64-bit and buffered 32-bit draws, doubles and floats for
 * 14 seeds, jumps (MT19937's by the computed polynomial, also from the middle of a block),
 * advances by up to 2^130, 200,000-draw digests, and PCG64 states. All bit for bit.
 */
class BitGeneratorStreamsTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPy() {
        return RandomFixtures.cases("streams.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
    }

    static BitGenerator make(String kind, String seed) {
        if (kind.equals("mt19937_legacy")) {
            if (seed.startsWith("list(range(")) {
                int n = Integer.parseInt(seed.substring(11, seed.length() - 2));
                long[] key = new long[n];
                for (int i = 0; i < n; i++) {
                    key[i] = i;
                }
                return MT19937.legacy(key);
            }
            return seed.startsWith("[") ? MT19937.legacy(RandomFixtures.longs(seed))
                    : MT19937.legacy(Long.parseLong(seed));
        }
        SeedSequence seq = RandomFixtures.seedSequence(seed);
        return switch (kind) {
            case "pcg64" -> new PCG64(seq);
            case "mt19937" -> new MT19937(seq);
            case "sfc64" -> new SFC64(seq);
            case "philox" -> new Philox(seq);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static void check(RandomFixtures.Case c) throws Exception {
        BitGenerator bg = make(c.method(), c.arg("seed"));
        for (int i = 0; i < Integer.parseInt(c.arg("skip", "0")); i++) {
            raw(bg);                                  // NumPy's random_raw: one native draw
        }
        if (c.args().containsKey("jumped")) {
            int j = Integer.parseInt(c.arg("jumped"));
            bg = switch (bg) {
                case PCG64 p -> p.jumped(j);
                case MT19937 m -> m.jumped(j);
                case Philox p -> p.jumped(j);
                default -> throw new IllegalArgumentException("no jump for " + bg);
            };
        }
        if (c.args().containsKey("advance")) {
            BigInteger d = new BigInteger(c.arg("advance"));
            if (bg instanceof PCG64 p) {
                p.advance(d);
            } else {
                ((Philox) bg).advance(d);
            }
        }
        String op = c.arg("op");
        int n = Integer.parseInt(c.arg("n"));
        String want = c.result().getFirst();
        if (op.equals("state")) {
            Generator g = new Generator(bg);
            g.integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32),
                    dev.strides.ndarray.DType.UINT32, false, 3);
            assertThat(RandomFixtures.pcgState((PCG64) bg)).isEqualTo(want);
            return;
        }
        if (c.args().containsKey("digest")) {
            ByteBuffer buf = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                buf.putLong(raw(bg));
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(buf.array());
            assertThat(RandomFixtures.HEX.formatHex(digest)).isEqualTo(want);
            return;
        }
        List<String> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            got.add(switch (op) {
                case "next64" -> "%016x".formatted(raw(bg));
                case "next32" -> "%08x".formatted(bg.nextUint32());
                case "double" -> "%016x".formatted(Double.doubleToRawLongBits(bg.nextDouble()));
                case "float" -> "%08x".formatted(Float.floatToRawIntBits(bg.nextFloat()));
                default -> throw new IllegalArgumentException(op);
            });
        }
        assertThat(String.join(" ", got)).isEqualTo(want);
    }

    /** NumPy's {@code random_raw}: one native draw, a 32-bit word for MT19937. */
    private static long raw(BitGenerator bg) {
        return bg instanceof MT19937 ? bg.nextUint32() & 0xFFFF_FFFFL : bg.nextUint64();
    }
}
