"""LOOK37 item 4: PPKUKM's English report repeated its 70-character name ("Industry, Trade, Cooperatives and Small
and Medium Enterprises Agency") 25 times in running text after the short form was defined; and the workbook said
"scope" ("cakupan ini") for what the reports call the agency or the province."""

from __future__ import annotations

import dataclasses
import html
import re
from typing import Any

import pytest

from evalasn.report.chapters import front
from evalasn.report.formats.workbook_names import scope_words
from evalasn.report.words import names
from evalasn.report.words.text import t

FULL = "Industry, Trade, Cooperatives and Small and Medium Enterprises Agency"


@pytest.mark.parametrize(("slug", "lang", "running"), [
    ("ppkukm", "en", "Industry and Trade Agency"),
    ("kpkp", "en", "Food Security and Marine Affairs Agency"),
    ("kebudayaan", "en", "Culture Agency"),  # short enough: its name as it is
    ("satpol-pp", "en", "Civil Service Police Unit"),
    ("ppkukm", "id", "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah"),
])
def test_a_long_english_name_runs_on_by_its_short_form(slug, lang, running):
    official = "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah" if slug == "ppkukm" else "x"
    assert names.running_text_name(slug, official, lang) == running
    if lang == "en":  # a sentence gives it its article, as the full name's
        assert t("kt_intro", "en", nama=running, tahun=2025).startswith(f"Main findings of the {running}")


def test_the_foreword_gives_the_full_name_once_with_the_short_one(contexts):
    ctx: Any = contexts[("kesehatan", "en")]
    hasil = {**ctx.hasil, "cakupan": {**ctx.hasil["cakupan"], "slug": "ppkukm", "nama": "Industry and Trade Agency"}}
    said = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", front.foreword(dataclasses.replace(
        ctx, hasil=hasil)))))
    assert f"Programme of the {FULL} (hereafter the Industry and Trade Agency) for " in said
    kesehatan = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", front.foreword(ctx))))
    assert "Programme of the Health Agency for " in kesehatan and "hereafter" not in kesehatan
    cover = html.unescape(front.cover(dataclasses.replace(ctx, hasil=hasil)))
    assert FULL in cover  # the cover keeps the full name, with the official one


@pytest.mark.parametrize(("text", "lang", "province", "said"), [
    ("Budget efficiency of this scope", "en", False, "Budget efficiency of the agency"),
    ("Budget efficiency of this scope", "en", True, "Budget efficiency of the province"),
    ("The scope's agencies with no activity or participant row that year", "en", True,
     "The province's agencies with no activity or participant row that year"),
    ("Number of the scope's PNS (status recorded as PNS).", "en", False,
     "Number of the agency's PNS (status recorded as PNS)."),
    ("Jumlah ASN cakupan ini.", "id", False, "Jumlah ASN dinas ini."),
    ("Jumlah ASN cakupan ini.", "id", True, "Jumlah ASN provinsi."),
    ("Dinas cakupan ini yang tidak punya satu pun baris kegiatan", "id", True,
     "Dinas provinsi yang tidak punya satu pun baris kegiatan"),
    ("Jumlah unit cakupan yang mencapai ambang pelatihan", "id", False,
     "Jumlah unit dinas ini yang mencapai ambang pelatihan"),
    ("that year's staff export for every agency of the scope, for some agencies", "en", False,
     "that year's staff export for the agency, for some agencies"),
    ("ekspor pegawai tahun itu untuk setiap dinas cakupan ini, untuk sebagian dinas", "id", True,
     "ekspor pegawai tahun itu untuk setiap dinas provinsi, untuk sebagian dinas"),
    # "cakupan" alone is coverage: left as it is
    ("Cakupan ASN: proporsi ASN yang ikut sedikitnya satu kegiatan", "id", False,
     "Cakupan ASN: proporsi ASN yang ikut sedikitnya satu kegiatan"),
])
def test_the_workbook_says_agency_or_province_not_scope(text, lang, province, said):
    assert scope_words(text, lang, False, province) == said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_workbook_cell_says_scope(contexts, lang):
    """Every sheet of a dinas's and the province's workbook, headers and definitions: the reader's words."""
    import datetime as dt
    import io

    import openpyxl

    from evalasn.report.formats import workbook

    for scope in ("kesehatan", "provinsi"):
        ctx = contexts[(scope, lang)]
        book = openpyxl.load_workbook(io.BytesIO(workbook.build(ctx.hasil, lang, dt.datetime(2026, 12, 8))),
                                      read_only=True)
        said = [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row
                if isinstance(value, str) and re.search(r"\bscope\b|\bcakupan ini\b|\bunit (kerja )?cakupan\b", value,
                                                         re.I)]
        assert not said, (scope, said[:3])
