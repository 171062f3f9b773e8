"""The draft beside an existing pemetaan.yml (``make pemetaan`` a second year; CHECK15 E15-1).

A file or sheet the evaluator's pemetaan.yml already has keeps its section as written there (table,
header row, columns, constants, value maps, ``abaikan``), marked "# sudah ada di pemetaan.yml"; only
the export columns and the values the section does not know yet are proposed inside it, each marked
"# BARU". Every other file or sheet is the draft's fresh proposal, marked "# BARU" at its section.
Comments in pemetaan.yml are not carried over (the file is read as YAML); ``catatan:`` is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import yaml

from evalasn.ingest.columns import CHECK
from evalasn.ingest.mapping import SKIP
from evalasn.schema_aliases import header_key

KEPT = "# sudah ada di pemetaan.yml"
NEW = "# BARU"
YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}  # plain, these would not read as text


class Sheet(Protocol):
    @property
    def file(self) -> str: ...
    @property
    def name(self) -> str | None: ...


class Proposal(Protocol):
    """What this module reads of a ``draft.Proposal`` (draft imports this module, not the reverse)."""

    @property
    def sheet(self) -> Sheet: ...
    @property
    def table(self) -> str | None: ...
    @property
    def score(self) -> int: ...
    @property
    def columns(self) -> list[tuple[str, str | None, str | None]]: ...
    @property
    def values(self) -> dict[str, list[tuple[str, str | None, str | None]]]: ...


@dataclass
class Existing:
    """pemetaan.yml's sections by (file, sheet) in lower case; ``problem`` when it could not be read."""

    sections: dict[tuple[str, str], tuple[dict, int]] = field(default_factory=dict)
    problem: str | None = None


def read(path: Path) -> Existing:
    """The sections of pemetaan.yml as written (not checked: ``periksa`` does that)."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        root, data = yaml.compose(text), yaml.safe_load(text)
    except yaml.YAMLError as error:
        return Existing(problem=f"bukan YAML yang sah ({getattr(error, 'problem', None) or error})")
    if not (isinstance(data, dict) and isinstance(data.get("sumber"), list)):
        return Existing(problem="tidak berisi daftar 'sumber:'")
    nodes = next(v for k, v in root.value if k.value == "sumber").value
    out = Existing()
    for item, node in zip(data["sumber"], nodes, strict=True):
        if isinstance(item, dict) and item.get("file"):
            key = (str(item["file"]).lower(), str(item.get("sheet") or "").lower().strip())
            out.sections.setdefault(key, (item, node.start_mark.line + 1))
    return out


def match(existing: Existing, proposal: Proposal, one_sheet: bool) -> tuple[dict, int] | None:
    """The section of pemetaan.yml for this file and sheet; a section without a sheet fits a one-sheet workbook."""
    file = proposal.sheet.file.lower()
    found = existing.sections.get((file, (proposal.sheet.name or "").lower().strip()))
    return found or (existing.sections.get((file, "")) if one_sheet else None)


def kept_lines(item: dict, line: int, proposal: Proposal) -> tuple[list[str], int]:
    """The section as in pemetaan.yml with the new columns and values inside it; and how many are new."""
    table = item.get("tabel")
    same = table == proposal.table and table not in (None, SKIP)
    new_columns = _new_columns(item, proposal) if same else []
    merged = {header_key(str(k)): v for k, v in _dict(item.get("kolom")).items()}
    merged |= {header_key(h): c for h, c, _ in new_columns}
    new_values = _new_values(item, proposal, merged) if same else {}
    count = len(new_columns) + sum(len(v) for v in new_values.values())
    out = [f"  - file: {_scalar(item['file'])}  {KEPT} (baris {line}): pilihan Anda dipertahankan"]
    if not same and proposal.table != (None if table == SKIP else table):
        guess = f"tabel {proposal.table} ({proposal.score} petunjuk)" if proposal.table else SKIP
        out.append(f"    # draf mengusulkan {guess}; pemetaan.yml memilih {table}, dipertahankan")
    for key, value in item.items():
        if key == "file":
            continue
        if not isinstance(value, dict):
            out.append(f"    {key}: {_scalar(value)}")
            continue
        out.append(f"    {key}:")
        if key == "nilai":
            for name, pairs in value.items():
                out.append(f"      {_scalar(name)}:")
                out += _pairs(pairs, 8, unfilled=True) + _proposed(new_values.pop(name, []), 8)
            out += [line for name, pairs in new_values.items() for line in
                    [f"      {name}:  {NEW}: peta nilai belum ada di pemetaan.yml"] + _proposed(pairs, 8)]
            new_values = {}
        else:
            out += _pairs(value, 6)
        if key == "kolom":
            out += _proposed(new_columns, 6)
            new_columns = []
    if new_columns:
        out += ["    kolom:"] + _proposed(new_columns, 6)
    if new_values:
        out.append("    nilai:")
        out += [line for name, pairs in new_values.items() for line in [f"      {name}:"] + _proposed(pairs, 8)]
    return out, count


def _new_columns(item: dict, proposal: Proposal) -> list[tuple[str, str | None, str]]:
    """Export columns the section does not list, with the draft's guess (null when the section already fills it)."""
    listed = _dict(item.get("kolom"))
    known = {header_key(str(k)) for k in listed}
    filled = {v for v in listed.values() if v is not None} | set(_dict(item.get("konstan")))
    out: list[tuple[str, str | None, str]] = []
    for header, column, comment in proposal.columns:
        if header_key(header) in known:
            continue
        if column in filled:
            out.append((header, None, f"{NEW}: kolom belum ada di pemetaan.yml; draf menebak '{column}', yang sudah "
                                      "diisi dari kolom lain atau konstan: dibuang"))
            continue
        out.append((header, column, f"{NEW} (kolom belum ada di pemetaan.yml)" + (f" {comment}" if comment else "")))
    return out


def _new_values(item: dict, proposal: Proposal, merged: dict) -> dict[str, list[tuple[str, str | None, str]]]:
    """Values the section's value maps do not have, for columns read from the export column the draft looked at."""
    maps = _dict(item.get("nilai"))
    out = {}
    for name, pairs in proposal.values.items():
        source = next((h for h, c, _ in proposal.columns if c == name), None)
        if source is None or merged.get(header_key(source)) != name:
            continue
        known = {header_key(str(k)) for k in _dict(maps.get(name))}
        fresh = [(v, g, f"{NEW} (nilai belum ada di peta nilai pemetaan.yml)" + (f" {c}" if c else ""))
                 for v, g, c in pairs if header_key(v) not in known]
        if fresh:
            out[name] = fresh
    return out


def _pairs(value, indent: int, unfilled: bool = False) -> list[str]:
    pad = " " * indent
    if not isinstance(value, dict):
        return [f"{pad}# (tidak berupa pasangan; disalin apa adanya)", f"{pad}{_scalar(value)}"] if value else []
    return [f"{pad}{_scalar(k)}: {_scalar(v)}" + (f"  {CHECK} belum diisi" if unfilled and v is None else "")
            for k, v in value.items()]


def _proposed(rows: list[tuple[str, str | None, str]], indent: int) -> list[str]:
    return [f"{' ' * indent}{_scalar(k)}: {_scalar(v)}  {c}" for k, v, c in rows]


def _dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _scalar(value) -> str:
    """A YAML scalar that reads back as the same value (JSON is valid YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    if isinstance(value, str):
        plain = re.fullmatch(r"[a-z][a-z0-9_]*", value) and value not in YAML_WORDS
        return value if plain else json.dumps(value, ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=str)
