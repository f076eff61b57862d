package dev.strides.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strides.broadcasting.Broadcasting;
import dev.strides.ndarray.DType;
import dev.strides.ndarray.IndexException;
import dev.strides.ndarray.NDArray;
import dev.strides.ndarray.ReadOnlyException;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The API around the conformance corpus: the parser and the typed index values, the exception
 * types, read-only views, the cost cap of the overlap solver, and the view-or-copy facts the
 * javadoc states (each NumPy value in a comment).
 */
class ViewsTest {

    /** {@code np.arange(n).reshape(shape)}. */
    static NDArray arange(int n, int... shape) {
        return Reshape.reshape(ViewsPropertiesTest.arange(n), shape);
    }

    @Nested
    class Parsing {

        @Test
        void readsNumPysSliceSyntax() {
            Index[] parts = Index.parse("1:, ::-2, None, ..., -3, 2:8:3");
            assertThat(parts).containsExactly(Index.slice(1, null), Index.slice(null, null, -2),
                    Index.NEWAXIS, Index.ELLIPSIS, new Index.Int(-3), Index.slice(2, 8, 3));
            assertThat(Index.toString(parts)).isEqualTo("1:, ::-2, None, ..., -3, 2:8:3");
        }

        @Test
        void readsListsAsArraysAndBooleansAsMasks() {
            Index[] parts = Index.parse("[0, -1], [[True, False]], True, [], np.newaxis, Ellipsis");
            assertThat(parts[0]).isInstanceOf(Index.IntArray.class).hasToString("[0, -1]");
            assertThat(parts[1]).isInstanceOf(Index.Mask.class).hasToString("[[True, False]]");
            assertThat(parts[2]).isInstanceOf(Index.Mask.class).hasToString("True");
            assertThat(((Index.IntArray) parts[3]).indices().dtype()).isEqualTo(DType.INT64);
            assertThat(parts[4]).isEqualTo(Index.NEWAXIS);
            assertThat(parts[5]).isEqualTo(Index.ELLIPSIS);
            assertThat(Index.parse("")).isEmpty();
            assertThat(Index.parse("()")).isEmpty();
            assertThat(Index.parse(" 1 , ")).containsExactly(new Index.Int(1));   // a[1,]
        }

        @Test
        void refusesWhatIsNotAnIndexWithTheColumn() {
            assertThatThrownBy(() -> Index.parse("1.5"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid index expression \"1.5\": only integers are allowed in an"
                            + " index at column 2");
            assertThatThrownBy(() -> Index.parse("x"))
                    .hasMessageContaining("expected an integer, a slice, None, ..., True, False or a"
                            + " list at column 1");
            assertThatThrownBy(() -> Index.parse("[1, 2"))
                    .hasMessageContaining("expected ','");
        }

        @Test
        void sliceIndicesFollowPython() {
            // slice(None, None, -2).indices(5) == (4, -1, -2); len(range(10)[-100:3]) == 3
            assertThat(Index.slice(null, null, -2).indices(5)).isEqualTo(new Index.Range(4, -1, -2, 3));
            assertThat(Index.slice(-100, 3).indices(10)).isEqualTo(new Index.Range(0, 3, 1, 3));
            assertThat(Index.slice(8, 2, -3).indices(10)).isEqualTo(new Index.Range(8, 2, -3, 2));
            assertThatThrownBy(() -> Index.slice(null, null, 0).indices(3))
                    .hasMessage("slice step cannot be zero");
        }

        @Test
        void typedValuesComeFromJavaValues() {
            assertThat(Index.of(3)).isEqualTo(new Index.Int(3));
            assertThat(Index.of((Object) null)).isEqualTo(Index.NEWAXIS);
            assertThat(Index.of(new int[] {0, 2})).isInstanceOf(Index.IntArray.class);
            assertThat(Index.of(new boolean[] {true, false})).isInstanceOf(Index.Mask.class);
            assertThatThrownBy(() -> Index.of(2.5)).isInstanceOf(IndexException.class);
            Index[] parts = Index.parts(1, null, new int[] {0, 2});    // a[1, None, [0, 2]]
            assertThat(Index.toString(parts)).isEqualTo("1, None, [0, 2]");
            assertThatThrownBy(() -> Index.array(ViewsPropertiesTest.arange(3).astype(DType.FLOAT64)))
                    .hasMessage("arrays used as indices must be of integer (or boolean) type");
        }
    }

