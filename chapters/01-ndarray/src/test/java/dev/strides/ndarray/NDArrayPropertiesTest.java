package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the memory model over random shapes and random views — permuted, reversed,
 * strided, 0-d and empty, of every dtype in both byte orders — built with
 * {@link NDArray#stridedView} from a seed (the failing seed is reported and reproduces the view).
 */
class NDArrayPropertiesTest {

    private static final int[] STEPS = {1, 1, 2, 3, -1, -2};

    /** A random view: base array of random dtype and order, sliced with random steps, permuted. */
    static NDArray randomView(long seed) {
        Random r = new Random(seed);
        int ndim = r.nextInt(5);
        int[] shape = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            shape[k] = r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(4);
        }
        DType t = DType.BUILTINS.get(r.nextInt(DType.BUILTINS.size()));
        if (r.nextBoolean()) {
            t = t.newByteOrder('S');
        }
        NDArray base = NDArray.allocate(t, shape, r.nextBoolean() ? Order.C : Order.F);
        byte[] noise = new byte[Math.toIntExact(base.nbytes())];
        r.nextBytes(noise);
        MemorySegment.copy(MemorySegment.ofArray(noise), 0, base.buffer(), 0, noise.length);
        long offset = 0;
        int[] viewShape = new int[ndim];
        long[] viewStrides = new long[ndim];
        for (int k = 0; k < ndim; k++) {
            int step = STEPS[r.nextInt(STEPS.length)];
            long stride = base.strides(k);
            viewStrides[k] = stride * step;
            if (shape[k] > 0) {
                viewShape[k] = (shape[k] - 1) / Math.abs(step) + 1;
                if (step < 0) {
                    offset += (shape[k] - 1) * stride;       // a reversed axis starts at its end
                }
            }
        }
        List<Integer> perm = new ArrayList<>();
        for (int k = 0; k < ndim; k++) {
            perm.add(k);
        }
        Collections.shuffle(perm, r);
        int[] permShape = new int[ndim];
        long[] permStrides = new long[ndim];
        for (int k = 0; k < ndim; k++) {
            permShape[k] = viewShape[perm.get(k)];
            permStrides[k] = viewStrides[perm.get(k)];
        }
        return base.stridedView(permShape, permStrides, offset);
    }

    @Property(tries = 300)
    void defaultStridesAreContiguousInTheirOrder(
            @ForAll @Size(max = 5) List<@IntRange(max = 5) Integer> dims,
            @ForAll("itemsizes") int itemsize) {
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        long[] c = NDArray.defaultStrides(shape, itemsize, Order.C);
        long[] f = NDArray.defaultStrides(shape, itemsize, Order.F);
        assertThat(NDArray.isContiguous(shape, c, itemsize, Order.C)).isTrue();
        assertThat(NDArray.isContiguous(shape, f, itemsize, Order.F)).isTrue();
        long longAxes = dims.stream().filter(d -> d > 1).count();
        boolean empty = dims.contains(0);
        assertThat(NDArray.isContiguous(shape, c, itemsize, Order.F))
                .as("C strides are also F-contiguous only with at most one axis longer than 1")
                .isEqualTo(empty || longAxes <= 1);
    }

    @Provide
    Arbitrary<Integer> itemsizes() {
        return Arbitraries.of(1, 2, 4, 8, 16);
    }

    @Property(tries = 300)
    void copyKeepsEveryValueInEveryOrder(@ForAll long seed) {
        NDArray v = randomView(seed);
        byte[] values = FixtureFile.bytes(v);
        for (Order order : Order.values()) {
            NDArray c = v.copy(order);
            String what = order + " copy " + c.describe() + " of " + v.describe();
            assertThat(FixtureFile.bytes(c)).as(what).isEqualTo(values);
            assertThat(c.dtype()).as(what).isEqualTo(v.dtype());
            assertThat(FixtureFile.flags(c)).as(what).contains("O");
            assertThat(isDense(c)).as(what).isTrue();
            if (order == Order.C) {
                assertThat(c.flags().cContiguous()).as(what).isTrue();
            } else if (order == Order.F) {
                assertThat(c.flags().fContiguous()).as(what).isTrue();
            }
        }
    }

    /**
     * Every byte of {@code [0, nbytes)} belongs to exactly one element: true of any fresh copy,
     * even an order-K copy that is neither C- nor F-contiguous (a permuted dense layout).
     */
    private static boolean isDense(NDArray a) {
        Set<Long> starts = new HashSet<>();
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), starts::add);
        long item = a.itemsize();
        return starts.size() == a.size()
                && starts.stream().allMatch(p -> p % item == 0 && p >= 0 && p + item <= a.nbytes());
    }

    @Property(tries = 300)
    void orderKKeepsTheStrideOrderOfItsSource(@ForAll long seed) {
        NDArray v = randomView(seed);
        Assume.that(v.size() > 0);
        NDArray k = v.copy(Order.K);
        long[] vs = v.strides();
        long[] ks = k.strides();
        for (int a = 0; a < vs.length; a++) {
            for (int b = 0; b < vs.length; b++) {
                if (v.shape(a) > 1 && v.shape(b) > 1 && Math.abs(vs[a]) > Math.abs(vs[b])) {
                    assertThat(ks[a]).as("axis %d outside axis %d in %s", a, b, v.describe())
                            .isGreaterThan(ks[b]);
                }
            }
        }
    }

    @Property(tries = 300)
    void walkVisitsFlatIndicesInCOrder(@ForAll long seed) {
        NDArray v = randomView(seed);
        List<Long> walked = new ArrayList<>();
        Walk.forEachOffset(v.shape(), v.strides(), v.offset(), walked::add);
        assertThat(walked).hasSize(Math.toIntExact(v.size()));
        for (int i = 0; i < walked.size(); i++) {
            assertThat(walked.get(i)).isEqualTo(v.flatByteOffset(i));
        }
    }

    /**
     * A safe cast keeps every value, so casting back restores the bytes — except (u)int64 →
     * float64/complex128, which NumPy calls safe although 2^53 + 1 does not survive it. NaNs are
     * replaced by the default NaN first: widening a float quietens a signalling NaN.
     */
    @Property(tries = 500)
    void safeCastsRoundTrip(@ForAll long seed, @ForAll("dtypes") DType from, @ForAll("dtypes") DType to) {
        Assume.that(Casting.canCast(from, to, Casting.Rule.SAFE));
        Assume.that(!(from.itemsize() == 8 && from.isInteger() && to.componentType().itemsize() == 8
                && to.isInexact()));
        NDArray a = randomValues(from, 17, new Random(seed));
        NDArray back = a.astype(to).astype(from, Casting.Rule.UNSAFE);
        assertThat(FixtureFile.bytes(back)).as("%s -> %s -> %s", from, to, from)
                .isEqualTo(FixtureFile.bytes(a));
    }

    @Provide
    Arbitrary<DType> dtypes() {
        return Arbitraries.of(DType.BUILTINS).flatMap(t -> Arbitraries.of(t, t.newByteOrder('S')));
    }

    private static NDArray randomValues(DType t, int n, Random r) {
        NDArray a = NDArray.allocate(t, new int[] {n}, Order.C);
        byte[] noise = new byte[Math.toIntExact(a.nbytes())];
        r.nextBytes(noise);
        MemorySegment.copy(MemorySegment.ofArray(noise), 0, a.buffer(), 0, noise.length);
        for (int i = 0; i < n; i++) {
            long at = a.byteOffset(i);
            if (t.isBool()) {
                a.setBoolean(r.nextBoolean(), i);
            } else if (t.isInexact()) {
                Complex z = Elements.readComplex(a.buffer(), at, t);
                Elements.writeComplex(a.buffer(), at, t, new Complex(
                        Double.isNaN(z.re()) ? Double.NaN : z.re(), Double.isNaN(z.im()) ? Double.NaN : z.im()));
            }
        }
        return a;
    }

    @Property(tries = 2000)
    void halfRoundingAgreesWithTheJdkFromFloats(@ForAll float f) {
        Assume.that(!Float.isNaN(f));
        // a float is exactly a double, so both convert with a single rounding
        assertThat(Float16.fromDouble(f)).isEqualTo(Float.floatToFloat16(f));
    }

    @Property(tries = 300)
    void viewsOfViewsShareTheOwnersBufferAndBase(@ForAll long seed) {
        NDArray v = randomView(seed);
        Assume.that(v.size() > 0);
        NDArray w = v.stridedView(v.shape(), v.strides(), v.offset());
        NDArray owner = v.base();
        assertThat(w.base()).isSameAs(owner);
        assertThat(owner.base()).isNull();
        long at = v.flatByteOffset(-1);
        w.setBoolean(true, new int[v.ndim()]);
        assertThat(v.getBoolean(new int[v.ndim()])).isTrue();
        assertThat(at).isBetween(0L, owner.buffer().byteSize() - v.itemsize());
    }
}
