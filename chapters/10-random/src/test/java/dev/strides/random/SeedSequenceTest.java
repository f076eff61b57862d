package dev.strides.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * SeedSequence against NumPy (fixture {@code seedsequence.txt}): the hashed pool,
 * {@code generate_state} as uint32 and uint64, for int seeds from 0 to beyond 2^64, int arrays,
 * spawned children and grandchildren, a larger pool; errors and repr.
 */
class SeedSequenceTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPy() {
        return RandomFixtures.cases("seedsequence.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> check(c)));
    }

    private static void check(RandomFixtures.Case c) {
        if (c.method().equals("repr")) {
            assertThat(RandomFixtures.seedSequence(c.arg("seed")).toString())
                    .isEqualTo(c.result().getFirst().replace("\\n", "\n"));
            return;
        }
        if (c.isError()) {
            assertThatThrownBy(() -> RandomFixtures.seedSequence(c.arg("seed")))
                    .isInstanceOf(RandomFixtures.javaException(c.result().get(1)))
                    .hasMessage(c.result().get(2));
            return;
        }
        SeedSequence seq = RandomFixtures.seedSequence(c.arg("seed"));
        assertThat(hex32(seq.pool())).as("pool").isEqualTo(field(c, "pool="));
        assertThat(hex32(seq.generateState(9))).as("uint32").isEqualTo(field(c, "u32="));
        assertThat(IntStream.range(0, 5).mapToObj(i -> "%016x".formatted(seq.generateState64(5)[i]))
                .collect(Collectors.joining(" "))).as("uint64").isEqualTo(field(c, "u64="));
    }

    private static String field(RandomFixtures.Case c, String prefix) {
        return c.result().stream().filter(f -> f.startsWith(prefix)).findFirst().orElseThrow()
                .substring(prefix.length());
    }

    private static String hex32(int[] words) {
        return IntStream.of(words).mapToObj(w -> "%08x".formatted(w)).collect(Collectors.joining(" "));
    }

    @Test
    void anIntegerBecomesLittleEndianWords() {
        assertThat(SeedSequence.toWords(BigInteger.ZERO)).containsExactly(0);
        assertThat(SeedSequence.toWords(BigInteger.TWO.pow(40).add(BigInteger.TEN)))
                .containsExactly(10, 256);
    }

    @Test
    void aScalarAndAOneElementArrayHashAlike() {
        assertThat(new SeedSequence(new long[] {42}).generateState(4))
                .containsExactly(new SeedSequence(42).generateState(4));
    }

    @Test
    void spawningContinuesItsNumbering() {
        SeedSequence root = new SeedSequence(42);
        List<SeedSequence> first = root.spawn(2);
        List<SeedSequence> second = root.spawn(1);
        assertThat(first.get(1).spawnKey()).containsExactly(1);
        assertThat(second.getFirst().spawnKey()).containsExactly(2);
        assertThat(root.childrenSpawned()).isEqualTo(3);
        assertThat(second.getFirst().generateState(4)).isNotEqualTo(first.get(1).generateState(4));
    }

    @Test
    void aChildDiffersFromARootWithTheSameWords() {
        // spawn keys are appended after zero padding, so (42, child 0) is not the seed [42, 0]
        SeedSequence child = new SeedSequence(42).spawn(1).getFirst();
        assertThat(child.generateState(4)).isNotEqualTo(new SeedSequence(new long[] {42, 0})
                .generateState(4));
    }

    @Test
    void osEntropyIsLoggedForReplay() {
        SeedSequence fresh = new SeedSequence();
        SeedSequence replay = new SeedSequence(fresh.entropy().getFirst());
        assertThat(fresh.entropy().getFirst().bitLength()).isLessThanOrEqualTo(128);
        assertThat(replay.generateState(8)).containsExactly(fresh.generateState(8));
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> new SeedSequence(-1)).hasMessage("expected non-negative integer");
        assertThatThrownBy(() -> new SeedSequence(List.of(BigInteger.ONE), new long[0], 3, 0))
                .hasMessage("The size of the entropy pool should be at least 4");
        assertThatThrownBy(() -> new SeedSequence(1).spawn(-1))
                .hasMessage("n_children must be non-negative");
    }
}
