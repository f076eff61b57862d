#!/usr/bin/env python3
"""One-off: build exercises/catalogue.tsv from the seed question list and the chapter plan.

This script was run once to create the catalogue and is kept so its origin is clear. From then
on exercises/catalogue.tsv is the single source of truth and is edited by hand; do not re-run
this over an edited catalogue (it would throw the edits away).

Usage:
    python3 scripts/catalogue/bootstrap.py SEED_QUESTIONS_TSV QUESTION_MAP_TSV > exercises/catalogue.tsv

SEED_QUESTIONS_TSV has columns id, title, difficulty, topics, companies, practice_link;
QUESTION_MAP_TSV has columns id, chapter (e.g. 01-ndarray), title, difficulty.
"""
import csv
import sys

# The chapter whose exercises exist: its rows start as `ready`, all others as `planned`.
READY_CHAPTERS = {"01-ndarray"}

# Exercise class name = id + a short CamelCase topic; one class per question.
SHORT_NAMES = {
    "Q001": "WhyNumPyIsFast", "Q002": "ListVsArray", "Q003": "CreatingArrays",
    "Q004": "Broadcasting", "Q005": "Reshaping", "Q006": "Ufuncs", "Q007": "MemoryUsage",
    "Q008": "FlattenVsRavel", "Q009": "MatrixMultiplication", "Q010": "DotVsCross",
    "Q011": "Stacking", "Q012": "BroadcastingErrors", "Q013": "RandomNumbers",
    "Q014": "RandRandnRandint", "Q015": "RandomSeed", "Q016": "UniqueCounts",
    "Q017": "MeanMedianStd", "Q018": "ElementwiseComparison", "Q019": "BooleanIndexing",
    "Q020": "WhereSelection", "Q021": "Sorting", "Q022": "SortKinds", "Q023": "Argsort",
    "Q024": "MinMaxIndices", "Q025": "Percentiles", "Q026": "SaveLoad", "Q027": "TextCsv",
    "Q028": "CopyVsView", "Q029": "Transpose", "Q030": "MatrixInverse", "Q031": "LinearSolve",
    "Q032": "Eigen", "Q033": "Determinant", "Q034": "Svd", "Q035": "InnerOuter",
    "Q036": "NanFunctions", "Q037": "ConditionalReplace", "Q038": "Padding", "Q039": "Repeat",
    "Q040": "Splitting", "Q041": "Meshgrid", "Q042": "CumulativeOps", "Q043": "Diff",
    "Q044": "Histogram", "Q045": "Digitize", "Q046": "PrintOptions", "Q047": "ApplyAlongAxis",
    "Q048": "ComplexNumbers", "Q049": "Astype", "Q050": "StructuredArrays",
    "Q051": "NoneVsNan", "Q052": "EmptyArrays", "Q053": "ExpandSqueeze",
    "Q054": "Vectorization", "Q055": "StrideMemory", "Q056": "MatrixPower", "Q057": "Trace",
    "Q058": "Norms", "Q059": "LeastSquares", "Q060": "Clip", "Q061": "Roll", "Q062": "Tile",
    "Q063": "LogicalOps", "Q064": "IsClose", "Q065": "AllClose", "Q066": "SetOps",
    "Q067": "Indices", "Q068": "UnravelIndex", "Q069": "RavelMultiIndex", "Q070": "Diagonal",
    "Q071": "MaskedArrays", "Q072": "Polyfit", "Q073": "Convolution", "Q074": "Correlate",
    "Q075": "Fft", "Q076": "Piecewise", "Q077": "Select", "Q078": "Einsum",
    "Q079": "Tensordot", "Q080": "Kron", "Q081": "Gradient", "Q082": "Trapezoid",
    "Q083": "Interp", "Q084": "Newaxis", "Q085": "ArraySplit", "Q086": "ColumnRowStack",
    "Q087": "Dstack", "Q088": "VsplitHsplit", "Q089": "RollaxisMoveaxis", "Q090": "Swapaxes",
    "Q091": "Fromiter", "Q092": "Frombuffer", "Q093": "Partition", "Q094": "Searchsorted",
    "Q095": "Extract", "Q096": "CountNonzero", "Q097": "Copysign", "Q098": "FmaxFmin",
    "Q099": "NanToNum", "Q100": "CorrelateVsConvolve", "Q101": "CustomUfuncs",
    "Q102": "MemoryOrder", "Q103": "SlidingWindows", "Q104": "Memmap",
    "Q105": "EinsumNotation", "Q106": "BroadcastWithoutCopy", "Q107": "BlasBackends",
    "Q108": "MixedRecords", "Q109": "VectorizingObjects", "Q110": "FloatPrecision",
    "Q111": "CacheBlocking", "Q112": "JitStructured", "Q113": "GeneratorVsRandomState",
    "Q114": "ThreadSafeRandom", "Q115": "FrompyfuncVsVectorize", "Q116": "DebuggingStrides",
    "Q117": "KeepdimsReductions", "Q118": "NativePointers", "Q119": "PackedBits",
    "Q120": "MaskWithoutCopy",
    "G01": "StridedConvolution", "G02": "CVsFortranLayout", "G03": "PairwiseDistances",
    "G04": "NumericalStability", "G05": "BroadcastingRules", "G06": "SlowLoops",
    "G07": "ManualPadding", "G08": "MovingAverage", "G09": "EinsumVsDot", "G10": "OutOfCore",
    "A01": "SparseMatmul", "A02": "NonUniformRandom", "A03": "VectorizedBoolean",
    "A04": "FilterWithoutCopy", "A05": "ConcatenationInLoop", "A06": "EigenDecomposition",
    "A07": "LinearSystems", "A08": "MissingValues", "A09": "Float32VsFloat64",
    "A10": "RowNormalization",
    "M01": "EfficientSorting", "M02": "StructuredUseCases", "M03": "MultidimHistogram",
    "M04": "CustomReductions", "M05": "CachingEffects", "M06": "ImageRotation",
    "M07": "IntegerOverflow", "M08": "UfuncInternals", "M09": "MultidimSlicing",
    "M10": "VectorizedStrings",
    "MS01": "BlasLapackRole", "MS02": "InverseMatrix", "MS03": "DtypeViews",
    "MS04": "MemoryMapping", "MS05": "FastFourier", "MS06": "CustomRng",
    "MS07": "FixingBroadcastErrors", "MS08": "CrossCorrelation", "MS09": "SparseDot",
    "MS10": "ComplexWhere",
    "H01": "CacheLocality", "H02": "OrderManagement", "H03": "FinancialPrecision",
    "H04": "AllocationFree", "H05": "RollingStatistics", "H06": "JitAcceleration",
    "H07": "Simd", "H08": "TickData", "H09": "NanPropagation", "H10": "RandVsGenerator",
}

