package dev.strides.random;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The 256-level ziggurat tables of NumPy's normal and exponential samplers, read from the
 * resource {@code ziggurat-tables.txt} (exact bits, extracted from NumPy's C header by
 * {@code scripts/fixtures/ch10_ziggurat_tables.py}).
 *
 * <p><b>What the tables are.</b> The area under the density is covered by 256 horizontal strips
 * of equal area {@code v}: strip {@code i} spans {@code [0, x_i]} at heights up to
 * {@code f(x_i)}, strip 0 is the base plus the infinite tail beyond {@code r}. Per strip:
 *
 * <ul>
 *   <li>{@code w[i] = x_i / 2^B}: turns a B-bit random integer into a point of
 *       {@code [0, x_i)};</li>
 *   <li>{@code k[i] = floor(2^B * x_(i-1) / x_i)}: integers below it land inside the strip
 *       below, where the density is surely higher: accept at once (about 99% of draws);</li>
 *   <li>{@code f[i] = f(x_i)}: the density at the strip's edge, for the rare wedge test.</li>
 * </ul>
 *
 * <p>The edges come from the recurrence {@code x_(i-1) = f^-1(v / x_i + f(x_i))} downward from
 * {@code x_255 = r}. B is 52 for normal doubles (one bit is the sign), 53 for exponential doubles
 * and 23 for floats. Immutable after loading; shared by all threads.
 */
final class ZigguratTables {

    /** The tail start r of the normal ziggurat, its inverse, and the exponential one. */
    static final double NOR_R = 3.6541528853610087963519472518;
    static final double NOR_INV_R = 0.27366123732975827203338247596;
    static final double EXP_R = 7.6971174701310497140446280481;
    static final float NOR_R_F = 3.6541528853610087963519472518f;
    static final float NOR_INV_R_F = 0.27366123732975827203338247596f;
    static final float EXP_R_F = 7.6971174701310497140446280481f;

    static final long[] KI_DOUBLE;
    static final double[] WI_DOUBLE;
    static final double[] FI_DOUBLE;
    static final int[] KI_FLOAT;
    static final float[] WI_FLOAT;
    static final float[] FI_FLOAT;
    static final long[] KE_DOUBLE;
    static final double[] WE_DOUBLE;
    static final double[] FE_DOUBLE;
    static final int[] KE_FLOAT;
    static final float[] WE_FLOAT;
    static final float[] FE_FLOAT;

    static {
        Map<String, long[]> raw = load();
        KI_DOUBLE = raw.get("ki_double");
        WI_DOUBLE = doubles(raw.get("wi_double"));
        FI_DOUBLE = doubles(raw.get("fi_double"));
        KI_FLOAT = ints(raw.get("ki_float"));
        WI_FLOAT = floats(raw.get("wi_float"));
        FI_FLOAT = floats(raw.get("fi_float"));
        KE_DOUBLE = raw.get("ke_double");
        WE_DOUBLE = doubles(raw.get("we_double"));
        FE_DOUBLE = doubles(raw.get("fe_double"));
        KE_FLOAT = ints(raw.get("ke_float"));
        WE_FLOAT = floats(raw.get("we_float"));
        FE_FLOAT = floats(raw.get("fe_float"));
    }

    private ZigguratTables() {
    }

    private static Map<String, long[]> load() {
        String name = "ziggurat-tables.txt";
        try (InputStream in = ZigguratTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/strides/random/" + name);
            }
            Map<String, long[]> tables = new HashMap<>();
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(" ");
                long[] bits = new long[Integer.parseInt(f[1])];
                for (int i = 0; i < bits.length; i++) {
                    bits[i] = Long.parseUnsignedLong(f[i + 2], 16);
                }
                tables.put(f[0], bits);
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] doubles(long[] bits) {
        double[] out = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Double.longBitsToDouble(bits[i]);
        }
        return out;
    }

    private static float[] floats(long[] bits) {
        float[] out = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Float.intBitsToFloat((int) bits[i]);
        }
        return out;
    }

    private static int[] ints(long[] bits) {
        int[] out = new int[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = (int) bits[i];
        }
        return out;
    }
}
