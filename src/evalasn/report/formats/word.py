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

from evalasn.clock import utc
from evalasn.files import fixed_zip
from evalasn.report.cells import UNSIGNED_DATE
from evalasn.report.formats.word_ooxml import (
    LEAD,
    TEXT_WIDTH_TWIPS,
    WP_NS,
    Notes,
    bookmark,
    bookmark_name,
    clearing_field,
    collapse,
    field,
    page_ref,
    print_breaks,
    set_language,
    table_xml,
    update_fields_on_open,
)
from evalasn.report.formats.word_reference import REFERENCE
from evalasn.report.words.text import t

SIGNATURE_INDENT_TWIPS = TEXT_WIDTH_TWIPS // 2  # report.css: .signature { margin-left: 50% }
# the room to sign and stamp between the title and the dotted name line: a wet signature with the agency's stamp
# needs 2-3 cm (report.css .signature .signature-space { height: 2.5cm }); an empty paragraph left one line, 8 mm,
# where the PDF leaves four (LOOK22 Y-9)
SIGNATURE_SPACE_CM = 2.5
# the report's date without a signature date (the build date: chapters.front.date_html): the Word version, which
# staff edit before signature, leaves its day and month for them, "Jakarta, …………… 2026" (LOOK35a G-4)
PAGE_NUMBER_TWIPS = 567  # 1 cm at the right of a contents line: its page number's, with a few leader dots

# the running head (Word's own header holds it) and the screen's link past the front matter
SKIP_CLASSES = {"running-header", "skip-link"}
BLOCK_TAGS = {"p", "div", "section", "nav", "figure", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "main", "article", "aside", "header", "footer", "blockquote", "dl", "hr", "pre", "details"}
SKIP_TAGS = {"style", "script", "head", "title", "meta", "link", "template", "noscript"}
# the Daftar Singkatan's last rows held together (report.css table.abbreviations: twelve; a Word row is taller;
# LibreOffice put PP ... UU, five rows, alone on kesehatan's p.5)
ABBREVIATIONS_END_ROWS = 16
IN_TABLE = "data-word-row"  # a table's note written as its last row (word_ooxml.Notes), skipped as a paragraph
CLASS_STYLES = {"note": "Catatan", "lead": "Paragraf Utama", "table-note": "Catatan Tabel",
                "synthetic-banner": "Peringatan"}
