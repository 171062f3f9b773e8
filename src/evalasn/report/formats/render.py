"""Executed notebook -> HTML (nbconvert, our template, no code cells) -> PDF/A-3a (WeasyPrint, A4),
Word (report.formats.word, from the same HTML) and the key-figures workbook (report.formats.workbook, from hasil.json).

The HTML is post-processed once: figures and tables are numbered ("Gambar 3", "Tabel 2") and
the Daftar Isi, Daftar Tabel and Daftar Gambar are filled from the headings and captions (the
PDF adds page numbers to them through CSS target-counter). ``Renderer`` keeps nbconvert and
WeasyPrint loaded, so a batch worker renders many reports without importing them again.

The PDF is PDF/A-3a: tagged (structure tree, marked content, alt text of every figure from its
<img alt>), with bookmarks from the headings, /Lang from <html lang>, title, author, subject,
keywords and creation date from the <meta> tags of the page (the date from SOURCE_DATE_EPOCH when
set), and hasil.json embedded as an associated file (AFRelationship /Data), so the archived PDF
carries its own machine-readable results.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import replace
from html import escape, unescape
from pathlib import Path

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil, PlanReviewed
from evalasn.clock import build_time, utc, w3c
from evalasn.files import write_atomically
from evalasn.paths import TEMPLATES, project
from evalasn.report import facts
from evalasn.report.cells import TEXT_CLASS, keep_report_cells
from evalasn.report.chapters import fact_targets, followup, followup_review, followup_rows, plan_records, review_sheet
from evalasn.report.chapters.html import TABLE_REF
from evalasn.report.chapters.text_holds import print_codes
from evalasn.report.context import agency_contexts, follow_up_context
from evalasn.report.formats import deflate, figures_by_reference, leaders, word, workbook
from evalasn.report.words import abbreviations, names, units
from evalasn.report.words.text import t

PDF_VARIANT = "pdf/a-3a"  # archival (ISO 19005-3), level A: tagged and Unicode; allows the embedded hasil.json
ATTACHMENT_RELATIONSHIP = "Data"  # ISO 32000-2 7.11.3: the file holds the data the document's figures show

CSS_FILE = TEMPLATES / "evalasn" / "report.css"


class Renderer:
    """HTML and PDF from executed report notebooks; build once, call many times."""

    def __init__(self) -> None:
        import nbconvert
        import weasyprint  # noqa: F401  (imported once here; render_pdf uses it)
        from nbconvert.preprocessors import Preprocessor

        class KeepReportOutputs(Preprocessor):
            """Only the report's cells and outputs (evalasn.report.cells: marked outputs, the
            markdown cells after the parameters cell); no streams, warnings or errors."""

            def preprocess(self, nb, resources):
                keep_report_cells(nb)
                return nb, resources

        self._exporter = nbconvert.HTMLExporter(
            template_name="evalasn", extra_template_basedirs=[str(TEMPLATES)],
            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
            exclude_markdown=True, exclude_raw=True, exclude_unknown=True)
        self._exporter.register_preprocessor(KeepReportOutputs(), enabled=True)
        self._css = CSS_FILE.read_text(encoding="utf-8")
        leaders.install()  # the lists' dot leaders as one text box per line (report.formats.leaders)
        deflate.install()  # the PDF's streams at zlib level 6, not 9 (report.formats.deflate)
        # the stylesheet holds screen-only rules WeasyPrint does not know; its notes about them are noise
        logging.getLogger("weasyprint").setLevel(logging.ERROR)

    def render_html(self, notebook_path: Path, title: str, bahasa: str, synthetic: bool,
                    meta: dict | None = None) -> str:
        import nbformat

        nb = nbformat.read(str(notebook_path), as_version=4)
        resources = {"evalasn": {"bahasa": bahasa, "judul": title, "css": self._css, "meta": meta or {},
                                 "body_class": "synthetic" if synthetic else "real"}}
        body, _ = self._exporter.from_notebook_node(nb, resources=resources)
        if bahasa == "en":  # a unit's name as written once in the report (units.bracket_once_in_page)
            body = units.bracket_once_in_page(body)
        return keep_currency(number_and_list(body, bahasa))

    def render_pdf(self, html: str, pdf_path: Path, attachment: Path | None = None, bahasa: str = "id",
                   built: dt.datetime | None = None) -> None:
        """PDF/A-3a of ``html``; ``attachment`` (hasil.json) is embedded as its associated data file."""
        import weasyprint

        files = []
        if attachment is not None:
            when = utc(built or build_time())
            files.append(weasyprint.Attachment(string=attachment.read_bytes(), name=attachment.name,
                                               description=t("doc_attachment", bahasa), created=when, modified=when,
                                               relationship=ATTACHMENT_RELATIONSHIP))
        # the figures by reference, not as base64 for WeasyPrint's parser (report.formats.figures_by_reference)
        light, fetcher = figures_by_reference.by_reference(print_codes(html))
        document = weasyprint.HTML(string=light, base_url=str(pdf_path.parent), url_fetcher=fetcher)
        write_atomically(pdf_path, document.write_pdf(pdf_variant=PDF_VARIANT, attachments=files))

    def render(self, notebook_path: Path, html_path: Path, pdf_path: Path, title: str, bahasa: str,
               synthetic: bool, *, hasil_path: Path | None = None, docx_path: Path | None = None,
               xlsx_path: Path | None = None, root: Path | None = None) -> None:
        """Write the HTML and PDF, and the Word version and workbook when their paths are given."""
        built = build_time()
        hasil = json.loads(hasil_path.read_text(encoding="utf-8")) if hasil_path else None
        plan_rows, key_facts, reviewed, review, opened = published(hasil, bahasa, built, root) if hasil is not None \
            else (None, (), None, None, None)
        if hasil is not None and plan_rows is not None and hasil_path is not None:
            # the plan the report issues, in the results published with it (and embedded in its PDF): next year's
            # evaluation finds each row by its id (contract.plan.FollowUpRow); and which plan of last year this
            # report judged (the published one, or one regenerated: contract.plan.PlanReviewed)
            hasil = plan_records.published(hasil, plan_rows, reviewed)
            results.write(hasil_path, hasil)
        meta = document_meta(hasil, bahasa, built) if hasil else None
        html = self.render_html(notebook_path, title, bahasa, synthetic, meta)
        write_atomically(html_path, html.encode("utf-8"))
        self.render_pdf(html, pdf_path, hasil_path, bahasa, built)
        if docx_path is not None:
            write_atomically(docx_path, word.from_html(html, bahasa, title, meta or {}, built))
        if xlsx_path is not None and hasil is not None:
            # the follow-up plan as the report shows it (its configuration is read from the project at ``root``)
            write_atomically(xlsx_path, workbook.build(hasil, bahasa, built, plan_rows, key_facts, review, opened))


def workbook_parts(hasil: Hasil, bahasa: str, built: dt.datetime,
                   root: Path | None) -> tuple[list | None, tuple[facts.Fact, ...]]:
    """The follow-up plan as the report shows it (its configuration read from the project at ``root``) and the key
    figures as the report's tables show them: judged against the same targets, last year's adjusted gain from last
    year's results of the same model run, as Tabel 1 has it (the workbook's cell was empty without them)."""
    return published_parts(hasil, bahasa, built, root)[:2]


def published_parts(hasil: Hasil, bahasa: str, built: dt.datetime, root: Path | None
                    ) -> tuple[list | None, tuple[facts.Fact, ...], PlanReviewed | None, review_sheet.Sheet | None]:
    """``workbook_parts``, the record of which plan of last year the report judged (None without last year) and that
    review as BAB X 10.1 prints it (with the province's table of dinas) for the workbook."""
    return published(hasil, bahasa, built, root)[:4]


def published(hasil: Hasil, bahasa: str, built: dt.datetime, root: Path | None
              ) -> tuple[list | None, tuple[facts.Fact, ...], PlanReviewed | None, review_sheet.Sheet | None,
                         dt.date | None]:
    """published_parts and the report's date when its year is not over on it (facts.open_on), for the workbook's
    changes of the figures still growing (workbook_against.changes_as_reported)."""
    if root is None:
        return None, facts.build(hasil, bahasa, {}), None, None, None
    paths = project(root)
    scope = follow_up_context(paths, hasil, bahasa, built=built)
    if scope.province and scope.previous is not None:  # each dinas judged as its own report judges it (Tabel 17)
        scope = replace(scope, agencies=agency_contexts(paths, scope.hasil, scope.dinas_results, bahasa,
                                                        scope.config))
    reviewed = followup_rows.source_record(scope) if scope.previous is not None \
        and not followup_review.no_plan(scope) else None
    # facts.of: the records Tabel 1 prints, last year's plan target on a figure without one included (LOOK14 P-15)
    return followup.issued(scope), fact_targets.of(scope), reviewed, review_sheet.of(scope), facts.open_on(scope)


def document_meta(hasil: dict, bahasa: str, built: dt.datetime) -> dict[str, str]:
    """Author (the issuing body), subject, keywords and creation date of a report's documents."""
    scope = {"nama": names.scope_name(hasil["cakupan"].get("slug", ""), hasil["cakupan"]["nama"], bahasa),
             "tahun": hasil["tahun"]}
    return {"author": t("doc_author", bahasa), "subject": t("doc_subject", bahasa, **scope),
            "keywords": t("doc_keywords", bahasa, **scope), "created": w3c(built)}


# nbconvert re-serialises output HTML (attributes may be reordered), so tags are matched by their
# attributes, in any order.
FIGURE = re.compile(r"<figure\b([^>]*)>(.*?)<figcaption>(.*?)</figcaption>", re.S)
TABLE = re.compile(r"<div\b([^>]*)>\s*<table>\s*<caption>(.*?)</caption>", re.S)
HEADING = re.compile(r"<h([23])\b([^>]*)>(.*?)</h\1>", re.S)
# a numbered chapter of the body: its sections are numbered "1.1", "1.2" … after it ("BAB III" -> 3.1)
NUMBERED_CHAPTER = re.compile(r"^\s*(?:BAB|Chapter)\s+([IVXLC]+)\b")
# an evaluator's own text (report.cells): its headings are sub-headings, neither numbered nor in the Daftar Isi
EVALUATOR_TEXT = re.compile(rf'<div\b[^>]*class="{TEXT_CLASS}"[^>]*>.*?</div>', re.S)
SUB = ' class="sub"'  # a section's line in the Daftar Isi, indented under its chapter
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
LIST = re.compile(r"<nav\b([^>]*)>\s*</nav>")
TAG = re.compile(r"<[^>]+>")
UNREAD = re.compile(r"<(style|script)\b[^>]*>.*?</\1>", re.S | re.I)  # the page's CSS (its comments) and code


def reader_text(body: str) -> str:
    """The words of ``body`` a reader sees: no tags, no style sheet or script (REVIEW6 R6-34: the Daftar Singkatan
    of kesehatan listed KPKP, named only in a comment of the report's CSS)."""
    return unescape(TAG.sub(" ", UNREAD.sub(" ", body)))
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
# "Rp" and its amount on one line in every format made from the page (HTML, PDF, and the Word version made from the
# same HTML): paragraphs ended a line with "Rp" and began the next with "408.332" (LOOK11 L-11); the tables' cells
# hold it already (report.chapters.html.hold_together). The workbook is made from the results, not from this page:
# its cells keep plain spaces
CURRENCY_SPACE = re.compile(r"\bRp (?=[−-]?\d)")
# and a chapter's name with its number: "(rencana tindak lanjut 2024, BAB" / "X)" left "X)" alone on a line of
# Tabel 12's target cell (LOOK15 Q-3); the tables' cells hold it too (html.hold_together)
CHAPTER_SPACE = re.compile(r"\b(BAB|Chapter) (?=[IVXLC]+\b)")
MARKUP = re.compile(r"(<(style|script)\b[^>]*>.*?</\2>|<[^>]+>)", re.S | re.I)


def keep_currency(body: str) -> str:
    """``body`` with a no-break space between "Rp" and its amount, and between "BAB" ("Chapter") and its number, in
    the text a reader sees (not in tags, style sheet or script)."""
    parts = MARKUP.split(body)  # text, markup, its (style|script) group, text, ...
    return "".join(part if index % 3 else CHAPTER_SPACE.sub("\\1\u00a0", CURRENCY_SPACE.sub("Rp\u00a0", part))
                   for index, part in enumerate(parts) if index % 3 != 2)


def scroll_hint(attrs: dict[str, str], bahasa: str) -> str:
    """The caption's hint over a table wider than the screen, as the index has it (LOOK25 W-3): 'Tabel lebih lebar
    dari layar: geser ke samping …; kolom Indikator tetap di kiri.' (its pinned column, report.chapters.html.table
    data-pin), shown by report.css only while the table's box scrolls; none over a table stacked on a phone."""
    if "stack" in attrs.get("class", "").split():
        return ""
    pinned = attrs.get("data-pin")
    hint = t("table_scroll_hint", bahasa, kolom=unescape(pinned)) if pinned else t("table_scroll_hint_all", bahasa)
    return f' data-hint="{escape(hint)}"'


def _attrs(text: str) -> dict[str, str]:
    return dict(ATTRIBUTE.findall(text))


def arabic(roman: str) -> int:
    """'XI' -> 11."""
    values = [ROMAN[letter] for letter in roman]
    return sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True))


