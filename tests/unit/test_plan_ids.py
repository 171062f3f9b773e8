"""make periksa: a returned follow-up plan row whose id is not in the plan its year's report issued, or whose dinas or
year the data do not hold, is a problem naming file, sheet, row, column, value and what was expected (issue 24)."""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import Workbook

from evalasn.ingest import plan_ids
from evalasn.ingest.readers import FILE, ROW, SHEET
from evalasn.ingest.validate import Parsed
from evalasn.paths import project

ISSUED = ("kesehatan-2024-JP20", "kesehatan-2024-DATA", "kesehatan-2024-U7")


def _issued_workbook(root, slug: str, tahun: int, ids: tuple[str, ...], lang: str = "id") -> None:
    """The report workbook of ``slug`` and ``tahun`` with its plan sheet, as the report stage writes it."""
    path = project(root).report_xlsx(slug, lang, tahun)
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.active.title = "Tentang" if lang == "id" else "About"
    sheet = book.create_sheet("Rencana Tindak Lanjut" if lang == "id" else "Follow-up plan")
    sheet.append(["ID baris (tetap)", "Kode", "Kegiatan tindak lanjut", "Target (angka)"])
    for row_id in ids:
        sheet.append([row_id, row_id.rsplit("-", 1)[-1], "aksi", 100.0])
    book.save(path)


def _parsed(ids: list[str]) -> dict[str, Parsed]:
    """A returned sheet's rows (spreadsheet rows 2, 3, ...) beside staff of two dinas and activities of 2023-2024."""
    returned = pd.DataFrame({FILE: "rtl.xlsx", SHEET: "Rencana Tindak Lanjut", ROW: range(2, len(ids) + 2), "id": ids})
    staff = pd.DataFrame({"dinas": ["kesehatan", "sosial"]})
    activities = pd.DataFrame({"tanggal_selesai": pd.to_datetime(["2023-05-01", "2024-06-30"])})
    return {"tindak_lanjut": Parsed("tindak_lanjut", returned, "rtl.xlsx"),
            "pegawai": Parsed("pegawai", staff, "pegawai.csv"), "kegiatan": Parsed("kegiatan", activities, "k.csv")}


@pytest.mark.parametrize(("row_id", "expected"), [
    ("kesehatan-2024-JP21", "ID baris rencana tindak lanjut kesehatan 2024 seperti dicetak laporan 2024 "
                            "(reports/kesehatan/laporan-kesehatan-2024.xlsx, sheet Rencana Tindak Lanjut): "
                            "kesehatan-2024-DATA, kesehatan-2024-JP20, kesehatan-2024-U7"),
    ("perhubungan-2024-JP20", "dinas yang ada dalam data (dinas dalam data: kesehatan, sosial)"),
    ("kesehatan-2022-JP20", "tahun yang ada dalam data (2023, 2024)"),
], ids=["id-not-in-the-issued-plan", "dinas-without-data", "year-not-in-the-data"])
def test_a_row_that_does_not_exist_is_named_with_its_place(tmp_path, row_id, expected):
    _issued_workbook(tmp_path, "kesehatan", 2024, ISSUED)
    found = plan_ids.check(_parsed(["kesehatan-2024-JP20", row_id]), project(tmp_path))
    assert [(v.source, v.row, v.column, v.value) for v in found] == [
        ("rtl.xlsx, sheet Rencana Tindak Lanjut", 3, "id", row_id)]
    assert expected in found[0].expected


def test_rows_of_the_issued_plan_pass_in_either_language(tmp_path):
    _issued_workbook(tmp_path, "kesehatan", 2024, ISSUED, lang="en")
    assert plan_ids.check(_parsed(list(ISSUED)), project(tmp_path)) == []


def test_without_the_issued_workbook_only_the_dinas_and_year_are_checked(tmp_path):
    """The year was built elsewhere: the report of the year after checks the id against the regenerated plan."""
    found = plan_ids.check(_parsed(["kesehatan-2024-JP21", "sosial-2021-JP20"]), project(tmp_path))
    assert [(v.row, v.value) for v in found] == [(3, "sosial-2021-JP20")]


def test_an_id_whose_code_is_not_its_rows_code_is_caught_without_the_issued_workbook(tmp_path):
    """The returned sheet carries each row's Kode beside its id: a mistyped id is named even after the year's
    report was removed (the data changed)."""
    parsed = _parsed(["kesehatan-2024-JP21", "kesehatan-2024-DATA"])
    parsed["tindak_lanjut"].frame["kode"] = ["JP20", "DATA"]
    found = plan_ids.check(parsed, project(tmp_path))
    assert [(v.row, v.column, v.value) for v in found] == [(2, "id", "kesehatan-2024-JP21")]
    assert "kolom Kode baris itu ('JP20'): 'kesehatan-2024-JP20'" in found[0].expected


