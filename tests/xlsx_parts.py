"""Workbooks written part by part (a sheet's XML as given), for input openpyxl would never write:
zip bombs, false or missing dimensions, cells far out."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_TYPE = RELS + "/worksheet"


def write(path: Path, sheets: dict[str, Iterable[bytes]], level: int = 9) -> Path:
    """An .xlsx with one worksheet per entry, whose XML is the entry's chunks (written as they come)."""
    names = list(sheets)
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    types = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{kind}"/>'
                    for i in range(1, len(names) + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
            '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
            f'main+xml"/>{types}</Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{RELS}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        listed = "".join(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, name in enumerate(names, 1))
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
                                            f'xmlns:r="{RELS}"><sheets>{listed}</sheets></workbook>')
        targets = "".join(f'<Relationship Id="rId{i}" Type="{SHEET_TYPE}" Target="worksheets/sheet{i}.xml"/>'
                          for i in range(1, len(names) + 1))
        archive.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships '
                         f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{targets}</Relationships>')
        for number, name in enumerate(names, 1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                for chunk in sheets[name]:
                    part.write(chunk)
    return path


def sheet(rows: Iterable[bytes], dimension: str | None = None, tail: bytes = b"") -> Iterable[bytes]:
    """A worksheet's XML: the optional <dimension>, the rows (each '<row ...>...</row>'), then ``tail``
    (e.g. <mergeCells>)."""
    yield (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
           + (f'<dimension ref="{dimension}"/>' if dimension else "") + "<sheetData>").encode()
    yield from rows
    yield b"</sheetData>" + tail + b"</worksheet>"


def row(number: int | None, *values: str, first_column: str = "A") -> bytes:
    """A row of inline strings from ``first_column`` on (``number`` None: no r attributes)."""
    from openpyxl.utils import column_index_from_string, get_column_letter

    start = column_index_from_string(first_column)
    where = [f' r="{get_column_letter(start + i)}{number}"' if number is not None else "" for i in range(len(values))]
    cells = "".join(f'<c{at} t="inlineStr"><is><t>{escape(value)}</t></is></c>'
                    for at, value in zip(where, values, strict=True))
    return (f'<row r="{number}">' if number is not None else "<row>").encode() + cells.encode() + b"</row>"
