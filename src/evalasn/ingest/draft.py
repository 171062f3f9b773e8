"""``make pemetaan``: a draft data/raw/pemetaan.yml from the headers and sheet names of the exports.

For every file and sheet: the header row (the row naming most contract columns), the table it
most likely holds (columns recognised, plus words in the sheet or file name), each export column
matched to a contract column (``ingest.columns``: by name or synonym, by the words of a survey
question or a longer header, by its cells, else by difflib similarity), constant
columns for required ones the export lacks (the dinas guessed from the file name when it says
one), and value maps for values of closed lists the contract does not know. Every guess and
every column left unmatched carries a "# PERIKSA" comment. An existing mapping is never
overwritten: the draft then goes to pemetaan.usulan.yml beside it, keeping the sections pemetaan.yml
already has and marking the new ones (``ingest.draft_keep``).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from evalasn import errors, registry, schema
from evalasn.files import write_atomically
from evalasn.ingest import columns, draft_keep, survey, validate
from evalasn.ingest.columns import CHECK
from evalasn.ingest.readers import HEADER_SEARCH_ROWS, RawTable, _decode, _sniff_delimiter, data_files
from evalasn.ingest.sources import year_of
from evalasn.paths import ProjectPaths
from evalasn.schema import Column, Table, column_keys
from evalasn.schema_aliases import (
    DEFAULT_PERIOD_UNIT,
    IKM_LABELS,
    PERIOD_UNITS,
    TABLE_HINTS,
    header_key,
)

MIN_TABLE_SCORE = 2  # fewer recognised columns: the sheet is proposed as 'abaikan'
MAX_VALUES = 40  # distinct unknown values proposed per column; the rest are counted
MAX_NAMED = 10  # new sections named in the printed summary; the rest are counted


@dataclass
class Sheet:
    """One file or sheet as found: its first rows (for the header) and all rows (for the values)."""

    file: str
    name: str | None
    rows: list[list[str]]
    # in a report workbook returned by an agency: the follow-up sheet's title (read, as tindak_lanjut);
    # None for any other file (issue 24)
    report_plan: str | None = None


@dataclass
class Proposal:
    sheet: Sheet
    table: str | None
    header_at: int | None
    score: int = 0
    columns: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # header, column, comment
    constants: list[tuple[str, str | None, str]] = field(default_factory=list)  # column, value, comment
    values: dict[str, list[tuple[str, str | None, str | None]]] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    period_unit: str | None = None  # satuan_periode: when 'periode' is read from a date column


def write(paths: ProjectPaths) -> tuple[Path, str]:
    """Write the draft; returns where and a one-line summary. Beside an existing pemetaan.yml the draft keeps
    its sections (``ingest.draft_keep``) and the summary names the sections that are new."""
    files = data_files(paths.raw)
    if not files:
        raise errors.InputError("data/raw/ tidak berisi file .csv atau .xlsx; letakkan ekspor di sana dulu")
    proposals = propose([s for f in files for s in read_sheets(f)])
    existing = draft_keep.read(paths.mapping) if paths.mapping.exists() else None
    target = paths.mapping_draft if existing is not None else paths.mapping
    text, kept, added, new = render_beside(proposals, existing)
    write_atomically(target, text)
    checks = text.count(CHECK)
    if existing is None:
        mapped = [p for p in proposals if p.table]
        names = sorted({p.table for p in mapped if p.table})
        return target, (f"{len(proposals)} file/sheet, {len(mapped)} dipetakan ke tabel "
                        f"({', '.join(names) or '-'}), {checks} baris perlu diperiksa")
    summary = _beside_summary(len(proposals), kept, added, new, existing.problem)
    return target, f"{summary}, {checks} baris perlu diperiksa"


def _beside_summary(sheets: int, kept: int, added: int, new: list[str], problem: str | None) -> str:
    """'14 file/sheet: 11 sudah ada di pemetaan.yml (…), 3 bagian BARU (SIASN DKI 2026.xlsx, sheet Data ASN, …)'."""
    shown = ", ".join(new[:MAX_NAMED]) + (f" dan {len(new) - MAX_NAMED} lainnya" if len(new) > MAX_NAMED else "")
    return (f"{sheets} file/sheet: {kept} sudah ada di pemetaan.yml (pilihannya dipertahankan"
            + (f"; {added} kolom/nilai baru diusulkan di dalamnya, bertanda '# BARU'" if added else "")
            + f"), {len(new)} bagian BARU" + (f" ({shown})" if new else "")
            + (f" [pemetaan.yml {problem}: tidak ada pilihan yang disalin]" if problem else ""))


# --- reading ----------------------------------------------------------------------------------
def read_sheets(path: Path) -> list[Sheet]:
    if path.suffix.lower() == ".csv":
        text, _ = _decode(path.read_bytes())
        rows = list(csv.reader(io.StringIO(text), delimiter=_sniff_delimiter(text)))
        return [Sheet(path.name, None, [[c.strip() for c in r] for r in rows])]
    import openpyxl

    from evalasn.ingest import bounds

    try:
        bounds.check_xlsx(path)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        from evalasn.ingest.readers import _cell_text, report_plan_sheet

        plan_sheet = report_plan_sheet(book)
        out = [Sheet(path.name, ws.title, [[_cell_text(v).strip() for v in row]
                                           for row in bounds.sheet_rows(ws, path.name, bounds.Budget())]
                     if plan_sheet in (None, ws.title) else [], plan_sheet)
               for ws in book.worksheets]
    except Exception:  # unreadable, or past the input limits (InputError): make periksa names it; the draft skips it
        return []
    book.close()
    return out


# --- proposing ----------------------------------------------------------------------------------
def propose(sheets: list[Sheet]) -> list[Proposal]:
    """One entry per file and sheet: any number may feed one table (one per agency, year or system).
    Two staff exports guessed for the same dinas are marked: the clean stage refuses a re-export
    unless one is 'abaikan' or their names give different years (ingest.sources)."""
    proposals = [propose_sheet(s) for s in sheets]
    staff: dict[str, Proposal] = {}
    for proposal in proposals:
        guess = next((v for c, v, _ in proposal.constants if c == "dinas" and v), None)
        if proposal.table != "pegawai" or guess is None:
            continue
        other = staff.setdefault(guess, proposal)
        if other is not proposal and year_of(other.sheet.file) == year_of(proposal.sheet.file):
            proposal.comments.append(f"{CHECK} ekspor pegawai dinas {guess} juga ada di {other.sheet.file}; dua "
                                     "ekspor pegawai satu dinas ditolak (ekspor ulang?): tulis 'abaikan' sebagai tabel "
                                     "salah satunya, atau tahunnya di nama file bila tahunnya berbeda")
    return proposals


def propose_sheet(sheet: Sheet) -> Proposal:
    """The draft entry for one file or sheet: its table (None: abaikan), header row, columns and values."""
    if sheet.report_plan not in (None, sheet.name):
        return Proposal(sheet, None, None, comments=[f"# buku kerja laporan evalasn: hanya sheet {sheet.report_plan} "
                                                     "dibaca (tindak_lanjut); sheet ini bagian laporan, diabaikan"])
    header_at = _header_row(sheet.rows)
    if header_at is None:
        return Proposal(sheet, None, None, comments=[f"{CHECK} sheet kosong atau tanpa baris judul; diabaikan"])
    headers = [h for h in sheet.rows[header_at] if h]
    data = sheet.rows[header_at + 1:]
    positions = {h: i for i, h in enumerate(sheet.rows[header_at]) if h}
    cells = {h: [r[i] for r in data if i < len(r)] for h, i in positions.items()}
    scores = {name: _table_score(t, headers, sheet, cells) for name, t in schema.RAW.items()}
    best = "tindak_lanjut" if sheet.report_plan is not None else max(scores, key=lambda name: scores[name])
    if scores[best] < MIN_TABLE_SCORE and sheet.report_plan is None:
        return Proposal(sheet, None, header_at, comments=[f"{CHECK} tidak dikenali sebagai tabel kontrak "
                                                          f"({', '.join(schema.RAW)}); isi tabel bila perlu"])
    table = schema.RAW[best]
    proposal = Proposal(sheet, best, header_at, scores[best])
    proposal.columns = columns.match_columns(table, headers, cells)
    proposal.columns = [columns.legal_standing(h, c, comment, cells.get(h, [])) for h, c, comment in proposal.columns]
    mapped = {c for _, c, _ in proposal.columns if c}
    if "periode" in mapped:
        source = next(h for h, c, _ in proposal.columns if c == "periode")
        if columns.is_dated(cells.get(source, [])):
            proposal.period_unit = DEFAULT_PERIOD_UNIT
    for col in table.columns:
        if col.name in mapped:
            continue
        if col.required and col.kind == "slug":
            guess = _dinas_from_name(sheet)
            proposal.constants.append((col.name, guess, f"{CHECK} kolom {col.name} tidak ada; "
                                       + ("ditebak dari nama file, periksa" if guess else
                                          "isi kode dinas ekspor ini, mis. kesehatan")))
        elif col.name == "responden_id":
            proposal.comments.append(f"# kolom {col.name} tidak ada: dibuat dari nama file dan nomor baris "
                                     "(sama pada setiap run)")
        elif col.required and col.name == "unit_kerja" and best == "skm":
            proposal.constants.append((col.name, None, f"{CHECK} kolom {col.name} tidak ada; isi nama unit layanan "
                                       "yang disurvei, mis. \"Puskesmas Kecamatan Tebet\""))
        elif col.required:
            proposal.comments.append(f"{CHECK} kolom wajib '{col.name}' tidak ditemukan: {col.description}")
    for header, name, _ in proposal.columns:
        if name is None:
            continue
        col = table.column(name)
        if col.choices or col.kind == "slug":
            unknown = _unknown_values(col, cells[header])
            if unknown:
                proposal.values[name] = unknown
        elif name in IKM_LABELS:  # answers that are no questionnaire label: a score each, to be checked
            answer_scores = survey.proposed_scores(cells[header])
            proposal.values[name] = [
                (answer, str(score) if score else None,
                 f"{CHECK} " + ("skor dari pola Tidak/Kurang/—/Sangat; periksa" if score else
                                "bukan label kuesioner PermenPAN-RB 14/2017; isi skor 1–4"))
                for answer, score in list(answer_scores.items())[:MAX_VALUES]]
            if not proposal.values[name]:
                del proposal.values[name]
    return proposal


def _header_row(rows: list[list[str]]) -> int | None:
    """The row (0-based) naming most contract columns among the first rows; else the first row
    with at least two filled cells."""
    keys = set().union(*(column_keys(c) for t in schema.RAW.values() for c in t.columns))
    best, best_hits = None, 0
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for v in row if v and header_key(v) in keys)
        if hits > best_hits:
            best, best_hits = number, hits
    if best is not None:
        return best
    return next((i for i, r in enumerate(rows[:HEADER_SEARCH_ROWS]) if sum(1 for v in r if v) >= 2), None)


def _table_score(table: Table, headers: list[str], sheet: Sheet, cells: dict[str, list[str]] | None = None) -> int:
    found = {names[0] for names, _, _ in (columns.candidates(table, h, (cells or {}).get(h, [])) for h in headers)
             if names}
    name = header_key(f"{sheet.file} {sheet.name or ''}")
    hint = any(re.search(rf"\b{re.escape(w)}\b", name) for w in TABLE_HINTS.get(table.name, ()))
    return len(found) + (2 if hint else 0)


def _unknown_values(col: Column, cells: list[str]) -> list[tuple[str, str | None, str | None]]:
    """Distinct values the clean stage would reject, each with a proposed contract value."""
    distinct = pd.Series(sorted({c.strip() for c in cells if c and c.strip()}), dtype=object)
    if distinct.empty:
        return []
    text = distinct.astype(str)
    blank = text.isin(validate.MISSING_MARKERS) if col.nullable else pd.Series(False, index=text.index)
    _, bad, _ = validate.PARSERS[col.kind](text.where(~blank, ""), col, RawTable("", pd.DataFrame(), "", Path()))
    out: list[tuple[str, str | None, str | None]] = []
    choices = list(col.choices or registry.AGENCIES)
    for value in text[bad.to_numpy()].tolist()[:MAX_VALUES]:
        close = difflib.get_close_matches(header_key(value), [header_key(c) for c in choices], n=1, cutoff=0.6)
        guess = next((c for c in choices if header_key(c) == close[0]), None) if close else None
        out.append((value, guess, f"{CHECK} " + ("perkiraan; periksa" if guess else
                                                   f"nilai di luar kontrak; isi salah satu: {', '.join(choices)}")))
    return out


def _dinas_from_name(sheet: Sheet) -> str | None:
    """The dinas a file or sheet name says ('SIMPEG Dinkes 2025.xlsx' -> kesehatan), if one."""
    words = header_key(f"{Path(sheet.file).stem} {sheet.name or ''}").split()
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            slug = registry.resolve(" ".join(words[start:start + size]))
            if slug:
                return slug
    return None


# --- rendering -----------------------------------------------------------------------------------
def render(proposals: list[Proposal]) -> str:
    """The draft's text for a project without pemetaan.yml."""
    return render_beside(proposals, None)[0]


