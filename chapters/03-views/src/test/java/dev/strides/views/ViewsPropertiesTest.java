package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.DType;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.Order;
import dev.strides.ndarray.Walk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties over random strided layouts (reversed, stepped, permuted, with length-1 and empty
 * axes) built from a seed, so a failing seed reproduces its case: basic indexing never copies,
 * results do not depend on the layout, reshape copies exactly when no strides can describe the
 * new shape, round trips, view aliasing, the fast paths agree with the general ones, and the
 * exact overlap test agrees with enumerating bytes.
 */
class ViewsPropertiesTest {

    private static final int[] STEPS = {1, 1, 2, -1, -2, 3};

    /** A random int64 view of arange(n): random shape, steps (some negative), axis order. */
    static NDArray randomView(Random r) {
        int ndim = r.nextInt(5);
        int[] full = new int[ndim];
        for (int k = 0; k < ndim; k++) {
            full[k] = r.nextInt(15) == 0 ? 0 : 1 + r.nextInt(4);
        }
        NDArray base = Reshape.reshape(arange((int) NDArray.sizeOf(full)), full);
        StringBuilder expr = new StringBuilder();
        for (int k = 0; k < ndim; k++) {
            int step = STEPS[r.nextInt(STEPS.length)];
            expr.append(k == 0 ? "" : ", ").append("::").append(step);
        }
        NDArray v = Indexing.get(base, expr.toString());
        List<Integer> perm = new ArrayList<>();
        for (int k = 0; k < ndim; k++) {
            perm.add(k);
        }
        Collections.shuffle(perm, r);
        return Axes.transpose(v, perm.stream().mapToInt(Integer::intValue).toArray());
    }

    static NDArray arange(int n) {
        NDArray a = NDArray.allocate(DType.INT64, new int[] {n}, Order.C);
        for (int i = 0; i < n; i++) {
            a.setLong(i, i);
        }
        return a;
    }

