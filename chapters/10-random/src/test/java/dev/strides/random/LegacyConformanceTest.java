package dev.strides.random;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * RandomState against NumPy, bit for bit (fixture {@code legacy.txt}): rand, random_sample,
 * randint over dtypes (masked rejection), choice, shuffle, permutation and uniform for int and
 * array seeds. After each call the MT19937 position and the next raw word must match NumPy's.
 */
class LegacyConformanceTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPyBitForBit() {
        return RandomFixtures.cases("legacy.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> Calls.checkLegacy(c)));
    }
}
