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


def _with_latecomer(data: Data) -> Data:
    """``data`` plus a second dinas (20 PNS) whose training records start in 2025: no activity and no participation
    of its staff in 2024 (reader review 5b item 7: such a year read "coverage 0,0%")."""
    pegawai = pd.DataFrame({"pegawai_id": [f"D{i}" for i in range(20)], "dinas": "dispora", "unit_kerja": "Unit D",
                            "golongan": "III/a", "jenis_jabatan": "pelaksana", "status": "PNS"})
    joined = pd.DataFrame([{"pegawai_id": f"D{i}", "tahun_kegiatan": 2025, "jp": 24.0, "nilai_pre": 50.0,
                            "nilai_post": 55.0, "gain": 5.0, "kegiatan_id": "KD-1", "biaya_per_peserta_rp": 1e6,
                            "metode": "pelatihan", "dinas": "dispora"} for i in range(10)])
    return dataclasses.replace(data, pegawai=pd.concat([data.pegawai, pegawai], ignore_index=True),
                               partisipasi=pd.concat([data.partisipasi, joined], ignore_index=True))


def _only(data: Data, slug: str) -> Data:
    """One dinas's rows of the tables these figures read (Data.scope needs every table's columns)."""
    return dataclasses.replace(data, pegawai=data.pegawai[data.pegawai["dinas"] == slug],
                               partisipasi=data.partisipasi[data.partisipasi["dinas"] == slug],
                               anggaran=data.anggaran[data.anggaran["dinas"] == slug])


def test_a_year_without_an_agencys_training_rows_is_missing_not_zero():
    from evalasn.report.words import reasons

    data = _with_latecomer(_data())
    evaluated = {**key_figures.for_year(key_figures.year_data(data, 2025)), "ikm": None}
    province = trend.trend(data, [2024, 2025], 2025, cast(KeyFigures, evaluated))
    # the province's 2024 coverage and 20 JP count only the dinas with training rows that year, and say which not
    assert province[0]["dinas_tanpa_data_kegiatan"] == ["dispora"] and province[1]["dinas_tanpa_data_kegiatan"] == []
    assert province[0]["cakupan_asn"]["n"] == 40 and province[1]["cakupan_asn"]["n"] == 60
    assert province[0]["jp_20"]["n"] == 30
    # the agency's own 2024 figures are withheld with their reason, never 0,0%
    own = _only(data, "dispora")
    own_evaluated = {**key_figures.for_year(key_figures.year_data(own, 2025)), "ikm": None}
    earlier = trend.trend(own, [2024, 2025], 2025, cast(KeyFigures, own_evaluated))[0]
    for key in ("cakupan_asn", "jp_20"):
        assert earlier[key]["estimasi"] is None and not earlier[key]["cukup_data"], key
        assert reasons.reason(earlier[key], "id") == "tidak ada data kegiatan tahun itu"
    assert own_evaluated["cakupan_asn"]["estimasi"] == pytest.approx(0.5)  # 10 of 20 in 2025


def test_an_agency_with_training_rows_but_no_participant_keeps_its_zero():
    """An activity organised with nobody of the dinas attending is a real zero, not missing data."""
    data = _with_latecomer(_data())
    kegiatan = pd.DataFrame({"kegiatan_id": ["KD-0"], "dinas": ["dispora"], "tahun": [2024]})
    own = dataclasses.replace(_only(data, "dispora"), kegiatan=kegiatan)
    figures = key_figures.for_year(key_figures.year_data(own, 2024))
    assert figures["cakupan_asn"]["estimasi"] == 0.0 and figures["cakupan_asn"]["n"] == 20
