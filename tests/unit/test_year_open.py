"""A report of a year not over on its date (config/laporan.yml tanggal, else the build's) says the data's cut-off
and does not judge the year's totals — coverage, 20 JP, budget realisation, PPPK hours — as met or missed (CHECK15
E15-6, set H stage 3: the 2026 reports dated 7 December 2026 said "Target terlewat: 20 JP 44,1%", "79,5%; target
95%, belum tercapai" and "0 tercapai dan 6 belum tercapai" of last year's plan, without a word that 2026 was not
over). A mean of finished activities (the gain, the cost per point) and the IKM are judged as before."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import front, plan_indicators
from evalasn.report.config import Target
from evalasn.report.words import fmt
from evalasn.report.words.text import t

DEC_7 = dt.date(2026, 12, 7)
JP = {"estimasi": 0.441, "ci_bawah": 0.289, "ci_atas": 0.605, "n": 34, "cukup_data": True}
GAIN = {"estimasi": 4.3, "ci_bawah": 0.4, "ci_atas": 8.2, "n": 56, "cukup_data": True}


@pytest.mark.parametrize("tahun, dated, expected", [
    (2026, DEC_7, DEC_7),
    (2026, dt.date(2026, 12, 31), dt.date(2026, 12, 31)),
    (2026, dt.date(2027, 1, 1), None),
    (2025, DEC_7, None),
    (2026, None, None),
], ids=["december-7", "new-years-eve", "new-year", "last-year", "no-date"])
def test_a_year_is_open_until_its_last_day(tahun, dated, expected):
    assert facts.year_open(tahun, dated) == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_total_of_an_open_year_is_not_judged_a_mean_is(lang):
    """Old: 'belum tercapai' for 20 JP 44,1% (28,9–60,5) against 100% on 7 December."""
    hundred = Target("jp_20", 100.0, {}, True)
    assert facts.judge("jp_20", JP, hundred, lang).status == "not_met"  # the year over: as before
    open_verdict = facts.judge("jp_20", JP, hundred, lang, DEC_7)
    assert open_verdict.status == "cannot"
    said = open_verdict.text(lang)
    assert t("status_year_open", lang, tanggal="7 " + ("Desember" if lang == "id" else "December") + " 2026") in said
    # a table cell says one word, its note why (LOOK15 Q-3: six lines of a status cell)
    assert open_verdict.cell(lang) == t("status_provisional", lang) and open_verdict.provisional
    note = facts.open_note([None, open_verdict], DEC_7, lang)
    assert note == t("kt_tab_note_open", lang, tahun=2026, tanggal=fmt.date(DEC_7, lang)), note
    assert facts.open_note([facts.judge("jp_20", JP, hundred, lang)], DEC_7, lang) == ""
    for key in ("cakupan_asn", "persen_realisasi"):
        assert facts.judge(key, 79.5 if key == "persen_realisasi" else JP, Target(key, 95.0, {}, True), lang,
                           DEC_7).status == "cannot", key
    three = Target("gain", 3.0, {}, True)  # a gain of finished activities is what it is on the day
    assert facts.judge("gain", GAIN, three, lang, DEC_7) == facts.judge("gain", GAIN, three, lang)
    missing = facts.judge("jp_20", None, hundred, lang, DEC_7)  # nothing to show: the reason it is missing, as before
    assert missing == facts.judge("jp_20", None, hundred, lang)


@pytest.mark.parametrize("rule, total", [
    ("rec_jp", True), ("rec_coverage", True), ("rec_budget_reach", True), ("rec_realisation", True),
    ("rec_pppk", True), ("rec_data", False), ("rec_gain_low", False), ("rec_weak", False),
], ids=lambda v: str(v))
def test_which_plan_rows_measure_a_total_of_the_year(rule, total):
    assert plan_indicators.year_total(rule) is total


def _ctx(lang: str, dated: dt.date, periode: str | None) -> Any:
    return SimpleNamespace(hasil={"tahun": 2026, "level4_hasil": {"periode_terbaru": periode}}, dated=dated,
                           lang=lang, t=lambda key, **values: t(key, lang, **values))


@pytest.mark.parametrize("lang, expected, survey", [
    ("id", "Data sampai 7 Desember 2026; tahun 2026 belum berakhir: cakupan ASN, pemenuhan 20 JP dan realisasi "
           "anggaran 2026 masih sementara", "; periode SKM 2026-S2 belum selesai"),
    ("en", "Data up to 7 December 2026; 2026 is not over: the 2026 staff coverage, 20 JP compliance and budget "
           "realisation are provisional", "; the SKM period 2026-S2 is not over"),
], ids=["id", "en"])
def test_the_summary_says_the_cut_off_of_an_open_year(lang, expected, survey):
    note = front.year_open_note(_ctx(lang, DEC_7, "2026-S2"))
    assert expected in note and survey in note, note
    assert survey not in front.year_open_note(_ctx(lang, DEC_7, "2026-S1"))  # a finished half-year: no word
    assert front.year_open_note(_ctx(lang, dt.date(2027, 2, 13), "2026-S2")) == ""  # signed after the year


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_money_line_of_an_open_year(pipeline_root, lang):
    """The real summary of the sample's last year, built on 7 December of that year and again after it."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    closed = sections.load_context("kesehatan", lang, project(pipeline_root))
    tahun = closed.hasil["tahun"]
    if closed.config is not None:  # the build date decides, as with an empty tanggal
        import dataclasses
        closed = dataclasses.replace(closed, config=dataclasses.replace(closed.config, tanggal=None))
    import dataclasses
    opened = dataclasses.replace(closed, built=dt.datetime(tahun, 12, 7, 10, 0))
    on = ("7 Desember " if lang == "id" else "7 December ") + str(tahun)
    assert on not in front.cost_lead(closed)
    assert t("status_year_open", lang, tanggal=on) in front.cost_lead(opened), front.cost_lead(opened)
    summary = sections.summary(opened)
    assert front.year_open_note(opened) in summary and front.year_open_note(closed) == ""
