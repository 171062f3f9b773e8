"""The Word version of a report, written from the report's own HTML (the source of the PDF).

Anything a chapter puts in the report HTML reaches Word: headings become Word's Heading 1-3
(chapters are Heading 1 and start a page), paragraphs and lists keep their bold and italic,
every <table> becomes a Word table (header row repeated on each page, rows not split, number
columns narrow and right-aligned, text columns wide), every <img> a picture with its alt text,
captions get Word SEQ fields ("Tabel {SEQ Tabel}") so the Daftar Tabel and Daftar Gambar are
real Word tables of figures, and the Daftar Isi is a TOC field Word updates when the file is
opened (its entries are already filled in, without page numbers, for readers that do not
update fields). Styles and page set-up come from the reference document
(templates/evalasn/referensi.docx, see word_reference). The page header carries the running
header of the report (name, year, synthetic mark), the footer "Halaman x dari y".
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from xml.sax.saxutils import escape as xml_escape

from evalasn.report.text import t
from evalasn.report.word_reference import REFERENCE, fixed_zip

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_WIDTH_TWIPS = 9638  # 17 cm: A4 less the 2 cm side margins
BLOCK_TAGS = {"p", "div", "section", "nav", "figure", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "main", "article", "aside", "header", "footer", "blockquote", "dl", "hr", "pre", "details"}
SKIP_TAGS = {"style", "script", "head", "title", "meta", "link", "template", "noscript"}
CLASS_STYLES = {"note": "Catatan", "lead": "Paragraf Utama", "table-note": "Catatan Tabel",
                "synthetic-banner": "Peringatan"}
HEADING_STYLES = {"h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3", "h5": "Heading 3", "h6": "Heading 3"}
CAPTION = re.compile(r"^\s*(\S+)\s+(\d+)\.\s*(.*)$", re.S)
SPACES = re.compile(r"[ \t\n\r\f]+")


def from_html(html: str, lang: str, title: str, meta: dict, built: dt.datetime) -> bytes:
    """The .docx of a report page (the HTML the PDF is made from), as bytes."""
    import docx
    import lxml.html

    root = lxml.html.document_fromstring(html)
    document = docx.Document(str(REFERENCE))
    writer = _Writer(document, lang)
    body = root.find("body")
    writer.children(body if body is not None else root)
    writer.page_furniture(root)
    _set_language(document, lang)
    _update_fields_on_open(document)
    core = document.core_properties
    core.title, core.author, core.subject = title, meta.get("author", ""), meta.get("subject", "")
    core.keywords, core.language = meta.get("keywords", ""), lang
    core.last_modified_by, core.revision = "evalasn", 1
    core.created = core.modified = built
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


class _Writer:
    """Walks the HTML tree and appends Word paragraphs, tables and pictures to the document."""

    def __init__(self, document, lang: str) -> None:
        self.doc = document
        self.lang = lang
        self.body = document.element.body
        self.page_break_next = False
        self.in_cover = False
        self.style_ids = {style.name: style.style_id for style in document.styles}
        self.labels = {t("table_label", lang): "Tabel" if lang == "id" else "Table",
                       t("figure_label", lang): "Gambar" if lang == "id" else "Figure"}

    # --- blocks -------------------------------------------------------------------------------
    def children(self, element) -> None:
        """Block children of ``element`` in order; loose text between them becomes paragraphs."""
        if element.text and element.text.strip():
            self.paragraph_text(element.text)
        for child in element:
            if isinstance(child.tag, str):
                self.block(child)
            if child.tail and child.tail.strip():
                self.paragraph_text(child.tail)

    def block(self, el) -> None:
        tag = el.tag.lower()
        classes = set((el.get("class") or "").split())
        if tag in SKIP_TAGS or "running-header" in classes:
            return
        if tag == "section" and classes & {"chapter", "front"} and "lists" not in classes:
            self.page_break_next = True
        if "cover" in classes:
            self.in_cover = True
            self.children(el)
            self.in_cover = False
            self.page_break_next = True
            return
        if tag == "nav" and "list" in classes:
            self.field_list(el)
        elif tag == "h1":
            self.paragraph(el, "Title")
        elif tag in HEADING_STYLES:
            self.paragraph(el, HEADING_STYLES[tag])
        elif tag == "p" or (tag not in ("table", "figure", "ul", "ol", "dl", "hr") and not _has_blocks(el)):
            style = next((CLASS_STYLES[c] for c in classes if c in CLASS_STYLES), None)
            if self.in_cover and style is None:
                style = "Sampul"
            self.paragraph(el, style, bold=self.in_cover and "cover-scope" in classes)
        elif tag in ("ul", "ol"):
            self.list(el, ordered=tag == "ol")
        elif tag == "table":
            self.table(el)
        elif tag == "figure":
            self.figure(el)
        elif tag == "dl":
            for item in el:
                if isinstance(item.tag, str):
                    self.paragraph(item, "Paragraf Utama" if item.tag == "dt" else None)
        elif tag == "hr":
            return
        else:
            self.children(el)

    def paragraph(self, el, style: str | None = None, prefix: str = "", bold: bool = False):
        p = self.add(style=style)
        if self.page_break_next and style != "Title":
            p.paragraph_format.page_break_before = True
            self.page_break_next = False
        if prefix:
            p.add_run(prefix)
        self.inline(p, el, bold=bold)
        _trim(p)
        return p

    def paragraph_text(self, text: str, style: str | None = None):
        p = self.add(style=style)
        p.add_run(_collapse(text).strip())
        return p

    def inline(self, p, el, bold=False, italic=False, skip_root_text=False) -> None:
        """Runs for the text of ``el`` and its inline children (nested blocks are written after)."""
        if el.text and not skip_root_text:
            _run(p, el.text, bold, italic)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    _run(p, child.tail, bold, italic)
                continue
            tag = child.tag.lower()
            if tag in SKIP_TAGS:
                pass
            elif tag == "br":
                p.add_run().add_break()
            elif tag == "img":
                self.picture_run(p, child)
            elif tag in ("ul", "ol", "table", "figure"):
                pass  # written by the caller after the paragraph
            else:
                self.inline(p, child, bold or tag in ("strong", "b", "th"), italic or tag in ("em", "i"))
            if child.tail:
                _run(p, child.tail, bold, italic)

    def list(self, el, ordered: bool, depth: int = 0) -> None:
        number = int(el.get("start", "1") or 1)
        for item in el:
            if not isinstance(item.tag, str) or item.tag.lower() != "li":
                continue
            marker = f"{number}.\t" if ordered else "•\t"
            p = self.paragraph(item, "Daftar", prefix=marker)
            if depth:
                p.paragraph_format.left_indent = p.paragraph_format.left_indent or None
            number += 1
            for nested in item:
                if isinstance(nested.tag, str) and nested.tag.lower() in ("ul", "ol"):
                    self.list(nested, nested.tag.lower() == "ol", depth + 1)
                elif isinstance(nested.tag, str) and nested.tag.lower() in ("table", "figure"):
                    self.block(nested)

    # --- captions, tables and figures --------------------------------------------------------
    def caption(self, el, keep_with_next: bool) -> None:
        """A caption paragraph; 'Tabel 3. ...' gets a SEQ field for the number."""
        text = _collapse(el.text_content()).strip()
        p = self.add(style="Caption")
        p.paragraph_format.keep_with_next = keep_with_next
        match = CAPTION.match(text)
        if match and match.group(1) in self.labels:
            p.add_run(f"{match.group(1)} ")
            _field(p, f" SEQ {self.labels[match.group(1)]} \\* ARABIC ", match.group(2))
            p.add_run(". ")
            rest = p.add_run(match.group(3))
            rest.bold = False
        else:
            p.add_run(text)

    def table(self, el) -> None:
        caption = el.find("caption")
        if caption is not None:
            self.caption(caption, keep_with_next=True)
        rows = [r for r in el.iter("tr")]
        if not rows:
            return
        grid = [[(c, c.tag.lower() == "th" or r.getparent().tag.lower() == "thead") for c in r
                 if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")] for r in rows]
        columns = max(sum(int(c.get("colspan", "1") or 1) for c, _ in row) for row in grid)
        widths = _column_widths(grid, columns)
        xml = [f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
               '<w:tblBorders><w:top w:val="single" w:sz="6" w:color="0B5394"/>'
               '<w:bottom w:val="single" w:sz="6" w:color="0B5394"/>'
               '<w:insideH w:val="single" w:sz="4" w:color="D5DBE1"/></w:tblBorders>'
               '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
               '<w:right w:w="70" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0420" w:firstRow="1"/></w:tblPr>'
               "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
        header_rows = True
        for row in grid:
            header = all(h for _, h in row)
            header_rows = header_rows and header
            props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header and header_rows else "")
            xml.append(f"<w:tr><w:trPr>{props}</w:trPr>")
            col = 0
            for cell, is_head in row:
                span = int(cell.get("colspan", "1") or 1)
                width = sum(widths[col:col + span])
                numeric = "num" in (cell.get("class") or "").split()
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/>' if is_head else ""
                grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                align = '<w:jc w:val="right"/>' if numeric else ""
                bold = "<w:b/>" if is_head else ""
                text = xml_escape(_collapse(cell.text_content()).strip())
                xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}{shade}</w:tcPr>'
                           f'<w:p><w:pPr><w:pStyle w:val="{self._style_id("Isi Tabel")}"/>{align}</w:pPr>'
                           f'<w:r><w:rPr>{bold}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>')
                col += span
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        from docx.oxml import parse_xml

        self.body.sectPr.addprevious(parse_xml("".join(xml)))

    def figure(self, el) -> None:
        images = list(el.iter("img"))
        for image in images:
            p = self.add()
            p.alignment = 1  # centre
            p.paragraph_format.keep_with_next = True
            self.picture_run(p, image)
        caption = el.find("figcaption")
        if caption is not None:
            self.caption(caption, keep_with_next=False)
        for child in el:
            if isinstance(child.tag, str) and child.tag.lower() not in ("img", "figcaption"):
                self.block(child)

    def picture_run(self, p, image) -> None:
        from docx.shared import Inches

        data = _image_bytes(image.get("src", ""))
        if data is None:
            alt = image.get("alt")
            if alt:
                p.add_run(alt)
            return
        width = _width_inches(image.get("style", ""))
        run = p.add_run()
        run.add_picture(io.BytesIO(data), width=Inches(min(width or 6.3, 6.69)))
        alt = image.get("alt", "")
        for doc_pr in run._r.iter(f"{{{_WP_NS}}}docPr"):
            doc_pr.set("descr", alt)
            doc_pr.set("title", alt[:120])

    # --- front matter lists, header and footer ---------------------------------------------
    def field_list(self, nav) -> None:
        """Daftar Isi / Tabel / Gambar as Word fields with their entries already filled in."""
        kind = (nav.get("id") or "").removeprefix("daftar-")
        heading = nav.find(".//h2")
        title = _collapse(heading.text_content()).strip() if heading is not None else nav.get("data-title", "")
        p = self.add(title, "TOC Heading")
        if self.page_break_next:
            p.paragraph_format.page_break_before = True
            self.page_break_next = False
        if kind == "isi":
            instruction, style = ' TOC \\o "1-2" \\h \\z \\u ', "toc 1"
        else:
            word = t("table_label" if kind == "tabel" else "figure_label", self.lang)
            instruction, style = f' TOC \\h \\z \\c "{self.labels.get(word, word)}" ', "table of figures"
        entries = [_collapse(li.text_content()).strip() for li in nav.iter("li")]
        hint = t("docx_update_fields", self.lang)
        lines = entries or [hint]
        for i, text in enumerate(lines):
            q = self.add(style=style)
            if i == 0:
                _field_begin(q, instruction)
            q.add_run(text)
            if i == len(lines) - 1:
                _field_end(q)
        if kind == "isi":
            self.add(hint, "Catatan")

    def page_furniture(self, root) -> None:
        """Running header (as in the PDF) and 'Halaman x dari y' in the footer, none on the cover."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = next((el for el in root.iter("div") if "running-header" in (el.get("class") or "").split()), None)
        if header is not None:
            p = section.header.paragraphs[0]
            p._p.style = self.style_ids["Header"]
            self.inline(p, header)
        p = section.footer.paragraphs[0]
        p._p.style = self.style_ids["Footer"]
        p.add_run(f"{t('page_of', self.lang)} ")
        _field(p, " PAGE ", "1")
        p.add_run(f" {t('of', self.lang)} ")
        _field(p, " NUMPAGES ", "1")

    def _style_id(self, name: str) -> str:
        return self.style_ids[name]

    def add(self, text: str = "", style: str | None = None):
        """A new paragraph (python-docx looks a style up by name at every call; the ids are kept here)."""
        p = self.doc.add_paragraph(text)
        if style:
            p._p.style = self.style_ids[style]
        return p


