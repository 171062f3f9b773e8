"""``make templat``: a blank workbook to fill in by hand, generated from the schema.

The sheet "penjelasan" comes first: how to fill the workbook in and every column explained in
Indonesian. Then one sheet per contract table with the contract headers (frozen) and one example
row, marked as an example (grey italic, a note on its first cell) and skipped when the workbook is
read back (``is_example``). Below it, every column checks what ``make periksa`` checks, as far as a
spreadsheet can: drop-down lists for the closed lists (dinas takes its code or its official name,
as the check does), whole numbers and decimals within their range (u1-u9, scores, JP, amounts,
years), dates within the years a kegiatan may have, periods written YYYY, YYYY-S1, YYYY-Q3 or
YYYY-07, an 18-digit NIP; codes, NIP and periods are text cells (so Excel keeps every digit and
does not turn 2025-07 into a date). Written to reports/templat/ (a derived file: ``make clean``
removes it, ``make templat`` writes it again); a filled copy goes to data/raw/.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evalasn import constants, registry, schema
from evalasn.files import save_workbook_atomically
from evalasn.schema import Column

LISTS_SHEET = "daftar"  # hidden sheet holding the drop-down lists (Excel limits an inline list to 255 characters)
EXPLAIN_SHEET = "penjelasan"
ROWS_VALIDATED = 5000  # rows below the header that carry the checks and the text format
EXAMPLE_ROW = 2
EXAMPLE_NOTE = ("CONTOH: baris ini hanya contoh dan dilewati saat dibaca (make periksa). Isi data Anda mulai baris 3, "
                "atau timpa baris ini.")
TEXT_KINDS = ("text", "nip", "periode")  # cells formatted as text: leading zeros and long digit strings kept
CONVERTED_KINDS = ("nip", "periode")  # Excel turns an 18-digit NIP into 1.98E+17 and 2025-07 into a date
# the years a date may have (those of a processed kegiatan: schema.PROCESSED kegiatan.tahun)
_YEARS = schema.PROCESSED["kegiatan"].column("tahun")
DATE_YEARS = (int(_YEARS.min or 0), int(_YEARS.max or 0))
PROMPT_LIMIT = 250  # Excel shows at most 255 characters of an input message
TITLE_LIMIT = 32  # ... and 32 of its title
TEMPLATE_DATE = dt.datetime(2026, 1, 1)  # as the Word reference document: no build date in a file without data


def write(target: Path) -> Path:
    """Write the template workbook atomically; returns its path."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    explain = book.active
    explain.title = EXPLAIN_SHEET  # first: the sheet a new evaluator reads before filling anything in
    lists = book.create_sheet(LISTS_SHEET)
    list_ranges = _write_lists(lists)
    lists.sheet_state = "hidden"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    example_font = Font(italic=True, color="808080")
    for table in schema.RAW.values():
        ws = book.create_sheet(table.name)
        ws.append([c.name for c in table.columns])
        ws.append([example(c) for c in table.columns])
        ws.freeze_panes = "A2"
        for number, col in enumerate(table.columns, 1):
            letter = get_column_letter(number)
            head = ws.cell(row=1, column=number)
            head.font, head.fill = bold, fill
            ws.cell(row=EXAMPLE_ROW, column=number).font = example_font
            ws.column_dimensions[letter].width = max(14, len(col.name) + 4)
            cell_format = "@" if col.kind in TEXT_KINDS else "yyyy-mm-dd" if col.kind == "date" else None
            if cell_format:  # the column's style (what a typed cell gets) and, where Excel converts most, each cell
                ws.column_dimensions[letter].number_format = cell_format
                rows = ROWS_VALIDATED + 2 if col.kind in CONVERTED_KINDS else EXAMPLE_ROW + 1
                for row in range(EXAMPLE_ROW, rows):
                    ws.cell(row=row, column=number).number_format = cell_format
            if col.kind == "nip":
                ws.column_dimensions[letter].width = 22
            rule = validation(col, list_ranges, f"{letter}{EXAMPLE_ROW}")
            if rule is not None:
                ws.add_data_validation(rule)
                rule.add(f"{letter}{EXAMPLE_ROW}:{letter}{ROWS_VALIDATED + 1}")
        ws.cell(row=EXAMPLE_ROW, column=1).comment = Comment(EXAMPLE_NOTE, "evalasn", width=300, height=90)
    _write_explanation(explain, bold, fill)
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))  # the hidden lists last
    book.active = 0
    # the template has no data: its bytes depend on the code only (SOURCE_DATE_EPOCH still wins when set)
    book.properties.created = book.properties.modified = TEMPLATE_DATE
    save_workbook_atomically(book, target)
    return target


def closed_list(col: Column) -> tuple[str, ...] | None:
    """The values a drop-down offers for ``col`` (None: free entry); a dinas by its code or its
    official name, both of which the check accepts."""
    if col.kind == "slug":
        return tuple(registry.AGENCIES) + tuple(registry.AGENCIES.values())
    return col.choices


