package dev.strides.random;

import static dev.strides.random.ZigguratTables.EXP_R;
import static dev.strides.random.ZigguratTables.EXP_R_F;
import static dev.strides.random.ZigguratTables.FE_DOUBLE;
import static dev.strides.random.ZigguratTables.FE_FLOAT;
import static dev.strides.random.ZigguratTables.FI_DOUBLE;
import static dev.strides.random.ZigguratTables.FI_FLOAT;
import static dev.strides.random.ZigguratTables.KE_DOUBLE;
import static dev.strides.random.ZigguratTables.KE_FLOAT;
import static dev.strides.random.ZigguratTables.KI_DOUBLE;
import static dev.strides.random.ZigguratTables.KI_FLOAT;
import static dev.strides.random.ZigguratTables.NOR_INV_R;
import static dev.strides.random.ZigguratTables.NOR_INV_R_F;
import static dev.strides.random.ZigguratTables.NOR_R;
import static dev.strides.random.ZigguratTables.NOR_R_F;
import static dev.strides.random.ZigguratTables.WE_DOUBLE;
import static dev.strides.random.ZigguratTables.WE_FLOAT;
import static dev.strides.random.ZigguratTables.WI_DOUBLE;
import static dev.strides.random.ZigguratTables.WI_FLOAT;

/**
 * Marsaglia and Tsang's ziggurat method for the standard normal and standard exponential
 * distributions, exactly as NumPy's {@code Generator} runs it (see {@link ZigguratTables}).
 *
 * <p><b>One draw, usually.</b> A single 64-bit draw is cut into a strip index (8 bits), a sign
 * (normal only) and a 52- or 53-bit integer {@code rabs}. The candidate is
 * {@code x = rabs * w[idx]}, a point under strip {@code idx}. If {@code rabs < k[idx]} the point
 * lies under the density for sure and is returned: no transcendental function, no rejection,
 * about 99% of the time. Otherwise the point is in the strip's wedge (test it against
 * {@code exp(...)} with a second uniform) or, for strip 0, in the tail (Marsaglia's exact tail
 * method, with {@code log1p}). Rejected points start over.
 *
 * <p>Why this matters for conformance: the accepted fast path is pure integer and
 * multiplication work, so it matches NumPy bit for bit on any platform; only the rare wedge
 * comparisons and tail values touch {@link LibM}.
 */
final class Ziggurat {

    private Ziggurat() {
    }

    /** A standard normal double: NumPy's {@code random_standard_normal}. */
    static double normal(BitGenerator g) {
        // tag::normal[]
        for (;;) {
            long r = g.nextUint64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;   // 52 bits; bit 0 of r: the sign
            double x = (r & 1) != 0 ? -rabs * WI_DOUBLE[idx] : rabs * WI_DOUBLE[idx];
            if (rabs < KI_DOUBLE[idx]) {
                return x;                                 // inside the strip: done
            }
            if (idx == 0) {                               // the tail beyond r
                for (;;) {
                    double xx = -NOR_INV_R * LibM.log1p(-g.nextDouble());
                    double yy = -LibM.log1p(-g.nextDouble());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(NOR_R + xx) : NOR_R + xx;
                    }
                }
            }
            double wedge = (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * g.nextDouble() + FI_DOUBLE[idx];
            if (wedge < LibM.exp(-0.5 * x * x)) {
                return x;                                 // under the curve in the wedge
            }
        }
        // end::normal[]
    }

    /** A standard normal float from 32 bits: NumPy's {@code random_standard_normal_f}. */
    static float normalFloat(BitGenerator g) {
        for (;;) {
            int r = g.nextUint32();
            int idx = r & 0xff;
            boolean negative = ((r >>> 8) & 1) != 0;
            int rabs = (r >>> 9) & 0x007fffff;                 // 23 bits
            float x = rabs * WI_FLOAT[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                for (;;) {
                    float xx = -NOR_INV_R_F * LibM.log1pf(-g.nextFloat());
                    float yy = -LibM.log1pf(-g.nextFloat());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(NOR_R_F + xx) : NOR_R_F + xx;
                    }
                }
            }
            float wedge = (FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * g.nextFloat() + FI_FLOAT[idx];
            if (wedge < LibM.exp(-0.5 * x * x)) {          // compared in double, as C does
                return x;
            }
        }
    }

    /** A standard exponential double: NumPy's {@code random_standard_exponential}. */
    static double exponential(BitGenerator g) {
        // tag::exponential[]
        for (;;) {
            long ri = g.nextUint64() >>> 3;
            int idx = (int) (ri & 0xff);
            ri >>>= 8;                                        // 53 bits
            double x = ri * WE_DOUBLE[idx];
            if (ri < KE_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {                                   // memoryless tail: r + Exp(1)
                return EXP_R - LibM.log1p(-g.nextDouble());
            }
            if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * g.nextDouble() + FE_DOUBLE[idx]
                    < LibM.exp(-x)) {
                return x;
            }
        }
        // end::exponential[]
    }

    /** A standard exponential float: NumPy's {@code random_standard_exponential_f}. */
    static float exponentialFloat(BitGenerator g) {
        for (;;) {
            int ri = g.nextUint32() >>> 1;
            int idx = ri & 0xff;
            ri >>>= 8;                                        // 23 bits
            float x = ri * WE_FLOAT[idx];
            if (ri < KE_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                return EXP_R_F - LibM.log1pf(-g.nextFloat());
            }
            if ((FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * g.nextFloat() + FE_FLOAT[idx]
                    < LibM.expf(-x)) {
                return x;
            }
        }
    }

    /** Inversion instead of the ziggurat, {@code method='inv'}: {@code -log1p(-U)}. */
    static double exponentialInversion(BitGenerator g) {
        return -LibM.log1p(-g.nextDouble());
    }

    /** The float inversion: the double {@code log1p} of a float uniform, rounded to float. */
    static float exponentialInversionFloat(BitGenerator g) {
        return (float) -LibM.log1p(-g.nextFloat());
    }
}
