"""IKM with its uncertainty: the categories the interval reaches, t on G - 1 df across few units,
and the regulation's minimum sample (Krejcie & Morgan) flagged per unit."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import ikm
from evalasn.analysis.contract.estimate import bounds


def _survey(unit_means: dict[str, float], per_unit: int, seed: int = 1) -> pd.DataFrame:
    """Respondents whose element scores have the given mean per unit (1-4 scale)."""
    rng = np.random.default_rng(seed)
    frames = []
    for unit, m in unit_means.items():
        scores = 1 + rng.binomial(3, (m - 1) / 3, size=(per_unit, 9))
        frame = pd.DataFrame(scores, columns=list(constants.IKM_ELEMENTS))
        frames.append(frame.assign(dinas="kesehatan", unit_kerja=unit, periode="2025-S1",
                                   responden_id=[f"{unit}-{i}" for i in range(per_unit)]))
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("users,sample", [(100, 80), (1000, 278), (15000, 375), (1_000_000, 384)],
                         ids=["100", "1000", "15000", "1e6"])
def test_minimum_sample_follows_krejcie_and_morgan(users, sample):
    assert ikm.minimum_sample(users) == sample


def test_category_comes_with_the_categories_its_interval_reaches():
    # a unit near the B/C boundary (76.61) with few respondents: its interval reaches both
    result = ikm.summarise(_survey({"Unit A": 3.06}, per_unit=25))
    assert result["kategori_bawah"] != result["kategori_atas"]
    assert result["kategori"] in (result["kategori_bawah"], result["kategori_atas"])
    sure = ikm.summarise(_survey({"Unit A": 3.9}, per_unit=400))
    assert sure["kategori"] == sure["kategori_bawah"] == sure["kategori_atas"] == "A"


def test_few_units_use_t_with_units_minus_one_df():
    skm = _survey({"A": 3.0, "B": 3.3, "C": 2.8, "D": 3.1}, per_unit=30).assign(_unit=lambda f: f["unit_kerja"])
    result = ikm.summarise(skm, cluster="_unit")
    assert result["df"] == 3
    low, high = bounds(result)
    half = (high - low) / 2
    assert half == pytest.approx(sps.t.ppf(0.975, 3) * result["se"])


def test_units_below_the_minimum_sample_are_flagged():
    skm = pd.concat([_survey({"Kecil": 3.2}, per_unit=30), _survey({"Besar": 3.2}, per_unit=300, seed=2)])
    units = {r["unit_kerja"]: r for r in ikm.by_unit(skm)}
    assert units["Kecil"]["sampel_kurang"] is True and units["Besar"]["sampel_kurang"] is False
    check = ikm.sample_check(ikm.by_unit(skm), "2025-S1")
    assert check == {"periode": "2025-S1", "pengguna_diasumsikan": constants.SKM_SERVICE_USERS_ASSUMED,
                     "responden_minimum": 278, "jumlah_unit": 2, "unit_sampel_kurang": 1}
    assert {units["Besar"]["kategori_bawah"], units["Besar"]["kategori_atas"]} <= {"B", "C"}
