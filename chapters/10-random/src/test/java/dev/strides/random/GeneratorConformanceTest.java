package dev.strides.random;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generator against NumPy, bit for bit (fixture {@code generator.txt}): random (float64/float32,
 * out= in C and F order, after a buffered half), integers over every dtype and the edge ranges
 * (one value, full width, 2^32 boundaries, endpoint), uniform, choice (all four algorithms,
 * arrays and axes), shuffle, permutation, permuted (axis None on C, F and strided arrays, lanes,
 * out=), bytes; NumPy's error messages. After each call the PCG64 state must equal NumPy's, so
 * the number of draws consumed (including the buffered 32-bit half) matches too.
 */
class GeneratorConformanceTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPyBitForBit() {
        return RandomFixtures.cases("generator.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> Calls.checkGenerator(c)));
    }
}
