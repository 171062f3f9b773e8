"""The Word reference document: page set-up and styles of every report's .docx.

``templates/evalasn/referensi.docx`` is kept in the repository so that an office can restyle
its Word reports (open it in Word, change a style, save); this module writes the project's own
version of it from python-docx's default template, byte for byte the same on every run
(``python -m evalasn.report.formats.word_reference`` rewrites it; tests/unit/test_word.py checks the
committed file is the one this code writes). The styles follow report.css: A4 with the PDF's
margins, a sans-serif text face, headings in the report's blue, captions, table text and notes.
"""

from __future__ import annotations

import io
from pathlib import Path

from evalasn.files import fixed_zip
from evalasn.paths import TEMPLATES

REFERENCE = TEMPLATES / "evalasn" / "referensi.docx"

FONT = "Arial"  # on every Windows and Mac Word; LibreOffice draws it with the metric-compatible Liberation Sans
ACCENT = "0B5394"  # --accent of report.css
INK = "1D2733"
MUTED = "5B6672"

# name -> (based on, size pt, bold, italic, colour, space before pt, space after pt, alignment)
PARAGRAPH_STYLES = {
    "Normal": (None, 10.5, False, False, INK, 0, 6, None),
    "Title": ("Normal", 24, True, False, ACCENT, 24, 18, "center"),
    "Heading 1": ("Normal", 16, True, False, ACCENT, 0, 10, None),
    "Heading 2": ("Normal", 12.5, True, False, ACCENT, 12, 4, None),
    "Heading 3": ("Normal", 11, True, False, ACCENT, 10, 3, None),
    "Caption": ("Normal", 9, True, False, INK, 8, 4, None),
    "TOC Heading": ("Normal", 16, True, False, ACCENT, 12, 10, None),
    "toc 1": ("Normal", 10.5, False, False, INK, 2, 2, None),
    "toc 2": ("Normal", 10, False, False, INK, 0, 2, None),
    "table of figures": ("Normal", 10, False, False, INK, 0, 2, None),
    "Sampul": ("Normal", 14, False, False, INK, 6, 6, "center"),
    "Peringatan": ("Normal", 10.5, True, False, "5A4300", 12, 12, None),
    "Paragraf Utama": ("Normal", 10.5, True, False, INK, 6, 6, None),
    # a note under a paragraph or a table looks as a table's own note (Catatan Tabel), as the PDF sets them alike: an
    # italic body-size note among small upright ones read as a slip to fix by hand (LOOK35a G-15)
    "Catatan": ("Normal", 8.5, False, False, MUTED, 2, 6, None),
    "Catatan Tabel": ("Normal", 8.5, False, False, MUTED, 2, 8, None),
    "Isi Tabel": ("Normal", 9, False, False, INK, 0, 0, None),
    "Daftar": ("Normal", 10.5, False, False, INK, 0, 4, None),
    "Header": ("Normal", 8, False, False, MUTED, 0, 0, "center"),
    "Footer": ("Normal", 8, False, False, MUTED, 0, 0, "right"),
}
KEEP_WITH_NEXT = ("Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "TOC Heading")
A4_CM = (21.0, 29.7)
MARGINS_CM = {"top": 2.2, "bottom": 2.2, "left": 2.0, "right": 2.0}  # @page of report.css


def build() -> bytes:
    """The reference document, as bytes (the same bytes on every run)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(A4_CM[0]), Cm(A4_CM[1])
    for side, cm in MARGINS_CM.items():
        setattr(section, f"{side}_margin", Cm(cm))
    section.header_distance = section.footer_distance = Cm(1.0)
    styles = document.styles
    for name, (base, size, bold, italic, colour, before, after, align) in PARAGRAPH_STYLES.items():
        try:
            style = styles[name]
        except KeyError:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base:
            style.base_style = styles[base]
        font = style.font
        font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
        font.color.rgb = RGBColor.from_string(colour)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.line_spacing = 1.15 if name in ("Normal", "Daftar", "Paragraf Utama") else 1.0
        if align:
            fmt.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        if name in KEEP_WITH_NEXT:
            fmt.keep_with_next = True
        style.quick_style = True
    styles["Daftar"].paragraph_format.left_indent = Cm(0.75)
    styles["Daftar"].paragraph_format.first_line_indent = Cm(-0.75)
    styles["Daftar"].paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
    styles["toc 2"].paragraph_format.left_indent = Cm(0.6)
    for level, style in (("1", "Heading 1"), ("2", "Heading 2"), ("3", "Heading 3")):
        outline = styles[style].element.get_or_add_pPr()
        if outline.find(qn("w:outlineLvl")) is None:
            element = outline.makeelement(qn("w:outlineLvl"), {qn("w:val"): str(int(level) - 1)})
            outline.append(element)
    core = document.core_properties
    core.author = core.last_modified_by = "evalasn"
    core.title = "evalasn — referensi gaya laporan Word"
    core.revision = 1
    import datetime as dt

    core.created = core.modified = dt.datetime(2026, 1, 1)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def write(path: Path = REFERENCE) -> Path:
    path.write_bytes(build())
    return path


if __name__ == "__main__":
    print(write())
