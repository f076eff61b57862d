package dev.strides.stridetricks;

import dev.strides.ndarray.Flags;
import dev.strides.ndarray.NDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stride debugger: {@link #explain} prints everything that decides where an array's elements
 * are - shape, strides, offset, the address formula, the bytes each element uses, the flags,
 * and whether two elements share bytes - plus warnings for the layouts behind most stride bugs
 * (stride 0, negative strides, strides that are not a multiple of the item size, overlapping
 * windows, a view reaching far less of its buffer than it keeps alive).
 *
 * <p>How to debug a stride problem: print {@code explain(a)} for the array that misbehaves and
 * for the array it came from; check that element {@code [0, ..., 0]} is at the offset you
 * expect, that the last axis steps one item, and that "aliasing" says what you think. Most
 * surprises are a view where a copy was meant (writes show up elsewhere), a copy where a view
 * was meant (writes vanish), or a non-contiguous array handed to code that assumes C order.
 */
public final class Layout {

    /** Arrays larger than this are checked for self-overlap by the strides test only. */
    private static final long EXACT_OVERLAP_LIMIT = 1 << 20;

    /** Does any byte belong to two different elements of the same array? */
    public enum Aliasing {
        /** Every element has its own bytes: writes through the array are unambiguous. */
        NONE,
        /** Some elements share bytes (stride 0, overlapping windows): one write changes several. */
        OVERLAPPING,
        /** Too large for the exact check and not ruled out by the strides test. */
        UNKNOWN
    }

    private Layout() {
    }

    // tag::element-bytes[]
    /** The first and last byte (inclusive) of element {@code index} in {@code a}'s buffer. */
    public static long[] elementBytes(NDArray a, int... index) {
        long first = a.byteOffset(index);     // offset + Σ index[k]·strides[k]
        return new long[] {first, first + a.itemsize() - 1};
    }
    // end::element-bytes[]

    /**
     * Whether two elements of {@code a} share a byte. First the cheap proof of "no": sort the
     * axes by |stride|; if each axis steps past everything the faster axes can reach, no two
     * elements meet. Failing that, list every element's start byte, sort, and look for two
     * closer than one item (exact, O(size log size)).
     */
    public static Aliasing aliasing(NDArray a) {
        if (a.size() <= 1) {
            return Aliasing.NONE;
        }
        // tag::aliasing-proof[]
        int[] order = Locality.loopOrder(a);         // slowest axis first
        long reach = a.itemsize();                   // bytes spanned by the faster axes
        boolean proven = true;
        for (int k = order.length - 1; k >= 0 && proven; k--) {
            int axis = order[k];
            if (a.shape(axis) > 1) {
                long step = Math.abs(a.strides(axis));
                proven = step >= reach;
                reach = step * (a.shape(axis) - 1) + reach;
            }
        }
        if (proven) {
            return Aliasing.NONE;
        }
        // end::aliasing-proof[]
        if (a.size() > EXACT_OVERLAP_LIMIT) {
            return Aliasing.UNKNOWN;
        }
        // tag::aliasing-exact[]
        long[] starts = new long[(int) a.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = a.flatByteOffset(i);
        }
        Arrays.sort(starts);
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] - starts[i - 1] < a.itemsize()) {
                return Aliasing.OVERLAPPING;
            }
        }
        return Aliasing.NONE;
        // end::aliasing-exact[]
    }

    /** Things in {@code a}'s layout that often explain a bug; empty when nothing stands out. */
    public static List<String> warnings(NDArray a) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < a.ndim(); k++) {
            long s = a.strides(k);
            if (s == 0 && a.shape(k) > 1) {
                out.add("axis " + k + " has stride 0: all " + a.shape(k)
                        + " positions read the same bytes (broadcast)");
            } else if (s < 0) {
                out.add("axis " + k + " has a negative stride: it walks backwards from offset "
                        + a.offset() + " (a reversed view such as a[::-1])");
            }
            if (s % a.itemsize() != 0) {
                out.add("axis " + k + " steps " + s + " bytes, not a multiple of the item size "
                        + a.itemsize() + ": elements start between items (a byte-level view)");
            }
        }
        boolean broadcast = out.stream().anyMatch(w -> w.contains("has stride 0"));
        if (!broadcast && aliasing(a) == Aliasing.OVERLAPPING) {
            out.add("elements overlap (a window view): one write changes several elements");
        }
        NDArray owner = a.base();
        if (owner != null && a.nbytes() * 4 < owner.nbytes()) {
            out.add("shows " + a.nbytes() + " bytes but keeps the base's " + owner.nbytes()
                    + " bytes alive; copy it if the base is no longer needed");
        }
        return out;
    }

    /** {@link #explain(NDArray, int)} listing at most 8 elements. */
    public static String explain(NDArray a) {
        return explain(a, 8);
    }

    /**
     * A printable report of {@code a}'s layout: the memory-model numbers, the address formula,
     * the bytes reached, the flags, aliasing, warnings, and the bytes of the first
     * {@code maxElements} elements in C index order.
     */
    public static String explain(NDArray a, int maxElements) {
        StringBuilder sb = new StringBuilder();
        sb.append("shape ").append(NDArray.tuple(a.shape())).append(", strides ")
                .append(NDArray.tuple(a.strides())).append(", offset ").append(a.offset())
                .append(", dtype ").append(a.dtype().name()).append(" (itemsize ")
                .append(a.itemsize()).append(")\n");
        sb.append("address of ").append(formula(a)).append('\n');
        long[] span = AsStrided.span(a.shape(), a.strides(), a.offset(), a.itemsize());
        sb.append(span == null ? "reaches no bytes (no elements)"
                        : "reaches bytes [" + span[0] + ", " + span[1] + ") of a "
                        + a.buffer().byteSize() + "-byte buffer")
                .append("; ").append(a.size()).append(" elements, nbytes ").append(a.nbytes())
                .append(a.base() == null ? "; owns its buffer" : "; a view").append('\n');
        sb.append(flagsLine(a.flags())).append('\n');
        sb.append("aliasing: ").append(aliasing(a).name().toLowerCase()).append('\n');
        sb.append("loop order for memory order: ").append(NDArray.tuple(Locality.loopOrder(a)))
                .append('\n');
        for (String warning : warnings(a)) {
            sb.append("warning: ").append(warning).append('\n');
        }
        // tag::explain[]
        int[] index = new int[a.ndim()];
        for (long n = 0; n < Math.min(a.size(), maxElements); n++) {
            long[] bytes = elementBytes(a, index);
            sb.append("  [").append(indexText(index)).append("] bytes ").append(bytes[0])
                    .append("..").append(bytes[1]).append('\n');
            next(index, a.shape());
        }
        if (a.size() > maxElements) {
            sb.append("  ... ").append(a.size() - maxElements).append(" more\n");
        }
        // end::explain[]
        return sb.toString();
    }

    /** {@code offset + i0*s0 + i1*s1 + ...} with the array's own numbers. */
    static String formula(NDArray a) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < a.ndim(); k++) {
            sb.append(k == 0 ? "" : ", ").append('i').append(k);
        }
        sb.append("] = ").append(a.offset());
        for (int k = 0; k < a.ndim(); k++) {
            sb.append(" + i").append(k).append('*').append(a.strides(k));
        }
        return sb.toString();
    }

    private static String flagsLine(Flags f) {
        return "C_CONTIGUOUS " + py(f.cContiguous()) + ", F_CONTIGUOUS " + py(f.fContiguous())
                + ", OWNDATA " + py(f.owndata()) + ", WRITEABLE " + py(f.writeable())
                + ", ALIGNED " + py(f.aligned());
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private static String indexText(int[] index) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < index.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(index[k]);
        }
        return sb.toString();
    }

    // C-order odometer over shape.
    private static void next(int[] index, int[] shape) {
        for (int k = index.length - 1; k >= 0; k--) {
            if (++index[k] < shape[k]) {
                return;
            }
            index[k] = 0;
        }
    }
}
