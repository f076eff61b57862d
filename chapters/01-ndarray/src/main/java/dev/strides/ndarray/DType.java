package dev.strides.ndarray;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A data type: how to read the {@link #itemsize()} bytes of one element.
 *
 * <p>Mirrors {@code numpy.dtype} for the built-in scalar types: a {@link #kind()} ({@code 'b'} bool,
 * {@code 'i'} signed, {@code 'u'} unsigned, {@code 'f'} floating, {@code 'c'} complex), an item size
 * in bytes and a byte order. The names are NumPy's: {@code name()} is {@code "float64"},
 * {@code str()} is {@code "<f8"}, {@code typeChar()} is {@code 'd'}.
 *
 * <p>Instances are immutable values; compare them with {@link #equals}. Native-order dtypes are
 * the constants below; {@link #newByteOrder(char)} gives the swapped ones. Chapter 11 adds
 * structured and fixed-width string types, which is why this class describes a type by its
 * properties rather than as a closed enum.
 */
public final class DType {

    /** The scalar types NumPy builds in, in NumPy's type-number order. */
    public enum Type {
        BOOL('b', '?', 1, "bool"),
        INT8('i', 'b', 1, "int8"),
        UINT8('u', 'B', 1, "uint8"),
        INT16('i', 'h', 2, "int16"),
        UINT16('u', 'H', 2, "uint16"),
        INT32('i', 'i', 4, "int32"),
        UINT32('u', 'I', 4, "uint32"),
        INT64('i', 'l', 8, "int64"),
        UINT64('u', 'L', 8, "uint64"),
        FLOAT16('f', 'e', 2, "float16"),
        FLOAT32('f', 'f', 4, "float32"),
        FLOAT64('f', 'd', 8, "float64"),
        COMPLEX64('c', 'F', 8, "complex64"),
        COMPLEX128('c', 'D', 16, "complex128");

        final char kind;
        final char typeChar;
        final int itemsize;
        final String name;

        Type(char kind, char typeChar, int itemsize, String name) {
            this.kind = kind;
            this.typeChar = typeChar;
            this.itemsize = itemsize;
            this.name = name;
        }
    }

    public static final DType BOOL = new DType(Type.BOOL, ByteOrder.nativeOrder());
    public static final DType INT8 = new DType(Type.INT8, ByteOrder.nativeOrder());
    public static final DType UINT8 = new DType(Type.UINT8, ByteOrder.nativeOrder());
    public static final DType INT16 = new DType(Type.INT16, ByteOrder.nativeOrder());
    public static final DType UINT16 = new DType(Type.UINT16, ByteOrder.nativeOrder());
    public static final DType INT32 = new DType(Type.INT32, ByteOrder.nativeOrder());
    public static final DType UINT32 = new DType(Type.UINT32, ByteOrder.nativeOrder());
    public static final DType INT64 = new DType(Type.INT64, ByteOrder.nativeOrder());
    public static final DType UINT64 = new DType(Type.UINT64, ByteOrder.nativeOrder());
    public static final DType FLOAT16 = new DType(Type.FLOAT16, ByteOrder.nativeOrder());
    public static final DType FLOAT32 = new DType(Type.FLOAT32, ByteOrder.nativeOrder());
    public static final DType FLOAT64 = new DType(Type.FLOAT64, ByteOrder.nativeOrder());
    public static final DType COMPLEX64 = new DType(Type.COMPLEX64, ByteOrder.nativeOrder());
    public static final DType COMPLEX128 = new DType(Type.COMPLEX128, ByteOrder.nativeOrder());

    /** All native-order built-in dtypes, in NumPy's type-number order. */
    public static final List<DType> BUILTINS = List.of(BOOL, INT8, UINT8, INT16, UINT16, INT32,
            UINT32, INT64, UINT64, FLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128);

    private final Type type;
    private final ByteOrder order;

    private DType(Type type, ByteOrder order) {
        this.type = type;
        this.order = order;
    }

    /** The built-in type, the same for both byte orders. */
    public Type type() {
        return type;
    }

    /** NumPy's {@code dtype.name}: {@code "float64"}, {@code "bool"}, {@code "complex128"}. */
    public String name() {
        return type.name;
    }

    /** NumPy's {@code dtype.kind}: one of {@code b i u f c}. */
    public char kind() {
        return type.kind;
    }

    /** NumPy's {@code dtype.char}: {@code ?}, {@code b h i l}, {@code B H I L}, {@code e f d}, {@code F D}. */
    public char typeChar() {
        return type.typeChar;
    }

    /** Bytes per element: NumPy's {@code dtype.itemsize}. */
    public int itemsize() {
        return type.itemsize;
    }

    /** The byte order used to read and write elements; irrelevant for one-byte types. */
    public ByteOrder order() {
        return order;
    }

    /**
     * NumPy's {@code dtype.byteorder}: {@code '='} for native order, {@code '|'} when order does
     * not apply (one-byte types), {@code '<'} or {@code '>'} for the non-native order.
     */
    public char byteOrder() {
        if (itemsize() == 1) {
            return '|';
        }
        if (order == ByteOrder.nativeOrder()) {
            return '=';
        }
        return order == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
    }

    /** NumPy's {@code dtype.str}: explicit order, kind, item size, e.g. {@code "<f8"}, {@code "|b1"}. */
    public String str() {
        char o = itemsize() == 1 ? '|' : (order == ByteOrder.LITTLE_ENDIAN ? '<' : '>');
        return "" + o + kind() + itemsize();
    }

    /** True when elements are stored in this machine's byte order (always true for one byte). */
    public boolean isNative() {
        return itemsize() == 1 || order == ByteOrder.nativeOrder();
    }

    /**
     * The same type in another byte order, as NumPy's {@code dtype.newbyteorder(order)}:
     * {@code '<'} little, {@code '>'} big, {@code '='} native, {@code 'S'} swapped.
     */
    public DType newByteOrder(char newOrder) {
        ByteOrder target = switch (newOrder) {
            case '<', 'L', 'l' -> ByteOrder.LITTLE_ENDIAN;
            case '>', 'B', 'b' -> ByteOrder.BIG_ENDIAN;
            case '=', 'N', 'n', '|', 'I', 'i' -> ByteOrder.nativeOrder();
            case 'S', 's' -> order == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            default -> throw new IllegalArgumentException(
                    "newByteOrder: order must be one of '<', '>', '=', 'S', got '" + newOrder + "'");
        };
        if (itemsize() == 1 || target == order) {
            return this;
        }
        return new DType(type, target);
    }

    public boolean isBool() {
        return type.kind == 'b';
    }

    public boolean isSignedInteger() {
        return type.kind == 'i';
    }

    public boolean isUnsignedInteger() {
        return type.kind == 'u';
    }

    /** Signed or unsigned integer (not bool). */
    public boolean isInteger() {
        return type.kind == 'i' || type.kind == 'u';
    }

    public boolean isFloating() {
        return type.kind == 'f';
    }

    public boolean isComplex() {
        return type.kind == 'c';
    }

    /** Floating or complex: a type with NaN and infinities. */
    public boolean isInexact() {
        return type.kind == 'f' || type.kind == 'c';
    }

    /** The float type of each half of a complex type ({@code complex64} → {@code float32}). */
    public DType componentType() {
        return switch (type) {
            case COMPLEX64 -> FLOAT32.newByteOrder(byteOrderCharOf(order));
            case COMPLEX128 -> FLOAT64.newByteOrder(byteOrderCharOf(order));
            default -> this;
        };
    }

    /** This type in native byte order. */
    public DType nativeType() {
        return BUILTINS.get(type.ordinal());
    }

    private static char byteOrderCharOf(ByteOrder o) {
        return o == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
    }

    /** Shorthand for {@link #of(String)}. */
    public static DType dtype(String spec) {
        return of(spec);
    }

    /**
     * Parses a dtype the way {@code np.dtype(spec)} does for the built-in types: names
     * ({@code "float64"}, {@code "int"}, {@code "bool"}, {@code "complex"}), kind + size codes with an
     * optional byte order ({@code "f8"}, {@code "<i4"}, {@code ">c16"}, {@code "|b1"}) and
     * one-character codes ({@code "d"}, {@code "l"}, {@code "?"}). Spellings are exact: no
     * surrounding spaces, no upper-case kind codes ({@code "F8"} is not understood, as in NumPy).
     * {@code "q"} and {@code "longlong"} give int64 with char {@code 'l'}; NumPy keeps a second
     * char {@code 'q'} for the same 64-bit type, which Strides does not distinguish.
     *
     * @throws IllegalArgumentException {@code data type 'x' not understood}, NumPy's wording
     */
    public static DType of(String spec) {
        Objects.requireNonNull(spec, "dtype spec");
        String s = spec;  // no strip(), no case folding: NumPy rejects " f8" and "F8"
        DType named = BY_NAME.get(s);
        if (named != null) {
            return named;
        }
        char order = '=';
        String body = s;
        if (!s.isEmpty() && "<>=|".indexOf(s.charAt(0)) >= 0) {
            order = s.charAt(0);
            body = s.substring(1);
        }
        DType base = null;
        if (body.length() == 1) {
            base = BY_CHAR.get(body.charAt(0));
        } else if (body.length() >= 2 && body.substring(1).chars().allMatch(Character::isDigit)) {
            base = BY_KIND_SIZE.get(body);
        }
        if (base == null) {
            throw new DTypeException("data type '" + spec + "' not understood");
        }
        return order == '|' ? base : base.newByteOrder(order);
    }

    private static final Map<String, DType> BY_NAME = Map.ofEntries(
            Map.entry("bool", BOOL), Map.entry("bool_", BOOL),
            Map.entry("int8", INT8), Map.entry("int16", INT16), Map.entry("int32", INT32),
            Map.entry("int64", INT64), Map.entry("int", INT64), Map.entry("intp", INT64),
            Map.entry("long", INT64), Map.entry("longlong", INT64), Map.entry("intc", INT32),
            Map.entry("short", INT16), Map.entry("byte", INT8),
            Map.entry("uint8", UINT8), Map.entry("uint16", UINT16), Map.entry("uint32", UINT32),
            Map.entry("uint64", UINT64), Map.entry("uint", UINT64), Map.entry("uintp", UINT64),
            Map.entry("ubyte", UINT8), Map.entry("ushort", UINT16), Map.entry("uintc", UINT32),
            Map.entry("ulong", UINT64), Map.entry("ulonglong", UINT64),
            Map.entry("float16", FLOAT16), Map.entry("half", FLOAT16),
            Map.entry("float32", FLOAT32), Map.entry("single", FLOAT32),
            Map.entry("float64", FLOAT64), Map.entry("float", FLOAT64), Map.entry("double", FLOAT64),
            Map.entry("complex64", COMPLEX64), Map.entry("csingle", COMPLEX64),
            Map.entry("complex128", COMPLEX128), Map.entry("complex", COMPLEX128),
            Map.entry("cdouble", COMPLEX128));

    private static final Map<Character, DType> BY_CHAR = Map.ofEntries(
            Map.entry('?', BOOL), Map.entry('b', INT8), Map.entry('B', UINT8),
            Map.entry('h', INT16), Map.entry('H', UINT16), Map.entry('i', INT32),
            Map.entry('I', UINT32), Map.entry('l', INT64), Map.entry('L', UINT64),
            Map.entry('q', INT64), Map.entry('Q', UINT64), Map.entry('p', INT64),
            Map.entry('P', UINT64), Map.entry('e', FLOAT16), Map.entry('f', FLOAT32),
            Map.entry('d', FLOAT64), Map.entry('F', COMPLEX64), Map.entry('D', COMPLEX128));

    private static final Map<String, DType> BY_KIND_SIZE = Map.ofEntries(
            Map.entry("b1", BOOL), Map.entry("i1", INT8), Map.entry("i2", INT16),
            Map.entry("i4", INT32), Map.entry("i8", INT64), Map.entry("u1", UINT8),
            Map.entry("u2", UINT16), Map.entry("u4", UINT32), Map.entry("u8", UINT64),
            Map.entry("f2", FLOAT16), Map.entry("f4", FLOAT32), Map.entry("f8", FLOAT64),
            Map.entry("c8", COMPLEX64), Map.entry("c16", COMPLEX128));

    @Override
    public boolean equals(Object o) {
        return o instanceof DType d && d.type == type && (itemsize() == 1 || d.order == order);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + (itemsize() == 1 ? 0 : order.hashCode());
    }

    /** NumPy's {@code repr(dtype)}: {@code dtype('float64')}, or {@code dtype('>f8')} when not native. */
    public String repr() {
        return "dtype('" + (isNative() ? name() : str()) + "')";
    }

    /** NumPy's {@code str(dtype)}: {@code float64}, or {@code >f8} when not native. */
    @Override
    public String toString() {
        return isNative() ? name() : str();
    }
}