    @Nested
    class ViewOrCopy {

        @Test
        void basicIndexingIsAViewAndOneElementIsACopy() {
            NDArray a = arange(12, 3, 4);
            NDArray row = Indexing.get(a, "1");                   // a[1]: a view
            assertThat(row.buffer()).isSameAs(a.buffer());
            assertThat(row.offset()).isEqualTo(32);
            NDArray element = Indexing.get(a, "1, 2");            // a[1, 2]: NumPy's scalar
            assertThat(element.ndim()).isZero();
            assertThat(element.buffer()).isNotSameAs(a.buffer());
            assertThat(Indexing.get(a, "1, 2, ...").buffer()).isSameAs(a.buffer());   // a 0-d view
        }

        @Test
        void adjacentAdvancedPartsGiveATransposedViewOfTheResult() {
            NDArray a = arange(12, 3, 4);
            NDArray r = Indexing.get(a, ":, [0, 1]");             // a[:, [0, 1]].strides == (8, 24)
            assertThat(r.shape()).containsExactly(3, 2);
            assertThat(r.strides()).containsExactly(8, 24);
            assertThat(r.flags().owndata()).isFalse();            // a view of the (2, 3) result
            assertThat(Overlap.sharesMemory(r, a)).isFalse();
        }

        @Test
        void separatedAdvancedPartsGoFirst() {
            NDArray b = arange(120, 2, 3, 4, 5);
            assertThat(Indexing.get(b, ":, 0, :, [0, 1]").shape()).containsExactly(2, 2, 4);
            assertThat(Indexing.get(b, ":, 0, [0, 1]").shape()).containsExactly(2, 2, 5);
            assertThat(Indexing.get(b, "0, :, [0, 1]").shape()).containsExactly(2, 3, 5);
        }

        @Test
        void ravelCopiesWhereReshapeDoesNot() {
            NDArray x = Indexing.get(ViewsPropertiesTest.arange(10), "::2");
            assertThat(Reshape.reshape(x, -1).buffer()).isSameAs(x.buffer());   // same shape: view
            assertThat(Reshape.ravel(x).buffer()).isNotSameAs(x.buffer());      // not contiguous
            assertThat(Reshape.flatten(arange(6, 2, 3)).flags().owndata()).isTrue();
        }

        @Test
        void reshapeOfAStridedArrayIsAViewWhenGroupsAreContiguous() {
            NDArray a = Indexing.get(arange(64, 4, 4, 4), ":, ::2");      // strides (128, 64, 8)
            NDArray b = Reshape.reshape(a, 8, 4);
            assertThat(b.buffer()).isSameAs(a.buffer());
            assertThat(b.strides()).containsExactly(64, 8);
            assertThat(Reshape.reshape(a, 4, 8).buffer()).isNotSameAs(a.buffer());   // must copy
        }

        @Test
        void squeezeWithoutLengthOneAxesReturnsTheArrayItself() {
            NDArray a = arange(6, 2, 3);
            assertThat(Axes.squeeze(a)).isSameAs(a);
            assertThat(Axes.expandDims(a, 0, 3).strides()).containsExactly(48, 24, 8, 8);
        }
    }

    @Nested
    class Errors {

        @Test
        void anAxisErrorIsAnIndexException() {
            assertThatThrownBy(() -> Axes.swapaxes(arange(6, 2, 3), 0, 2))
                    .isInstanceOf(AxisException.class).isInstanceOf(IndexException.class)
                    .hasMessage("axis2: axis 2 is out of bounds for array of dimension 2");
        }

