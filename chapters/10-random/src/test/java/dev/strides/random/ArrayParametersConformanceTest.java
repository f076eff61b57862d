package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Samplers with array parameters against NumPy, bit for bit ({@code array_params.txt},
 * {@code legacy_array_params.txt}): Generator's uniform, normal, exponential, standard_gamma
 * (float64 and float32), gamma, beta, binomial, poisson and integers (every dtype, both signs of
 * 64-bit bounds, size smaller than the broadcast) and RandomState's uniform and normal, with
 * column-times-row broadcasting, 0-d parameters, Java scalars in mixed calls, F-ordered and
 * strided parameters, size larger than the broadcast shape; NumPy's error messages for bad
 * elements, NaN, unsafe casts and shapes that do not broadcast. After each call the bit
 * generator's state must equal NumPy's.
 */
class ArrayParametersConformanceTest {

    @TestFactory
    Stream<DynamicTest> generatorMatchesNumPy() {
        List<RandomFixtures.Case> cases = RandomFixtures.cases("array_params.txt");
        assertThat(cases).as("cases in array_params.txt").hasSize(710);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> Calls.checkGenerator(c)));
    }

    @TestFactory
    Stream<DynamicTest> legacyMatchesNumPy() {
        List<RandomFixtures.Case> cases = RandomFixtures.cases("legacy_array_params.txt");
        assertThat(cases).as("cases in legacy_array_params.txt").hasSize(115);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> Calls.checkLegacy(c)));
    }
}