_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def _has_blocks(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag.lower() in BLOCK_TAGS for c in el)


def _collapse(text: str) -> str:
    return SPACES.sub(" ", text)


def _run(p, text: str, bold: bool, italic: bool) -> None:
    text = _collapse(text)
    if not text:
        return
    run = p.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True


def _trim(p) -> None:
    """HTML white space at the edges of a paragraph is not text."""
    runs = p.runs
    if runs and runs[0].text:
        runs[0].text = runs[0].text.lstrip()
    if runs and runs[-1].text:
        runs[-1].text = runs[-1].text.rstrip()


def _column_widths(grid, columns: int) -> list[int]:
    """Twips per column: each column's share follows its longest word-run (clamped), so number
    columns stay narrow and text columns get the room."""
    longest = [4] * columns
    for row in grid:
        col = 0
        for cell, _ in row:
            span = int(cell.get("colspan", "1") or 1)
            if span == 1 and col < columns:
                text = _collapse(cell.text_content()).strip()
                numeric = "num" in (cell.get("class") or "").split()
                size = len(text) if numeric else min(len(text), 60)
                if not numeric:  # a header's longest word must fit; text wraps at spaces
                    size = max(min(size, 60), max((len(w) for w in text.split()), default=0))
                longest[col] = max(longest[col], min(size, 60))
            col += span
    total = sum(longest)
    widths = [max(600, int(TEXT_WIDTH_TWIPS * n / total)) for n in longest]
    scale = TEXT_WIDTH_TWIPS / sum(widths)
    return [int(w * scale) for w in widths]


