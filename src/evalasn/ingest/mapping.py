"""data/raw/pemetaan.yml: which file and sheet of an export is which contract table, and how.

Per file (and sheet): the table (or ``abaikan``), the header row (auto-detected unless given),
export column -> contract column (``"Gol/Ruang": golongan``), constant columns for a per-agency
export (``dinas: kesehatan``) and value maps (``"Jabatan Fungsional": fungsional``). The file is
read and checked here; every mistake in it is a Violation of kind "pemetaan" with its line.
docs/pemetaan.md (English: docs/mapping.md) explains it with a worked example.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from evalasn import registry
from evalasn.ingest.errors import InputError, Violation
from evalasn.schema import Table, column_keys
from evalasn.schema_aliases import PERIOD_UNIT_ALIASES, PERIOD_UNITS, brief, header_key

SOURCE = "data/raw/pemetaan.yml"
SKIP = "abaikan"  # tabel: abaikan -> the sheet is seen and deliberately not read
AUTO = "otomatis"  # baris_judul: otomatis -> the header row is found by its column names
ENTRY_KEYS = {"file": "nama file di data/raw/", "sheet": "nama sheet (hanya .xlsx)",
              "tabel": "tabel kontrak atau 'abaikan'", "baris_judul": "nomor baris judul atau 'otomatis'",
              "kolom": "kolom ekspor: kolom kontrak", "konstan": "kolom kontrak: nilai untuk semua baris",
              "nilai": "kolom kontrak: {nilai ekspor: nilai kontrak}", "catatan": "teks bebas",
              "satuan_periode": "periode dari tanggal: " + ", ".join(PERIOD_UNITS)}


@dataclass(frozen=True)
class Entry:
    """How one file (and sheet) is read."""

    file: str
    sheet: str | None
    table: str | None  # None: skip this sheet
    header_row: int | None = None  # spreadsheet row (1 = first); None: auto-detect
    columns: dict = field(default_factory=dict, hash=False)  # header_key(export column) -> contract column or None
    written: dict = field(default_factory=dict, hash=False)  # header_key(export column) -> as written in the file
    constants: dict = field(default_factory=dict, hash=False)  # contract column -> text value
    values: dict = field(default_factory=dict, hash=False)  # contract column -> {header_key(value): contract value}
    line: int | None = None
    period_unit: str | None = None  # how dates in 'periode' are binned (None: the default, a semester)

    def sources_of(self, column: str) -> set[str]:
        """The header keys of the export columns mapped to ``column``."""
        return {k for k, v in self.columns.items() if v == column}


@dataclass
class Mapping:
    entries: list[Entry]

    def for_file(self, name: str) -> list[Entry]:
        return [e for e in self.entries if e.file.lower() == name.lower()]


def load(path: Path, tables: dict[str, Table], files: list[Path]) -> Mapping | None:
    """The mapping at ``path`` checked against the contract and the files present; None when absent.
    Raises InputError listing every mistake in the mapping."""
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8-sig")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InputError([Violation(SOURCE, mark.line + 1 if mark else None, None, None,
                                    f"bukan YAML yang sah ({getattr(error, 'problem', None) or error}); periksa "
                                    "tanda kutip, titik dua dan indentasi (spasi, bukan tab)", kind="pemetaan")]) \
            from None
    problems: list[Violation] = []
    if data is None:
        return Mapping([])
    items, nodes = _entries(data, root, problems)
    names = {p.name.lower(): p.name for p in files}
    entries = []
    seen: dict[tuple, int | None] = {}
    for item, node in zip(items, nodes, strict=True):
        entry = _entry(item, node, tables, names, problems)
        if entry is None:
            continue
        key = (entry.file.lower(), (entry.sheet or "").lower())
        if key in seen:
            where = f"file {entry.file}" + (f", sheet {entry.sheet}" if entry.sheet else "")
            problems.append(_problem(entry.line, f"{where} sudah dipetakan di baris {seen[key]}; satu bagian per file "
                                                 "dan sheet"))
        seen[key] = entry.line
        entries.append(entry)
    if problems:
        raise InputError(problems)
    return Mapping(entries)


def _problem(line: int | None, expected: str, value: object = None) -> Violation:
    return Violation(SOURCE, line, None, value, expected, kind="pemetaan")


def _entries(data, root, problems) -> tuple[list, list]:
    if isinstance(data, dict) and set(data) <= {"sumber", "versi"} and isinstance(data.get("sumber"), list):
        node = next(v for k, v in root.value if k.value == "sumber")
        return data["sumber"], node.value
    problems.append(_problem(1, "pemetaan harus berisi daftar 'sumber:' (satu bagian '- file: ...' per file dan "
                                "sheet); lihat docs/pemetaan.md"))
    return [], []


def _entry(item, node, tables: dict[str, Table], names: dict[str, str], problems: list) -> Entry | None:
    line = node.start_mark.line + 1
    if not isinstance(item, dict):
        problems.append(_problem(line, "setiap bagian 'sumber' berisi file:, tabel:, kolom: ...", item))
        return None
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value} if hasattr(node, "value") else {}
    start = len(problems)
    for key in item:
        if key not in ENTRY_KEYS:
            problems.append(_problem(lines.get(key, line),
                                     f"kunci tidak dikenal; yang dikenal: {', '.join(ENTRY_KEYS)}", key))
    file = str(item.get("file") or "")
    if not file:
        problems.append(_problem(line, "'file:' wajib diisi (nama file di data/raw/)"))
    elif file.lower() not in names:
        close = difflib.get_close_matches(file.lower(), list(names), n=1)
        hint = f"; maksud Anda {names[close[0]]}?" if close else f"; file yang ada: {', '.join(names.values()) or '-'}"
        problems.append(_problem(lines.get("file", line), f"file tidak ada di data/raw/{hint}", file))
    table_name = item.get("tabel")
    if table_name == SKIP:
        return Entry(names.get(file.lower(), file), _text(item.get("sheet")), None, line=line) \
            if len(problems) == start else None
    if table_name not in tables:
        problems.append(_problem(lines.get("tabel", line), f"tabel harus salah satu dari: {', '.join(tables)}, "
                                                          f"atau '{SKIP}'", table_name))
        return None
    table = tables[table_name]
    header = item.get("baris_judul", AUTO)
    if header not in (AUTO, None) and not (isinstance(header, int) and header >= 1):
        problems.append(_problem(lines.get("baris_judul", line), f"baris_judul harus nomor baris (1, 2, ...) atau "
                                                                 f"'{AUTO}'", header))
    columns, written = _columns(item.get("kolom") or {}, table, lines.get("kolom", line), problems)
    constants = _constants(item.get("konstan") or {}, table, columns, lines.get("konstan", line), problems)
    values = _values(item.get("nilai") or {}, table, lines.get("nilai", line), problems)
    unit = item.get("satuan_periode")
    unit = PERIOD_UNIT_ALIASES.get(header_key(unit), unit) if unit is not None else None
    if unit is not None and unit not in PERIOD_UNITS:
        problems.append(_problem(lines.get("satuan_periode", line), "satuan_periode harus salah satu dari: "
                                 + ", ".join(PERIOD_UNITS), unit))
    if len(problems) > start:
        return None
    return Entry(names[file.lower()], _text(item.get("sheet")), table_name,
                 header if isinstance(header, int) else None, columns, written, constants, values, line, unit)


def _text(value) -> str | None:
    return None if value is None else str(value)


def _unknown_column(name, table: Table) -> str:
    close = difflib.get_close_matches(str(name), table.names, n=1)
    hint = f" (maksud Anda '{close[0]}'?)" if close else ""
    return f"bukan kolom tabel {table.name}{hint}; kolom yang dikenal: {', '.join(table.names)}"


def _columns(raw, table: Table, line: int, problems: list) -> tuple[dict, dict]:
    if not isinstance(raw, dict):
        problems.append(_problem(line, "'kolom:' berisi pasangan \"kolom ekspor\": kolom_kontrak, satu per baris"))
        return {}, {}
    columns: dict[str, str | None] = {}
    written: dict[str, str] = {}
    targets: dict[str, str] = {}
    for source, target in raw.items():
        if target is not None and target not in table.names:
            problems.append(_problem(line, f"kolom '{source}' dipetakan ke '{target}', yang " + _unknown_column(
                target, table), target))
            continue
        if target is not None and target in targets:
            problems.append(_problem(line, f"kolom kontrak '{target}' dipetakan dua kali (dari '{targets[target]}' "
                                           f"dan '{source}'); pilih satu, yang lain beri null", target))
            continue
        if target is not None:
            targets[target] = source
        columns[header_key(source)] = target
        written[header_key(source)] = str(source)
    return columns, written


def _constants(raw, table: Table, columns: dict, line: int, problems: list) -> dict:
    if not isinstance(raw, dict):
        problems.append(_problem(line, "'konstan:' berisi pasangan kolom_kontrak: nilai, mis. dinas: kesehatan"))
        return {}
    out = {}
    for name, value in raw.items():
        if name == "dinas" and name not in table.names:  # the agency whose export this is, on a table without a
            slug = registry.resolve(str(value or ""))     # dinas column (peserta): accepted, not used (the staff say)
            if slug is None:
                problems.append(_problem(line, "nilai konstan 'dinas' tidak sah: kode dinas atau nama resmi dinas dari "
                                               "registri", value))
            else:
                out[name] = slug
            continue
        if name not in table.names:
            problems.append(_problem(line, f"kolom konstan '{name}' " + _unknown_column(name, table), name))
            continue
        col = table.column(name)
        if col.personal:
            problems.append(_problem(line, f"'{name}' adalah data pribadi; tidak dapat diberi nilai konstan", name))
        elif name in columns.values():
            problems.append(_problem(line, f"kolom '{name}' sudah dipetakan dari kolom ekspor dan juga diberi nilai "
                                           "konstan; hapus salah satunya", name))
        elif value is None or str(value).strip() == "":
            problems.append(_problem(line, f"nilai konstan '{name}' kosong; isi nilainya (mis. dinas: kesehatan)"))
        elif (converted := _contract_value(col, str(value))) is None:
            problems.append(_problem(line, f"nilai konstan '{name}' tidak sah: {col.expected()}", value))
        else:
            out[name] = converted
    return out


def _values(raw, table: Table, line: int, problems: list) -> dict:
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        problems.append(_problem(line, "'nilai:' berisi kolom_kontrak: lalu pasangan \"nilai ekspor\": nilai_kontrak"))
        return {}
    out: dict[str, dict[str, str]] = {}
    for name, pairs in raw.items():
        if name not in table.names:
            problems.append(_problem(line, f"peta nilai untuk '{name}', yang " + _unknown_column(name, table), name))
            continue
        col = table.column(name)
        if col.personal:
            problems.append(_problem(line, f"'{name}' adalah data pribadi; nilainya tidak dipetakan", name))
            continue
        out[name] = {}
        for source, target in pairs.items():
            value = _contract_value(col, str(target)) if target is not None else None
            if target is None:  # the draft's unfilled guess: not a wrong value, a missing one
                problems.append(_problem(line, f"'{source}' belum dipetakan (null): isi {_choices(col)}"))
            elif value is None:
                problems.append(_problem(line, f"'{source}' dipetakan ke nilai di luar kontrak kolom '{name}': "
                                               f"{col.expected()}", target))
            else:
                out[name][header_key(source)] = value
    return out


def _choices(col) -> str:
    """'PNS atau PPPK', 'struktural, fungsional atau pelaksana'; for a dinas, its code or official name."""
    if not col.choices:
        return "kode dinas atau nama resmi dinas dari registri" if col.kind == "slug" else col.expected()
    return ", ".join(col.choices[:-1]) + " atau " + col.choices[-1] if len(col.choices) > 1 else col.choices[0]


def _contract_value(col, text: str) -> str | None:
    """``text`` as the contract writes it for ``col``, or None when it is not a valid value."""
    if col.kind == "slug":
        return registry.resolve(text)
    if col.choices:
        known = {header_key(c): c for c in col.choices} | {header_key(k): v for k, v in col.aliases.items()}
        return known.get(header_key(text))
    return text


# --- applying an entry to a table as read ------------------------------------------------------
def apply(frame: pd.DataFrame, entry: Entry, source: str, row_column: str,
          origins: dict | None = None) -> tuple[pd.DataFrame, list[str], list[Violation]]:
    """The frame with export columns renamed, constants added and values mapped per ``entry``;
    ``origins`` (column -> header as written and its letter) follows the renames."""
    notes: list[str] = []
    problems: list[Violation] = []
    present = {header_key(c): c for c in frame.columns if c != row_column}
    missing = [entry.written[k] for k in entry.columns if k not in present]
    if missing:
        problems.append(Violation(source, None, None, ", ".join(missing),
                                  f"kolom dari pemetaan tidak ada di sheet ini; kolom yang ada: "
                                  f"{', '.join(written_header(c, origins) for c in present.values())}",
                                  kind="pemetaan"))
    rename = {present[k]: v for k, v in entry.columns.items() if k in present and v is not None}
    dropped = [present[k] for k, v in entry.columns.items() if k in present and v is None]
    dropped_shown = [written_header(c, origins) for c in dropped]
    frame = frame.drop(columns=dropped).rename(columns=rename)
    _follow(origins, rename)
    if rename:
        notes.append(f"{len(rename)} kolom dibaca menurut pemetaan: "
                     + ", ".join(f"'{brief(entry.written[header_key(a)])}' → '{b}'" for a, b in rename.items()))
    if dropped:
        notes.append(f"kolom diabaikan menurut pemetaan: {', '.join(dropped_shown)}")
    for name, value in entry.constants.items():
        if name in frame.columns:
            problems.append(Violation(source, 1, name, None, "kolom ini ada di sheet dan juga diberi nilai konstan "
                                      "di pemetaan; hapus salah satunya", kind="pemetaan"))
            continue
        frame[name] = value
        notes.append(f"kolom '{name}' tidak ada di file; diisi '{value}' untuk semua {len(frame)} baris menurut "
                     "pemetaan")
    for name, pairs in entry.values.items():
        if name not in frame.columns or not pairs:
            continue
        text = frame[name].fillna("").astype(str).str.strip()
        unique = pd.Series(text.unique())
        lookup = {v: pairs.get(header_key(v)) for v in unique}
        mapped = text.map(lookup)
        hit = mapped.notna()
        if hit.any():
            frame[name] = text.where(~hit, mapped)
            notes.append(f"kolom '{name}': {int(hit.sum())} nilai diganti menurut pemetaan")
    return frame, notes, problems


def written_header(column: str, origins: dict | None) -> str:
    """A column as the export writes its header ('Gol/Ruang', not the read name 'gol/ruang'), shortened."""
    return brief(origins[column][0]) if origins and column in origins else brief(column)


def _follow(origins: dict | None, rename: dict) -> None:
    """Keep ``origins`` keyed by the column names after ``rename``."""
    if origins:
        moved = {new: origins.pop(old) for old, new in rename.items() if old in origins}
        origins.update(moved)


def apply_synonyms(frame: pd.DataFrame, table: Table, row_column: str,
                   origins: dict | None = None) -> tuple[pd.DataFrame, list[str]]:
    """Columns the contract knows under another name ('Gol/Ruang', 'Tgl Mulai') renamed to the contract
    name; one that would duplicate a contract column already present is named in a note."""
    notes: list[str] = []
    keys = {c.name: column_keys(c) for c in table.columns}
    rename: dict[str, str] = {}
    for name in frame.columns:
        if name == row_column or name in table.names:
            continue
        target = next((c for c, k in keys.items() if header_key(name) in k), None)
        if target is None:
            continue
        if target in frame.columns or target in rename.values():
            notes.append(f"kolom '{written_header(name, origins)}' (nama lain untuk '{target}') diabaikan: kolom "
                         f"'{target}' sudah ada")
        else:
            rename[name] = target
    if rename:
        notes.append(f"{len(rename)} kolom dikenali dari nama lainnya: "
                     + ", ".join(f"'{written_header(a, origins)}' → '{b}'" for a, b in rename.items()))
    _follow(origins, rename)
    return frame.rename(columns=rename), notes
