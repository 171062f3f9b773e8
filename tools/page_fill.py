"""How full each page of a report PDF is, for looking at page breaks (issue 22.8) before and after a change.

A page's fill is the share of its body (A4 inside the 2.2 cm top and bottom margins of report.css @page, so
neither the running head nor the page number) down to its lowest inked pixel row, at 40 dpi in grey.
A page under 25% is nearly empty, under 50% mostly blank; a chapter's last page (the next page opens with one
of the <h2> headings of the HTML beside the PDF) is the only kind that may be mostly blank.

Usage: python tools/page_fill.py reports/provinsi/laporan-provinsi-2025.pdf [...] [--list]
Needs pdftoppm and pdftotext (poppler-utils).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MARGIN_SHARE = 2.2 / 29.7  # report.css @page: 2.2 cm top and bottom of 29.7 cm
INK = 200  # grey level under which a pixel is ink (the table rules are about 215, text under 100)
NEARLY_EMPTY, MOSTLY_BLANK = 0.25, 0.5


def fills(pdf: Path, dpi: int = 40) -> list[float]:
    """Per page, the share of the body down to its lowest inked row (0 for an empty body)."""
    import numpy
    from PIL import Image

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{folder}/page"], check=True)
        images = sorted(Path(folder).glob("page-*.png"), key=lambda path: int(path.stem.rsplit("-", 1)[1]))
        shares = []
        for image in images:
            pixels = numpy.asarray(Image.open(image).convert("L"))
            height = pixels.shape[0]
            body = pixels[round(height * MARGIN_SHARE):round(height * (1 - MARGIN_SHARE))] < INK
            inked = numpy.flatnonzero(body.any(axis=1))
            shares.append(float((inked[-1] + 1) / body.shape[0]) if inked.size else 0.0)
        return shares


def first_line(pdf: Path, page: int) -> str:
    """The first body line of ``page`` (1-based; the running head is the page's first line)."""
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[1] if len(lines) > 1 else ""


def chapter_titles(pdf: Path) -> list[str]:
    """The <h2> headings of the report's HTML beside ``pdf`` (none when there is no HTML)."""
    page = pdf.with_suffix(".html")
    if not page.exists():
        return []
    found = re.findall(r"<h2\b[^>]*>(.*?)</h2>", page.read_text(encoding="utf-8"), re.S)
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", title)).split()) for title in found]


def report(pdf: Path, listed: bool = False) -> str:
    """One line per PDF: pages, nearly empty pages, mostly blank pages that are not a chapter's last page."""
    shares = fills(pdf)
    titles = [title[:25] for title in chapter_titles(pdf) if title]

    def opens_chapter(page: int) -> bool:
        return page <= len(shares) and " ".join(first_line(pdf, page).split())[:25] in titles

    nearly = [page for page, share in enumerate(shares, 1) if share < NEARLY_EMPTY and page > 1]
    blank = [page for page, share in enumerate(shares, 1) if share < MOSTLY_BLANK and page > 1]
    ends = {page for page in blank if opens_chapter(page + 1)}
    inside = [page for page in blank if page not in ends and page < len(shares)]
    known = f"under 50% inside a chapter: {inside}" if titles else "chapter ends unknown (no HTML beside the PDF)"
    lines = [f"{pdf.name}: {len(shares)} pages; under 25%: {len(nearly)} {nearly}; under 50%: {len(blank)} "
             f"({len(ends)} a chapter's last page); {known}"]
    if listed:
        lines += [f"  p.{page}: {shares[page - 1]:.0%}{' (chapter end)' if page in ends else ''} "
                  f"{first_line(pdf, page)[:60]!r}" for page in blank]
    return "\n".join(lines)


if __name__ == "__main__":
    for name in [arg for arg in sys.argv[1:] if arg != "--list"]:
        print(report(Path(name), "--list" in sys.argv))