def test_without_the_issued_workbook_periksa_checks_the_plan_regenerated_from_the_data(tmp_path):
    """After make clean: the ids are checked against that year's plan made again from the data (make periksa's
    ``regenerate``), once per dinas and year, with the same place and the ids there are; a dinas or year the data
    do not hold is said as before, without regenerating anything."""
    asked: list[tuple[str, int]] = []

    def regenerate(parsed, slug, tahun):
        asked.append((slug, tahun))
        return frozenset(ISSUED) if slug == "kesehatan" else None

    found = plan_ids.check(_parsed(["kesehatan-2024-JP20", "kesehatan-2024-JP21", "kesehatan-2024-U7",
                                    "sosial-2024-JP20", "sosial-2021-JP20"]), project(tmp_path), regenerate)
    assert [(v.source, v.row, v.column, v.value) for v in found] == [
        ("rtl.xlsx, sheet Rencana Tindak Lanjut", 3, "id", "kesehatan-2024-JP21"),
        ("rtl.xlsx, sheet Rencana Tindak Lanjut", 6, "id", "sosial-2021-JP20")]
    assert ("ID baris rencana tindak lanjut kesehatan 2024 seperti rencana 2024 yang dibuat ulang dari data 2024"
            in found[0].expected and "kesehatan-2024-DATA, kesehatan-2024-JP20, kesehatan-2024-U7" in found[0].expected)
    assert asked == [("kesehatan", 2024), ("sosial", 2024)]  # sosial's plan could not be made: left to the report


def test_the_issued_workbook_wins_over_a_regenerated_plan(tmp_path):
    _issued_workbook(tmp_path, "kesehatan", 2024, ISSUED)
    found = plan_ids.check(_parsed(["kesehatan-2024-JP20"]), project(tmp_path),
                           lambda parsed, slug, tahun: pytest.fail("regenerated although the workbook is there"))
    assert found == []


@pytest.mark.parametrize("code, flagged", [
    ("BIAYA-POIN", False), ("COST-POINT", False), ("SHARE-MENTORING", True),
], ids=["indonesian-code", "english-workbook-code", "another-rows-code"])
def test_a_returned_english_workbook_gives_the_code_in_english(tmp_path, code, flagged):
    """The English workbook shows the row code's words in English (BIAYA-POIN as COST-POINT); returned, that code
    is the row's own, while another row's code still says the id was mistyped."""
    parsed = _parsed(["kesehatan-2024-BIAYA-POIN"])
    parsed["tindak_lanjut"].frame["kode"] = [code]
    found = plan_ids.check(parsed, project(tmp_path))
    assert bool(found) is flagged


@pytest.mark.parametrize("kept", [pytest.param(True, id="kept-record-after-pruning"),
                                  pytest.param(False, id="published-results")])
def test_without_the_workbook_the_published_plan_is_read_before_regenerating(tmp_path, kept):
    """FOUND8 (cycle8): after the data changed the report's workbook is pruned, but the plan as published is kept
    (reports/<dinas>/rencana-terbit-<tahun>.json; before that, the published hasil-<tahun>.json): make periksa checks
    the returned ids against it, naming it, and regenerates nothing."""
    import json

    paths = project(tmp_path)
    target = paths.kept_plan("kesehatan", 2024) if kept else paths.report_hasil("kesehatan", 2024)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"tahun": 2024, "rencana_tindak_lanjut": [{"id": row_id} for row_id in ISSUED]}),
                      encoding="utf-8")
    found = plan_ids.check(_parsed(["kesehatan-2024-JP20", "kesehatan-2024-JP21"]), paths,
                           lambda parsed, slug, tahun: pytest.fail("regenerated although the published plan is kept"))
    assert [(v.row, v.column, v.value) for v in found] == [(3, "id", "kesehatan-2024-JP21")]
    name = "rencana-terbit-2024.json" if kept else "hasil-2024.json"
    assert (f"seperti diterbitkan laporan 2024 (reports/kesehatan/{name}, rencana_tindak_lanjut): "
            "kesehatan-2024-DATA, kesehatan-2024-JP20, kesehatan-2024-U7") in found[0].expected
