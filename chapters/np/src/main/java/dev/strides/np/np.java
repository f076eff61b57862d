package dev.strides.np;

/**
 * The NumPy namespace: every public function of the chapters under its NumPy name, spelled in
 * lowerCamelCase ({@code np.zeros}, {@code np.arange}, {@code np.promoteTypes}). No logic lives
 * here; each method forwards to the chapter class that implements it, named in its javadoc.
 *
 * <p>Keyword arguments become overloads, with NumPy's defaults: {@code np.zeros(3, 4)} is
 * {@code np.zeros((3, 4))}; {@code np.zeros(new int[] {3, 4}, np.int32)} passes a dtype.
 *
 * <h2>One layer per chapter</h2>
 *
 * <p>{@code np} itself declares nothing. The names live in a chain of layer classes in this
 * package, one or a few per chapter, each extending the one before; {@code np} extends the last.
 * Java inherits static members, so every field, method and nested class of every layer is
 * reachable as {@code np.name}: {@code np.add(a, b)}, {@code np.float64}, {@code np.add.reduce},
 * {@code np.random.defaultRng(42)}, {@code np.lib.strideTricks.slidingWindowView(x, 3)}, and
 * {@code import static dev.strides.np.np.*} imports them all. The chain, first to last:
 *
 * <table>
 *   <caption>The layers of {@code np}</caption>
 *   <tr><th>Layer</th><th>Chapter</th><th>Re-exports</th></tr>
 *   <tr><td>{@link ArrayCreationApi}</td><td>01</td>
 *       <td>dtypes, creation, ranges, {@code array} / {@code asarray}</td></tr>
 *   <tr><td>{@link NdarrayApi}</td><td>01</td>
 *       <td>copies, casts, promotion, shape queries, printing</td></tr>
 *   <tr><td>{@link BroadcastingApi}</td><td>02</td>
 *       <td>{@code broadcastTo}, {@code broadcastArrays}, {@code meshgrid}, ...</td></tr>
 *   <tr><td>{@link ViewsApi}</td><td>03</td>
 *       <td>indexing ({@code get}, {@code set}, {@code slice}), reshape, axes, selection</td></tr>
 *   <tr><td>{@link ArithmeticUfuncApi}</td><td>04</td>
 *       <td>{@code kwargs()}, arithmetic ufuncs ({@code add} ... {@code divmod})</td></tr>
 *   <tr><td>{@link LogicUfuncApi}</td><td>04</td>
 *       <td>comparison, logical, bitwise ufuncs, {@code isnan} ...</td></tr>
 *   <tr><td>{@link MathUfuncApi}</td><td>04</td>
 *       <td>two-input math ufuncs, exponentials, logarithms, roots</td></tr>
 *   <tr><td>{@link TrigRoundingUfuncApi}</td><td>04</td>
 *       <td>trigonometric, hyperbolic, angle and rounding ufuncs, {@code modf} ...</td></tr>
 *   <tr><td>{@link UfuncToolsApi}</td><td>04</td>
 *       <td>{@code sum}, {@code clip}, {@code allclose}, bits, user functions, errstate</td></tr>
 *   <tr><td>{@link StrideTricksApi}</td><td>05</td>
 *       <td>the nested class {@code np.lib.strideTricks}</td></tr>
 *   <tr><td>{@link RandomApi}</td><td>10</td><td>the nested class {@code np.random}</td></tr>
 * </table>
 *
 * <h2>Adding a chapter's layer</h2>
 *
 * <ol>
 *   <li>Write {@code public abstract class SortingApi extends StatisticsApi} (say) in this
 *       package: a header naming its chapter and what it re-exports, a package-private
 *       constructor (no instances, no subclasses outside this package), then the re-exports, at
 *       most ~400 lines; split a big chapter into layers by topic, as chapter 04 does.</li>
 *   <li>Put it after the layer of the closest earlier chapter: it extends that layer, and the
 *       class that extended that layer (a later chapter's layer, or {@code np}) now extends
 *       the new one. Nothing else changes: callers only ever name {@code np}.</li>
 *   <li>Never declare a method with the name and parameter types of one in another layer, or a
 *       field or nested class with another layer's field or nested class name: a static member
 *       of a later layer silently <i>hides</i> the earlier one instead of failing to compile.
 *       Overloads (same name, other parameter types) and a field and methods of the same name
 *       ({@code np.add}) are fine. {@code NpLayersTest} checks this.</li>
 *   <li>Add the layer to the table above.</li>
 * </ol>
 */
@SuppressWarnings({"checkstyle:TypeName", "java:S101"})
public final class np extends RandomApi {

    private np() {
    }
}
