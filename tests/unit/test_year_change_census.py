"""LOOK28 Z-4: budget realisation had no year-on-year change (`tren[].selisih_tahun_lalu`), so Dispora's missed-target
finding ("Target terlewat: realisasi 74,7% terhadap target ≥ 95%.") never said it fell from 91,3% in 2024, and
Sosial's opening line said nothing clearly improved beside a rise from 79,2% to 93,4%. Realisation is a census of the
whole budget, not an estimate: its change is the exact difference, without an interval (`sensus`), judged by its
sign; the finding states it, rule (6) puts a fall first, the opening line names a rise, the workbook heads it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from typing import Any

import openpyxl
import pandas as pd
import pytest

from evalasn.analysis import year_change
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import fact_targets, glance, key_findings
from evalasn.report.config import Target
from evalasn.report.formats import workbook
from evalasn.report.words.text import t
from tests.unit.test_summary_glance import without_pppk_change
from tests.unit.test_workbook_year_change import header_row

TAHUN = 2025
KEY = "persen_realisasi"


def _analysed(now: float | None, before: float | None) -> Any:
    """Realisation's change as year_change.changes records it for two trend rows without any other figure."""
    none = {"cakupan_asn": None, "jp_20": None, "gain": None, "gain_model": None, "ikm": None, "biaya_per_poin": None}
    empty = pd.DataFrame({"periode": pd.Series(dtype=int), "_unit": pd.Series(dtype=object)})
    staff = pd.DataFrame({"pegawai_id": pd.Series(dtype=object), "jp": pd.Series(dtype=float)})
    return year_change.changes({**none, KEY: now}, {**none, KEY: before}, staff, staff, empty, empty).get(KEY)


@pytest.mark.parametrize(("now", "before", "estimate", "better"), [
    pytest.param(74.7, 91.3, -16.6, False, id="dispora-fall-worse"),
    pytest.param(93.4, 79.2, 14.2, True, id="sosial-rise-better"),
    pytest.param(80.0, 80.0, 0.0, None, id="no-change"),
    pytest.param(80.02, 80.0, 0.02, None, id="zero-at-the-printed-decimal-no-change"),
    pytest.param(80.06, 80.0, 0.06, True, id="printed-as-0-1-a-rise"),
    pytest.param(74.7, None, None, None, id="no-realisation-last-year"),
    pytest.param(None, 91.3, None, None, id="no-realisation-this-year"),
])
def test_the_analysis_gives_realisation_an_exact_change(now, before, estimate, better):
    found = _analysed(now, before)
    if estimate is None:
        assert found is None
        return
    assert found is not None
    assert found["estimasi"] == pytest.approx(estimate)
    assert {k: v for k, v in found.items() if k != "estimasi"} == {
        "ci_bawah": None, "ci_atas": None, "cukup_data": True, "membaik": better, "berpasangan": False,
        "sensus": True}


def _realisation(now: float, before: float, target: float = 95.0) -> facts.Fact:
    """A realisation below its ≥ ``target`` (missed), last year's beside it, and its exact change as hasil.json
    records it (the shape the test above pins)."""
    goal = Target(KEY, target, {}, True)
    moved = round(now - before, 1) != 0
    change = {"estimasi": now - before, "ci_bawah": None, "ci_atas": None, "cukup_data": True,
              "membaik": (now > before) if moved else None, "berpasangan": False, "sensus": True}
    return facts.Fact(KEY, TAHUN, now, last_year=before, target=goal, verdict=facts.judge(KEY, now, goal, "id"),
                      change=change)


def _share(key: str, value: float, target: float) -> facts.Fact:
    """A share missed by more than realisation, without a change from last year."""
    figure = {"n": 500, "estimasi": value, "ci_bawah": value - 0.03, "ci_atas": value + 0.03, "cukup_data": True}
    goal = Target(key, target, {}, True)
    return facts.Fact(key, TAHUN, figure, target=goal, verdict=facts.judge(key, figure, goal, "id"))


DISPORA = _realisation(74.7, 91.3)
SOSIAL = _realisation(93.4, 79.2)
SAME = _realisation(74.7, 74.7)


def _at(ctx: Any) -> Any:
    return dataclasses.replace(ctx, hasil={**ctx.hasil, "tahun": TAHUN})


@pytest.mark.parametrize(("lang", "record", "said"), [
    pytest.param("id", DISPORA, "Target terlewat: realisasi 74,7% terhadap target ≥ 95,0%. Turun dari 91,3% pada 2024: "
                 "memburuk (selisih −16,6 poin persen dari angka sebelum pembulatan,"
                 " pasti: sensus anggaran, tanpa rentang; "
                 "BAB VII, 7.1).",
                 id="id-dispora-fall"),
    pytest.param("en", DISPORA, "Target missed: budget realisation 74.7% against a target of ≥ 95.0%. Down from 91.3% "
                 "in 2024: worse (difference −16.6 percentage points from the unrounded figures,"
                 " exact: whole budget, no "
                 "interval; Chapter VII, 7.1).",
                 id="en-dispora-fall"),
    pytest.param("id", SOSIAL, "Target terlewat: realisasi 93,4% terhadap target ≥ 95,0%. Naik dari 79,2% pada 2024: "
                 "membaik (selisih +14,2 poin persen dari angka sebelum pembulatan,"
                 " pasti: sensus anggaran, tanpa rentang; "
                 "BAB VII, 7.1).",
                 id="id-sosial-rise"),
    pytest.param("en", SOSIAL, "Target missed: budget realisation 93.4% against a target of ≥ 95.0%. Up from 79.2% in "
                 "2024: improved (difference +14.2 percentage points from the unrounded figures,"
                 " exact: whole budget, no "
                 "interval; Chapter VII, 7.1).",
                 id="en-sosial-rise"),
    pytest.param("id", SAME, "Target terlewat: realisasi 74,7% terhadap target ≥ 95,0%. Pada 2024: 74,7%; tidak "
                 "berubah (sensus anggaran; BAB VII, 7.1).", id="id-unchanged"),
    pytest.param("en", SAME, "Target missed: budget realisation 74.7% against a target of ≥ 95.0%. In 2024: 74.7%; "
                 "unchanged (whole budget; Chapter VII, 7.1).", id="en-unchanged"),
])
def test_the_missed_realisation_states_last_year_and_its_exact_change(contexts, monkeypatch, lang, record, said):
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: (record,))
    found = key_findings.missed_targets(_at(contexts[("kesehatan", lang)]), [])
    assert [finding.text for finding in found] == [said]
    assert found[0].fall is (record is DISPORA)
    assert "None" not in said


