package dev.strides.ndarray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Element access and casting against NumPy, errors first (fixture {@code errors.txt}): index
 * errors ({@code index 5 is out of bounds for axis 0 with size 3}), {@code item()} errors, storing
 * Python scalars ({@code Python integer 300 out of bounds for uint8}, {@code cannot convert float
 * NaN to integer}, {@code Python int too large to convert to C long}, float truncation, complex
 * into real arrays) and casting rules ({@code Cannot cast array data from dtype('float64') to
 * dtype('int64') according to the rule 'safe'}). Successful cases compare the stored bytes.
 *
 * <p>Python exceptions map to Java ones by {@link FixtureFile#javaException}: IndexError →
 * IndexOutOfBoundsException, TypeError → DTypeException, ValueError and OverflowError →
 * IllegalArgumentException. The Java message must contain NumPy's.
 */
class ErrorMessagesTest {

    @TestFactory
    Stream<DynamicTest> elementAccessAndCastsMatchNumPy() {
        return FixtureFile.rows("errors.txt").stream().map(FixtureFile::call)
                .map(c -> DynamicTest.dynamicTest(c.text(), () -> {
                    if (c.isError()) {
                        assertThatThrownBy(() -> run(c))
                                .isInstanceOf(FixtureFile.javaException(c.result().get(1)))
                                .hasMessageContaining(c.result().get(2));
                    } else {
                        assertThat(run(c)).isEqualTo(c.result().get(1));
                    }
                }));
    }

    @Test
    void fixtureHasEachKindOfCase() {
        assertThat(FixtureFile.rows("errors.txt").stream().map(r -> r[0]).distinct())
                .containsExactlyInAnyOrder("getitem", "item", "set", "astype");
    }

    /** Runs the call; returns what NumPy's fixture printed on success. */
    private static String run(FixtureFile.Call c) {
        return switch (c.fn()) {
            case "getitem" -> {
                NDArray a = NDArray.allocate(DType.FLOAT64, FixtureFile.tuple(c.arg("shape")), Order.C);
                yield Double.toString(a.getDouble(FixtureFile.tuple(c.arg("index"))));
            }
            case "item" -> {
                int[] shape = FixtureFile.tuple(c.arg("shape"));
                NDArray flat = Ranges.arange(0, NDArray.sizeOf(shape), 1, DType.FLOAT64);
                NDArray a = flat.stridedView(shape, NDArray.defaultStrides(shape, 8, Order.C), 0);
                yield a.item(FixtureFile.tuple(c.arg("index"))).toString();
            }
            case "set" -> {
                NDArray a = NDArray.allocate(DType.of(c.arg("dtype")), new int[] {1}, Order.C);
                switch (FixtureFile.scalar(c.arg("value"))) {
                    case Boolean b -> a.setBoolean(b, 0);
                    case Long v -> a.setLong(v, 0);
                    case Double v -> a.setDouble(v, 0);
                    case Complex z -> a.setComplex(z, 0);
                    default -> throw new IllegalArgumentException("no setter for " + c.arg("value"));
                }
                yield FixtureFile.data(a);
            }
            case "astype" -> {
                NDArray a = NDArray.allocate(DType.of(c.arg("source")), new int[] {2}, Order.C);
                yield FixtureFile.data(a.astype(DType.of(c.arg("to")), Casting.Rule.of(c.arg("rule"))));
            }
            default -> throw new IllegalArgumentException("unknown fixture call " + c.fn());
        };
    }
}
