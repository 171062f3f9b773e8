"""Many files per table (issue 20.1) and staff who left during the year (issue 20.4).

Small inline frames for the rules of ``ingest.sources``; then two agencies' SIMPEG/SIMDIKLAT-shaped
exports side by side (one mapping entry per file and sheet, ``konstan: dinas`` in each) through the
real clean stage: combined with each row's place, a re-export refused naming both files, a key in
two files one problem naming both places, leavers one warning per file and the right figures.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml

from evalasn import paths, schema
from evalasn.analysis import compliance, kirkpatrick
from evalasn.analysis.data import load
from evalasn.ingest import check, clean, draft, sources
from evalasn.ingest.errors import InputError
from evalasn.ingest.readers import FILE, ROW, SHEET
from evalasn.ingest.validate import Parsed
from tests.exports import write_agencies

AGENCIES = {"kesehatan": "Dinkes", "perhubungan": "Dishub"}
LEFT = 3  # trained staff per agency missing from its year-end staff export


# --- the rules on inline frames ------------------------------------------------------------
def _part(file: str, sheet: str | None, rows: list[dict]) -> Parsed:
    frame = pd.DataFrame(rows)
    frame.insert(0, FILE, file)
    frame.insert(1, SHEET, sheet)
    frame.insert(2, ROW, range(2, len(rows) + 2))
    source = file if sheet is None else f"{file}, sheet {sheet}"
    return Parsed("kegiatan", frame, source)


KEGIATAN = {"kegiatan_id": "KES-1", "nama_kegiatan": "Pelatihan", "dinas": "kesehatan", "jp": 24.0}


def test_identical_rows_in_two_files_are_counted_once_with_one_note():
    first = _part("a.csv", None, [KEGIATAN, {**KEGIATAN, "kegiatan_id": "KES-2"}])
    second = _part("b.xlsx", "Rekap", [KEGIATAN, {**KEGIATAN, "kegiatan_id": "KES-2"}])
    combined = sources.combine("kegiatan", [first, second])
    sources.check_across_files(combined, schema.RAW["kegiatan"])
    assert not combined.violations
    assert combined.frame["kegiatan_id"].tolist() == ["KES-1", "KES-2"]
    assert second.notes == ["2 baris sama persis dengan baris di a.csv (kunci dan isi sama, mis. ekspor yang tumpang "
                            "tindih); dihitung sekali"]


def test_one_key_with_different_content_in_two_files_is_one_problem_naming_both_places():
    first = _part("a.csv", None, [KEGIATAN])
    second = _part("b.xlsx", "Rekap", [{"kegiatan_id": "X"}, {**KEGIATAN, "jp": 32.0}])
    combined = sources.combine("kegiatan", [first, second])
    sources.check_across_files(combined, schema.RAW["kegiatan"])
    [problem] = combined.violations
    assert (problem.source, problem.row, problem.column, problem.value) == ("b.xlsx, sheet Rekap", 3, "kegiatan_id",
                                                                           "KES-1")
    assert problem.expected == ("kunci yang sama ada di a.csv dengan isi lain; satu kegiatan pengembangan hanya "
                                "dicatat sekali: hapus salah satu baris, atau tandai file yang tidak dipakai 'tabel: "
                                "abaikan' di data/raw/pemetaan.yml")
    assert problem.detail == "di sana baris 2; jp: 24 / 32"  # per row; the pattern groups the summary


def _staff(file: str, slug: str) -> Parsed:
    return _part(file, "Sheet1", [{"nip": "198503122010011004", "dinas": slug}])


@pytest.mark.parametrize(("first", "second", "refused"), [
    pytest.param("SIMPEG_Dinkes.xlsx", "SIMPEG_Dinkes (1).xlsx", True, id="re-export-no-year"),
    pytest.param("SIMPEG_Dinkes_2025.xlsx", "SIMPEG Dinkes 2025 ulang.xlsx", True, id="re-export-same-year"),
    pytest.param("SIMPEG_Dinkes_2025.xlsx", "SIMPEG_Dinkes_2025 unduhan 2026-01-05.xlsx", True,
                 id="re-export-with-a-download-date"),
    pytest.param("SIMPEG_Dinkes_2024.xlsx", "SIMPEG_Dinkes_2025.xlsx", False, id="two-years"),
])
def test_two_staff_exports_of_one_dinas(first, second, refused):
    older, newer = _staff(first, "kesehatan"), _staff(second, "kesehatan")
    other = _staff("SIMPEG_Dishub.xlsx", "perhubungan")
    staff = sources.sort_staff([older, newer, other])
    if refused:
        [problem] = staff.violations
        assert problem.kind == "sumber" and problem.value == "Dinas Kesehatan"
        assert f"{first}, sheet Sheet1 dan {second}, sheet Sheet1 (ekspor ulang?)" in problem.expected
        assert staff.current == [older, other]
    else:
        assert not staff.violations and staff.current == [newer, other] and staff.earlier == [older]
        assert "daftar pegawai akhir tahun diambil dari SIMPEG_Dinkes_2025.xlsx, sheet Sheet1" in older.notes[0]


# --- two agencies' exports through the clean stage ---------------------------------------
@pytest.fixture(scope="module")
def agencies(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("dua-dinas")
    raw = paths.project(root).raw
    raw.mkdir(parents=True)
    return root, write_agencies(raw, AGENCIES, left=LEFT)


@pytest.fixture(scope="module")
def cleaned(agencies) -> tuple[Path, clean.CleanResult]:
    """The agencies' exports cleaned once (read-only for the tests that use it)."""
    return agencies[0], clean.run(paths.project(agencies[0]))


