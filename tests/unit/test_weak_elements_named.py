"""The service recommendation names at most three weak elements; when BAB VI's plan table (and BAB X) has more, it
says that these are the weakest three of how many and that all are in that table, by the table's number in the
report's own numbering (LOOK28 Z-6: "Jalankan rencana tindak lanjut untuk unsur U8 …, U7 … dan U3 … (lihat BAB VI)"
read as the whole plan beside a table of four). With every weak element named, the sentence is unchanged."""

from __future__ import annotations

import copy
import dataclasses
import re
from html import unescape

import pytest

from evalasn.report.chapters import html, results, rules, sections
from evalasn.report.context import Context
from evalasn.report.formats import render
from evalasn.report.words import phrases
from evalasn.report.words.text import t

pytestmark = pytest.mark.usefixtures("figures_not_drawn")


def _with_weak(ctx: Context, weak: int) -> Context:
    """``ctx`` whose ``weak`` lowest elements (the analysis lists them lowest first) are below the B band."""
    hasil = copy.deepcopy(ctx.hasil)
    elements = hasil["komunikasi"]["unsur"]
    judged = [row for row in elements if row["cukup_data"]]
    assert len(judged) >= weak
    for k, row in enumerate(judged):
        row["lemah"] = k < weak
    return dataclasses.replace(ctx, hasil=hasil)


def _step(ctx: Context):
    return next(r for r in rules.recommendations(ctx.hasil, ctx.lang, ctx.targets) if r.rule == "rec_weak")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("weak", [pytest.param(1, id="all-named-one"), pytest.param(3, id="all-named-three"),
                                  pytest.param(4, id="more-than-named-four"),
                                  pytest.param(6, id="more-than-named-six")])
def test_the_service_recommendation_says_how_many_weak_elements_it_leaves_out(contexts, weak, lang):
    ctx = _with_weak(contexts[("kesehatan", lang)], weak)
    weakest = [r["unsur"] for r in ctx.hasil["komunikasi"]["unsur"] if r.get("lemah")]
    names = phrases.and_([phrases.element_name(code, lang) for code in weakest[:rules.WEAK_NAMED]], lang)
    rec = _step(ctx)
    # BAB VI's table after another numbered table, then 9.2, as the renderer numbers the report
    page = unescape(render.number_and_list(
        html.table(["a"], [["1"]], "sebelumnya") + results.communication(ctx) + sections.conclusion(ctx), lang))
    label = t("table_label", lang)
    number = re.search(rf"{label} (\d+)\. {re.escape(t('k_tab_rtl', lang))}", page)
    assert number and int(number.group(1)) > 1, page[:2000]  # numbered after the table before it
    # every weak element has its row (a row may carry a class, e.g. page_tail's "tail")
    rows = len(re.findall(r"<tr[ >]", page[number.end():].split("</table>")[0])) - 1
    assert rows == weak
    if weak <= rules.WEAK_NAMED:
        expected = t("rec_weak", lang, unsur=names)
    else:
        rest = phrases.and_([phrases.element_name(code, lang) for code in weakest[rules.WEAK_NAMED:]], lang)
        weak_rows = [r for r in ctx.hasil["komunikasi"]["unsur"] if r.get("lemah")]
        expected = t("rec_weak_more", lang, n=rules.WEAK_NAMED, semua=weak, unsur=names, lalu=rest,
                     tabel=f", {label} {number.group(1)}", posisi=rules.weak_position(weak_rows, lang))
        assert f"{rules.WEAK_NAMED} " in expected and f" {weak} " in expected
    assert expected in page  # 9.2
    # the summary's form starts with the same sentence (the report's numbering put in by the renderer)
    assert rec.brief and unescape(render.number_and_list(
        html.table(["a"], [["1"]], "sebelumnya") + results.communication(ctx) + html.para(rec.brief),
        lang)).count(expected) == 1
    assert "[[" not in page


@pytest.mark.parametrize("present", [pytest.param(True, id="table-present"), pytest.param(False, id="table-absent")])
def test_a_table_reference_is_its_number_or_nothing(present):
    """The renderer puts the referenced table's number in (', Tabel 2'); without that table, nothing."""
    body = html.table(["a"], [["1"]], "pertama")
    body += html.table(["a"], [["1"]], "kedua", ref=html.WEAK_ELEMENTS_PLAN) if present else ""
    body += html.para(f"lihat BAB VI{html.table_ref(html.WEAK_ELEMENTS_PLAN)}.")
    page = render.number_and_list(body, "id")
    assert ("lihat BAB VI, Tabel 2." if present else "lihat BAB VI.") in page
    assert "[[" not in page
