"""The methods behind the key figures are noted once (REVIEW3 21): the summary's Angka Kunci table carries one
short line pointing to BAB VII, where the key-figure table's note explains the adjusted gain, the province column
and the ranks."""

from __future__ import annotations

import html as html_lib
import re
from importlib import resources

import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import comparison, key_findings, sections

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

CHAPTERS = ("cover", "foreword", "front_matter", "summary", "method", "implementation", "kirkpatrick", "budget",
            "challenges", "communication", "position", "limitations", "conclusion", "follow_up", "closing", "annex")


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).replace("\u00a0", " "))


def _note(table: str) -> str:
    found = re.search(r'<p class="table-note(?: long)?">(.*?)</p>', table, re.S)
    return _text(found.group(1)) if found else ""


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_table_points_to_the_full_note_printed_once(contexts, slug, lang):
    ctx = contexts[slug, lang]
    short = _note(key_findings.table(ctx))
    mix = None if slug == PROVINCE_SLUG else comparison.mix_sentence(ctx)
    short = short.replace(_text(mix), "").strip() if mix else short  # the dinas's own reason, when there is one
    assert len(short) <= 260, short  # two lines of small type, not fourteen
    assert ("BAB VII" if lang == "id" else "Chapter VII") in short
    whole = _text(" ".join(getattr(sections, chapter)(ctx) for chapter in CHAPTERS))
    full = _note(comparison.key_figure_table(ctx))
    if slug == PROVINCE_SLUG:
        return
    assert len(full) > 3 * len(short)
    for sentence in (ctx.t("fact_gain_why"), ctx.t("pos_rank_note")):
        assert sentence in full and whole.count(_text(sentence)) == 1, sentence[:60]



def _css() -> str:
    return (resources.files("evalasn.report") / "templates" / "evalasn" / "report.css").read_text(encoding="utf-8")


def _screen_rules() -> str:
    css = _css()
    start = css.index("@media screen {")
    return css[start:css.index("\n}", start)]


def test_on_screen_a_table_note_and_caption_are_inset_like_the_cells():
    """REVIEW3 21: in the HTML the note's text touched the table's scroll box (no left padding)."""
    cells = re.search(r"th, td \{[^}]*padding: [\d.]+rem ([\d.]+rem)", _css())
    rule = re.search(r"([^{}]*\.table-note[^{}]*)\{([^}]*)\}", _screen_rules())
    assert cells and rule and ".table-block caption" in rule.group(1)
    assert f"padding: 0 {cells.group(1)}" in rule.group(2) and "border-box" in rule.group(2)


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_lowest_units_20_jp_table_says_who_it_counts(contexts, slug, lang):
    """REVIEW3 24: Tabel 3's count column said "ASN" beside "% PNS ≥ 20 JP"; it counts PNS (and ASN without a
    status), as the 20 JP duty does."""
    ctx = contexts[slug, lang]
    part = sections.implementation(ctx)
    tables = [[_text(cell).replace("\u2060", "").strip() for cell in re.findall(r"<th[^>]*>(.*?)</th>", block, re.S)]
              for block in part.split("<table>")[1:]]
    headers = next(cells for cells in tables if ctx.label("persen_20jp_ik") in cells)
    assert ctx.label("n_pns_dihitung") in headers and "ASN" not in headers, headers


@pytest.mark.parametrize("lang, words", [("id", "ASN yang statusnya tidak tercatat"),
                                         ("en", "ASN without a recorded status")], ids=["id", "en"])
def test_staff_without_a_recorded_status_are_named_only_when_the_data_have_them(contexts, lang, words):
    """R6-21: Tabel 3's title '(PNS dan ASN tanpa status; …)' and column 'PNS dihitung (dan ASN tanpa status)' with
    no such staff in the data (`n_status_tidak_diketahui` 0), in words the report never explained: only when there
    are, in the workbook's words."""
    import copy
    import dataclasses

    ctx = contexts["kesehatan", lang]
    assert not ctx.hasil["pelaksanaan"]["jp_20"].get("n_status_tidak_diketahui")
    plain = _text(sections.implementation(ctx))
    assert words not in plain and "tanpa status" not in plain and "without a status" not in plain
    hasil = copy.deepcopy(ctx.hasil)
    hasil["pelaksanaan"]["jp_20"]["n_status_tidak_diketahui"] = 3
    some = _text(sections.implementation(dataclasses.replace(ctx, hasil=hasil)))
    assert some.count(words) >= 2, some  # the table's title and its count column (and the sentence on them)


def test_a_table_note_is_kept_whole_in_print_and_a_long_one_may_split():
    """LOOK14 P-1: provinsi Tabel 8's seven-line note split 4 + 3 lines over a page end, its last three lines alone
    on the chapter's last page; Word keeps a note whole (formats.word). A note longer than NOTE_WHOLE_LINES may
    split (Tabel 18's eleven lines held whole left the plan's page before half empty)."""
    from evalasn.report.chapters import html

    css = " ".join(_css().split())
    print_rules = css[css.index("@media print"):]
    assert ".table-note { break-before: avoid; break-inside: avoid; }" in print_rules
    assert ".table-note.long { break-inside: auto; }" in print_rules
    short = "Dasar biaya tabel ini: peserta yang memiliki nilai sebelum dan sesudah. " * 6
    long = short * 3
    assert html.note_lines(short) <= html.NOTE_WHOLE_LINES < html.note_lines(long)
    markup = html.table(["Metode", "Biaya"], [["pelatihan", "Rp 1"]], "T", numeric={1}, note=[short, long])
    assert re.findall(r'<p class="([^"]*)">', markup) == ["table-note", "table-note long"]
