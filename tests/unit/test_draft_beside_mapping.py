"""``make pemetaan`` beside an existing pemetaan.yml (CHECK15 E15-1, the usulan): a file or sheet already in it keeps
the evaluator's section (value maps, ``abaikan``), marked "sudah ada di pemetaan.yml", with only new columns and values
proposed inside it; a file not in it is marked "# BARU"; the draft copied over pemetaan.yml passes the check."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml

from evalasn import schema
from evalasn.ingest import draft, mapping, unread
from evalasn.ingest.readers import scan
from evalasn.paths import ProjectPaths, project

STAFF = ["NIP_BARU", "NAMA", "GOL_AKHIR_NAMA", "JENIS_JABATAN_NAMA", "UNOR_NAMA", "UNOR_INDUK_NAMA",
         "JENIS_PEGAWAI_NAMA"]
OLD, NEW = "SIASN DKI 2024.xlsx", "SIASN DKI 2025.xlsx"
COLUMNS = ('"NIP_BARU": nip, "NAMA": nama, "GOL_AKHIR_NAMA": golongan, "JENIS_JABATAN_NAMA": jenis_jabatan, '
           '"UNOR_NAMA": unit_kerja, "UNOR_INDUK_NAMA": dinas, "JENIS_PEGAWAI_NAMA": status')


def _row(nip: str, status: str) -> list[str]:
    return [nip, "Budi", "III/a", "Jabatan Fungsional Tertentu", "Seksi Rehabilitasi Sosial", "Dinas Sosial", status]


def _book(raw: Path, name: str, statuses: list[str]) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Data ASN"
    for row in [STAFF] + [_row(f"19800101200501100{i}", s) for i, s in enumerate(statuses, 1)]:
        book.active.append(row)
    book.save(raw / name)


def _project(tmp_path: Path, section: str, old_statuses=("PNS Daerah", "Pegawai Kontrak")) -> ProjectPaths:
    """Last year's export with its filled section in pemetaan.yml, and this year's export beside it."""
    paths = project(tmp_path)
    paths.raw.mkdir(parents=True)
    _book(paths.raw, OLD, list(old_statuses))
    _book(paths.raw, NEW, ["PNS Daerah"])
    paths.mapping.write_text("versi: 1\nsumber:\n" + section, encoding="utf-8")
    return paths


FILLED = f"""  - file: "{OLD}"
    sheet: "Data ASN"
    tabel: pegawai
    kolom: {{{COLUMNS}}}
    nilai:
      status: {{"Pegawai Kontrak": PPPK}}
"""


def _sections(text: str) -> dict[str, dict]:
    return {entry["file"]: entry for entry in yaml.safe_load(text)["sumber"]}


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(start))


@pytest.mark.parametrize("section", [
    pytest.param(FILLED, id="section-with-sheet"),
    pytest.param(FILLED.replace('    sheet: "Data ASN"\n', ""), id="one-sheet-workbook-section-without-sheet"),
])
def test_the_draft_keeps_a_filled_value_map_and_marks_the_new_file(tmp_path, section):
    paths = _project(tmp_path, section)
    target, summary = draft.write(paths)
    assert target == paths.mapping_draft
    assert paths.mapping.read_text(encoding="utf-8") == "versi: 1\nsumber:\n" + section  # the evaluator's file
    text = target.read_text(encoding="utf-8")
    sections = _sections(text)
    assert sections[OLD]["nilai"] == {"status": {"Pegawai Kontrak": "PPPK"}}  # was: null  # PERIKSA
    assert sections[OLD]["kolom"]["UNOR_INDUK_NAMA"] == "dinas"
    assert "# sudah ada di pemetaan.yml (baris 3)" in _line(text, f'- file: "{OLD}"')
    assert "# BARU" not in _line(text, f'- file: "{OLD}"')
    assert "# BARU" in _line(text, f'- file: "{NEW}"')
    assert sections[NEW]["tabel"] == "pegawai"
    assert f"1 sudah ada di pemetaan.yml (pilihannya dipertahankan), 1 bagian BARU ({NEW}, sheet Data ASN)" in summary
    assert sorted(p.name for p in paths.raw.iterdir()) == sorted([OLD, NEW, "pemetaan.yml", "pemetaan.usulan.yml"])


def test_the_draft_copied_over_the_mapping_passes_the_check(tmp_path):
    paths = _project(tmp_path, FILLED)
    draft.write(paths)
    shutil.copy(paths.mapping_draft, paths.mapping)
    files = [paths.raw / OLD, paths.raw / NEW]
    table_map = mapping.load(paths.mapping, schema.RAW, files)  # raises on a null value or a broken section
    assert table_map is not None
    found = scan(paths.raw, schema.RAW, table_map)
    assert unread.check(found.unread, table_map) == []
    assert found.problems == []
    assert sorted(t.source for t in found.found["pegawai"]) == [f"{OLD}, sheet Data ASN", f"{NEW}, sheet Data ASN"]
    entry = next(e for e in table_map.entries if e.file == OLD)
    assert entry.values == {"status": {"pegawai kontrak": "PPPK"}}


@pytest.mark.parametrize(("section", "statuses", "line", "says"), [
    pytest.param(FILLED, ("Pegawai Kontrak", "Honorer Daerah"), '"Honorer Daerah": null',
                 "# BARU (nilai belum ada di peta nilai pemetaan.yml) # PERIKSA:", id="new-value-beside-the-kept-map"),
    pytest.param(FILLED.replace('"GOL_AKHIR_NAMA": golongan, ', ""), ("Pegawai Kontrak",), '"GOL_AKHIR_NAMA": golongan',
                 "# BARU (kolom belum ada di pemetaan.yml)", id="new-column-in-the-kept-section"),
])
def test_only_what_is_new_in_a_kept_section_is_proposed(tmp_path, section, statuses, line, says):
    paths = _project(tmp_path, section, statuses)
    _, summary = draft.write(paths)
    text = paths.mapping_draft.read_text(encoding="utf-8")
    assert says in _line(text, line)
    assert _sections(text)[OLD]["nilai"]["status"]["Pegawai Kontrak"] == "PPPK"
    assert "1 kolom/nilai baru diusulkan di dalamnya, bertanda '# BARU'" in summary


def test_a_file_marked_abaikan_stays_abaikan_and_is_not_new(tmp_path):
    paths = _project(tmp_path, FILLED + f'  - file: "{NEW}"\n    sheet: "Data ASN"\n    tabel: abaikan\n')
    _, summary = draft.write(paths)
    text = paths.mapping_draft.read_text(encoding="utf-8")
    assert _sections(text)[NEW]["tabel"] == "abaikan"
    assert "# BARU" not in text
    assert "draf mengusulkan tabel pegawai" in text
    assert "2 sudah ada di pemetaan.yml (pilihannya dipertahankan), 0 bagian BARU," in summary