@pytest.mark.parametrize(("records", "chosen"), [
    pytest.param((_share("jp_20", 0.30, 100.0), _share("cakupan_asn", 0.40, 100.0), DISPORA),
                 [KEY, "jp_20"], id="a-fall-comes-before-wider-misses"),
    pytest.param((_share("jp_20", 0.30, 100.0), _share("cakupan_asn", 0.40, 100.0), SOSIAL),
                 ["jp_20", "cakupan_asn"], id="a-rise-ranks-by-shortfall"),
])
def test_rule_six_puts_a_fall_in_realisation_first(contexts, monkeypatch, records, chosen):
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: records)
    assert [f.topic for f in key_findings.missed_targets(_at(contexts[("kesehatan", "id")]), [])] == chosen


@pytest.mark.parametrize(("lang", "record", "said"), [
    pytest.param("id", SOSIAL, "Sekilas, dari tabel angka kunci: membaik dari 2024: realisasi (selisihnya di BAB VII, "
                 "7.1).", id="id-rise-named"),
    pytest.param("en", SOSIAL, "At a glance, from the key-figure table: better than in 2024: budget realisation (the "
                 "changes in Chapter VII, 7.1).", id="en-rise-named"),
    # a fall named as worse, after what went well (LOOK31 C-1: the line read as the whole table)
    pytest.param("id", DISPORA, "Sekilas, dari tabel angka kunci: tidak ada angka yang mencapai targetnya atau "
                 "jelas membaik dari 2024. Memburuk dari 2024: realisasi (selisihnya di BAB VII, 7.1).",
                 id="id-fall-named-worse"),
])
def test_the_opening_line_names_a_rise_in_realisation(contexts, monkeypatch, lang, record, said):
    """From the analysis's own record (Sosial: 79,2 → 93,4, "nothing clearly improved" before)."""
    analysed = dataclasses.replace(record, change=_analysed(record.value, record.last_year))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (analysed,))
    ctx = _at(contexts[("kesehatan", lang)])
    assert glance.line(dataclasses.replace(ctx, hasil=without_pppk_change(ctx.hasil))) == said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_printed_rule_six_says_a_census_change_is_exact(lang):
    rule = t("kt_rules", lang, **key_findings.rule_values(lang))
    six = rule[rule.index("(6)"):rule.index("(7)")]
    said = {"id": ("realisasi anggaran adalah sensus seluruh anggaran, jadi selisihnya pasti, tanpa rentang",
                   "\"tidak berubah\""),
            "en": ("budget realisation is a census of the whole budget, so its difference is exact, without an "
                   "interval", "\"unchanged\"")}[lang]
    assert all(part in six for part in said), six
    assert said[1].strip('"') in t("kt_change_same", lang, nilai="x", tahun=2024, rujukan="r")


@pytest.mark.parametrize(("lang", "headers"), [
    pytest.param("id", ["Selisih dari tahun sebelumnya — Realisasi anggaran: Selisih pasti (poin persen)",
                        "Selisih dari tahun sebelumnya — Realisasi anggaran: Sensus (selisih pasti, tanpa rentang)",
                        "Selisih dari tahun sebelumnya — Realisasi anggaran: Membaik"], id="id"),
    pytest.param("en", ["Change from the year before — Budget realisation: Exact difference (percentage points)",
                        "Change from the year before — Budget realisation: Census (exact difference, no interval)",
                        "Change from the year before — Budget realisation: Improved"], id="en"),
])
def test_the_trend_sheet_heads_the_census_change_without_empty_interval_columns(pipeline_root, lang, headers):
    """The Tren sheet flattens the record: its own readable headers, no 'None', no column for the null interval."""
    hasil = json.loads(project(pipeline_root).hasil("kesehatan").read_text(encoding="utf-8"))
    last = next(year for year in hasil["tren"] if year["tahun"] == hasil["tahun"])
    assert last["selisih_tahun_lalu"][KEY] is not None, "the sample has realisation in both years"
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, dt.datetime(2026, 12, 7))), read_only=True)
    rows = list(book[{"id": "Tren", "en": "Trend"}[lang]].iter_rows(values_only=True))
    header = [str(cell) for cell in header_row(rows) if cell is not None]
    mine = [name for name in header if name.startswith(headers[0].split(":")[0])]
    assert set(headers) <= set(mine), mine
    assert not [name for name in mine if "95%" in name], mine  # no column of an interval it has not got
    assert not any(cell == "None" for row in rows for cell in row)
