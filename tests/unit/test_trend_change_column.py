"""LOOK28 Z-1: the summary's "membaik"/"memburuk" (its opening line and the missed-target findings) rest on the 95%
interval of each key figure's difference from last year (hasil.json `tren[].selisih_tahun_lalu`), but no chapter
printed those differences: 24 of 52 verdicts had no printed difference anywhere, and Pendidikan's "memburuk (selisih
+Rp 45.558 …)" stood in the summary alone. The trend table (BAB VII, 7.1) now gives each figure's change from the year
before with its interval and verdict in a last column, and the summary points to it."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

import lxml.html
import pytest

from evalasn.analysis.contract import comparison as comparison_contract
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, glance, key_findings, pppk_cap, year_difference
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.context import Context
from evalasn.report.words.text import label, t
from tests.unit.test_summary_glance import without_pppk_change


def _record(estimate: float, low: float | None, high: float | None, better: bool | None, **more: Any) -> dict:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "membaik": better,
            "berpasangan": False, **more}


@pytest.mark.parametrize(("key", "record", "said", "note"), [
    pytest.param("jp_20", _record(0.313, 0.226, 0.400, True), {
        "id": "+31,3 poin persen (22,6–40,0): membaik", "en": "+31.3 percentage points (22.6–40.0): improved"},
        None, id="better-share-in-percentage-points"),
    pytest.param("biaya_per_poin", _record(45558.2, 2527.1, 86594.0, False), {
        "id": "+Rp 45.558 (2.527–86.594): memburuk", "en": "+Rp 45,558 (2,527–86,594): worse"},
        None, id="worse-pendidikan-cost-per-point-currency-once"),
    pytest.param("biaya_per_poin", _record(-20956.37, -213619.1, 105034.97, None), {
        "id": "−Rp 20.956 (−213.619 s.d. 105.035): belum pasti", "en": "−Rp 20,956 (−213,619 to 105,035): uncertain"},
        None, id="uncertain-interval-holds-zero"),
    pytest.param("ikm", _record(5.40, 1.69, 9.11, True), {
        "id": "+5,40 poin (1,69–9,11): membaik", "en": "+5.40 points (1.69–9.11): improved"},
        None, id="better-ikm-kominfotik"),
    pytest.param("gain", _record(1.5177, 0.626, 2.409, None, alasan_membaik=comparison_contract.SHRUNK_GAIN), {
        "id": "+1,5 poin (0,6–2,4): tidak dinilai membaikᵃ",
        "en": "+1.5 points (0.6–2.4): not judged an improvementᵃ"},
        {"id": "ᵃ rentang selisihnya tidak memuat nol, tetapi putusannya ditahan: rata-rata kenaikan peserta tidak "
               "jelas berubah ke arah yang sama (aturan (6) BAB IX).",
         "en": "ᵃ the difference's interval excludes zero, but its verdict is withheld: the participants' mean gain "
               "did not clearly change the same way (rule (6) of Chapter IX)."},
        id="withheld-adjusted-gain-with-its-reason"),
    # LOOK36 J-3: "belum pasti" is rule (6)'s word for an interval that holds zero; a fall clear of zero, withheld
    pytest.param("gain", _record(-1.5177, -2.409, -0.626, None, alasan_membaik=comparison_contract.SHRUNK_GAIN), {
        "id": "−1,5 poin (−2,4 s.d. −0,6): tidak dinilai memburukᵃ",
        "en": "−1.5 points (−2.4 to −0.6): not judged a worseningᵃ"},
        {"id": "ᵃ rentang selisihnya tidak memuat nol, tetapi putusannya ditahan: rata-rata kenaikan peserta tidak "
               "jelas berubah ke arah yang sama (aturan (6) BAB IX).",
         "en": "ᵃ the difference's interval excludes zero, but its verdict is withheld: the participants' mean gain "
               "did not clearly change the same way (rule (6) of Chapter IX)."},
        id="withheld-adjusted-gain-fall"),
    pytest.param("gain", _record(1.5177, 0.626, 2.409, None,
                                 alasan_membaik=comparison_contract.SHRUNK_GAIN_UNCOMPARED), {
        "id": "+1,5 poin (0,6–2,4): tidak dinilai membaikᵃ",
        "en": "+1.5 points (0.6–2.4): not judged an improvementᵃ"},
        {"id": "ᵃ rentang selisihnya tidak memuat nol, tetapi putusannya ditahan: rata-rata kenaikan peserta salah "
               "satu tahun belum dapat dihitung, jadi perubahannya tidak dapat dibandingkan (aturan (6) BAB IX).",
         "en": "ᵃ the difference's interval excludes zero, but its verdict is withheld: either year's participants' "
               "mean gain could not be computed, so its change cannot be compared (rule (6) of Chapter IX)."},
        id="withheld-adjusted-gain-uncompared"),
    # a census in the words of its level in Tabel 1 ('88,6 (sensus anggaran, tanpa rentang)')
    pytest.param("persen_realisasi", _record(-16.6, None, None, False, sensus=True), {
        "id": "−16,6 poin persen (sensus anggaran, tanpa rentang): memburuk",
        "en": "−16.6 percentage points (whole budget, no interval): worse"}, None,
        id="census-budget-realisation-exact-dispora"),
    pytest.param("persen_realisasi", _record(-0.02, None, None, None, sensus=True), {
        "id": "0,0 poin persen (sensus anggaran, tanpa rentang): tidak berubah",
        "en": "0.0 percentage points (whole budget, no interval): unchanged"}, None,
        id="census-prints-as-zero-unchanged"),
    pytest.param("ikm", _record(3.45, None, None, True), {"id": "–", "en": "–"}, None,
                 id="no-interval-and-no-census-no-cell"),
    pytest.param("ikm", None, {"id": "–", "en": "–"}, None, id="no-record"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_change_cell_gives_the_difference_its_interval_and_verdict(key, record, said, note, lang):
    marks = NoteMarks()
    assert year_difference.cell(key, record, lang, marks) == said[lang]
    assert marks.note() == (note[lang] if note else "")


def _table(fragment: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """The header, the body rows by their label, and the notes of a table, as text (no-break marks dropped)."""
    def plain(text: str) -> str:
        return text.replace("\u00a0", " ").replace("\u2060", "")

    page = lxml.html.fromstring(fragment)
    header = [plain(th.text_content()) for th in page.xpath("//thead//th")]
    rows = {plain(tr[0].text_content()): [plain(td.text_content()) for td in tr.xpath("./td")]
            for tr in page.xpath("//tbody/tr")}
    return header, rows, [plain(p.text_content()) for p in page.xpath("//p[contains(@class, 'table-note')]")]


def _with_changes(ctx: Context, changes: dict | None) -> Context:
    hasil: Any = copy.deepcopy(ctx.hasil)
    row = next(year for year in hasil["tren"] if year["tahun"] == hasil["tahun"])
    if changes is None:
        row.pop("selisih_tahun_lalu", None)
    else:
        row["selisih_tahun_lalu"] = changes
    return Context(hasil, ctx.lang, ctx.activities, config=ctx.config)


HEADER = {"id": "Selisih dari {tahun}", "en": "Change from {tahun}"}


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_table_ends_with_each_figures_change_from_last_year(contexts, slug, lang):
    """Every row its own record's cell (the adjusted gain the `gain_model` record, the participants' mean the `gain`
    one), a row without a record '–', and the column's rule under the table."""
    ctx = contexts[(slug, lang)]
    tahun = ctx.hasil["tahun"]
    changes = {"jp_20": _record(0.313, 0.226, 0.400, True), "ikm": _record(-1.2, -3.0, 0.6, None),
               "gain": _record(2.6, 0.2, 4.9, True), "gain_model": _record(1.5, 0.6, 2.4, False)}
    header, rows, notes = _table(comparison.trend_table(_with_changes(ctx, changes)))
    years = [str(year["tahun"]) for year in ctx.hasil["tren"]]
    assert header[1:] == years + [HEADER[lang].format(tahun=tahun - 1)]
    marks = NoteMarks()

    def dashed(text: str) -> str:  # the table writes every range alike (html.one_range_style)
        return text.replace(f" {label('ik_to', lang)} ", "–")

    for key in facts.KEYS:
        expected = year_difference.cell(key, changes.get(key), lang, marks)
        assert dashed(rows[comparison.trend_label(key, lang)][-1]) == dashed(expected), key
        assert len(rows[comparison.trend_label(key, lang)]) == len(header)
    adjusted = facts.label("gain_adjusted", lang)
    if comparison.gain_adjusted(ctx):
        assert dashed(rows[adjusted][-1]) == dashed(year_difference.cell("gain", changes["gain_model"], lang, marks))
    assert rows[comparison.trend_label("cakupan_asn", lang)][-1] == "–"
    assert any(t("pos_trend_change_note", lang, tahun=tahun, tahun_lalu=tahun - 1) in note for note in notes), notes


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("changes", [None, {}, {"ikm": _record(3.4, None, None, True)}],
                         ids=["no-record", "empty-record", "no-interval-only"])
