"""``make templat``: a blank workbook to fill in by hand, generated from the schema.

One sheet per contract table with the contract headers (frozen), an example row, drop-down
lists for every closed list (dinas, metode, jenis_jabatan, golongan, status, arah; u1-u9 take
whole numbers 1-4), the NIP column formatted as text (so Excel keeps all 18 digits), and a
sheet "penjelasan" explaining every column in Indonesian. Written to reports/templat/ (a derived
file: ``make clean`` removes it, ``make templat`` writes it again); a filled copy goes to data/raw/.
"""

from __future__ import annotations

from pathlib import Path

from evalasn import registry, schema
from evalasn.files import save_workbook_atomically
from evalasn.schema import Column

LISTS_SHEET = "daftar"  # hidden sheet holding the drop-down lists (Excel limits an inline list to 255 characters)
EXPLAIN_SHEET = "penjelasan"
ROWS_VALIDATED = 5000  # rows below the header that carry the drop-downs and the text format


def write(target: Path) -> Path:
    """Write the template workbook atomically; returns its path."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    book.remove(book.active)
    explain = book.create_sheet(EXPLAIN_SHEET)
    lists = book.create_sheet(LISTS_SHEET)
    list_ranges = _write_lists(lists)
    lists.sheet_state = "hidden"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for table in schema.RAW.values():
        ws = book.create_sheet(table.name)
        ws.append([c.name for c in table.columns])
        ws.append([_example(c) for c in table.columns])
        ws.freeze_panes = "A2"
        for number, col in enumerate(table.columns, 1):
            letter = get_column_letter(number)
            head = ws.cell(row=1, column=number)
            head.font, head.fill = bold, fill
            ws.column_dimensions[letter].width = max(14, len(col.name) + 4)
            cells = f"{letter}2:{letter}{ROWS_VALIDATED + 1}"
            if col.kind == "nip":
                for row in range(2, ROWS_VALIDATED + 2):
                    ws.cell(row=row, column=number).number_format = "@"
                ws.column_dimensions[letter].width = 22
            rule = _validation(col, list_ranges, DataValidation)
            if rule is not None:
                ws.add_data_validation(rule)
                rule.add(cells)
    _write_explanation(explain, bold, fill)
    book.move_sheet(EXPLAIN_SHEET, offset=len(book.sheetnames))
    book.active = book.sheetnames.index(next(iter(schema.RAW)))
    save_workbook_atomically(book, target)
    return target


def closed_list(col: Column) -> tuple[str, ...] | None:
    """The values a drop-down offers for ``col`` (None: free entry)."""
    if col.kind == "slug":
        return tuple(registry.AGENCIES)
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


def _validation(col: Column, list_ranges: dict[str, str], DataValidation):
    if col.name in list_ranges:
        rule = DataValidation(type="list", formula1=f"={list_ranges[col.name]}", allow_blank=col.nullable)
        rule.error = f"Pilih salah satu nilai dari daftar ({col.expected()})"
    elif col.kind == "int" and col.min is not None and col.max is not None and col.max - col.min <= 10:
        rule = DataValidation(type="whole", operator="between", formula1=str(int(col.min)), formula2=str(int(col.max)),
                              allow_blank=col.nullable)
        rule.error = f"Isi bilangan bulat {int(col.min)}–{int(col.max)}"
    else:
        return None
    rule.errorTitle = f"Nilai {col.name} tidak sah"
    rule.showErrorMessage = True
    return rule


def _example(col: Column):
    if col.example is None:
        return None
    if col.kind == "nip":
        return str(col.example)
    return col.example


def _write_explanation(ws, bold, fill) -> None:
    header = ["tabel", "kolom", "wajib ada", "boleh kosong", "isi yang diharapkan", "arti", "nama lain di ekspor"]
    ws.append(["Templat data evaluasi pengembangan kompetensi ASN. Isi satu sheet per tabel, simpan di data/raw/, "
               "lalu jalankan make periksa. Kontrak lengkap: docs/kontrak-data.md."])
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
