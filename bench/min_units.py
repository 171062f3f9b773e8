"""Simulation behind constants.MIN_UNITS_PER_ARM (docs/metode.md): false-positive rate, coverage
and power of the dinas-level impact estimate (analysis.did.impact) by units per arm.

Panels from tests/panel.py (respondent-level IKM-like outcome, unit levels, unit-by-period shocks,
selection on levels); the minimum itself is lowered to 2 here so that small arms are estimated.
Usage: .venv/bin/python bench/min_units.py [--seeds 400]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evalasn import constants  # noqa: E402
from evalasn.analysis import did  # noqa: E402
from evalasn.analysis.contract.estimate import bounds
from tests.panel import simulate  # noqa: E402

ARMS = ((2, 2), (3, 3), (4, 4), (5, 5), (3, 30), (10, 10))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=400)
    args = parser.parse_args()
    constants.MIN_UNITS_PER_ARM = 2
    print(f"{'arms':>8} {'false pos.':>10} {'coverage':>9} {'power (+3)':>10} {'mean width':>10}  seeds={args.seeds}")
    for n_t, n_c in ARMS:
        null: list[bool] = []
        cover: list[bool] = []
        power: list[bool] = []
        width: list[float] = []
        for seed in range(args.seeds):
            for effect, out in ((0.0, null), (3.0, power)):
                p = simulate(seed, n_treated=n_t, n_control=n_c, effect=effect)
                e = did.impact(p.outcome, "y", p.pegawai, p.part, 2025)["efek"]
                if not e["cukup_data"]:
                    continue
                low, high = bounds(e)
                out.append(not low <= 0 <= high)
                if effect:
                    cover.append(low <= p.truth <= high)
                    width.append(high - low)
        print(f"{n_t:>3} v {n_c:<3} {np.mean(null):>10.3f} {np.mean(cover):>9.3f} {np.mean(power):>10.3f} "
              f"{np.mean(width):>10.1f}")


if __name__ == "__main__":
    main()
