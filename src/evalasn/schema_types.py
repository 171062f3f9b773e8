"""What a table declaration is made of: a column (kind, presence, range or choices, meaning) and a
table (columns, key, what one row is), and the checks a frame gets against its declaration. The
declarations themselves, the single source of truth for every table, are in ``evalasn.schema``."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from evalasn import constants
from evalasn.schema_aliases import header_key

# kind -> pandas dtype of the processed column
DTYPES = {
    "text": "string",
    "category": "string",
    "slug": "string",
    "pseudonym": "string",
    "periode": "string",
    "int": "Int64",
    "float": "float64",
    "date": "datetime64[ms]",
    "bool": "boolean",
}


@dataclass(frozen=True)
class Column:
    """One column: its kind, presence, blank values, range or choices, and meaning."""

    name: str
    kind: str
    description: str
    description_en: str
    required: bool = True  # the column must be present in the file
    nullable: bool = False  # a cell may be blank
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None
    example: object = None
    personal: bool = False  # personal data (UU 27/2022): never leaves the clean stage
    # other names of the column in staff and training exports (SIMPEG, SIMDIKLAT, LMS), matched
    # after header_key(); a column found under one of them is mapped, never dropped silently
    synonyms: tuple[str, ...] = ()
    # other spellings of a closed list's values, header_key(value) -> the contract value
    aliases: dict = field(default_factory=dict, compare=False, hash=False)
    # the report section an optional column feeds: absent or blank in every row, that section is not
    # built, and the check says so (a warning naming it) instead of letting it vanish without a word
    section: tuple[str, str] | None = None  # (Bahasa Indonesia, English)

    @property
    def dtype(self) -> str:
        return DTYPES["text" if self.kind == "nip" else self.kind]

    def expected(self, lang: str = "id") -> str:
        """What a valid value looks like, for error messages and docs."""
        id_ = lang == "id"
        parts: list[str] = []
        if self.kind == "nip":
            sex = "/".join(constants.NIP_SEX)
            return (f"{constants.NIP_LENGTH} digit: tanggal lahir YYYYMMDD, TMT CPNS YYYYMM, jenis kelamin {sex}, "
                    "nomor urut" if id_ else
                    f"{constants.NIP_LENGTH} digits: birth date YYYYMMDD, TMT CPNS YYYYMM, sex {sex}, serial")
        if self.kind == "slug":
            return ("kode dinas atau nama resmi dinas dari registri" if id_
                    else "kode dinas (agency code) or official name from the registry")
        if self.kind == "date":
            return ("tanggal (YYYY-MM-DD, DD/MM/YYYY, 6 Januari 2025 atau tanggal Excel)" if id_
                    else "date (YYYY-MM-DD, DD/MM/YYYY, 6 Januari 2025 or Excel date)")
        if self.kind == "periode":
            return ("periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM, atau tanggal (hari lebih dulu, boleh dengan "
                    "jam: 7/10/2024 12:57:11), dikelompokkan per semester" if id_
                    else "period YYYY, YYYY-S1/S2, YYYY-Q1..Q4 or YYYY-MM, or a date (day first, time allowed: "
                    "7/10/2024 12:57:11), binned per semester")
        if self.choices:
            parts.append(("salah satu dari: " if id_ else "one of: ") + ", ".join(self.choices))
        elif self.kind in ("int", "float"):
            parts.append(("bilangan bulat" if id_ else "whole number") if self.kind == "int"
                         else ("angka" if id_ else "number"))
            # a decimal comma in Indonesian, as the files and reports write it (CHECK14 E14-8: '0.5–1000')
            def shown(bound: float) -> str:
                return f"{bound:g}".replace(".", ",") if id_ else f"{bound:g}"

            if self.min is not None and self.max is not None:
                parts.append(f"{shown(self.min)}–{shown(self.max)}")
            elif self.min is not None:
                parts.append(f"≥ {shown(self.min)}")  # the reports spell a comparison one way (≥)
        else:
            parts.append("teks" if id_ else "text")
        if not self.nullable:
            parts.append("wajib diisi" if id_ else "must not be blank")
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Table:
    """A table: its columns, its key, whether the raw table is needed, what one row is."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    row_means: str
    row_means_en: str
    required: bool = True
    references: dict[str, str] = field(default_factory=dict)  # column -> "table.column"
    # other sheet titles the table is recognised by without a mapping (the report workbook's own sheet)
    sheet_titles: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def empty_frame(self) -> pd.DataFrame:
        return pd.DataFrame({c.name: pd.Series(dtype=c.dtype) for c in self.columns})


def column_keys(col: Column) -> set[str]:
    """Every header_key under which ``col`` is recognised: its name and its synonyms."""
    return {header_key(col.name), *(header_key(s) for s in col.synonyms)}


def conform(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """The frame with exactly the table's columns, in order, cast to their dtypes."""
    out = pd.DataFrame(index=range(len(frame)))
    frame = frame.reset_index(drop=True)
    for col in table.columns:
        if col.name in frame:
            out[col.name] = frame[col.name].astype(col.dtype)
        else:  # an optional column absent from the data: typed and blank
            out[col.name] = pd.Series(index=out.index, dtype=col.dtype)
    return out


def check_processed(frame: pd.DataFrame, table: Table) -> list[str]:
    """Problems of a processed frame against its schema (empty list when it conforms)."""
    problems: list[str] = []
    if list(frame.columns) != table.names:
        return [f"{table.name}: columns {list(frame.columns)} != {table.names}"]
    for col in table.columns:
        values = frame[col.name]
        if str(values.dtype) != col.dtype:
            problems.append(f"{table.name}.{col.name}: dtype {values.dtype} != {col.dtype}")
            continue
        if not col.nullable and values.isna().any():
            problems.append(f"{table.name}.{col.name}: {int(values.isna().sum())} blank values")
        if col.min is not None and (values.dropna() < col.min).any():
            problems.append(f"{table.name}.{col.name}: values below {col.min}")
        if col.max is not None and (values.dropna() > col.max).any():
            problems.append(f"{table.name}.{col.name}: values above {col.max}")
        if col.choices and not values.dropna().isin(col.choices).all():
            problems.append(f"{table.name}.{col.name}: values outside {col.choices}")
    if len(frame) and frame.duplicated(list(table.key)).any():
        problems.append(f"{table.name}: duplicate key {table.key}")
    return problems
