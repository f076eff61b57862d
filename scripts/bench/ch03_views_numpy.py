#!/usr/bin/env python3
"""NumPy's time for the workloads of chapters/03-views/src/jmh/java/.../IndexingBenchmark.java:
x[mask], x[idx], np.take, np.compress, np.nonzero, x[mask] = 0.0 and x[idx] = y on float64
arrays of 10^6 and 10^7 elements (a random mask about half true, n random int64 indices), and
the row gather a[rows, :] of a 1000x1000 float64 matrix with 1000 random rows. Same shapes,
dtypes and distributions as the JMH benchmark (the values come from NumPy's generator).
Run it in the same sitting as the JMH benchmark and compare the averages:

    python3 scripts/bench/ch03_views_numpy.py

Prints one line per workload: the mean of the best 5 of 20 repeats, in microseconds per call
(JMH reports the average over its measurement iterations after warm-up: comparable).
"""

import timeit

import numpy as np


def report(name, n, f, number):
    times = sorted(timeit.repeat(f, number=number, repeat=20))
    best = sum(times[:5]) / 5 / number
    print(f"{name:10s} n={n:>9d} {best * 1e6:10.1f} us")


def main():
    rng = np.random.default_rng(3)
    for n in (1_000_000, 10_000_000):
        x = rng.random(n)
        y = rng.random(n)
        mask = rng.random(n) < 0.5
        idx = rng.integers(0, n, n, dtype=np.int64)

        def mask_set():
            x[mask] = 0.0

        def index_set():
            x[idx] = y

        work = {
            "maskGet": lambda: x[mask],
            "indexGet": lambda: x[idx],
            "take": lambda: np.take(x, idx),
            "compress": lambda: np.compress(mask, x),
            "nonzero": lambda: np.nonzero(mask),
            "maskSet": mask_set,
            "indexSet": index_set,
        }
        for name, f in work.items():
            report(name, n, f, 10 if n == 1_000_000 else 2)
    a = rng.random((1000, 1000))
    rows = rng.integers(0, 1000, 1000, dtype=np.int64)
    report("rowsGet", 1000 * 1000, lambda: a[rows, :], 10)
    print(f"NumPy {np.__version__}")


if __name__ == "__main__":
    main()
