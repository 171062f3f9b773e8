"""A budget row for a year after today (next year's approved ceiling, realisasi 0) is kept for that year, named by
`periksa`, and never printed in a report of an earlier year (CHECK15 E15-12, set Z2: "2027 | Rp 200 juta | Rp 0 |
0,0%" in the 2026 report of Dinas Sosial, `periksa` silent)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from evalasn import clock
from evalasn.ingest.readers import FILE, ROW, SHEET
from evalasn.ingest.validate import Parsed, check_future_budget_year
from evalasn.paths import project


def test_periksa_warns_of_a_budget_year_not_begun_naming_file_row_column_value(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 7))
    frame = pd.DataFrame({"dinas": ["sosial", "sosial", "prkp"], "tahun": [2026, 2027, 2026],
                          "pagu_rp": [198e6, 200e6, 50e6], "realisasi_rp": [157e6, 0.0, 40e6]})
    parsed = Parsed("anggaran", frame.assign(**{FILE: "anggaran.csv", SHEET: None, ROW: range(2, 5)}), "anggaran.csv")
    check_future_budget_year(parsed)
    assert not parsed.violations  # a warning: the build goes on, the row is kept
    assert [(w.kind, w.source, w.row, w.column, w.value) for w in parsed.warnings] == [
        ("peringatan", "anggaran.csv", 3, "tahun", "2027")]
    said = parsed.warnings[0].expected
    assert "tahun anggaran yang belum dimulai (hari ini 2026-12-07)" in said and "laporan 2026" in said, said
    assert len(parsed.frame) == 3


def test_no_report_holds_a_budget_year_after_its_own(pipeline_root):
    """Old: hasil `realisasi_anggaran` gained {"tahun": 2027, …, "persen_realisasi": 0.0} and BAB II printed it."""
    from evalasn.analysis import model
    from evalasn.analysis.data import load

    data = load(project(pipeline_root))
    tahun = max(data.years)
    slug = str(data.anggaran["dinas"].iloc[0])
    later = pd.DataFrame({"dinas": [slug], "tahun": [tahun + 1], "pagu_rp": [2e8], "realisasi_rp": [0.0]})
    data = type(data)(**{**data.__dict__, "anggaran": pd.concat([data.anggaran, later], ignore_index=True)})
    params = model.ModelParams(tahun=tahun)
    res = model.analyse_scope(data, slug, params, model.province_fits(data, tahun))
    years = [row["tahun"] for row in res["pelaksanaan"]["realisasi_anggaran"]]
    assert years and max(years) == tahun, years