def _image_bytes(src: str) -> bytes | None:
    if src.startswith("data:") and ";base64," in src:
        return base64.b64decode(src.split(";base64,", 1)[1])
    return None  # the report embeds every image; a link to elsewhere is not fetched


def _width_inches(style: str) -> float | None:
    match = re.search(r"width:\s*([\d.]+)in", style)
    return float(match.group(1)) if match else None


def _fld_char(kind: str):
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="{kind}"/></w:r>')


def _field_begin(p, instruction: str) -> None:
    from docx.oxml import parse_xml

    p._p.append(_fld_char("begin"))
    p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve">{xml_escape(instruction)}'
                          "</w:instrText></w:r>"))
    p._p.append(_fld_char("separate"))


def _field_end(p) -> None:
    p._p.append(_fld_char("end"))


def _field(p, instruction: str, shown: str) -> None:
    """A complete field in one paragraph with ``shown`` as its current result."""
    _field_begin(p, instruction)
    p.add_run(shown)
    _field_end(p)


def _set_language(document, lang: str) -> None:
    """Spelling and hyphenation language of the whole document (Word's docDefaults)."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    tag = "id-ID" if lang == "id" else "en-GB"
    rpr.append(rpr.makeelement(qn("w:lang"), {qn("w:val"): tag, qn("w:eastAsia"): tag, qn("w:bidi"): "ar-SA"}))


def _update_fields_on_open(document) -> None:
    """Word refreshes the TOC, table lists and page numbers when the file is opened."""
    from docx.oxml.ns import qn

    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"})
    after = {qn(f"w:{name}") for name in SETTINGS_AFTER_UPDATE}
    later = next((child for child in settings if child.tag in after), None)
    if later is not None:
        later.addprevious(element)  # the schema fixes the order of settings; Word refuses others
    else:
        settings.append(element)


# the elements CT_Settings (ECMA-376 17.15.1.78) puts after updateFields
SETTINGS_AFTER_UPDATE = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                         "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                         "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                         "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