def number_sections(body: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Number the sections (<h3>) of each numbered chapter "1.1", "1.2" … and give them anchors;
    returns the body and the Daftar Isi's entries (anchor, text, level: 1 chapter, 2 section)."""
    entries: list[tuple[str, str, int]] = []
    evaluator = [match.span() for match in EVALUATOR_TEXT.finditer(body)]
    chapter: int | None = None
    count = 0

    def heading(match):
        nonlocal chapter, count
        level, attrs, text = match.group(1), _attrs(match.group(2)), match.group(3)
        if level == "2":
            if "id" not in attrs:  # not a chapter (a list's own title)
                return match.group(0)
            numeral = NUMBERED_CHAPTER.match(text)
            chapter, count = (arabic(numeral.group(1)), 0) if numeral else (None, 0)
            entries.append((attrs["id"], text, 1))
            return match.group(0)
        if chapter is None or any(start < match.start() < end for start, end in evaluator):
            return match.group(0)
        count += 1
        anchor = attrs.get("id") or f"bagian-{chapter}-{count}"
        numbered = f"{chapter}.{count} {text}"
        entries.append((anchor, numbered, 2))
        rest = "".join(f' {key}="{value}"' for key, value in attrs.items() if key != "id")
        return f'<h3 id="{anchor}"{rest}>{numbered}</h3>'

    return HEADING.sub(heading, body), entries


def number_and_list(body: str, bahasa: str) -> str:
    """Number figures, tables and the chapters' sections in order, give them anchors, and fill the three lists; a
    text's place for a table's number (html.table_ref) gets ', Tabel 9', or nothing without that table."""
    entries: dict[str, list[tuple[str, str]]] = {"isi": [], "tabel": [], "gambar": []}
    figure_word, table_word = t("figure_label", bahasa), t("table_label", bahasa)

    def figure(match):
        number = len(entries["gambar"]) + 1
        entries["gambar"].append((f"gambar-{number}", f"{figure_word} {number}. {match.group(3)}"))
        wide = "wide" in _attrs(match.group(1)).get("class", "").split()
        # a figure that scrolls sideways on a phone says so over its caption, as a wide table does (LOOK31 C-5)
        hint = f' data-hint="{escape(t("figure_scroll_hint", bahasa))}"' if wide else ""
        marked = ' class="wide"' if wide else ""
        return (f'<figure id="gambar-{number}"{marked}>{match.group(2)}'
                f"<figcaption{hint}><strong>{figure_word} {number}.</strong> {match.group(3)}</figcaption>")

    def table(match):
        attrs = _attrs(match.group(1))
        classes = attrs.get("class", "")
        if "table-block" not in classes.split():
            return match.group(0)
        number = len(entries["tabel"]) + 1
        entries["tabel"].append((f"tabel-{number}", f"{table_word} {number}. {match.group(2)}"))
        if attrs.get("data-ref"):
            numbers[attrs["data-ref"]] = number
        return (f'<div class="{classes}" id="tabel-{number}"><table>'
                f"<caption{scroll_hint(attrs, bahasa)}>{table_word} {number}. {match.group(2)}</caption>")

    numbers: dict[str, int] = {}  # a table's number by the key a text names it by (html.table_ref)
    body = FIGURE.sub(figure, body)
    body = TABLE.sub(table, body)
    body = TABLE_REF.sub(lambda found: "" if found.group(2) not in numbers else
                         f"{'' if found.group(1) else ', '}{table_word} {numbers[found.group(2)]}", body)
    body, contents = number_sections(body)
    entries["isi"] = [(anchor, text) for anchor, text, _ in contents]
    sections = {anchor for anchor, _, level in contents if level == 2}

    def fill(match):
        attrs = _attrs(match.group(1))
        kind = attrs.get("id", "").removeprefix("daftar-")
        if "list" not in attrs.get("class", "") or kind not in entries:
            return match.group(0)
        items = "".join(f'<li{SUB if anchor in sections else ""}><a href="#{anchor}">{text}</a></li>'
                        for anchor, text in entries[kind])
        return (f'<nav class="list" id="daftar-{kind}"><h2 class="list-title">{attrs.get("data-title", "")}</h2>'
                f"<ol>{items}</ol></nav>")

    def fill_abbreviations(match):
        attrs = _attrs(match.group(1))
        if attrs.get("id") != "daftar-singkatan":
            return fill(match)
        pairs = abbreviations.used(reader_text(body), bahasa)
        rows = "".join(f"<tr><td>{escape(abbr)}</td><td>{escape(words)}</td></tr>" for abbr, words in pairs)
        return (f'<nav class="abbreviations" id="daftar-singkatan"><h2 class="list-title">'
                f'{attrs.get("data-title", "")}</h2><table class="abbreviations"><tbody>{rows}</tbody></table></nav>')

    return LIST.sub(fill_abbreviations, body)
