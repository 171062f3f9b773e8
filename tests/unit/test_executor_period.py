"""A province row on a weak SKM element names as executors only the dinas in the province's survey period, as its
link note does (CHECK14 E14-3, set F: U8 'dilaksanakan oleh Sekretariat …, Perhubungan, …' while the note under the
table said 'Perhubungan: hanya SKM 2025-S1')."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, cast

import pytest

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.report.chapters import plan_owners, province_rows, sections
from evalasn.report.words.names import short_name_in


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_out_of_the_survey_period_is_no_executor(pipeline_root, lang):
    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    slugs = sorted(ctx.dinas_results)[:3]
    assert len(slugs) == 3 and len(ctx.dinas_results) > 3, slugs
    element = "u8"
    dinas_results = {slug: cast(dict[str, Any], copy.deepcopy(result)) for slug, result in ctx.dinas_results.items()}
    for slug, result in dinas_results.items():
        for row in result["komunikasi"]["unsur"]:
            if row["unsur"] == element:
                row["lemah"] = slug in slugs
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    other = slugs[1]
    for row in hasil["perbandingan_dinas"]:
        if row["dinas"] == other:
            row["ikm"] = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
                          "alasan": results.IKM_OTHER_PERIOD, "periode": "2025-S2",
                          "terakhir": {"periode": "2025-S1"}}
    changed = dataclasses.replace(ctx, hasil=cast(Hasil, hasil), dinas_results=cast(dict, dinas_results))
    owner = plan_owners.element_owner(changed, element)
    named = [short_name_in(slug, lang) for slug in slugs]
    assert named[0] in owner and named[2] in owner, owner
    assert named[1] not in owner, owner  # old: every dinas whose own element is weak, whatever its period
    assert province_rows.skm_left_out(changed, other)  # the link note's reason for the same dinas
