package dev.strides.ndarray.print;

/**
 * The integer column of a printed array: NumPy's {@code IntegerFormat}. Every element is
 * right-aligned to the width of the longest of the largest and the smallest shown value, with
 * Python's {@code '{:+d}'} / {@code '{: d}'} sign for non-negative values when {@code sign} asks.
 * uint64 values are read as unsigned.
 */
final class IntegerFormat {

    private final boolean unsigned;
    private final char sign;
    private final int width;

    /** Measures {@code data} (uint64 as raw bits when {@code unsigned}). */
    IntegerFormat(long[] data, boolean unsigned, char sign) {
        this.unsigned = unsigned;
        long max = data[0];
        long min = data[0];
        for (long v : data) {
            if (compare(v, max) > 0) {
                max = v;
            }
            if (compare(v, min) < 0) {
                min = v;
            }
        }
        char s = sign == ' ' && compare(min, 0) < 0 ? '-' : sign;   // NumPy drops ' ' then
        int maxWidth = text(max).length() + (compare(max, 0) >= 0 && s != '-' ? 1 : 0);
        this.sign = s;
        this.width = Math.max(maxWidth, text(min).length());
    }

    String format(long v) {
        String t = text(v);
        if (compare(v, 0) >= 0 && sign != '-') {
            t = sign + t;
        }
        return t.length() >= width ? t : " ".repeat(width - t.length()) + t;
    }

    private int compare(long a, long b) {
        return unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }

    private String text(long v) {
        return unsigned ? Long.toUnsignedString(v) : Long.toString(v);
    }
}
