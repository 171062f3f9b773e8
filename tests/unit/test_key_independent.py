"""The statistics do not depend on the pseudonym key (CHECK11 C11-14): the clean stage sorts staff and participants by
their keyed pseudonym, so a new key reorders the rows, and a seeded wild bootstrap that numbered its clusters in row
order gave another interval and p for the same data (set C: province IKM DiD 3,48-6,38 -> 3,44-6,41, DPMPTSP's
interval no longer holding zero). Clusters and units are numbered by their names."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import few_clusters, treatment


def _frame(seed: int = 5, n_clusters: int = 7, size: int = 6) -> tuple[pd.Series, pd.DataFrame, pd.Series]:
    rng = np.random.default_rng(seed)
    groups = np.repeat([f"Unit {chr(65 + i)}" for i in range(n_clusters)], size)
    x = rng.normal(size=n_clusters * size) + np.repeat(rng.normal(size=n_clusters), size)
    y = 1.0 + 0.4 * x + np.repeat(rng.normal(size=n_clusters), size) + rng.normal(size=n_clusters * size)
    return pd.Series(y), pd.DataFrame({"Intercept": 1.0, "x": x}), pd.Series(groups)


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["order-1", "order-2", "order-3"])
def test_the_wild_bootstrap_interval_is_the_same_in_any_row_order(seed):
    y, X, groups = _frame()
    before = few_clusters.coefficient(y, X, groups, "x", bootstrap=True)
    order = np.random.default_rng(seed).permutation(len(y))
    after = few_clusters.coefficient(y.iloc[order].reset_index(drop=True), X.iloc[order].reset_index(drop=True),
                                     groups.iloc[order].reset_index(drop=True), "x", bootstrap=True)
    assert before["bootstrap"] and after["bootstrap"]
    for field in ("estimasi", "ci_bawah", "ci_atas", "p", "se", "df"):
        assert after[field] == pytest.approx(before[field], rel=1e-12, abs=1e-12), field


def test_the_exposure_units_are_in_the_order_of_their_names_whatever_the_staff_order():
    """treatment.exposure numbered units by their first staff row; the DiD's units (and its seeded weights) follow
    that numbering."""
    staff = pd.DataFrame({"pegawai_id": [f"p{i}" for i in range(9)],
                          "dinas": ["sosial"] * 6 + ["kpkp"] * 3,
                          "unit_kerja": ["UPT Utara", "UPT Selatan", "UPT Barat"] * 3})
    part = pd.DataFrame({"pegawai_id": ["p0", "p1", "p3", "p7"], "kegiatan_id": ["K1", "K1", "K2", "K2"],
                         "tanggal_selesai": pd.to_datetime(["2025-02-01"] * 4), "jp": [20.0, 20.0, 8.0, 8.0]})
    window = (pd.Timestamp("2025-01-01"), pd.Timestamp("2025-06-30"))
    first = treatment.exposure(staff, part, {"K1"}, *window, 0.5)
    shuffled = staff.iloc[[8, 4, 0, 6, 2, 7, 1, 5, 3]].reset_index(drop=True)
    second = treatment.exposure(shuffled, part, {"K1"}, *window, 0.5)
    pd.testing.assert_frame_equal(first, second)
    assert list(zip(first["dinas"], first["unit_kerja"], strict=True)) == sorted(zip(first["dinas"],
                                                                                     first["unit_kerja"],
                                                                                     strict=True))