def test_no_change_column_where_there_is_no_change_to_print(contexts, slug, lang, changes):
    ctx = contexts[(slug, lang)]
    header, rows, notes = _table(comparison.trend_table(_with_changes(ctx, changes)))
    assert header[1:] == [str(year["tahun"]) for year in ctx.hasil["tren"]]
    assert all(len(row) == len(header) for row in rows.values())
    assert not any(HEADER[lang].split(" {")[0] in note for note in notes)


# --- the summary points to the column ---------------------------------------------------------------------------
TAHUN = 2025


def _estimate(value: float, low: float, high: float) -> dict:
    return {"estimasi": value, "ci_bawah": low, "ci_atas": high, "n": 100, "cukup_data": True}


JP_BETTER = facts.Fact("jp_20", TAHUN, _estimate(0.75, 0.618, 0.848), last_year=_estimate(0.423, 0.299, 0.558),
                       change=_record(0.327, 0.17, 0.48, True))
IKM_SAME = facts.Fact("ikm", TAHUN, _estimate(80.7, 78.1, 83.3), last_year=_estimate(80.0, 77.0, 83.0),
                      change=_record(0.7, -2.0, 3.4, None))
IKM_UNCHANGED_WITHOUT_RECORD = dataclasses.replace(IKM_SAME, change=None)


