"""The minimum detectable effect is honest (issue 23.2): an effect of the reported MDE is found about
80% of the time at the 5% level, in the design it was computed for."""

import numpy as np
import pytest

from evalasn.analysis import did
from evalasn.analysis.contract.estimate import bounds
from evalasn.analysis.contract.outcomes import Intervention
from tests.panel import simulate

DECLARED: Intervention = {"teks": "K-PROG", "dipilih": True}


def _effect(seed, arms, effect):
    panel = simulate(seed, n_treated=arms[0], n_control=arms[1], effect=effect)
    return did.impact(panel.outcome, "y", panel.pegawai, panel.part, 2025, intervensi=DECLARED)["efek"]


def check_power(arms, seeds, least=0.65, most=0.95):
    """The median MDE over null panels, then the share of panels with that planted effect whose
    interval excludes zero: 65-95% (80% planned; the design's SE varies from panel to panel)."""
    mde = float(np.median([_effect(seed, arms, 0.0)["efek_minimum_terdeteksi"] for seed in range(10)]))
    found = []
    for seed in seeds:
        low, high = bounds(_effect(1000 + seed, arms, mde))
        found.append(not low <= 0 <= high)
    assert least <= np.mean(found) <= most, (mde, np.mean(found))
    return mde


def test_an_effect_of_the_mde_is_found_about_80_percent_of_the_time():
    check_power((10, 10), range(40))


@pytest.mark.slow
@pytest.mark.parametrize("arms,least,most", [((10, 10), 0.65, 0.95), ((3, 3), 0.50, 0.80), ((5, 5), 0.50, 0.80),
                                          ((3, 30), 0.50, 0.80)], ids=["10v10", "3v3", "5v5", "3v30"])
def test_power_at_the_mde_400_seeds(arms, least, most):
    """With very few units the interval kept is the wider (conservative) one, and an effect of the
    reported MDE was found in only about 60-65% of 60 panels (3 v 3, 5 v 5, 3 v 30): there the MDE is a
    lower bound of the effect this design detects with 80% power (docs/metode.md)."""
    check_power(arms, range(400), least, most)