HEADING_STYLES = {"h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3", "h5": "Heading 3", "h6": "Heading 3"}
CAPTION = re.compile(r"^\s*(\S+)\s+(\d+)\.\s*(.*)$", re.S)


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
    set_language(document, lang)
    update_fields_on_open(document)
    core = document.core_properties
    core.title, core.author, core.subject = title, meta.get("author", ""), meta.get("subject", "")
    core.keywords, core.language = meta.get("keywords", ""), lang
    core.last_modified_by, core.revision = meta.get("author", ""), 1  # the issuing body, not the software
    core.created = core.modified = utc(built)
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
        self.in_signature = False  # the Kata Pengantar's signature block: on the right half, as signed letters are
        self.style_ids = {style.name: style.style_id for style in document.styles}
        self.bookmarks = 0
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

    def block(self, element) -> None:
        tag = element.tag.lower()
        classes = set((element.get("class") or "").split())
        if tag in SKIP_TAGS or classes & SKIP_CLASSES or element.get(IN_TABLE) is not None:
            return
        # a section opens a page as its HTML does (the lists: an inline break-before, not under the Kata Pengantar)
        breaks = "break-before: page" in " ".join((element.get("style") or "").split())
        if tag == "section" and (classes & {"chapter", "front"} and "lists" not in classes or breaks):
            self.page_break_next = True
        if "cover" in classes:
            self.in_cover = True
            self.children(element)
            self.in_cover = False
            self.page_break_next = True
            return
        if "signature" in classes:
            self.in_signature = True
            self.children(element)
            self.in_signature = False
            return
        if "tail" in classes and tag == "div":  # a chapter's closing blocks (report.chapters.page_tail)
            self.held_together(element)
            return
        if tag == "nav" and "list" in classes:
            self.field_list(element)
        elif tag == "h1":
            self.paragraph(element, "Title")
        elif tag in HEADING_STYLES:
            # a front-matter list's title (Daftar Singkatan) is not a chapter of the contents
            para = self.paragraph(element, "TOC Heading" if "list-title" in classes else HEADING_STYLES[tag])
            self.mark(para, element.get("id"))
        elif tag == "p" or (tag not in ("table", "figure", "ul", "ol", "dl", "hr") and not _has_blocks(element)):
            style = next((CLASS_STYLES[c] for c in classes if c in CLASS_STYLES), None)
            if self.in_cover and style is None:
                style = "Sampul"
            self.paragraph(element, style, bold=self.in_cover and "cover-scope" in classes)
        elif tag in ("ul", "ol"):
            self.list(element, ordered=tag == "ol")
        elif tag == "table":
            self.table(element)
        elif tag == "figure":
            self.figure(element)
        elif tag == "dl":
            for item in element:
                if isinstance(item.tag, str):
                    self.paragraph(item, "Paragraf Utama" if item.tag == "dt" else None)
        elif tag == "hr":
            return
        else:
            self.children(element)

    def paragraph(self, element, style: str | None = None, prefix: str = "", bold: bool = False):
        para = self.add(style=style)
        if self.page_break_next and style != "Title":
            para.paragraph_format.page_break_before = True
            self.page_break_next = False
        if self.in_signature:
            from docx.shared import Cm, Twips

            para.paragraph_format.left_indent = Twips(SIGNATURE_INDENT_TWIPS)
            if "signature-space" in (element.get("class") or "").split():
                para.paragraph_format.line_spacing = Cm(SIGNATURE_SPACE_CM)  # exact: the empty line is that tall
        # a note whole, not its last lines alone on a page (a table's note; REVIEW7 R7-19: LibreOffice put the last
        # two lines of the note under kesehatan's plan table alone on a page)
        if style in (CLASS_STYLES["table-note"], CLASS_STYLES["note"]):
            para.paragraph_format.keep_together = True
        if _note_follows(element):  # the notes under a table stay with it (REVIEW3 15: a page of two notes)
            para.paragraph_format.keep_with_next = True
        if prefix:
            para.add_run(prefix)
        self.inline(para, element, bold=bold)
        _trim(para)
        return para

    def paragraph_text(self, text: str, style: str | None = None):
        para = self.add(style=style)
        para.add_run(collapse(text).strip())
        return para

    def inline(self, para, element, bold=False, italic=False, skip_root_text=False) -> None:
        """Runs for the text of ``element`` and its inline children (nested blocks are written after)."""
        if element.text and not skip_root_text:
            _run(para, element.text, bold, italic)
        for child in element:
            if not isinstance(child.tag, str):
                if child.tail:
                    _run(para, child.tail, bold, italic)
                continue
            tag = child.tag.lower()
            if tag in SKIP_TAGS:
                pass
            elif tag == "br":
                para.add_run().add_break()
            elif tag == "img":
                self.picture_run(para, child)
            elif tag in ("ul", "ol", "table", "figure"):
                pass  # written by the caller after the paragraph
            elif UNSIGNED_DATE in (child.get("class") or "").split():
                _run(para, t("docx_unsigned_date", self.lang, tahun=child.get("data-year", "")), bold, italic)
            else:
                self.inline(para, child, bold or tag in ("strong", "b", "th"), italic or tag in ("em", "i"))
            if child.tail:
                _run(para, child.tail, bold, italic)

    def list(self, element, ordered: bool, depth: int = 0) -> None:
        number = int(element.get("start", "1") or 1)
        for item in element:
            if not isinstance(item.tag, str) or item.tag.lower() != "li":
                continue
            marker = f"{number}.\t" if ordered else "•\t"
            para = self.paragraph(item, "Daftar", prefix=marker)
            if "tail" in (item.get("class") or "").split():  # a list's last items, with what closes the chapter
                para.paragraph_format.keep_with_next = True
            if depth:
                para.paragraph_format.left_indent = para.paragraph_format.left_indent or None
            number += 1
            for nested in item:
                if isinstance(nested.tag, str) and nested.tag.lower() in ("ul", "ol"):
                    self.list(nested, nested.tag.lower() == "ol", depth + 1)
                elif isinstance(nested.tag, str) and nested.tag.lower() in ("table", "figure"):
                    self.block(nested)

    def held_together(self, element) -> None:
        """``element``'s blocks on one page, as the PDF holds a chapter's closing blocks (report.css ``.tail``): every
        paragraph and table row it writes keeps with the next, but the last; so does the paragraph before them."""
        from docx.oxml.ns import qn

        start = len(self.body) - 1  # new blocks go before the body's closing sectPr
        self.children(element)
        added = list(self.body)[start:-1]
        # and the paragraph before them: the tail is estimated in the PDF's sizes, and a Word page holds less (Tabel 8
        # alone on an 18% page of kesehatan's LibreOffice render)
        before = list(self.body)[start - 1] if start > 0 else None
        if before is not None and before.tag == qn("w:p") and not before.findall(f".//{qn('w:pageBreakBefore')}"):
            added.insert(0, before)
        paragraphs = [para for block in added for para in ([block] if block.tag == qn("w:p")
                                                           else block.iter(qn("w:p")))]
        for para in paragraphs[:-1]:
            para.get_or_add_pPr().keepNext_val = True  # python-docx's CT_PPr writes it in schema order

    # --- captions, tables and figures --------------------------------------------------------
    def mark(self, para, anchor: str | None) -> None:
        """Bookmark ``para`` as the HTML anchor the lists link to (their page numbers refer to it)."""
        if anchor:
            self.bookmarks += 1
            bookmark(para, bookmark_name(anchor), self.bookmarks)

    def caption(self, element, keep_with_next: bool, anchor: str | None = None) -> None:
        """A caption paragraph; 'Tabel 3. ...' gets a SEQ field for the number."""
        text = collapse(element.text_content()).strip()
        para = self.add(style="Caption")
        self.mark(para, anchor)
        para.paragraph_format.keep_with_next = keep_with_next
        match = CAPTION.match(text)
        if match and match.group(1) in self.labels:
            para.add_run(f"{match.group(1)} ")
            field(para, f" SEQ {self.labels[match.group(1)]} \\* ARABIC ", match.group(2))
            para.add_run(". ")
            rest = para.add_run(match.group(3))
            rest.bold = False
        else:
            para.add_run(text)

    def table(self, element) -> None:
        caption = element.find("caption")
        if caption is not None:
            parent = element.getparent()
            self.caption(caption, keep_with_next=True, anchor=parent.get("id") if parent is not None else None)
        rows = list(element.iter("tr"))
        if not rows:
            return
        grid = [[(cell, cell.tag.lower() == "th" or row.getparent().tag.lower() == "thead") for cell in row
                 if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")] for row in rows]
        from docx.oxml import parse_xml

        # the table's notes (report.chapters.html.table: the block's paragraphs after it) are its last rows, kept
        # with its last row; a note paragraph after the block keeps with the last of them, else with the last row
        notes = _table_notes(element)
        for note in notes:
            note.set(IN_TABLE, "")  # written here, not again as a paragraph
        noted = bool(notes) or _note_follows(element)
        closing_notes = Notes(tuple(collapse(note.text_content()).strip() for note in notes),
                              self.style_ids[CLASS_STYLES["table-note"]], _note_follows(notes[-1])) if notes else None
        whole, held = print_breaks(element)  # as the PDF breaks it
        if "abbreviations" in (element.get("class") or "").split():  # as report.css: its last rows on one page
            held = (held[0], ABBREVIATIONS_END_ROWS)
        # a chapter's closing rows (report.chapters.page_tail: tr.tail) keep together and with what follows
        closing = {index for index, row in enumerate(rows) if "tail" in (row.get("class") or "").split()}
        self.body.sectPr.addprevious(parse_xml(table_xml(grid, self.style_ids["Isi Tabel"], noted, whole, held,
                                                         closing, closing_notes)))

    def figure(self, element) -> None:
        images = list(element.iter("img"))
        for image in images:
            para = self.add()
            para.alignment = 1  # centre
            para.paragraph_format.keep_with_next = True
            self.picture_run(para, image)
        caption = element.find("figcaption")
        if caption is not None:
            self.caption(caption, keep_with_next=False, anchor=element.get("id"))
        for child in element:
            if isinstance(child.tag, str) and child.tag.lower() not in ("img", "figcaption"):
                self.block(child)

    def picture_run(self, para, image) -> None:
        from docx.shared import Inches

        data = _image_bytes(image.get("src", ""))
        if data is None:
            alt = image.get("alt")
            if alt:
                para.add_run(alt)
            return
        width = _width_inches(image.get("style", ""))
        run = para.add_run()
        run.add_picture(io.BytesIO(data), width=Inches(min(width or 6.3, 6.69)))
        alt = image.get("alt", "")
        for doc_pr in run._r.iter(f"{{{WP_NS}}}docPr"):
            doc_pr.set("descr", alt)
            doc_pr.set("title", alt[:120])

    # --- front matter lists, header and footer ---------------------------------------------
    def field_list(self, nav) -> None:
        """Daftar Isi / Tabel / Gambar: each entry its text, a dotted tab and a PAGEREF field to the bookmark of
        its heading or caption, so LibreOffice shows the page numbers of its own layout and Word those of its
        own once it has updated the fields (on opening, settings.xml updateFields). A TOC field did not do it:
        LibreOffice shows a TOC field's saved result, and the page numbers are only known from a layout. The F9
        hint is the saved result of a field that computes to nothing, so it is gone wherever the numbers are."""
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        from docx.shared import Twips

        kind = (nav.get("id") or "").removeprefix("daftar-")
        heading = nav.find(".//h2")
        title = collapse(heading.text_content()).strip() if heading is not None else nav.get("data-title", "")
        para = self.add(title, "TOC Heading")
        if self.page_break_next:
            para.paragraph_format.page_break_before = True
            self.page_break_next = False
        style = "toc 1" if kind == "isi" else "table of figures"
        for item in nav.iter("li"):
            entry = self.add(style="toc 2" if "sub" in (item.get("class") or "").split() else style)
            # the text wraps short of the page numbers' column, so a long caption's last line never runs into its
            # number (LOOK9 #24: "... batas kategori A–D14"); the dotted tab leads to the number at the margin
            entry.paragraph_format.right_indent = Twips(PAGE_NUMBER_TWIPS)
            entry.paragraph_format.tab_stops.add_tab_stop(Twips(TEXT_WIDTH_TWIPS), WD_TAB_ALIGNMENT.RIGHT,
                                                          WD_TAB_LEADER.DOTS)
            entry.add_run(collapse(item.text_content()).strip())
            link = next((a.get("href", "") for a in item.iter("a") if a.get("href", "").startswith("#")), "")
            if link:
                entry.add_run("\t")
                page_ref(entry, bookmark_name(link[1:]))
        clearing_field(self.add(style="Catatan"), t("docx_update_fields", self.lang))

    def page_furniture(self, root) -> None:
        """Running header (as in the PDF) and 'Halaman x dari y' in the footer, none on the cover."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        header = next((div for div in root.iter("div") if "running-header" in (div.get("class") or "").split()), None)
        if header is not None:
            para = section.header.paragraphs[0]
            para._p.style = self.style_ids["Header"]
            self.inline(para, header)
        para = section.footer.paragraphs[0]
        para._p.style = self.style_ids["Footer"]
        para.add_run(f"{t('page_of', self.lang)} ")
        field(para, " PAGE ", "1")
        para.add_run(f" {t('of', self.lang)} ")
        field(para, " NUMPAGES ", "1")

    def add(self, text: str = "", style: str | None = None):
        """A new paragraph (python-docx looks a style up by name at every call; the ids are kept here)."""
        para = self.doc.add_paragraph(text)
        if style:
            para._p.style = self.style_ids[style]
        return para


def _note_follows(element) -> bool:
    """Whether a note paragraph (p.note) comes next after ``element``, a table, its note or a note: after the
    wrappers of report.chapters.html.table around a table or a table's last note, else right after the paragraph;
    a table's note followed by its next note (several, report.chapters.html.table) too."""
    classes = set((element.get("class") or "").split())
    if element.tag.lower() != "table" and not classes & {"note", "table-note"}:
        return False
    sibling = element.getnext()
    if "table-note" in classes and sibling is not None and "table-note" in (sibling.get("class") or "").split():
        return True
    outer = element
    wrapped = element.tag.lower() == "table" or "table-note" in classes
    while wrapped and _table_wrapper(outer.getparent()):
        outer = outer.getparent()
    following = outer.getnext()
    return (following is not None and following.tag == "p"
            and "note" in (following.get("class") or "").split())


def _table_notes(table) -> list:
    """The table's own notes: the p.table-note paragraphs right after it in its block."""
    notes = []
    for sibling in table.itersiblings():
        if sibling.tag != "p" or "table-note" not in (sibling.get("class") or "").split():
            break
        notes.append(sibling)
    return notes


def _table_wrapper(element) -> bool:
    """Whether ``element`` is one of the <div>s report.chapters.html.table puts around a table and its note."""
    names = set((element.get("class") or "").split()) if element is not None else set()
    return bool(element is not None and element.tag == "div" and names
                and all(name in ("table-block", "pin", "keep", "keep-rows", "tight") or LEAD.fullmatch(name)
                                     for name in names))


def _has_blocks(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag.lower() in BLOCK_TAGS for child in element)


def _run(para, text: str, bold: bool, italic: bool) -> None:
    text = collapse(text)
    if not text:
        return
    run = para.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True


def _trim(para) -> None:
    """HTML white space at the edges of a paragraph is not text."""
    runs = para.runs
    if runs and runs[0].text:
        runs[0].text = runs[0].text.lstrip()
    if runs and runs[-1].text:
        runs[-1].text = runs[-1].text.rstrip()


def _image_bytes(src: str) -> bytes | None:
    if src.startswith("data:") and ";base64," in src:
        return base64.b64decode(src.split(";base64,", 1)[1])
    return None  # the report embeds every image; a link to elsewhere is not fetched


def _width_inches(style: str) -> float | None:
    match = re.search(r"width:\s*([\d.]+)in", style)
    return float(match.group(1)) if match else None