@pytest.mark.parametrize(("records", "said"), [
    pytest.param((JP_BETTER,), {"id": "Sekilas, dari tabel angka kunci: membaik dari 2024: 20 JP (selisihnya di BAB "
                                      "VII, 7.1).",
                                "en": "At a glance, from the key-figure table: better than in 2024: 20 JP (the "
                                      "changes in Chapter VII, 7.1)."}, id="better-points-once"),
    pytest.param((IKM_SAME,), {"id": "Sekilas, dari tabel angka kunci: tidak ada angka yang mencapai targetnya atau "
                                     "jelas membaik dari 2024 (selisihnya di BAB VII, 7.1).",
                               "en": "At a glance, from the key-figure table: no figure meets its target or is "
                                     "clearly better than in 2024 (the changes in Chapter VII, 7.1)."},
                 id="none-better-points-to-the-changes"),
    pytest.param((IKM_UNCHANGED_WITHOUT_RECORD,), {
        "id": "Sekilas, dari tabel angka kunci: tidak ada angka yang mencapai targetnya atau jelas membaik dari 2024.",
        "en": "At a glance, from the key-figure table: no figure meets its target or is clearly better than in "
              "2024."}, id="no-change-no-pointer"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_opening_line_points_to_the_change_column(contexts, monkeypatch, records, said, lang):
    ctx = contexts[("kesehatan", lang)]
    ctx = dataclasses.replace(ctx, hasil=without_pppk_change({**ctx.hasil, "tahun": TAHUN}))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: records)
    assert glance.line(ctx) == said[lang]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fact", [JP_BETTER, IKM_SAME], ids=["verdict", "uncertain"])
def test_a_missed_targets_verdict_points_to_the_change_column(contexts, lang, fact):
    ctx = dataclasses.replace(contexts[("kesehatan", lang)], hasil={**contexts[("kesehatan", lang)].hasil,
                                                                   "tahun": TAHUN})
    clause = key_findings.year_on_year(ctx, fact)
    assert clause.endswith(f"({t('kt_change_where', lang)}).") or f"; {t('kt_change_where', lang)})." in clause, \
        clause


def _hasil_with(hasil: Any, records: dict) -> Any:
    """``hasil`` whose evaluated year's change records are ``records``."""
    changed = copy.deepcopy(hasil)
    row = next(y for y in changed["tren"] if y["tahun"] == changed["tahun"])
    row["selisih_tahun_lalu"] = records
    return changed


OPENED = {"jp_20": _record(-0.12, -0.18, -0.06, False), "cakupan_asn": _record(0.10, 0.04, 0.16, True),
          "persen_realisasi": _record(-30.2, None, None, False, sensus=True),
          "biaya_per_poin": _record(45558.2, 2527.1, 86594.0, False)}
# the share of PPPK above the cap also grows until the year ends, lower being better: its fall is the improvement
# a mid-year report cannot judge yet, its rise a worsening that stands
OPENED_PPPK = {"fell": _record(-0.20, -0.30, -0.10, True), "rose": _record(0.20, 0.10, 0.30, False)}


@pytest.mark.parametrize(("key", "verdict"), [
    pytest.param("jp_20", None, id="a-total-lower-than-last-whole-year-not-judged"),
    pytest.param("persen_realisasi", None, id="a-census-total-lower-not-judged"),
    pytest.param("cakupan_asn", True, id="a-total-already-above-last-whole-year-stands"),
    pytest.param("biaya_per_poin", False, id="not-a-year-total-keeps-its-verdict"),
])
def test_in_a_year_not_over_a_totals_fall_is_not_judged_yet(contexts, key, verdict):
    """A report dated inside its own year (facts.year_open): coverage, 20 JP and realisation still grow until the
    year ends, so a fall below last year's whole year is not 'memburuk' yet, as their targets are not judged; a rise
    above it stands; a figure that is not a year's total keeps the analysis's verdict."""
    hasil = _hasil_with(contexts[("kesehatan", "id")].hasil, OPENED)
    opened = facts.year_open(hasil["tahun"], dt.date(hasil["tahun"], 7, 1))
    found = facts.year_change(hasil, key, opened=opened)
    assert found is not None and found["membaik"] is verdict
    assert (found.get("alasan_membaik") == facts.OPEN_YEAR) is (verdict is None)
    assert facts.year_change(hasil, key) == OPENED[key]  # after the year: the analysis's verdict


@pytest.mark.parametrize(("lang", "cell", "said", "exception"), [
    pytest.param("id", "−12,0 poin persen (−18,0 s.d. −6,0): belum dapat dinilaiᵃ",
                 "ᵃ tahun ini belum berakhir pada tanggal laporan, jadi angka tahunannya masih bertambah sampai akhir "
                 "tahun: penurunannya belum dapat dinilai",
                 "bila tahun itu belum berakhir pada tanggal laporan, cakupan, 20 JP, realisasi anggaran dan porsi "
                 "PPPK di atas batas masih bertambah sampai akhir tahun, jadi penurunannya belum dapat dinilai",
                 id="id"),
    pytest.param("en", "−12.0 percentage points (−18.0 to −6.0): cannot be judged yetᵃ",
                 "ᵃ the year had not ended by the report's date, so this figure is still growing: a fall cannot "
                 "be judged yet",
                 "if the year had not ended by the report's date, coverage, 20 JP, budget realisation and the share "
                 "of PPPK above the cap are still growing, so a fall cannot be judged yet", id="en"),
])
def test_the_trend_table_of_a_year_not_over_leaves_a_totals_fall_unjudged(contexts, lang, cell, said, exception):
    """LOOK30 B-5: in a report dated inside its own year the open-year cell said 'belum pasti'/'uncertain', the word
    the note keeps for an interval holding zero, beside a census's 'selisihnya pasti … menurut tandanya'; it now says
    'belum dapat dinilai'/'cannot be judged yet' as Tabel 1's status does, its mark and note unchanged, and the
    table's note names the exception."""
    ctx = contexts[("kesehatan", lang)]
    hasil = _hasil_with(ctx.hasil, OPENED)
    ctx = dataclasses.replace(ctx, hasil=hasil, built=dt.datetime(hasil["tahun"], 7, 1), config=None, memo={})
    _, rows, notes = _table(comparison.trend_table(ctx))
    row = rows[comparison.trend_label("jp_20", lang)]
    assert row[-1] == cell, row
    assert any(said in note for note in notes), notes
    assert any(exception in note for note in notes), notes
    realisation = rows[comparison.trend_label("persen_realisasi", lang)][-1]
    unjudged = {"id": "belum dapat dinilaiᵃ", "en": "cannot be judged yetᵃ"}[lang]
    assert realisation.endswith(unjudged), realisation
    assert t("pos_change_unsure", lang) not in realisation, realisation


@pytest.mark.parametrize(("way", "verdict"), [
    pytest.param("fell", None, id="pppk-share-fall-mid-year-not-judged"),
    pytest.param("rose", False, id="pppk-share-rise-mid-year-stands"),
])
def test_in_a_year_not_over_the_pppk_shares_fall_is_not_judged_yet(contexts, way, verdict):
    """More PPPK cross the 24-JP cap as the year goes on, so mid-year a share below last year's whole year is not yet
    'membaik' (a mid-year report would have praised a partial count); a share already above it is 'memburuk'. The
    finding says so as the trend table's cell does."""
    key = facts.PPPK_OVER_CAP
    hasil = _hasil_with(contexts[("kesehatan", "id")].hasil, {key: OPENED_PPPK[way]})
    opened = facts.year_open(hasil["tahun"], dt.date(hasil["tahun"], 7, 1))
    found = facts.year_change(hasil, key, opened=opened)
    assert found is not None and found["membaik"] is verdict
    assert (found.get("alasan_membaik") == facts.OPEN_YEAR) is (verdict is None)
    assert facts.year_change(hasil, key) == OPENED_PPPK[way]  # after the year: the analysis's verdict
    over = pppk_cap.over_cap(hasil)
    if over is None:
        pytest.skip("the sample's kesehatan has no PPPK above the cap")
    said = key_findings.pppk_year_on_year(hasil, over, "id", opened)
    assert ("belum dapat dinilai" in said and "penurunannya belum dapat dinilai" in said) is (verdict is None), said
    assert ("memburuk" in said) is (verdict is False), said
    assert "membaik" not in said, said
