#!/usr/bin/env python3
"""Times chapter 10's benchmark workloads in NumPy, for the ratios against RandomBenchmark (JMH).

    python3 scripts/bench/ch10_random_numpy.py [repeats]

Each call makes 10^7 values into a new array on default_rng(42), like the Java benchmark:
rng.random(10**7), rng.standard_normal(10**7), rng.integers(0, 100, 10**7); the IntoOut variants
fill one preallocated array (out=). Prints the mean and
the best of `repeats` timed calls (after 3 warm-up calls) in milliseconds, and the NumPy version.
Run it in the same sitting as the JMH benchmark, on an idle machine.
"""

import statistics
import sys
import time

import numpy as np

N = 10_000_000


def timed(fn, repeats):
    for _ in range(3):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.mean(times), min(times)


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = np.random.default_rng(42)
    out = np.empty(N)
    work = {
        "random": lambda: rng.random(N),
        "standardNormal": lambda: rng.standard_normal(N),
        "integers": lambda: rng.integers(0, 100, N),
        "randomIntoOut": lambda: rng.random(out=out),
        "standardNormalIntoOut": lambda: rng.standard_normal(out=out),
    }
    print("numpy", np.__version__, "N =", N, "repeats =", repeats)
    for name, fn in work.items():
        mean, best = timed(fn, repeats)
        print("%-22s mean %8.2f ms   best %8.2f ms" % (name, mean, best))


if __name__ == "__main__":
    main()
