"""A returned follow-up plan's rows checked against what exists (issue 24), at ``make periksa`` and in the clean
stage: each row's dinas must have data, its year must be a year of the data, its id must end with the row's own
code (the sheet's Kode column, when returned with it) and be a row of the plan that year's report issued.

The plan as issued is read from that report's own workbook (reports/<dinas>/laporan-<dinas>-<tahun>.xlsx, its
sheet "Rencana Tindak Lanjut" / "Follow-up plan": the ids the agency was sent), else from the plan as that report
published it (reports/<dinas>/hasil-<tahun>.json, or rencana-terbit-<tahun>.json kept when the data changed and the
report's files were pruned: evalasn.issued_plan). Without any of them (after make clean, or the year was built on
another computer) ``make periksa`` regenerates that year's plan from the data
in data/raw/ with the code that wrote it (``regenerate``, given by the command line: evalasn.run.plan_check; this
layer does not model), as the report of the year after does; the clean stage leaves that to the report, which
names the same file, sheet and row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from evalasn import constants, issued_plan, plan_codes, schema
from evalasn.ingest.errors import Violation
from evalasn.ingest.readers import ROW
from evalasn.ingest.validate import Parsed, row_place
from evalasn.paths import ProjectPaths
from evalasn.registry import PROVINCE_SLUG

ID_PATTERN = re.compile(constants.PLAN_ROW_ID)
LANGUAGES = ("id", "en")  # the report workbook in either language carries the same ids
# (the parsed tables, dinas, year) -> the ids of that dinas's plan of that year regenerated from the data, or None
Regenerate = Callable[[dict[str, Parsed], str, int], frozenset[str] | None]


def issued_ids(paths: ProjectPaths, slug: str, tahun: int) -> tuple[frozenset[str], Path] | None:
    """The ids of ``slug``'s follow-up plan of ``tahun`` as its report workbook issued them, with that
    workbook; None when no report of that year is in reports/."""
    from openpyxl import load_workbook

    titles = {title[:31] for title in schema.RAW["tindak_lanjut"].sheet_titles}
    prefix = f"{slug}-{tahun}-"
    for lang in LANGUAGES:
        path = paths.report_xlsx(slug, lang, tahun)
        if not path.is_file():
            continue
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = next((book[name] for name in book.sheetnames if name in titles), None)
            if sheet is None:  # a workbook written before the plan sheet existed: nothing to compare with
                continue
            ids = frozenset(value.strip() for row in sheet.iter_rows(min_row=2, values_only=True) for value in row
                            if isinstance(value, str) and value.strip().startswith(prefix)
                            and ID_PATTERN.fullmatch(value.strip()))
        finally:
            book.close()
        return ids, path
    return None


def _data_years(parsed: dict[str, Parsed]) -> set[int]:
    """The years of the data: those of the activities' end dates (the evaluated years)."""
    kegiatan = parsed.get("kegiatan")
    if kegiatan is None or "tanggal_selesai" not in kegiatan.frame:
        return set()
    return {int(year) for year in pd.to_datetime(kegiatan.frame["tanggal_selesai"], errors="coerce").dt.year.dropna()}


def _data_dinas(parsed: dict[str, Parsed]) -> set[str]:
    pegawai = parsed.get("pegawai")
    if pegawai is None or "dinas" not in pegawai.frame:
        return set()
    return {str(slug) for slug in pegawai.frame["dinas"].dropna().unique()}