# Hints of the ready chapter, most general first; the runner shows them after a failing run.
HINTS = {
    "Q001": [
        "An NDArray is one buffer of fixed-size items: element i of a 1-d array sits at byte "
        "offset + i*strides[0], so a loop over it reads memory in order.",
        "A List<Double> holds pointers to boxed objects spread over the heap: an object header "
        "per element and a pointer chase per read.",
        "Memory of the array = nbytes() = size() * itemsize(); compare with about 16 bytes of "
        "Double plus a 4-8 byte reference per list element.",
    ],
    "Q002": [
        "A list may mix types and grow; an array has one dtype for all elements and a fixed shape.",
        "np.array(...) infers one dtype for everything it is given: ints and floats together "
        "become float64.",
        "Arithmetic on arrays is element-wise, while joining two lists concatenates them.",
    ],
    "Q003": [
        "np.zeros, np.ones and np.full take the shape as int... and default to float64.",
        "np.eye(n) has ones on the main diagonal; np.eye(n, m, k) shifts the diagonal by k.",
        "Check shape(), dtype() and the values: np.zeros(3) is float64, not int64.",
    ],
    "Q007": [
        "nbytes() = size() * itemsize(): the bytes of the elements, not of the Java object.",
        "itemsize() comes from the dtype: float64 is 8 bytes, int8 is 1, complex128 is 16.",
        "A view reports the nbytes of the elements it shows but owns no data: look at base() "
        "and flags().",
    ],
    "Q046": [
        "Print options change only how arrays are shown, never their values.",
        "precision = digits after the point; threshold = element count above which the output "
        "is summarised with '...'; edgeitems = items kept at each end.",
        "Restore the previous options afterwards (try/finally), as np.printoptions does as a "
        "context manager.",
    ],
    "Q048": [
        "complex128 stores each element as two float64, real part then imaginary part: "
        "itemsize 16.",
        "abs(z) = sqrt(re*re + im*im), angle(z) = atan2(im, re), conj(z) flips the sign of im.",
        "Casting complex to float drops the imaginary part; casting float to complex sets it "
        "to 0.",
    ],
    "Q049": [
        "astype returns a new array (a copy), even when the dtype does not change.",
        "Float to int truncates toward zero: 2.7 -> 2, -2.7 -> -2.",
        "Integer casts wrap around modulo 2^bits: 300 as uint8 is 44, 200 as int8 is -56.",
        "The casting rule 'safe' allows only casts that keep every value: int32 -> float64 yes, "
        "float64 -> int32 no.",
    ],
    "Q052": [
        "An array is empty when size() == 0, that is when some axis has length 0: "
        "shape (2, 0, 3) is empty.",
        "A 0-d array such as np.array(5.0) has shape () and size 1: it is NOT empty.",
        "len(a) is only the length of axis 0: shape (3, 0) has len 3 and no elements, and a "
        "0-d array has no len at all.",
        "An empty array with the trailing axes of a has shape (0, a.shape[1], ...), the shape "
        "of a[:0].",
    ],
    "Q091": [
        "np.fromiter needs the dtype up front, because it fills a 1-d buffer as items arrive.",
        "Passing count lets it allocate once; without it the buffer grows (doubling) and is "
        "trimmed at the end.",
        "An iterator that yields fewer than count items is an error: 'iterator too short'.",
    ],
}

COLUMNS = ["id", "title", "difficulty", "topics", "companies", "chapter", "status", "exercise",
           "hints", "anchor"]


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def clean_title(title):
    # The seed repeats the difficulty in some titles ("[HARD] ..."); the column already says it.
    return title.removeprefix("[HARD] ").strip()


def main(seed_path, map_path):
    chapters = {row["id"]: row["chapter"] for row in read_tsv(map_path)}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                     escapechar="\\")
    out.writerow(COLUMNS)
    for row in read_tsv(seed_path):
        qid = row["id"]
        chapter = chapters[qid]
        folder = "ch" + chapter.split("-", 1)[0]
        out.writerow([
            qid,
            clean_title(row["title"]),
            row["difficulty"],
            row["topics"],
            row["companies"],
            chapter,
            "ready" if chapter in READY_CHAPTERS else "planned",
            f"{folder}.{qid}{SHORT_NAMES[qid]}",
            " | ".join(HINTS.get(qid, [])) if chapter in READY_CHAPTERS else "",
            qid.lower(),
        ])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
