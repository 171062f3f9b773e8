"""English documents name their scope in English outside the cover too (reader review 5, D4): the running head of
KPKP's English report was "Dinas KPKP" on every page, the HTML/PDF/DOCX title and the workbook's title property
"... — Dinas Kesehatan 2025"."""

from __future__ import annotations

import copy
import dataclasses
import io
from typing import Any, cast

import openpyxl
import pytest

from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.registry import official_name
from evalasn.report.chapters import front, sections
from evalasn.report.formats import workbook
from evalasn.report.words import names
from evalasn.run import batch
from tests.unit.test_workbook_reader import BUILT, _hasil


@pytest.mark.parametrize("slug, lang, header", [
    ("kpkp", "en", "Food Security and Marine Affairs Agency · Evaluation year"),  # LOOK20 W-18: was 'KPKP Agency'
    ("ppkukm", "en", "Industry and Trade Agency · Evaluation year"),
    ("kpkp", "id", "Dinas KPKP · Tahun evaluasi"),
], ids=["kpkp-en", "ppkukm-en", "kpkp-id"])
def test_the_running_head_names_a_long_scope_in_the_report_language(pipeline_root, slug, lang, header):
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    hasil["cakupan"] = {**hasil["cakupan"], "slug": slug,
                        "nama": names.scope_name(slug, official_name(slug), lang)}
    cover = front.cover(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)))
    running = cover.split('<div class="running-header">', 1)[1].split("</div>", 1)[0]
    assert running.startswith(header), running


@pytest.mark.parametrize("lang, scope", [("en", "Health Agency"), ("id", "Dinas Kesehatan")], ids=["en", "id"])
def test_the_documents_title_names_the_scope_in_the_report_language(lang, scope):
    assert batch._title("kesehatan", 2025, lang).endswith(f"— {scope} 2025")
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(_hasil(), lang, BUILT)))
    assert book.properties.title.endswith(f"— {scope} 2025"), book.properties.title