def check(parsed: dict[str, Parsed], paths: ProjectPaths, regenerate: Regenerate | None = None) -> list[Violation]:
    """Every returned row whose dinas has no data, whose year is not a year of the data, or whose id is not in
    the plan that year's report issued (naming file, sheet, row, column, value and what was expected); without
    that report's workbook, not in the plan ``regenerate`` makes from the data (when given)."""
    table = parsed.get("tindak_lanjut")
    if table is None or "id" not in table.frame:
        return []
    years, dinas = _data_years(parsed), _data_dinas(parsed)
    issued: dict[tuple[str, int], tuple[frozenset[str], str] | None] = {}

    def plan_of(slug: str, tahun: int) -> tuple[frozenset[str], str] | None:
        return _issued(paths, slug, tahun) or _regenerated(parsed, slug, tahun, regenerate)

    out = []
    for _, row in table.frame.iterrows():
        value = row["id"]
        found = ID_PATTERN.fullmatch(str(value).strip()) if isinstance(value, str) else None
        if found is None:  # not an id at all: validate.check_plan_ids says so
            continue
        slug, tahun = found["dinas"], int(found["tahun"])
        code = row.get("kode")
        # the row's own code says so; the English workbook spells the code's words in English (COST-POINT)
        if isinstance(code, str) and code.strip() and code.strip() not in (found["kode"],
                                                                           plan_codes.english(found["kode"])):
            out.append(Violation(row_place(row), int(row[ROW]), "id", value,
                                 f"ID yang kodenya sama dengan kolom Kode baris itu ('{code.strip()}'): "
                                 f"'{slug}-{tahun}-{code.strip()}'", kind="rujukan"))
            continue
        expected = _problem(slug, tahun, dinas, years, issued, plan_of, str(value).strip())
        if expected:
            out.append(Violation(row_place(row), int(row[ROW]), "id", value, expected, kind="rujukan"))
    return out


def _issued(paths: ProjectPaths, slug: str, tahun: int) -> tuple[frozenset[str], str] | None:
    """The issued plan's ids and where they were read, for the message: that year's workbook, else the plan as that
    report published it (its hasil-<tahun>.json, or rencana-terbit-<tahun>.json kept when the data changed and the
    report's files were pruned: FOUND8 cycle8); None without any."""
    found = issued_ids(paths, slug, tahun)
    if found is not None:
        return found[0], f"seperti dicetak laporan {tahun} ({_shown(paths, found[1])}, sheet Rencana Tindak Lanjut)"
    published = issued_plan.read(paths, slug, tahun)
    if published is None:
        return None
    ids = frozenset(str(row["id"]) for row in published[0] if isinstance(row, dict) and isinstance(row.get("id"), str))
    return ids, f"seperti diterbitkan laporan {tahun} ({_shown(paths, published[1])}, rencana_tindak_lanjut)"


def _shown(paths: ProjectPaths, path: Path) -> Path:
    return path.relative_to(paths.root) if path.is_relative_to(paths.root) else path


def _regenerated(parsed: dict[str, Parsed], slug: str, tahun: int,
                 regenerate: Regenerate | None) -> tuple[frozenset[str], str] | None:
    ids = regenerate(parsed, slug, tahun) if regenerate else None
    if ids is None:
        return None
    return ids, (f"seperti rencana {tahun} yang dibuat ulang dari data {tahun} di data/raw/ dengan kode yang "
                 f"sama (laporan {tahun} tidak ada di reports/; bila datanya sama, rencana itu sama dengan yang "
                 "dicetak)")


def _problem(slug: str, tahun: int, dinas: set[str], years: set[int],
             issued: dict[tuple[str, int], tuple[frozenset[str], str] | None],
             plan_of: Callable[[str, int], tuple[frozenset[str], str] | None], row_id: str) -> str | None:
    """What a row's id should have been, or None when it is a row of an issued plan (or nothing is known)."""
    if dinas and slug != PROVINCE_SLUG and slug not in dinas:
        return (f"ID baris rencana tindak lanjut dinas yang ada dalam data (dinas dalam data: {_listed(dinas)}); "
                "salin ID dari sheet Rencana Tindak Lanjut laporan dinas itu")
    if years and tahun not in years:
        return (f"ID baris rencana tindak lanjut tahun yang ada dalam data ({_listed(str(y) for y in years)}); "
                "salin ID dari sheet Rencana Tindak Lanjut laporan tahun itu")
    if (slug, tahun) not in issued:
        issued[(slug, tahun)] = plan_of(slug, tahun)
    known = issued[(slug, tahun)]
    if known is None or row_id in known[0]:
        return None
    return (f"ID baris rencana tindak lanjut {slug} {tahun} {known[1]}: "
            f"{_listed(known[0]) or 'rencana itu tidak memuat baris'}")


def _listed(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))