@pytest.fixture
def root(tmp_path: Path, agencies) -> Path:
    shutil.copytree(agencies[0] / "data" / "raw", paths.project(tmp_path).raw)
    return tmp_path


def _add_entry(root: Path, text: str) -> None:
    mapping = paths.project(root).mapping
    mapping.write_text(mapping.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_two_agencies_side_by_side_are_combined_with_one_leaver_warning_per_file(cleaned, agencies):
    written = agencies[1]
    project = paths.project(cleaned[0])
    result = cleaned[1]
    n = {table: sum(len(w[table]) for w in written.values()) for table in ("pegawai", "kegiatan", "peserta")}
    assert {t: result.rows[t] for t in n} == n
    pegawai = pd.read_parquet(project.table("pegawai"))
    assert pegawai["dinas"].value_counts().to_dict() == {s: len(w["pegawai"]) for s, w in written.items()}
    warnings = json.loads(project.provenance.read_text(encoding="utf-8"))["peringatan"]
    warnings = [w for w in warnings if "tidak ada di ekspor pegawai akhir tahun" in w]  # (not: a missing column)
    assert len(warnings) == 2  # one line per training file
    for slug, short in AGENCIES.items():
        left = written[slug]["keluar"]["nip"]
        rows = int(written[slug]["peserta"]["nip"].isin(left).sum())
        line = next(w for w in warnings if w.startswith(f"SIMDIKLAT_{short}_2025.xlsx, sheet Peserta LMS: "))
        assert f": {rows} baris peserta ({LEFT} NIP) tidak ada di ekspor pegawai akhir tahun" in line
        assert f"; {LEFT} NIP di antaranya tidak ada di ekspor pegawai mana pun" in line
    listed = [[c.value for c in r] for r in openpyxl.load_workbook(project.problems_xlsx)["per baris"]][1:]
    listed = [r for r in listed if r[5] == "nip"]  # (not: the report section a missing column removes)
    assert len(listed) == 2 + 2 * LEFT and {r[0] for r in listed} == {"peringatan (laporan tetap dibuat)"}
    log = json.loads(project.quality_log.read_text(encoding="utf-8"))
    assert sum("tidak ada di ekspor pegawai akhir tahun" in e["catatan"] for e in log) == 2


def test_leavers_count_for_activity_figures_not_for_coverage(cleaned, agencies):
    written = agencies[1]
    data = load(paths.project(cleaned[0]))
    for slug in AGENCIES:
        scope = data.scope(slug)
        in_year = scope.partisipasi[scope.partisipasi["tahun_kegiatan"] == 2025]
        per_asn = compliance.jp_per_pegawai(scope.pegawai, scope.partisipasi, 2025)
        staff = written[slug]["pegawai"]
        assert compliance.coverage(per_asn)["n"] == len(staff)  # the denominator is the year-end staff
        left = in_year[~in_year["di_daftar_pegawai"]]
        assert len(left) > 0 and (left["dinas"] == slug).all()  # counted for the organising dinas
        assert kirkpatrick.level1(in_year)["keseluruhan"]["n"] == int(in_year["skor_reaksi"].notna().sum())
    kegiatan = pd.read_parquet(paths.project(cleaned[0]).table("kegiatan"))
    participants = pd.concat([w["peserta"] for w in written.values()]).groupby("kegiatan_id").size()
    assert (kegiatan.set_index("kegiatan_id")["n_peserta"] == participants).all()  # cost per participant: everyone


def test_a_re_export_is_refused_naming_both_files_unless_one_is_abaikan(root):
    raw = paths.project(root).raw
    shutil.copy2(raw / "SIMPEG_Dinkes_2025.xlsx", raw / "SIMPEG_Dinkes_2025 (1).xlsx")
    before = (raw / "pemetaan.yml").read_text(encoding="utf-8")
    entry = before.split("  - file: ")[1]
    _add_entry(root, "  - file: " + entry.replace("SIMPEG_Dinkes_2025.xlsx", "SIMPEG_Dinkes_2025 (1).xlsx"))
    with pytest.raises(InputError) as caught:
        clean.run(paths.project(root))
    [problem] = [v for v in caught.value.violations if not v.warning]  # the warnings are listed too
    assert problem.kind == "sumber"
    assert ("SIMPEG_Dinkes_2025 (1).xlsx, sheet Sheet1 dan SIMPEG_Dinkes_2025.xlsx, sheet Sheet1 (ekspor ulang?)"
            in str(caught.value))
    (raw / "pemetaan.yml").write_text(before, encoding="utf-8")
    _add_entry(root, '  - file: "SIMPEG_Dinkes_2025 (1).xlsx"\n    sheet: "Sheet1"\n    tabel: abaikan\n')
    assert check.run(paths.project(root)).violations == []


def test_an_earlier_years_staff_export_names_who_left(root, agencies):
    raw = paths.project(root).raw
    written = agencies[1]["kesehatan"]
    book = openpyxl.load_workbook(raw / "SIMPEG_Dinkes_2025.xlsx")
    sheet = book["Sheet1"]
    for number, nip in enumerate(written["keluar"]["nip"], start=sheet.max_row + 1):
        sheet.append([number, nip, "", "III-a", "Jabatan Pelaksana", "Sekretariat", "PNS"])
    book.save(raw / "SIMPEG_Dinkes_2024.xlsx")
    entry = (raw / "pemetaan.yml").read_text(encoding="utf-8").split("  - file: ")[1]
    _add_entry(root, "  - file: " + entry.replace("SIMPEG_Dinkes_2025.xlsx", "SIMPEG_Dinkes_2024.xlsx"))
    result = check.run(paths.project(root))
    assert result.violations == [] and result.rows["pegawai"] == sum(len(w["pegawai"]) for w in agencies[1].values())
    dinkes = [w for w in result.warnings if w.source.startswith("SIMDIKLAT_Dinkes") and w.column == "nip"]
    assert len(dinkes) == 1 and "mana pun" not in dinkes[0].expected  # counted, not listed: they worked here
    assert any("SIMPEG_Dinkes_2024.xlsx, sheet Sheet1: ekspor pegawai tahun 2024" in n for n in result.notes)


def test_one_key_in_two_agencies_files_is_one_problem_naming_both(root, agencies):
    raw = paths.project(root).raw
    book = openpyxl.load_workbook(raw / "SIMDIKLAT_Dishub_2025.xlsx")
    sheet = book["Rekap Diklat"]
    code = agencies[1]["kesehatan"]["kegiatan"]["kegiatan_id"].iat[0]
    sheet.cell(row=5, column=1, value=code)  # the first activity row takes a code Dinkes already uses
    book.save(raw / "SIMDIKLAT_Dishub_2025.xlsx")
    with pytest.raises(InputError) as caught:
        clean.run(paths.project(root))
    found = [v for v in caught.value.violations if v.column == "kegiatan_id" and v.value == code]
    assert len(found) == 1
    assert found[0].source == "SIMDIKLAT_Dishub_2025.xlsx, sheet Rekap Diklat" and found[0].row == 5
    assert found[0].expected.startswith("kunci yang sama ada di SIMDIKLAT_Dinkes_2025.xlsx, sheet Rekap Diklat "
                                        "dengan isi lain")
    assert (found[0].detail or "").startswith("di sana baris 5")


def test_the_draft_proposes_one_entry_per_file_and_marks_a_re_export(root):
    project = paths.project(root)
    project.mapping.unlink()
    shutil.copy2(project.raw / "SIMPEG_Dinkes_2025.xlsx", project.raw / "SIMPEG_Dinkes_2025 (1).xlsx")
    target, _ = draft.write(project)
    entries = yaml.safe_load(target.read_text(encoding="utf-8"))["sumber"]
    tables = {(e["file"], e.get("sheet")): e["tabel"] for e in entries}
    for short in AGENCIES.values():
        assert tables[(f"SIMDIKLAT_{short}_2025.xlsx", "Rekap Diklat")] == "kegiatan"
        assert tables[(f"SIMDIKLAT_{short}_2025.xlsx", "Peserta LMS")] == "peserta"
        assert tables[(f"SIMPEG_{short}_2025.xlsx", "Sheet1")] == "pegawai"
    dinas = {e["file"]: e["konstan"]["dinas"] for e in entries if e["tabel"] == "pegawai"}
    assert dinas["SIMPEG_Dinkes_2025.xlsx"] == "kesehatan" and dinas["SIMPEG_Dishub_2025.xlsx"] == "perhubungan"
    text = target.read_text(encoding="utf-8")
    assert "satu sumber per tabel" not in text
    assert text.count("dua ekspor pegawai satu dinas ditolak") == 1


def test_konstan_dinas_on_a_training_file_without_a_dinas_column_is_accepted(root, agencies):
    """'konstan: dinas' in every entry of an agency's files, the participants' sheet too: accepted, not used
    (a participant's dinas comes from the staff list)."""
    mapping = paths.project(root).mapping
    data = yaml.safe_load(mapping.read_text(encoding="utf-8"))
    for entry in data["sumber"]:
        if entry["tabel"] == "peserta":
            entry["konstan"] = {"dinas": next(s for s, short in AGENCIES.items() if f"_{short}_" in entry["file"])}
    assert sum("konstan" in e for e in data["sumber"]) == 6
    mapping.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = check.run(paths.project(root))
    assert result.violations == [] and result.rows["peserta"] == sum(len(w["peserta"]) for w in agencies[1].values())


def test_an_earlier_years_staff_export_is_that_years_staff_list(root, agencies):
    """CHECK15 E15-2: 2024's coverage counts the 2024 export (with who left since), not the 2025 list."""
    raw = paths.project(root).raw
    written = agencies[1]["kesehatan"]
    book = openpyxl.load_workbook(raw / "SIMPEG_Dinkes_2025.xlsx")
    sheet = book["Sheet1"]
    sheet.delete_rows(sheet.max_row)  # one who joined in 2025
    for number, nip in enumerate(written["keluar"]["nip"], start=sheet.max_row + 1):
        sheet.append([number, nip, "", "III-a", "Jabatan Pelaksana", "Sekretariat", "PNS"])
    book.save(raw / "SIMPEG_Dinkes_2024.xlsx")
    entry = (raw / "pemetaan.yml").read_text(encoding="utf-8").split("  - file: ")[1]
    _add_entry(root, "  - file: " + entry.replace("SIMPEG_Dinkes_2025.xlsx", "SIMPEG_Dinkes_2024.xlsx"))
    clean.run(paths.project(root))
    data = load(paths.project(root))
    n_2024 = len(written["pegawai"]) - 1 + LEFT
    assert (data.pegawai_tahun["tahun"] == 2024).sum() == n_2024
    dinkes, dishub = data.scope("kesehatan"), data.scope("perhubungan")
    assert len(dinkes.staff(2024)) == n_2024 and dinkes.staff_list(2024) == "tahun_itu"
    assert len(dinkes.staff(2025)) == len(written["pegawai"]) and dinkes.staff_list(2025) == "terakhir"
    assert dishub.staff(2024) is not None and len(dishub.staff(2024)) == len(agencies[1]["perhubungan"]["pegawai"])
    assert data.staff_list(2024) == "campuran"


def test_a_bad_row_of_an_earlier_years_staff_export_is_refused(root):
    """The export now counts that year's staff: its rows are checked as the year-end list's are."""
    raw = paths.project(root).raw
    book = openpyxl.load_workbook(raw / "SIMPEG_Dinkes_2025.xlsx")
    book["Sheet1"].append([999, "12345", "", "III-a", "Jabatan Pelaksana", "Sekretariat", "PNS"])
    book.save(raw / "SIMPEG_Dinkes_2024.xlsx")
    entry = (raw / "pemetaan.yml").read_text(encoding="utf-8").split("  - file: ")[1]
    _add_entry(root, "  - file: " + entry.replace("SIMPEG_Dinkes_2025.xlsx", "SIMPEG_Dinkes_2024.xlsx"))
    with pytest.raises(InputError) as caught:
        clean.run(paths.project(root))
    assert any(v.source.startswith("SIMPEG_Dinkes_2024.xlsx") and v.value == "12345"
               for v in caught.value.violations if not v.warning)
