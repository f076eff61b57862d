package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Casting} against NumPy (fixtures {@code casting.txt}, {@code result_type.txt}): the full
 * {@code np.can_cast} table of the 14 built-in dtypes under the five rules, with some non-native
 * byte orders; {@code np.promote_types} for every pair; {@code np.result_type} with weak Python
 * scalars (NEP 50), where Java's Boolean, Long/Integer, Double and Complex stand for Python's
 * bool, int, float and complex.
 */
class CastingTest {

    private static final Casting.Rule[] RULES = Casting.Rule.values();

    @TestFactory
    Stream<DynamicTest> canCastMatchesNumPy() {
        return FixtureFile.rows("casting.txt", "can_cast").stream().map(r -> DynamicTest.dynamicTest(
                "can_cast(" + r[1] + ", " + r[2] + ")", () -> {
                    DType from = DType.of(r[1]);
                    DType to = DType.of(r[2]);
                    for (int k = 0; k < RULES.length; k++) {
                        assertThat(Casting.canCast(from, to, RULES[k]))
                                .as("casting='%s'", RULES[k].pyName())
                                .isEqualTo(r[3 + k].equals("1"));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> promoteTypesMatchesNumPy() {
        return FixtureFile.rows("casting.txt", "promote").stream().map(r -> DynamicTest.dynamicTest(
                "promote_types(" + r[1] + ", " + r[2] + ")", () -> {
                    DType result = Casting.promoteTypes(DType.of(r[1]), DType.of(r[2]));
                    assertThat(result.str()).isEqualTo(r[3]);
                    assertThat(Casting.promoteTypes(DType.of(r[2]), DType.of(r[1]))).isEqualTo(result);
                }));
    }

    @TestFactory
    Stream<DynamicTest> resultTypeWithWeakScalarsMatchesNumPy() {
        return FixtureFile.rows("result_type.txt", "result_type").stream().map(r -> DynamicTest.dynamicTest(
                "result_type(" + r[1] + ")", () -> {
                    for (Object[] operands : javaOperands(r[1])) {
                        assertThat(Casting.resultType(operands).str())
                                .as("with Java operands %s", List.of(operands))
                                .isEqualTo(r[2]);
                    }
                }));
    }

    /** The operands as Java values; ints that fit are tried both as Long and as Integer. */
    private static List<Object[]> javaOperands(String encoded) {
        String[] tokens = encoded.split(" ");
        Object[] asLong = new Object[tokens.length];
        Object[] asInteger = new Object[tokens.length];
        boolean allFitInt = true;
        for (int k = 0; k < tokens.length; k++) {
            String t = tokens[k];
            Object v = "<>|=".indexOf(t.charAt(0)) >= 0 ? DType.of(t) : FixtureFile.scalar(t);
            asLong[k] = v;
            asInteger[k] = v;
            if (v instanceof Long l) {
                allFitInt &= l == (int) (long) l;
                asInteger[k] = (int) (long) l;
            } else if (v instanceof BigInteger) {
                allFitInt = false;
            }
        }
        List<Object[]> out = new ArrayList<>();
        out.add(asLong);
        if (allFitInt) {
            out.add(asInteger);
        }
        return out;
    }

    @Test
    void fixtureHasTheWholeTable() {
        assertThat(FixtureFile.rows("casting.txt", "can_cast")).hasSizeGreaterThanOrEqualTo(14 * 14);
        assertThat(FixtureFile.rows("casting.txt", "promote")).hasSizeGreaterThanOrEqualTo(14 * 14);
    }

    @Test
    void resultTypeTakesArraysAsStrongOperands() {
        NDArray bytes = NDArray.allocate(DType.UINT8, new int[] {3}, Order.C);
        assertThat(Casting.resultType(bytes, 300L)).isEqualTo(DType.UINT8);
        assertThat(Casting.resultType(bytes, 1.5)).isEqualTo(DType.FLOAT64);
        assertThat(Casting.resultType(bytes, DType.INT8)).isEqualTo(DType.INT16);
    }

    @Test
    void resultTypeRejectsWhatIsNotAnOperand() {
        assertThatThrownBy(() -> Casting.resultType("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("String 'x'");
        assertThatThrownBy(() -> Casting.resultType())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Casting.resultType(DType.INT8, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ruleNamesAreNumPys() {
        for (Casting.Rule r : Casting.Rule.values()) {
            assertThat(Casting.Rule.of(r.pyName())).isSameAs(r);
        }
        assertThat(Casting.Rule.SAME_KIND.pyName()).isEqualTo("same_kind");
        assertThatThrownBy(() -> Casting.Rule.of("Safe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
                        + " (got 'Safe')");
    }

    @Test
    void requireNamesBothDtypesAndTheRule() {
        assertThatThrownBy(() -> Casting.require(DType.FLOAT64, DType.INT64, Casting.Rule.SAFE))
                .isInstanceOf(CastingException.class)
                .hasMessage("Cannot cast array data from dtype('float64') to dtype('int64')"
                        + " according to the rule 'safe'");
    }

    @Test
    void fitsIntegerKnowsEachRange() {
        assertThat(Casting.fitsInteger(255, DType.UINT8)).isTrue();
        assertThat(Casting.fitsInteger(256, DType.UINT8)).isFalse();
        assertThat(Casting.fitsInteger(-1, DType.UINT64)).isFalse();
        assertThat(Casting.fitsInteger(-32768, DType.INT16)).isTrue();
        assertThat(Casting.fitsInteger(Long.MIN_VALUE, DType.INT64)).isTrue();
        assertThat(Casting.fitsInteger(0xFFFF_FFFFL, DType.UINT32)).isTrue();
        assertThat(Casting.fitsInteger(1L << 32, DType.UINT32)).isFalse();
    }
}