    /** The elements in C order. */
    static List<Long> values(NDArray a) {
        List<Long> out = new ArrayList<>();
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(),
                p -> out.add(a.buffer().get(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, p)));
        return out;
    }

    /** A random basic index for a shape: integers, slices of any step, None, maybe an ellipsis. */
    static String randomBasicIndex(Random r, int[] shape) {
        List<String> parts = new ArrayList<>();
        int axes = shape.length == 0 ? 0 : r.nextInt(shape.length + 1);
        for (int k = 0; k < axes; k++) {
            int n = shape[k];
            if (r.nextInt(4) == 0 && n > 0) {
                parts.add(String.valueOf(r.nextInt(2 * n) - n));
            } else {
                String start = r.nextBoolean() ? "" : String.valueOf(r.nextInt(2 * n + 3) - n - 1);
                String stop = r.nextBoolean() ? "" : String.valueOf(r.nextInt(2 * n + 3) - n - 1);
                int step = new int[] {1, 2, 3, -1, -2}[r.nextInt(5)];
                parts.add(start + ":" + stop + ":" + step);
            }
        }
        if (r.nextInt(3) == 0) {
            parts.add(r.nextInt(parts.size() + 1), "None");
        }
        if (r.nextInt(3) == 0) {
            parts.add("...");                       // after the parts, so they keep their axes
        }
        return String.join(", ", parts);
    }

    @Property(tries = 400)
    void aBasicIndexIsAViewWhateverTheLayout(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray a = randomView(r);
        String index = randomBasicIndex(r, a.shape());
        NDArray view = Indexing.get(a, index);
        NDArray fromCopy = Indexing.get(a.copy(), index);
        boolean oneElement = Arrays.stream(Index.parse(index)).allMatch(p -> p instanceof Index.Int)
                && Index.parse(index).length == a.ndim();
        assertThat(view.buffer() == a.buffer()).as(index + " is a view").isEqualTo(!oneElement);
        assertThat(view.shape()).isEqualTo(fromCopy.shape());
        assertThat(values(view)).as("same elements as from a C copy").isEqualTo(values(fromCopy));
    }

    @Property(tries = 300)
    void anAdvancedIndexCopiesAndMatchesTheContiguousResult(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray a = randomView(r);
        if (a.ndim() == 0) {
            return;
        }
        int axis = r.nextInt(a.ndim());
        int n = a.shape(axis);
        long[] picks = new long[r.nextInt(4)];
        for (int i = 0; i < picks.length; i++) {
            picks[i] = n == 0 ? 0 : r.nextInt(2 * n) - n;
        }
        if (n == 0 && picks.length > 0) {
            return;
        }
        Index[] index = new Index[axis + 1];
        Arrays.fill(index, Index.ALL);
        index[axis] = Index.of(picks);
        NDArray result = Indexing.get(a, index);
        assertThat(Overlap.sharesMemory(result, a)).isFalse();
        assertThat(values(result)).isEqualTo(values(Indexing.get(a.copy(), index)));
        assertThat(values(result)).isEqualTo(values(Selection.take(a, picks, axis)));
    }

    @Property(tries = 400)
    void reshapeCopiesExactlyWhenNoStridesExist(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray a = randomView(r);
        int[] shape = randomShapeOfSize((int) a.size(), r);
        NDArray b = Reshape.reshape(a, shape);
        boolean view = b.buffer() == a.buffer();
        assertThat(view).as("view for " + a.describe() + " -> " + Arrays.toString(shape))
                .isEqualTo(a.size() == 0 || Arrays.equals(shape, a.shape()) || stridesExist(a, shape));
        assertThat(values(b)).isEqualTo(values(a));                       // C order kept
        assertThat(values(Reshape.reshape(b, a.shape()))).isEqualTo(values(a));   // round trip
        assertThat(values(Reshape.ravel(b))).isEqualTo(values(Reshape.ravel(a)));
    }

    /**
     * Brute force: element {@code m} of the new shape must sit at the address of element
     * {@code flat(m)} of {@code a}; a view exists iff one set of strides gives all of them.
     */
    static boolean stridesExist(NDArray a, int[] shape) {
        long[] addresses = new long[(int) a.size()];
        int[] i = {0};
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p -> addresses[i[0]++] = p);
        long[] unit = NDArray.defaultStrides(shape, 1, Order.C);           // flat step per axis
        long[] strides = new long[shape.length];
        for (int k = 0; k < shape.length; k++) {
            strides[k] = shape[k] > 1 ? addresses[(int) unit[k]] - addresses[0] : 0;
        }
        int[] j = {0};
        boolean[] ok = {true};
        Walk.forEachOffset(shape, strides, addresses[0], p -> ok[0] &= p == addresses[j[0]++]);
        return ok[0];
    }

    static int[] randomShapeOfSize(int size, Random r) {
        List<Integer> dims = new ArrayList<>();
        int rest = size;
        while (rest > 1 && dims.size() < 4) {
            List<Integer> divisors = new ArrayList<>();
            for (int d = 2; d <= rest; d++) {
                if (rest % d == 0) {
                    divisors.add(d);
                }
            }
            int d = divisors.get(r.nextInt(divisors.size()));
            dims.add(d);
            rest /= d;
        }
        if (rest != 1 || size == 0) {
            dims.add(rest);
        }
        if (r.nextBoolean()) {
            dims.add(r.nextInt(dims.size() + 1), 1);
        }
        Collections.shuffle(dims, r);
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    @Property(tries = 200)
    void transposingTwiceGivesTheSameLayout(@ForAll long seed) {
        NDArray a = randomView(new Random(seed));
        NDArray back = Axes.transpose(Axes.transpose(a));
        assertThat(back.shape()).isEqualTo(a.shape());
        assertThat(back.strides()).isEqualTo(a.strides());
        assertThat(back.offset()).isEqualTo(a.offset());
        assertThat(back.buffer()).isSameAs(a.buffer());
    }

    @Property(tries = 300)
    void writesThroughAViewAreSeenByTheBase(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray a = randomView(r);
        String index = randomBasicIndex(r, a.shape());
        NDArray expected = a.copy();
        Indexing.set(expected, index, -7L);                 // the same write on a copy
        NDArray view = Indexing.get(a, index);
        if (view.buffer() != a.buffer()) {
            return;                                         // one element: NumPy gives a scalar
        }
        Indexing.set(view, "...", -7L);
        assertThat(values(a)).isEqualTo(values(expected));
    }

    @Property(tries = 300)
    void theMaskFastPathAgreesWithTheGeneralPath(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray a = randomView(r);
        NDArray mask = NDArray.allocate(DType.BOOL, a.shape(), Order.C);
        Walk.forEachOffset(mask.shape(), mask.strides(), 0,
                p -> mask.buffer().set(java.lang.foreign.ValueLayout.JAVA_BYTE, p, (byte) r.nextInt(2)));
        Index[] general = Arrays.stream(a.ndim() == 0 ? new NDArray[0] : NonZero.nonzero(mask))
                .map(Index::array).toArray(Index[]::new);
        if (a.ndim() == 0) {
            return;
        }
        NDArray fast = Indexing.get(a, mask);               // one mask of a's shape: fast path
        assertThat(values(fast)).isEqualTo(values(Indexing.get(a, general)));
        NDArray viaFast = a.copy();
        NDArray viaGeneral = a.copy();
        Indexing.set(viaFast, mask, 99L);
        Indexing.set(viaGeneral, general, 99L);
        assertThat(values(viaFast)).isEqualTo(values(viaGeneral));
    }

    @Property(tries = 500)
    void exactOverlapAgreesWithEnumeratingBytes(@ForAll long seed) {
        Random r = new Random(seed);
        NDArray root = NDArray.allocate(DType.UINT8, new int[] {96}, Order.C);
        NDArray a = randomByteView(root, r);
        NDArray b = randomByteView(root, r);
        if (a == null || b == null) {
            return;
        }
        Set<Long> bytesA = bytes(a);
        Set<Long> bytesB = bytes(b);
        bytesA.retainAll(bytesB);
        assertThat(Overlap.sharesMemory(a, b)).as(a.describe() + " / " + b.describe())
                .isEqualTo(!bytesA.isEmpty());
        if (!bytesA.isEmpty()) {
            assertThat(Overlap.mayShareMemory(a, b)).isTrue();
        }
    }

    private static NDArray randomByteView(NDArray root, Random r) {
        DType t = new DType[] {DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64}[r.nextInt(4)];
        int ndim = r.nextInt(4);
        int[] shape = new int[ndim];
        long[] strides = new long[ndim];
        long lo = 0;
        long hi = t.itemsize();
        for (int k = 0; k < ndim; k++) {
            shape[k] = 1 + r.nextInt(4);
            strides[k] = (r.nextInt(25) - 12) * (r.nextBoolean() ? 1 : t.itemsize());
            long reach = (shape[k] - 1) * strides[k];
            lo += Math.min(reach, 0);
            hi += Math.max(reach, 0);
        }
        if (hi - lo > root.size()) {
            return null;
        }
        long offset = -lo + r.nextInt((int) (root.size() - (hi - lo)) + 1);
        return root.stridedView(t, shape, strides, offset);
    }

    private static Set<Long> bytes(NDArray a) {
        Set<Long> out = new HashSet<>();
        Walk.forEachOffset(a.shape(), a.strides(), a.offset(), p -> {
            for (int k = 0; k < a.itemsize(); k++) {
                out.add(p + k);
            }
        });
        return out;
    }

    @Property(tries = 200)
    void unravelInvertsRavel(@ForAll long seed) {
        Random r = new Random(seed);
        int[] shape = new int[1 + r.nextInt(4)];
        for (int k = 0; k < shape.length; k++) {
            shape[k] = 1 + r.nextInt(5);
        }
        long size = NDArray.sizeOf(shape);
        long flat = (long) (r.nextDouble() * size);
        for (Order order : new Order[] {Order.C, Order.F}) {
            long[] multi = MultiIndex.unravelIndex(flat, shape, order);
            Object[] coords = Arrays.stream(multi).boxed().toArray();
            assertThat(MultiIndex.ravelMultiIndex(coords, shape, ClipMode.RAISE, order).getLong())
                    .isEqualTo(flat);
        }
    }
}
