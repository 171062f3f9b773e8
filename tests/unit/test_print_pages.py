"""The print stylesheet laid out by WeasyPrint: a long table splits across pages, never leaving fewer than three
of its rows (or its caption with fewer) at the foot of a page or at the top of the next (REVIEW 13/14)."""

from __future__ import annotations

import io
import re

import pytest

from evalasn.report.chapters import html

ROW = re.compile(r"baris(\d\d)")


def _rows_per_page(spacer_cm: float, rows: int) -> list[tuple[int, bool]]:
    """(table rows, caption present) per page of a page with ``spacer_cm`` of space above a ``rows``-row table."""
    import pypdf
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = html.table(["Metode", "n"], [[f"baris{index:02d}", str(index)] for index in range(rows)], "Tabel 1. Uji",
                      numeric={1})
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'<div style="height:{spacer_cm}cm"></div>{body}</main></body></html>')
    reader = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=page).write_pdf()))
    return [(len(ROW.findall(text)), "Tabel 1" in text) for text in (p.extract_text() for p in reader.pages)]


@pytest.mark.parametrize(("spacer_cm", "rows"), [
    (21.0, 12), (21.3, 12), (21.6, 12), (21.9, 12), (1.0, 34), (1.0, 35)],
    ids=["start-21.0cm", "start-21.3cm", "start-21.6cm", "start-21.9cm", "end-34-rows", "end-35-rows"])
def test_a_long_table_splits_with_at_least_three_rows_on_each_page(spacer_cm, rows):
    """Swept over where the table starts (near a page's foot) and ends (just past it): without the print rules
    (tbody first/last rows, report.css) the caption went with two rows, or two rows were left on the next page."""
    pages = _rows_per_page(spacer_cm, rows)
    assert sum(count for count, _ in pages) == rows
    assert all(count == 0 or count >= 3 for count, _ in pages), pages
    assert all(count >= 3 for count, caption in pages if caption), pages  # the caption with its first rows
