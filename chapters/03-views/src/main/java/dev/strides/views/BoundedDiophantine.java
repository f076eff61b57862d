package dev.strides.views;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Decides whether {@code a_1 x_1 + ... + a_n x_n = target} has a solution with
 * {@code 0 <= x_k <= ub_k}, all {@code a_k > 0}: the question behind {@link Overlap#sharesMemory}.
 *
 * <p>A depth-first search that fixes the variables one at a time, largest coefficient first,
 * and prunes with two facts about what the remaining terms can still make:
 * <ul>
 *   <li><b>range</b>: they make a number between 0 and {@code Σ a_j ub_j}, so {@code x_k} is
 *       confined to an interval;</li>
 *   <li><b>divisibility</b>: they make a multiple of {@code g = gcd(a_{k+1}, ...)}, so
 *       {@code a_k x_k ≡ target (mod g)}, which leaves one residue class of {@code x_k} modulo
 *       {@code g / gcd(a_k, g)}.</li>
 * </ul>
 * Terms with the same coefficient are merged first ({@code a x + a y} with {@code x <= u, y <= v}
 * makes exactly {@code a z} with {@code z <= u + v}). For strides of arrays sliced from one
 * contiguous array each level then has at most one or two candidates. The same idea as NumPy's
 * {@code mem_overlap.c} (GCD-pruned search); the implementation is this project's.
 *
 * <p>Cost: at most {@code Π (ub_k + 1)} candidates in the worst case (the problem is NP-hard);
 * {@code maxWork} bounds the number of candidates tried.
 */
final class BoundedDiophantine {

    private final long[] a;          // coefficients, largest first
    private final long[] ub;         // upper bounds
    private final long[] reach;      // reach[k] = Σ_{j>=k} a_j ub_j (saturating)
    private final long[] gcdFrom;    // gcdFrom[k] = gcd(a_k, ..., a_{n-1})
    private final long maxWork;      // -1: unlimited
    private long work;

    BoundedDiophantine(List<long[]> terms, long maxWork) {
        TreeMap<Long, Long> merged = new TreeMap<>(Comparator.reverseOrder());
        for (long[] t : terms) {
            if (t[0] > 0 && t[1] > 0) {
                merged.merge(t[0], t[1], BoundedDiophantine::saturatingAdd);
            }
        }
        int n = merged.size();
        a = new long[n];
        ub = new long[n];
        int k = 0;
        for (var e : merged.entrySet()) {
            a[k] = e.getKey();
            ub[k++] = e.getValue();
        }
        reach = new long[n + 1];
        gcdFrom = new long[n + 1];
        for (int j = n - 1; j >= 0; j--) {
            reach[j] = saturatingAdd(reach[j + 1], saturatingMultiply(a[j], ub[j]));
            gcdFrom[j] = gcd(a[j], gcdFrom[j + 1]);
        }
        this.maxWork = maxWork;
    }

    /** Whether some bounded {@code x} reaches {@code target}. */
    boolean solvable(long target) {
        work = 0;
        return search(0, target);
    }

    /** Candidates tried by the last {@link #solvable} call. */
    long work() {
        return work;
    }

    /** Can terms {@code k, k+1, ...} make exactly {@code target}? */
    private boolean search(int k, long target) {
        if (target < 0 || target > reach[k]) {
            return false;                              // the rest cannot make it
        }
        if (k == a.length) {
            return target == 0;
        }
        // tag::search[]
        long lo = Math.max(0, ceilDiv(target - reach[k + 1], a[k]));   // the rest's range
        long hi = Math.min(ub[k], target / a[k]);
        long g = gcdFrom[k + 1];                       // what the later terms are multiples of
        long step = 1;
        if (g > 1) {                                   // need a[k]*x ≡ target (mod g)
            long d = gcd(a[k], g);
            if (target % d != 0) {
                return false;
            }
            step = g / d;
            long first = residue(a[k] / d, target / d, step);
            lo += Math.floorMod(first - lo, step);     // smallest x >= lo in the class
        }
        for (long x = lo; x <= hi; x += step) {
            if (maxWork >= 0 && ++work > maxWork) {
                throw new Overlap.TooHardException("Exceeded max_work");
            }
            if (search(k + 1, target - a[k] * x)) {
                return true;
            }
        }
        return false;
    }
    // end::search[]

    /** The x in [0, m) with {@code c*x ≡ t (mod m)}, for c coprime to m. */
    private static long residue(long c, long t, long m) {
        if (m == 1) {
            return 0;
        }
        BigInteger mod = BigInteger.valueOf(m);
        BigInteger inverse = BigInteger.valueOf(c).mod(mod).modInverse(mod);
        return BigInteger.valueOf(t).mod(mod).multiply(inverse).mod(mod).longValue();
    }

    static long gcd(long x, long y) {
        while (y != 0) {
            long r = x % y;
            x = y;
            y = r;
        }
        return Math.abs(x);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private static long saturatingAdd(long x, long y) {
        long s = x + y;
        return ((x ^ s) & (y ^ s)) < 0 ? Long.MAX_VALUE : s;
    }

    private static long saturatingMultiply(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    /** For tests: all coefficient/bound pairs after merging. */
    List<long[]> terms() {
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < a.length; k++) {
            out.add(new long[] {a[k], ub[k]});
        }
        return out;
    }
}
