"""Side-by-side reference for `npm run bench -- --only predictive` (issue 15 §3): times the Python library lifetimes
0.11.3 on the same CDNOW summary, in the same run. Not part of the project: lifetimes and its dependency autograd are not
installed by `npm ci`; the benchmark runs this only when CVP_LIFETIMES_PYTHONPATH names a directory holding them (numpy,
scipy, pandas and dill from Debian: python3-numpy python3-scipy python3-pandas python3-dill). Prints one JSON object."""
import json
import sys
import time

import numpy as np
import pandas as pd
import lifetimes
from lifetimes import BetaGeoFitter


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def main(path, count, warm_ups):
    table = pd.read_csv(path)
    x, tx, age = table["x"], table["t_x"], table["T"]

    def fit():
        fitter = BetaGeoFitter(penalizer_coef=0.0)
        fitter.fit(x, tx, age)
        return fitter

    start = time.perf_counter()
    fit()
    first_fit_ms = (time.perf_counter() - start) * 1000
    for _ in range(warm_ups):  # as many warm-up fits as the TypeScript side
        fit()
    fit_ms = []
    for _ in range(7):
        start = time.perf_counter()
        fitter = fit()
        fit_ms.append((time.perf_counter() - start) * 1000)
    index = np.arange(count) % len(table)
    xs, txs, ages = (column.values[index].astype(float) for column in (x, tx, age))
    point_s = []
    for _ in range(3):
        start = time.perf_counter()
        alive = fitter.conditional_probability_alive(xs, txs, ages)
        expected = fitter.conditional_expected_number_of_purchases_up_to_time(52, xs, txs, ages)
        point_s.append(time.perf_counter() - start)
    print(json.dumps({
        "version": lifetimes.__version__,
        "numpy": np.__version__,
        "fitMs": median(fit_ms),
        "firstFitMs": first_fit_ms,
        "pointSeconds": median(point_s),
        "checksum": float(np.sum(alive) + np.sum(expected)),
    }))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 2)
