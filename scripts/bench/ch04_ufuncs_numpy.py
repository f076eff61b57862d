#!/usr/bin/env python3
"""NumPy's time for the workloads of chapters/04-ufuncs/src/jmh/java/.../UfuncBenchmark.java:
add, multiply (allocating and into out=) and sum on contiguous float64 arrays of 10^6 and 10^7
elements. Run it in the same sitting as the JMH benchmark and compare the averages:

    python3 scripts/bench/ch04_ufuncs_numpy.py

Prints one line per workload: the mean of the best 5 of 20 repeats, in microseconds per call
(JMH reports the average over its measurement iterations after warm-up: comparable).
"""

import timeit

import numpy as np


def main():
    rng = np.random.default_rng(4)
    for n in (1_000_000, 10_000_000):
        x = rng.random(n)
        y = rng.random(n)
        z = np.empty(n)
        work = {
            "addUfunc": lambda: np.add(x, y),
            "addUfuncOut": lambda: np.add(x, y, out=z),
            "multiplyUfunc": lambda: np.multiply(x, y),
            "multiplyUfuncOut": lambda: np.multiply(x, y, out=z),
            "sumUfunc": lambda: np.sum(x),
        }
        for name, f in work.items():
            number = 20 if n == 1_000_000 else 3
            times = sorted(timeit.repeat(f, number=number, repeat=20))
            best = sum(times[:5]) / 5 / number
            print(f"{name:18s} n={n:>9d} {best * 1e6:10.1f} us")
    print(f"NumPy {np.__version__}")


if __name__ == "__main__":
    main()
