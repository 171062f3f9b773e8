"""The archivable PDF (PDF/A-3a with its data inside), the Word version and the workbook, read
with pypdf, python-docx and openpyxl as an archive, an editor and a spreadsheet user would."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from typing import Any

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from evalasn.paths import project
from evalasn.report.formats import workbook_names
from evalasn.report.words.text import t
from tests.integration import language
from tests.integration.helpers import pdf_pages, squash

PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
CASES = [("kesehatan", "id"), ("provinsi", "en")]


def _html(paths, slug, lang):
    return paths.report_html(slug, lang).read_text(encoding="utf-8")


def _struct_types(node, found):
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, dict):
        if "/S" in node:
            found.append((node["/S"], node.get("/Alt")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            _struct_types(kid, found)
    return found


@pytest.mark.parametrize("slug,lang", CASES, ids=[f"{s}-{lang}" for s, lang in CASES])
def test_pdf_is_tagged_pdfa_3a_and_carries_its_data(built_reports, slug, lang):
    root, _ = built_reports
    paths = project(root)
    reader = PdfReader(str(paths.report_pdf(slug, lang)))
    catalog: Any = reader.trailer["/Root"]
    assert reader.xmp_metadata is not None, "no XMP metadata"
    xmp = ET.fromstring(reader.xmp_metadata.stream.get_data().split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    ids = [d.attrib for d in xmp.iter() if f"{PDFAID}part" in d.attrib]
    assert ids and ids[0][f"{PDFAID}part"] == "3" and ids[0][f"{PDFAID}conformance"] == "A"
    assert catalog["/MarkInfo"]["/Marked"] and catalog["/Lang"] == lang
    elements = _struct_types(catalog["/StructTreeRoot"], [])
    kinds = {kind for kind, _ in elements}
    assert {"/Document", "/H2", "/P", "/Table", "/TH", "/TD", "/Figure"} <= kinds
    contents: list[Any] = [page.get_contents() for page in reader.pages]
    assert all(b"/MCID" in c.get_data() for c in contents), "page content not marked"
    figures = [alt for kind, alt in elements if kind == "/Figure"]
    assert len(figures) == _html(paths, slug, lang).count("<figure")
    assert all(alt and len(alt) > 20 for alt in figures), "a figure without alt text"
    info: Any = reader.metadata
    assert info["/Author"] == t("doc_author", lang)
    assert info["/Title"].startswith(t("title", lang))
    assert info.creation_date is not None and info["/Subject"] and "IKM" in info["/Keywords"]
    bookmarks = [b.title for b in reader.outline if not isinstance(b, list)]
    nested = [b.title for level in reader.outline if isinstance(level, list) for b in level
              if not isinstance(b, list)]
    assert t("ch_summary", lang) in bookmarks + nested
    name = paths.hasil(slug).name  # hasil-<tahun>.json
    embedded = reader.attachments[name][0]
    # the results published beside the report: the model's, with the plan the report issued (rencana_tindak_lanjut)
    assert embedded == paths.report_hasil(slug).read_bytes()
    spec = [f.get_object() for f in catalog["/AF"]][0]
    assert spec["/AFRelationship"] == "/Data" and spec["/F"] == name
    pages: list[Any] = list(reader.pages)
    for page in pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
            descriptor = descriptor["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), f"{font['/BaseFont']} not embedded"


def _field_instructions(document) -> list[str]:
    body = document.element.body
    return [node.text for node in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instrText")]


@pytest.mark.parametrize("slug,lang", CASES, ids=[f"{s}-{lang}" for s, lang in CASES])
def test_word_version_has_the_chapters_tables_and_figures_of_the_html(built_reports, slug, lang):
    root, _ = built_reports
    paths = project(root)
    html = _html(paths, slug, lang)
    document: Any = docx.Document(str(paths.report_docx(slug, lang)))
    styles = [p.style.name for p in document.paragraphs]
    chapters = re.findall(r"<h2 id=\"[^\"]+\">(.*?)</h2>", html)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [re.sub(r"<[^>]+>", "", h).replace("&amp;", "&") for h in chapters]
    assert styles.count("Heading 2") == html.count("<h3")
    assert len(document.tables) == html.count("<table")
    assert len(document.inline_shapes) == html.count("<img")
    fields = _field_instructions(document)
    label = {"id": ("Tabel", "Gambar"), "en": ("Table", "Figure")}[lang]
    captioned = len(re.findall(r"<table\b[^>]*><caption\b", html))  # a pinned table carries its class (4fcfbe9)
    assert captioned > 2 and sum(f"SEQ {label[0]}" in f for f in fields) == captioned
    assert sum(f"SEQ {label[1]}" in f for f in fields) == html.count("<figure")
    # the contents and the lists: one page reference per entry (LibreOffice computes them; a TOC field it does not)
    entries = sum(nav.count('<a href="#') for nav in re.findall(r'<nav class="list".*?</nav>', html, re.S))
    assert entries and sum(f.strip().startswith("PAGEREF") for f in fields) == entries
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == [t("title", lang)]
    foreword = t("foreword_title", lang)
    assert foreword in headings
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == 2.0
    for shape in document.inline_shapes:
        assert shape._inline.docPr.get("descr"), "a picture without alt text"


@pytest.mark.parametrize("slug,lang", [("kesehatan", "id"), ("provinsi", "id"), ("provinsi", "en")])
def test_workbook_has_key_figures_as_numbers_with_their_intervals(built_reports, slug, lang):
    root, _ = built_reports
    paths = project(root)
    import json

    hasil = json.loads(paths.hasil(slug).read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(paths.report_xlsx(slug, lang))
    names = {key: workbook_names.SHEET_NAMES[key][0 if lang == "id" else 1]
             for key in ("pelaksanaan", "level4_hasil", "perbandingan_dinas")}
    assert names["pelaksanaan"] in book.sheetnames and names["level4_hasil"] in book.sheetnames
    assert book.sheetnames[-1] == {"id": "Definisi", "en": "Definitions"}[lang]
    if slug == "provinsi":
        assert names["perbandingan_dinas"] in book.sheetnames
    sheet = book[names["pelaksanaan"]]
    rows = list(sheet.iter_rows())
    start = next(i for i, r in enumerate(rows)
                 if r[0].value == workbook_names.object_name("pelaksanaan.cakupan_asn", lang))
    header = [c.value for c in rows[start + 1]]
    values = rows[start + 2]
    estimate = hasil["pelaksanaan"]["cakupan_asn"]
    for name in ("estimasi", "ci_bawah", "ci_atas"):  # a share in percent, like every percent of the sheet
        cell = values[header.index(workbook_names.header(name, "pelaksanaan.cakupan_asn", lang))]
        assert cell.value == pytest.approx(estimate[name] * 100) and cell.number_format == "#,##0.0"
    count = values[header.index("n")]
    assert count.value == estimate["n"] and count.number_format == "#,##0"
    definitions = {r[0].value for r in book.worksheets[-1].iter_rows()}
    assert {workbook_names.column_name(name, "", lang) for name in ("estimasi", "ci_bawah", "ci_atas")} <= definitions
    assert workbook_names.object_name("pelaksanaan.cakupan_asn", lang) in definitions  # named as the sheets name it


def test_index_links_every_format(built_reports):
    root, _ = built_reports
    paths = project(root)
    index = paths.index_html.read_text(encoding="utf-8")
    for path in paths.report_outputs("kesehatan"):
        assert f'href="kesehatan/{path.name}"' in index


# Indonesian words that have no place in English prose (names from the data, such as "Dinas Sosial"
# or a theme "layanan prima", use none of them).
INDONESIAN = ("yang", "dengan", "untuk", "tidak", "baris", "dibaca", "diproses", "bermakna", "Halaman", "sebelum",
              "sesudah", "belum", "adalah", "atau", "oleh", "kosong", "s.d.", "IK 95%", "miliar", "juta", "Triwulan",
              "Gambar", "Tabel", "Daftar", "Kata Pengantar", "Lampiran", "Kesimpulan", "sumbu", "mentah")


def test_english_report_is_english_including_annex_and_quality_log(built_reports):
    root, _ = built_reports
    text = squash(" ".join(pdf_pages(project(root).report_pdf("provinsi", "en"))))
    found = sorted({w for w in INDONESIAN if re.search(rf"(?<![\w.]){re.escape(w)}(?![\w])", text)})
    assert not found, f"Indonesian in the English report: {found}"
    # every other tell-tale word, outside quoted data, official names and the values users typed (issue 22.9)
    page = language.html_text(project(root).report_html("provinsi", "en").read_text(encoding="utf-8"))
    words = language.indonesian_words(page, language.typed_values(project(root)))
    assert not words, "Indonesian in the English report:\n" + "\n".join(words)
    assert "Jakarta Provincial Government (Pemerintah Provinsi DKI Jakarta)" in text  # the official name, once
    assert "study hours" not in text and "lesson hours (JP)" in text
    assert re.search(r"\d{1,3}(,\d{3})+ rows read, \d{1,3}(,\d{3})+ rows processed", text)
    docx_text = " ".join(p.text for p in docx.Document(str(project(root).report_docx("provinsi", "en"))).paragraphs)
    assert not [w for w in ("Halaman", "Tabel", "Gambar", "Daftar Isi") if w in docx_text]


def test_english_documents_are_titled_in_english(built_reports):
    """The title a browser tab, a file list or an archive catalogue shows (HTML <title>, PDF, DOCX and XLSX
    properties) named the scope in Indonesian in every English output (REVIEW5 D4)."""
    root, _ = built_reports
    paths = project(root)
    html = paths.report_html("provinsi", "en").read_text(encoding="utf-8")
    metadata = PdfReader(str(paths.report_pdf("provinsi", "en"))).metadata
    assert metadata is not None
    titles = {"html": html.split("<title>", 1)[1].split("</title>", 1)[0],
              "pdf": metadata.title,
              "docx": docx.Document(str(paths.report_docx("provinsi", "en"))).core_properties.title,
              "xlsx": openpyxl.load_workbook(paths.report_xlsx("provinsi", "en"), read_only=True).properties.title}
    for kind, title in titles.items():
        assert title and "Jakarta Provincial Government" in title, (kind, title)
        assert not language.indonesian_words(title.replace("Jakarta Provincial Government", "")), (kind, title)
        assert "Pemerintah" not in title, (kind, title)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed (make system-deps)")
@pytest.mark.parametrize("slug,lang", [*CASES, ("provinsi", "id")], ids=["kesehatan-id", "provinsi-en", "provinsi-id"])
def test_no_text_runs_past_the_right_margin(built_reports, slug, lang):
    """A wide table (or a long cell in a number column) must wrap, not run off the page."""
    root, _ = built_reports
    pdf = project(root).report_pdf(slug, lang)
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    margin = 2.0 / 2.54 * 72  # the 2 cm side margin of report.css, in points
    for number, page in enumerate(boxes.split("<page ")[1:], 1):
        found = re.search(r'width="([\d.]+)"', page)
        assert found, "pdftotext -bbox gave a page without width"
        width = float(found.group(1))
        right = max((float(x) for x in re.findall(r'xMax="([\d.]+)"', page)), default=0.0)
        assert right <= width - margin + 2, f"page {number} of {pdf.name}: text reaches x = {right:.0f} of {width:.0f}"
