"""The trend sheet's change from the year before (tren[].selisih_tahun_lalu, LOOK27 Y-2): each difference column
under its own header, in the workbook's language and in percentage points for a share; no level header reused, no
'…: True', no empty column of a null object."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter

import openpyxl
import pytest

from evalasn.paths import project
from evalasn.report.formats import workbook
from evalasn.report.formats.workbook import column_names

BUILT = dt.datetime(2026, 12, 7)
CHANGE = {"id": "Selisih dari tahun sebelumnya — Cakupan ASN: Estimasi (poin persen)",
          "en": "Change from the year before — Staff coverage: Estimate (percentage points)"}
PAIRED = {"id": "Selisih dari tahun sebelumnya — Cakupan ASN: Berpasangan (orang atau unit yang sama)",
          "en": "Change from the year before — Staff coverage: Paired (same staff or units)"}
LEVEL = {"id": "Cakupan ASN: Estimasi (%)", "en": "Staff coverage: Estimate (%)"}
OTHER_LANGUAGE = {"id": ("Change from", "Gain", "Improved"), "en": ("Selisih", "Membaik", "Biaya per poin")}


def _trend_header(pipeline_root, lang: str) -> list[str]:
    hasil = json.loads(project(pipeline_root).hasil("kesehatan").read_text(encoding="utf-8"))
    assert any(year.get("selisih_tahun_lalu") for year in hasil["tren"]), "the sample has a change from a year before"
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)), read_only=True)
    sheet = book[{"id": "Tren", "en": "Trend"}[lang]]
    rows = list(sheet.iter_rows(values_only=True))
    return [str(cell) for cell in header_row(rows) if cell is not None]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_change_column_has_a_header_of_its_own(pipeline_root, lang):
    header = _trend_header(pipeline_root, lang)
    assert CHANGE[lang] in header and PAIRED[lang] in header and LEVEL[lang] in header
    assert [name for name, count in Counter(header).items() if count > 1] == []
    assert not [name for name in header if name.endswith((": True", ": False", ": Gain", ": Biaya per poin"))]
    assert not [name for name in header if any(word in name for word in OTHER_LANGUAGE[lang])], header


@pytest.mark.parametrize(("records", "columns"), [
    pytest.param([{"tahun": 2023, "selisih_tahun_lalu": None},
                  {"tahun": 2024, "selisih_tahun_lalu.cakupan_asn.estimasi": 0.1}],
                 ["tahun", "selisih_tahun_lalu.cakupan_asn.estimasi"], id="null-first-year-beside-its-fields"),
    pytest.param([{"tahun": 2024, "selisih_tahun_lalu.gain": None}, {"tahun": 2025, "selisih_tahun_lalu.gain": None}],
                 ["tahun"], id="a-change-never-computed"),
    pytest.param([{"tahun": 2024, "persen_realisasi": None}], ["tahun", "persen_realisasi"],
                 id="a-null-value-keeps-its-column"),
])
def test_an_object_null_in_every_row_gives_no_empty_column(records, columns):
    assert column_names(records, "tren[]") == columns


def _evaluated_change(book_bytes: bytes, hasil: dict, lang: str, figure: str) -> tuple[object, object | None]:
    """The Tren sheet's verdict ('Membaik') and its reason for the change of the figure whose header names ``figure``,
    in the evaluated year's row (the reason None where the sheet has no reason column for it)."""
    book = openpyxl.load_workbook(io.BytesIO(book_bytes), read_only=True)
    rows = list(book[{"id": "Tren", "en": "Trend"}[lang]].iter_rows(values_only=True))
    header = [str(cell) for cell in header_row(rows)]
    evaluated = next(values for values in rows[2:] if str(hasil["tahun"]) in (str(values[0]), str(values[1])))
    prefix = {"id": "Selisih dari tahun sebelumnya — ", "en": "Change from the year before — "}[lang]
    columns = [i for i, h in enumerate(header) if h.startswith(prefix) and figure in h]
    verdict = next(i for i in columns if header[i].endswith({"id": ": Membaik", "en": ": Improved"}[lang]))
    reason = next((i for i in columns if header[i].endswith({"id": ": Alasan tanpa putusan membaik atau memburuk",
                                                            "en": ": Why neither better nor worse"}[lang])), None)
    return evaluated[verdict], evaluated[reason] if reason is not None else None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_in_a_year_not_over_the_trend_sheet_gives_the_trend_tables_verdict(pipeline_root, lang):
    """LOOK29 A-2: in a report dated inside its own year the trend table leaves a year's total's fall unjudged
    (report.facts.year_change), while the Tren sheet said 'Membaik: tidak' from hasil.json; the sheet now takes the
    report's record, with the reason in words."""
    from evalasn.report import facts

    hasil = json.loads(project(pipeline_root).hasil("kesehatan").read_text(encoding="utf-8"))
    row = next(year for year in hasil["tren"] if year["tahun"] == hasil["tahun"])
    row["selisih_tahun_lalu"]["jp_20"] = {"estimasi": -0.12, "ci_bawah": -0.18, "ci_atas": -0.06, "cukup_data": True,
                                          "membaik": False, "berpasangan": True, "n_pasangan": 300}
    opened = facts.year_open(hasil["tahun"], dt.date(hasil["tahun"], 7, 1))
    key_facts = facts.build(hasil, lang, opened=opened)
    verdict, reason = _evaluated_change(workbook.build(hasil, lang, BUILT, key_facts=key_facts), hasil, lang, "20 JP")
    assert verdict in (None, ""), verdict
    assert {"id": "belum berakhir", "en": "had not ended"}[lang] in str(reason)


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "Selisih dari tahun sebelumnya — Realisasi anggaran: Selisih pasti (poin persen)", id="id"),
    pytest.param("en", "Change from the year before — Budget realisation: Exact difference (percentage points)",
                 id="en"),
])
def test_a_census_change_is_headed_as_an_exact_difference_not_an_estimate(lang, said):
    """Budget realisation's change is exact (a census: analysis.year_change.census); its column said 'Estimasi'."""
    from evalasn.analysis import year_change
    from evalasn.report.formats import workbook_names

    assert set(workbook_names.CENSUS_CHANGES) == set(year_change.CENSUS_DECIMALS)
    assert workbook_names.year_change_name("selisih_tahun_lalu.persen_realisasi.estimasi", "tren[]", lang) == said
    other = workbook_names.year_change_name("selisih_tahun_lalu.jp_20.estimasi", "tren[]", lang)
    assert other is not None and other.endswith({"id": ": Estimasi (poin persen)",
                                                 "en": ": Estimate (percentage points)"}[lang])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_in_a_year_not_over_the_trend_sheet_leaves_the_pppk_shares_fall_unjudged(pipeline_root, lang):
    """The share of PPPK above the cap grows until the year ends, so the report withholds its fall (an improvement)
    in a year not over (report.facts.year_change); the Tren sheet, which has no Tabel 1 fact for it, takes the same
    verdict from the report's date, not hasil.json's 'Membaik: ya'."""
    from evalasn.report import facts

    hasil = json.loads(project(pipeline_root).hasil("kesehatan").read_text(encoding="utf-8"))
    row = next(year for year in hasil["tren"] if year["tahun"] == hasil["tahun"])
    row["selisih_tahun_lalu"][facts.PPPK_OVER_CAP] = {"estimasi": -0.2, "ci_bawah": -0.3, "ci_atas": -0.1,
                                                      "cukup_data": True, "membaik": True, "berpasangan": True,
                                                      "n_pasangan": 74}
    opened = facts.year_open(hasil["tahun"], dt.date(hasil["tahun"], 7, 1))

    def verdicts(when):
        return _evaluated_change(workbook.build(hasil, lang, BUILT, opened=when), hasil, lang, "PPPK")[0]

    assert verdicts(None) not in (None, "")  # after the year: the analysis's verdict
    assert verdicts(opened) in (None, "")  # mid-year: not judged, as the trend table's cell


def header_row(rows: list[tuple]) -> tuple:
    """A table's header row under its name: the second row, or the third below a title row that names the columns
    sharing a long name (workbook_names.header_groups; its first cell empty, as a header's never is)."""
    return rows[2] if rows[1][0] is None else rows[1]
