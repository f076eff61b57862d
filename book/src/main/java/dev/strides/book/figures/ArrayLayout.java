package dev.strides.book.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a figure shows of an array: its dtype, shape, strides and offset, and each element with
 * the byte address it lives at. Every number is read from the array; the figure only draws.
 *
 * @param dtype    the dtype's name, e.g. {@code float64}
 * @param itemsize bytes per element
 * @param shape    elements along each axis
 * @param strides  bytes to step along each axis (may be negative or zero)
 * @param offset   byte offset of element {@code [0, ..., 0]} in the buffer
 * @param elements every element in C (row-major) index order
 */
record ArrayLayout(String dtype, int itemsize, int[] shape, long[] strides, long offset,
                   List<Element> elements) {

    /**
     * One element: its index, its byte address {@code offset + sum(index[k] * strides[k])},
     * and its value.
     */
    record Element(int[] index, long address, double value) {

        /** The index as NumPy prints it inside brackets, e.g. {@code 1, 2}. */
        String indexText() {
            return String.join(", ", Arrays.stream(index).mapToObj(Integer::toString).toList());
        }
    }

    /**
     * Lays out an array given its memory-model numbers and a way to read an element; the
     * address of each element is computed from {@code offset} and {@code strides}.
     */
    static ArrayLayout of(String dtype, int itemsize, int[] shape, long[] strides, long offset,
                          ToDoubleFunction<int[]> value) {
        List<Element> elements = new ArrayList<>();
        int[] index = new int[shape.length];
        int size = Arrays.stream(shape).reduce(1, (x, y) -> x * y);
        for (int n = 0; n < size; n++) {
            long address = offset;
            for (int k = 0; k < shape.length; k++) {
                address += index[k] * strides[k];
            }
            elements.add(new Element(index.clone(), address, value.applyAsDouble(index.clone())));
            // advance the index like an odometer, last axis fastest (C order)
            for (int k = shape.length - 1; k >= 0 && ++index[k] == shape[k]; k--) {
                index[k] = 0;
            }
        }
        return new ArrayLayout(dtype, itemsize, shape.clone(), strides.clone(), offset,
                List.copyOf(elements));
    }

    /** The element at {@code index}. */
    Element at(int... index) {
        return elements.stream().filter(e -> Arrays.equals(e.index(), index)).findFirst()
                .orElseThrow(() -> new IndexOutOfBoundsException("index "
                        + Arrays.toString(index) + " is out of bounds for shape "
                        + Arrays.toString(shape)));
    }

    /** A tuple as NumPy prints it: {@code (3, 4)}, {@code (12,)}. */
    static String tuple(long... values) {
        if (values.length == 1) {
            return "(" + values[0] + ",)";
        }
        return "(" + String.join(", ", Arrays.stream(values).mapToObj(Long::toString).toList())
                + ")";
    }

    /** The shape as a tuple. */
    String shapeText() {
        return tuple(Arrays.stream(shape).asLongStream().toArray());
    }

    /** The strides as a tuple. */
    String stridesText() {
        return tuple(strides);
    }

    /** An element value as the figure prints it: integers without a fraction. */
    String valueText(double v) {
        boolean integral = !dtype.startsWith("float") && !dtype.startsWith("complex");
        return integral ? Long.toString((long) v) : Double.toString(v);
    }
}