def render_beside(proposals: list[Proposal], existing: draft_keep.Existing | None) -> tuple[str, int, int, list[str]]:
    """The draft's text; beside ``existing`` (pemetaan.yml): how many sections were kept, how many new columns and
    values were proposed inside them, and the names of the new sections."""
    lines = ["# Pemetaan ekspor ke kontrak data (docs/pemetaan.md; English: docs/mapping.md).",
             "# Draf dari `make pemetaan`: setiap baris bertanda PERIKSA adalah tebakan atau belum terisi."]
    if existing is not None:
        lines += ["# Bagian bertanda 'sudah ada di pemetaan.yml' memuat pilihan Anda dari file itu (komentar tidak",
                  "# ikut); bagian, kolom dan nilai bertanda 'BARU' belum ada di sana."]
    lines += ["# Koreksi, lalu jalankan `make periksa` dan `make report DINAS=<kode dinas>`.", "versi: 1", "sumber:"]
    sheets_per_file: dict[str, int] = {}
    for proposal in proposals:
        sheets_per_file[proposal.sheet.file] = sheets_per_file.get(proposal.sheet.file, 0) + 1
    kept, added, new = 0, 0, []
    for proposal in proposals:
        found = draft_keep.match(existing, proposal, sheets_per_file[proposal.sheet.file] == 1) if existing else None
        if found is not None:
            section, count = draft_keep.kept_lines(*found, proposal)
            lines += section
            kept, added = kept + 1, added + count
            continue
        if existing is not None:
            new.append(proposal.sheet.file + (f", sheet {proposal.sheet.name}" if proposal.sheet.name else ""))
        lines += _section(proposal, draft_keep.NEW + ": belum ada di pemetaan.yml" if existing is not None else None)
    return "\n".join(lines) + "\n", kept, added, new


