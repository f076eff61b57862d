package dev.strides.ufuncs;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * NumPy's float64 pairwise sum over a Java {@code double[]} with the Vector API: the same
 * additions in the same order as {@link Pairwise#sum64Segment}, four of them at a time.
 *
 * <p>NumPy's block loop keeps eight running sums, {@code r[k] += x[i + k]} for {@code k = 0..7}.
 * Those eight additions are independent, so two 256-bit registers of four doubles hold them:
 * {@code lo} is {@code r0..r3}, {@code hi} is {@code r4..r7}, and one vector addition per
 * register does four of NumPy's scalar additions, lane by lane, with the same rounding. The
 * block total is then taken lane by lane as NumPy's {@code ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))}
 * — never with {@code reduceLanes(ADD)}, whose order of additions is unspecified and would
 * change the last bits. The stragglers and the split points are NumPy's, as in {@link Pairwise}.
 *
 * <p>Cost: {@code n - 1} additions, as the scalar loop; a block of 128 takes 32 vector additions
 * instead of 128 scalar ones, so a sum in cache runs several times faster and a large one runs
 * at the speed memory delivers the doubles.
 *
 * <p>{@code jdk.incubator.vector} is an incubator module in JDK 25: code that uses it needs
 * {@code --add-modules jdk.incubator.vector} to compile and to run. Only {@link Pairwise} calls
 * this class, and only when {@link Pairwise#VECTOR_API} found the module, so a JVM started
 * without it never loads this class.
 */
final class VectorPairwise {

    /** Four doubles per register (AVX2); NumPy's eight accumulators fill two of them. */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    private VectorPairwise() {
    }

    // tag::vector-block[]
    /** The pairwise sum of {@code a[from .. from+n)}, bit-identical to NumPy's. */
    static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = from; i < from + n; i++) {
                res += a[i];
            }
            return res;
        }
        if (n <= Pairwise.BLOCK) {
            DoubleVector lo = DoubleVector.fromArray(SPECIES, a, from);          // r0..r3
            DoubleVector hi = DoubleVector.fromArray(SPECIES, a, from + 4);      // r4..r7
            int end = from + n - n % 8;
            for (int i = from + 8; i < end; i += 8) {
                lo = lo.add(DoubleVector.fromArray(SPECIES, a, i));
                hi = hi.add(DoubleVector.fromArray(SPECIES, a, i + 4));
            }
            double res = ((lo.lane(0) + lo.lane(1)) + (lo.lane(2) + lo.lane(3)))
                    + ((hi.lane(0) + hi.lane(1)) + (hi.lane(2) + hi.lane(3)));
            for (int i = end; i < from + n; i++) {                          // the n % 8 stragglers
                res += a[i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }
    // end::vector-block[]
}
