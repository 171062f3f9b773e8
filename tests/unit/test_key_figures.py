"""Like with like over time (issue 22.5): every year of the trend is computed by the functions the
model stage uses for the evaluated year (analysis.key_figures), so an earlier year's 20 JP counts
PNS (not PPPK) and its gain has the same activity-clustered interval."""

import dataclasses
from typing import cast

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import budget, compliance, key_figures, kirkpatrick, trend
from evalasn.analysis.contract import KeyFigures
from evalasn.analysis.contract.provenance import DataProvenance
from evalasn.analysis.data import Data


def _data() -> Data:
    """40 staff (30 PNS, 10 PPPK) of one dinas; 8 activities a year in 2024 and 2025 whose
    participants' gains share an activity effect (so clustering widens the interval)."""
    rng = np.random.default_rng(7)
    pegawai = pd.DataFrame({"pegawai_id": [f"P{i}" for i in range(40)], "dinas": "kesehatan",
                            "unit_kerja": "Unit A", "golongan": "III/a", "jenis_jabatan": "pelaksana",
                            "status": ["PNS"] * 30 + ["PPPK"] * 10})
    rows = []
    for year in (2024, 2025):
        for activity in range(8):
            shift = rng.normal(0, 4)
            for person in rng.choice(40, size=12, replace=False):
                pre = float(rng.normal(55, 8))
                # PPPK take long courses: over all ASN the 20 JP share would differ from the PNS share
                jp = 24.0 if person >= 30 else float(rng.choice([8.0, 24.0]))
                post = pre + 5 + shift + float(rng.normal(0, 3))
                rows.append({"pegawai_id": f"P{person}", "tahun_kegiatan": year, "jp": jp, "nilai_pre": pre,
                             "nilai_post": post, "gain": post - pre, "kegiatan_id": f"K{year}-{activity}",
                             "biaya_per_peserta_rp": 1e6 * (1 + activity % 3), "metode": "pelatihan",
                             "dinas": "kesehatan"})
    part = pd.DataFrame(rows)
    anggaran = pd.DataFrame({"dinas": "kesehatan", "tahun": [2024, 2025], "pagu_rp": [1e9, 1e9],
                             "realisasi_rp": [8e8, 9e8]})
    skm = pd.DataFrame({**{element: pd.Series(dtype=float) for element in constants.IKM_ELEMENTS},
                        **{column: pd.Series(dtype=object) for column in ("periode", "dinas", "unit_kerja")}})
    empty = pd.DataFrame()
    return Data(pegawai=pegawai, kegiatan=empty, peserta=empty, skm=skm, anggaran=anggaran, kinerja_unit=empty,
                provenance=cast(DataProvenance, {}), partisipasi=part)


def _as_model_computes(data: Data, year: int) -> dict:
    """The year's key figures as the model stage computes them for an evaluated year (model.analyse_scope)."""
    in_year = data.partisipasi[data.partisipasi["tahun_kegiatan"] == year]
    per_asn = compliance.jp_per_pegawai(data.pegawai, data.partisipasi, year)
    gain = kirkpatrick.level2(in_year)["keseluruhan"]
    return {"jp_20": compliance.compliance(per_asn)["keseluruhan"], "gain": gain,
            "biaya_per_poin": budget.cost_per_point_all(in_year, gain),
            "cakupan_asn": compliance.coverage(per_asn)}


def test_an_earlier_year_is_computed_as_the_evaluated_year_would_be():
    data = _data()
    evaluated = {**key_figures.for_year(key_figures.year_data(data, 2025)), "ikm": None}
    earlier = trend.trend(data, [2024, 2025], 2025, cast(KeyFigures, evaluated))[0]
    model = _as_model_computes(data, 2024)
    assert earlier["tahun"] == 2024
    # 20 JP over the duty group: the 30 PNS, not the 40 ASN
    assert earlier["jp_20"] == model["jp_20"] and earlier["jp_20"]["n"] == 30
    # the gain's interval clustered by activity, as the evaluated year's
    for field in ("n", "estimasi", "ci_bawah", "ci_atas", "p"):
        assert earlier["gain"][field] == pytest.approx(model["gain"][field]), field
    assert earlier["gain"]["n_kegiatan"] == 8
    assert earlier["biaya_per_poin"]["estimasi"] == pytest.approx(model["biaya_per_poin"]["estimasi"])
    assert earlier["cakupan_asn"] == model["cakupan_asn"]
    assert earlier["persen_realisasi"] == pytest.approx(80.0)


def test_the_clustered_interval_is_wider_than_the_unclustered_one():
    """Guards the fixture: with an activity effect the old, unclustered interval would differ."""
    data = _data()
    gain = key_figures.for_year(key_figures.year_data(data, 2024))["gain"]
    assert gain["ci_atas"] - gain["ci_bawah"] > 2 * 1.96 * gain["se_tanpa_klaster"] * 1.2


@pytest.mark.parametrize("key", key_figures.KEYS, ids=str)
def test_every_key_figure_is_declared_once_with_its_direction(key):
    figure = key_figures.BY_KEY[key]
    assert trend.KEY_FIGURES[key] is figure.higher_better
    assert (figure.compute is None) == (key == "ikm")  # the IKM's yearly figure spans the year's surveys


def test_every_years_ikm_is_its_last_survey_period_as_the_key_figure():
    """One truth: the trend's IKM of a year is the IKM of its last period (as `ikm_per_periode` and the
    key figure give it), not the pool of the year's periods."""
    from evalasn.analysis import ikm

    data = _data()
    rng = np.random.default_rng(3)
    rows = []
    for periode, level in (("2025-S1", 2.4), ("2025-S2", 3.6)):  # two periods far apart
        for unit in range(4):
            for _ in range(15):
                rows.append({**{e: float(np.clip(rng.normal(level, 0.3), 1, 4)) for e in constants.IKM_ELEMENTS},
                             "periode": periode, "dinas": "kesehatan", "unit_kerja": f"Unit {unit}"})
    data = dataclasses.replace(data, skm=pd.DataFrame(rows))
    evaluated = {**key_figures.for_year(key_figures.year_data(data, 2025)), "ikm": None}
    this_year = trend.trend(data, [2024, 2025], 2025, cast(KeyFigures, evaluated))[-1]
    last_period = ikm.by_period(data.skm)[-1]
    assert this_year["ikm"] is not None and last_period["periode"] == "2025-S2"
    assert this_year["ikm"]["estimasi"] == pytest.approx(last_period["estimasi"])
    assert this_year["ikm"]["n"] == last_period["n"] == 60
