"""Files and sheets in data/raw/ that nothing reads, yet hold a contract table: a stop, not a note.

A file read neither by data/raw/pemetaan.yml (not even as ``tabel: abaikan``) nor by its name (``pegawai.csv``,
sheet ``kegiatan``) is skipped. When ``make pemetaan``'s draft would map it to a table (next year's staff
export "SIASN DKI 2025.xlsx" beside a mapping written for 2024), skipping it would silently drop a whole
export: the year's staff list would be last year's. So the check names the file and sheet, the table the
draft gives it and what to do: copy its section from the draft, or mark it ``tabel: abaikan``. A file the
draft cannot place, or where it finds under half of the table's required columns (a note, a pivot summary),
stays a note.
"""

from __future__ import annotations

from pathlib import Path

from evalasn import schema
from evalasn.ingest import draft, mapping
from evalasn.ingest.errors import Violation
from evalasn.ingest.readers import place
from evalasn.ingest.sources import YEAR_IN_NAME


def check(unread: list[tuple[Path, str | None]], table_map: mapping.Mapping | None,
          reported: frozenset[str] = frozenset()) -> list[Violation]:
    """One problem per unread file or sheet the draft mapping would read as a contract table, but for a table
    in ``reported`` (a required table not found without a mapping: that problem names the files skipped)."""
    problems: list[Violation] = []
    by_file: dict[Path, list[str | None]] = {}
    for path, sheet in unread:
        by_file.setdefault(path, []).append(sheet)
    for path, sheets in by_file.items():
        drafted = {sheet.name: sheet for sheet in draft.read_sheets(path)}
        for name in sheets:
            seen = drafted.get(name)
            proposal = draft.propose_sheet(seen) if seen is not None else None
            if proposal is None or proposal.table is None or proposal.table in reported or not _holds(proposal):
                continue
            problems.append(Violation(place(path.name, name), None, None, None,
                                      _expected(path.name, name, proposal, table_map), kind="pemetaan"))
    return problems


def _holds(proposal: draft.Proposal) -> bool:
    """The draft finds at least half of its table's required columns among the export's columns: the rule the
    reader finds a header row by (``readers._find_header``); two loose hints ('tanggal', 'catatan') are not a table."""
    required = [c.name for c in schema.RAW[proposal.table or ""].columns if c.required]
    found = {column for _, column, _ in proposal.columns if column} & set(required)
    return len(found) >= max(1, (len(required) + 1) // 2)


def _expected(file: str, sheet: str | None, proposal: draft.Proposal, table_map: mapping.Mapping | None) -> str:
    maps = (f"draf pemetaan (make pemetaan) memetakannya ke tabel {proposal.table} ({proposal.score} petunjuk: "
            "kolom yang dikenali dan nama sheet/file)")
    if table_map is None:
        return (f"tidak dibaca: namanya bukan nama tabel kontrak dan data/raw/pemetaan.yml belum ada; {maps}. "
                "Jalankan make pemetaan (menulis data/raw/pemetaan.yml) dan periksa drafnya, atau pindahkan file ini "
                "dari data/raw/ bila memang tidak dipakai")
    twin = _same_export(file, sheet, table_map)
    like = (f"; bagian file {twin.file} (pemetaan.yml baris {twin.line}) tampaknya ekspor yang sama untuk tahun lain"
            if twin is not None else "")
    return (f"tidak ada di data/raw/pemetaan.yml, jadi tidak dibaca; {maps}{like}. Jalankan make pemetaan lalu "
            "salin bagiannya dari data/raw/pemetaan.usulan.yml ke pemetaan.yml; bila file ini memang tidak dipakai, "
            f"tambahkan bagian file: \"{file}\"" + (f", sheet: \"{sheet}\"" if sheet is not None else "")
            + ", tabel: abaikan")


def _same_export(file: str, sheet: str | None, table_map: mapping.Mapping) -> mapping.Entry | None:
    """The mapping's entry for a file whose name differs only in its year ('SIASN DKI 2024.xlsx'), same sheet."""
    def stem(name: str) -> str:
        return " ".join(YEAR_IN_NAME.sub(" ", name).lower().split())

    if YEAR_IN_NAME.search(file) is None:
        return None
    same_sheet = (sheet or "").lower()
    return next((entry for entry in table_map.entries if entry.table is not None and entry.file != file
                 and stem(entry.file) == stem(file) and (entry.sheet is None or entry.sheet.lower() == same_sheet)),
                None)
