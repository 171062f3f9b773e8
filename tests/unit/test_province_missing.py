"""Reader review 3, item 13: every '–' of the province's table of dinas says why, as the index's footnotes do."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import sections


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_figure_in_the_table_of_dinas_carries_its_reason(pipeline_root, lang):
    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    row = hasil["perbandingan_dinas"][0]
    row["persen_realisasi"], row["ikm"] = None, None  # no anggaran rows, no survey
    table = sections.position(dataclasses.replace(ctx, hasil=hasil))
    name = re.escape(facts.names.short_name_in(row["dinas"], lang))
    cells = re.search(rf"<tr>(?:(?!</tr>).)*?{name}(?:(?!</tr>).)*</tr>", table, re.S)
    assert cells is not None
    marked = re.findall(r"–([ᵃ-ᶻʰʲˡʳˢʷˣʸ])", cells[0])
    assert len(marked) == 2 and marked[0] != marked[1]
    for mark, key in zip(marked, ("ikm", "persen_realisasi"), strict=True):
        assert f"{mark} {facts.why_missing(key, None, lang)}" in table
    assert facts.why_missing("persen_realisasi", None, lang) == {"id": "tidak ada data anggaran untuk tahun itu",
                                                                  "en": "no budget data for the year"}[lang]
    untouched = sections.position(ctx)  # the sample: every dinas has every figure, no mark
    assert not re.search(r"–[ᵃᵇᶜᵈ]", untouched)