def _write_lists(ws) -> dict[str, str]:
    """One column per closed list on the hidden sheet; returns column name -> its range."""
    from openpyxl.utils import get_column_letter

    ranges: dict[str, str] = {}
    seen: dict[tuple[str, ...], str] = {}
    for table in schema.RAW.values():
        for col in table.columns:
            values = closed_list(col)
            if not values or col.name in ranges:
                continue
            if values in seen:
                ranges[col.name] = seen[values]
                continue
            number = len(seen) + 1
            letter = get_column_letter(number)
            ws.cell(row=1, column=number, value=col.name)
            for row_number, value in enumerate(values, 2):
                ws.cell(row=row_number, column=number, value=value)
            seen[values] = ranges[col.name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return ranges


def validation(col: Column, list_ranges: dict[str, str], first_cell: str):
    """The data validation of ``col`` (its formulas relative to ``first_cell``), or None for free text."""
    from openpyxl.worksheet.datavalidation import DataValidation

    blank = col.nullable
    if col.name in list_ranges:
        rule = DataValidation(type="list", formula1=f"={list_ranges[col.name]}", allow_blank=blank)
        if col.kind == "slug":  # other spellings of a dinas pass the check too: warn, do not refuse
            rule.errorStyle = "warning"
        rule.error = f"Pilih dari daftar ({col.expected()})"
    elif col.kind in ("int", "float") and (col.min is not None or col.max is not None):
        kind = "whole" if col.kind == "int" else "decimal"
        if col.min is not None and col.max is not None:
            rule = DataValidation(type=kind, operator="between", formula1=_number(col.min),
                                  formula2=_number(col.max), allow_blank=blank)
        elif col.min is not None:
            rule = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=_number(col.min),
                                  allow_blank=blank)
        else:
            rule = DataValidation(type=kind, operator="lessThanOrEqual", formula1=_number(col.max or 0),
                                  allow_blank=blank)
        rule.error = f"Isi {col.expected()}"
    elif col.kind == "date":
        rule = DataValidation(type="date", operator="between", formula1=f"DATE({DATE_YEARS[0]},1,1)",
                              formula2=f"DATE({DATE_YEARS[1]},12,31)", allow_blank=blank)
        rule.error = f"Isi tanggal {DATE_YEARS[0]}–{DATE_YEARS[1]} (format sel: tanggal, mis. 2025-03-03)"
    elif col.kind == "periode":
        rule = DataValidation(type="custom", formula1=period_formula(first_cell), allow_blank=blank)
        rule.error = "Isi periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM (mis. 2025, 2025-S1, 2025-Q3, 2025-07)"
    elif col.kind == "nip":
        rule = DataValidation(type="custom", allow_blank=blank,
                              formula1=f"IFERROR(AND(LEN({first_cell})={constants.NIP_LENGTH},"
                                       f"ISNUMBER(--{first_cell})),FALSE)")
        rule.error = f"NIP {constants.NIP_LENGTH} digit, tanpa spasi (sel berformat teks)"
    else:
        return None
    rule.errorTitle = f"Nilai {col.name} tidak sah"[:TITLE_LIMIT]
    rule.showErrorMessage = True
    rule.promptTitle = col.name[:TITLE_LIMIT]
    rule.prompt = f"{col.description}: {col.expected()}"[:PROMPT_LIMIT]
    rule.showInputMessage = True
    return rule


def period_formula(cell: str) -> str:
    """A custom validation that holds for YYYY, YYYY-S1/S2, YYYY-Q1..Q4 and YYYY-MM in ``cell`` (each
    part in IFERROR: Excel's AND and OR pass an error on instead of reading it as false)."""
    year = f"ISNUMBER(--LEFT({cell},4))"
    last = f"--RIGHT({cell},1)"
    forms = (
        f"AND(LEN({cell})=4,{year})",
        f"AND(LEN({cell})=7,{year},UPPER(MID({cell},5,2))=\"-S\",{last}>=1,{last}<=2)",
        f"AND(LEN({cell})=7,{year},UPPER(MID({cell},5,2))=\"-Q\",{last}>=1,{last}<=4)",
        f"AND(LEN({cell})=7,{year},MID({cell},5,1)=\"-\",--RIGHT({cell},2)>=1,--RIGHT({cell},2)<=12)",
    )
    return "OR(" + ",".join(f"IFERROR({form},FALSE)" for form in forms) + ")"


def _number(value: float) -> str:
    return f"{value:g}"


def example(col: Column):
    """The example value of ``col`` as the template writes it (a date as a date, a NIP as text)."""
    if col.example is None:
        return None
    if col.kind == "nip":
        return str(col.example)
    if col.kind == "date":
        return dt.date.fromisoformat(str(col.example))
    return col.example


def example_texts(table_name: str) -> dict[str, str]:
    """The example row of a table as the readers see its cells (text): column -> text."""
    table = schema.RAW.get(table_name)
    if table is None:
        return {}
    out = {}
    for col in table.columns:
        value = example(col)
        if value is None:
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out[col.name] = value.isoformat() if isinstance(value, dt.date) else str(value)
    return out


def _write_explanation(ws, bold, fill) -> None:
    header = ["tabel", "kolom", "wajib ada", "boleh kosong", "isi yang diharapkan", "arti", "nama lain di ekspor"]
    ws.append(["Templat data evaluasi pengembangan kompetensi ASN. Isi satu sheet per tabel (baris 2 tiap sheet adalah "
               "contoh dan dilewati saat dibaca; isi mulai baris 3), simpan di data/raw/, lalu jalankan make periksa "
               "(atau python -m evalasn periksa). Kolom dinas menerima kode atau nama resmi dinas. Kontrak lengkap: "
               "docs/kontrak-data.md."])
    ws.append([])
    ws.append(header)
    for cell in ws[3]:
        cell.font, cell.fill = bold, fill
    for table in schema.RAW.values():
        for col in table.columns:
            ws.append([table.name + ("" if table.required else " (opsional)"), col.name,
                       "ya" if col.required else "tidak", "ya" if col.nullable else "tidak", col.expected("id"),
                       col.description, ", ".join(col.synonyms)])
    ws.freeze_panes = "A4"
    for letter, width in zip("ABCDEFG", (22, 18, 10, 12, 60, 60, 50), strict=True):
        ws.column_dimensions[letter].width = width