        @Test
        void diagonalsAndBroadcastViewsAreReadOnly() {
            NDArray d = Diagonal.diagonal(arange(9, 3, 3));
            assertThat(d.isWriteable()).isFalse();
            assertThatThrownBy(() -> Indexing.set(d, "0", 5))
                    .isInstanceOf(ReadOnlyException.class)
                    .hasMessage("assignment destination is read-only");
            NDArray wide = Broadcasting.broadcastTo(ViewsPropertiesTest.arange(3), 2, 3);
            assertThatThrownBy(() -> Indexing.set(wide, "[0, 1], 0", 5))
                    .isInstanceOf(ReadOnlyException.class);
        }

        @Test
        void reshapeNamesTheSizeAndTheShape() {
            assertThatThrownBy(() -> Reshape.reshape(arange(12, 3, 4), 5))
                    .hasMessage("cannot reshape array of size 12 into shape (5,)");
            assertThatThrownBy(() -> Reshape.reshape(arange(12, 3, 4), -1, -1))
                    .hasMessage("can only specify one unknown dimension");
        }

        @Test
        void theExactOverlapSearchCanBeCapped() {
            // x = np.arange(80, dtype=np.int8).reshape(4, 20); a = x[:, ::7]; b = x[:, 3::3]
            NDArray x = Reshape.reshape(ViewsPropertiesTest.arange(80).astype(DType.INT8), 4, 20);
            NDArray a = Indexing.get(x, ":, ::7");
            NDArray b = Indexing.get(x, ":, 3::3");
            assertThat(Overlap.mayShareMemory(a, b)).isTrue();   // the bounds overlap
            assertThat(Overlap.sharesMemory(a, b)).isFalse();    // no common byte
            NDArray bytes = NDArray.allocate(DType.UINT8, new int[] {400}, dev.strides.ndarray.Order.C);
            NDArray c = bytes.stridedView(new int[] {3, 9}, new long[] {38, 39}, 0);
            NDArray d = bytes.stridedView(new int[] {9}, new long[] {31}, 146);
            assertThat(Overlap.sharesMemory(c, d)).isFalse();
            assertThatThrownBy(() -> Overlap.sharesMemory(c, d, 3))     // more than 3 candidates
                    .isInstanceOf(Overlap.TooHardException.class).hasMessage("Exceeded max_work");
        }
    }

    @Nested
    class Assigning {

        @Test
        void repeatedIndicesKeepTheLastWrite() {
            NDArray a = ViewsPropertiesTest.arange(5);
            Indexing.set(a, "[0, 0, 0]", ViewsPropertiesTest.arange(3));   // a[[0,0,0]] = [0,1,2]
            assertThat(a.getLong(0)).isEqualTo(2);
        }

        @Test
        void anOverlappingValueIsReadBeforeWriting() {
            NDArray a = ViewsPropertiesTest.arange(5);
            Indexing.set(a, "1:", Indexing.get(a, ":-1"));        // a[1:] = a[:-1]
            assertThat(ViewsPropertiesTest.values(a)).isEqualTo(List.of(0L, 0L, 1L, 2L, 3L));
        }

        @Test
        void javaScalarsFollowPythonsRules() {
            NDArray u = ViewsPropertiesTest.arange(3).astype(DType.UINT8);
            assertThatThrownBy(() -> Indexing.set(u, "0", 300))
                    .hasMessage("Python integer 300 out of bounds for uint8");
            Indexing.set(u, "...", JavaArraysFor.longs(300, 1, 2).astype(DType.INT64));  // wraps
            assertThat(u.getLong(0)).isEqualTo(44);
        }
    }

    /** Small NDArrays from Java values. */
    static final class JavaArraysFor {
        static NDArray longs(long... values) {
            return dev.strides.ndarray.JavaArrays.array(values);
        }
    }
}