def _section(proposal: Proposal, mark: str | None = None) -> list[str]:
    lines = [f"  - file: {_q(proposal.sheet.file)}" + (f"  {mark}" if mark else "")]
    if proposal.sheet.name is not None:
        lines.append(f"    sheet: {_q(proposal.sheet.name)}")
    lines += [f"    {c}" for c in proposal.comments]
    if proposal.table is None:
        lines.append("    tabel: abaikan")
        return lines
    lines.append(f"    tabel: {proposal.table}  # {proposal.score} petunjuk: kolom yang dikenali dan nama "
                 "sheet/file")
    lines.append(f"    baris_judul: otomatis  # ditemukan di baris {(proposal.header_at or 0) + 1}")
    if proposal.period_unit:
        others = ", ".join(u for u in PERIOD_UNITS if u != proposal.period_unit)
        lines.append(f"    satuan_periode: {proposal.period_unit}  # tanggal di kolom periode dikelompokkan per "
                     f"{proposal.period_unit}; atau {others}")
    lines.append("    kolom:")
    lines += [f"      {_q(h)}: {name or 'null'}" + (f"  {c}" if c else "") for h, name, c in proposal.columns]
    if proposal.constants:
        lines.append("    konstan:")
        lines += [f"      {name}: {value or 'null'}  {c}" for name, value, c in proposal.constants]
    if proposal.values:
        lines.append("    nilai:")
        for name, pairs in proposal.values.items():
            lines.append(f"      {name}:")
            lines += [f"        {_q(v)}: {_q(g) if g else 'null'}  {c}" for v, g, c in pairs]
    return lines


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(str(text), ensure_ascii=False)
