"""LOOK18 T-7: the workbook's residues of the report's old words: a sheet holding one cell (the communication
section's period, "Komunikasi: Periode 2025-S2") and a sheet named for the design ("Event study")."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from evalasn.report.formats import workbook

BUILT = dt.datetime(2026, 1, 5)
EVENT = [{"e": e, "fase": fase, "n": 23, "estimasi": 0.9, "ci_bawah": -1.3, "ci_atas": 3.1, "cukup_data": True}
         for e, fase in ((-3, "pre"), (-1, "transisi"), (0, "pasca"))]


def _book(lang: str):
    from openpyxl import load_workbook

    hasil = {"versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan", "jenis": "dinas"},
             "tahun": 2025, "sintetis": True,
             "level4_hasil": {"did_ikm": {"desain": "studi_peristiwa", "studi_peristiwa": EVENT}},
             "komunikasi": {"periode": "2025-S2",
                            "unsur": [{"unsur": "u1", "n": 90, "rata_unsur": 3.1, "cukup_data": True},
                                      {"unsur": "u2", "n": 90, "rata_unsur": 3.2, "cukup_data": True}]}}
    return load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))


@pytest.mark.parametrize(("lang", "section", "sheet", "period"), [
    ("id", "Komunikasi", "Nilai unsur periode terbaru", "Periode"),
    ("en", "Communication", "Element scores, latest period", "Period")], ids=["id", "en"])
def test_the_communication_period_goes_with_its_table_not_on_a_sheet_of_its_own(lang, section, sheet, period):
    book = _book(lang)
    assert section not in book.sheetnames, book.sheetnames
    rows = list(book[sheet].iter_rows(values_only=True))
    # the period a last column: the first still names each row (its frozen column)
    assert rows[1][-1] == period and [row[-1] for row in rows[2:4]] == ["2025-S2", "2025-S2"], rows
    assert rows[1][0] != period and book[sheet].freeze_panes == "B3"


@pytest.mark.parametrize(("lang", "sheet"), [("id", "Selisih IKM per periode relatif"),
                                             ("en", "IKM difference, relative period")], ids=["id", "en"])
def test_the_event_study_sheet_is_named_in_the_readers_words(lang, sheet):
    names = _book(lang).sheetnames
    assert sheet in names and not {"Event study", "Studi peristiwa"} & set(names), names


@pytest.mark.parametrize("lang", ["id", "en"])
def test_last_years_plan_is_defined_without_its_value_repeated_or_a_path(lang):
    """LOOK18 T-7: '“Sumber” “rencana yang terbit bersama laporan tahun lalu”: rencana yang terbit bersama laporan
    tahun lalu (reports/<slug>/hasil-<tahun lalu>.json, …)': each value's words said twice, and a file path."""
    from evalasn.analysis.contract import walk
    from evalasn.analysis.contract.fields import FIELDS
    from evalasn.report.formats import workbook_names

    doc = walk.object_docs()["rencana_tahun_lalu"]
    said = workbook_names.definition_text(doc.id if lang == "id" else doc.en, lang, near="rencana_tahun_lalu")
    published = {"id": "rencana yang terbit bersama laporan tahun lalu",
                 "en": "the plan published with last year's report"}[lang]
    assert said.count(published) == 1 and "reports/" not in said and ".json" not in said, said
    berkas = FIELDS["berkas"].id if lang == "id" else FIELDS["berkas"].en
    assert "reports/" not in berkas and "<slug>" not in berkas
