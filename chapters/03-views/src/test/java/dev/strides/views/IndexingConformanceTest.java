package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strides.ndarray.NDArray;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The indexing corpus: {@code a[expr]} and {@code a[expr] = value} for generated and hand-picked
 * index expressions over strided, reversed, transposed, broadcast, 0-d and empty layouts, each
 * compared with NumPy on shape, strides, view-or-copy, byte offset, writeability and values —
 * or on the exception and its message.
 */
class IndexingConformanceTest {

    @Test
    void theCorpusHasAtLeast500Expressions() {
        List<String[]> rows = Fixtures.rows("get.txt");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(500);
        long advanced = rows.stream().filter(r -> r[2].contains("[") || r[2].contains("True")
                || r[2].contains("False")).count();
        assertThat(advanced).as("expressions with an advanced part").isGreaterThan(150);
    }

    @TestFactory
    Stream<DynamicTest> getMatchesNumPy() {
        return Fixtures.rows("get.txt").stream().map(row -> DynamicTest.dynamicTest(
                row[1] + "[" + abbreviate(row[2]) + "]", () -> {
                    NDArray[] layout = Fixtures.layout(row[1]);
                    Fixtures.check(Fixtures.result(row), layout[0], () -> row[0].equals("get")
                            ? Indexing.get(layout[1], row[2])
                            : Indexing.get(layout[1], typedParts(row[2])), row[1] + "[" + row[2] + "]");
                }));
    }

    /** {@code getarr} parts: arrays as specs (their layout matters), basic parts as E:expr. */
    private static Index[] typedParts(String specs) {
        return Arrays.stream(specs.split(";")).flatMap(spec -> spec.startsWith("E:")
                ? Arrays.stream(Index.parse(spec.substring(2)))
                : Stream.of(Index.array((NDArray) Fixtures.value(spec, null)))).toArray(Index[]::new);
    }

    @TestFactory
    Stream<DynamicTest> setMatchesNumPy() {
        return Fixtures.rows("set.txt").stream().map(row -> DynamicTest.dynamicTest(
                row[1] + "[" + row[2] + "] = " + abbreviate(row[3]), () -> {
                    NDArray[] layout = Fixtures.layout(row[1]);
                    String[] expected = Fixtures.result(row);
                    String what = Arrays.toString(Arrays.copyOf(row, 4));
                    Runnable assign = () -> {
                        Object value = Fixtures.value(row[3], layout[1]);
                        Indexing.set(layout[1], row[2], value);
                    };
                    if (expected[0].equals("error")) {
                        Fixtures.expectError(expected, assign, what);
                    } else {
                        assign.run();
                        assertThat(Fixtures.data(layout[0])).as(what).isEqualTo(expected[1]);
                    }
                }));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
