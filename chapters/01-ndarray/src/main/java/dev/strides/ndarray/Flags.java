package dev.strides.ndarray;

/**
 * NumPy's {@code ndarray.flags}: facts about an array's memory, fixed when the array is made
 * (except {@code writeable}, which {@link NDArray#setWriteable} may lower or restore).
 *
 * @param cContiguous one block of memory in row-major order (length-1 axes ignored)
 * @param fContiguous one block of memory in column-major order (length-1 axes ignored)
 * @param owndata     this array allocated its buffer; false for views
 * @param writeable   elements may be assigned
 * @param aligned     the data pointer and every stride are multiples of the dtype's alignment
 */
public record Flags(boolean cContiguous, boolean fContiguous, boolean owndata, boolean writeable,
                    boolean aligned) {

    /** Either C- or F-contiguous: the elements fill one gap-free block. */
    public boolean contiguous() {
        return cContiguous || fContiguous;
    }

    /** The same six lines NumPy prints for {@code a.flags}. */
    @Override
    public String toString() {
        return "  C_CONTIGUOUS : " + py(cContiguous) + "\n"
                + "  F_CONTIGUOUS : " + py(fContiguous) + "\n"
                + "  OWNDATA : " + py(owndata) + "\n"
                + "  WRITEABLE : " + py(writeable) + "\n"
                + "  ALIGNED : " + py(aligned) + "\n"
                + "  WRITEBACKIFCOPY : False\n";
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
