"""A scope without PPPK says so once in BAB II 2.1 and never points to a PPPK paragraph that does not exist (CHECK11
C11-5: set D Pendidikan, 0 PPPK, printed "Dihitung atas PNS (PPPK dilaporkan terpisah, BAB II)" in the summary and
"PPPK ... dilaporkan terpisah" in 2.1)."""

from __future__ import annotations

import copy
import dataclasses
import re
from html import unescape
from typing import Any

import pytest

from evalasn.report.chapters import key_findings, rules, sections

APART = {"id": "dilaporkan terpisah", "en": "reported apart"}
NONE = {"id": "Dinas Kesehatan tidak mempunyai PPPK.", "en": "Health Agency has no PPPK (contract staff)."}


def _text(markup: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", markup)))


def _without_pppk(ctx) -> Any:
    hasil: Any = copy.deepcopy(ctx.hasil)
    pppk = hasil["pelaksanaan"]["jp_20"]["pppk"]
    pppk.update(n=0, jumlah_di_atas_batas=0, biaya_di_atas_batas_rp=0.0)
    for key in ("rata_jp_asn", "ikut", "di_atas_batas"):
        pppk[key] = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
    return dataclasses.replace(ctx, hasil=hasil)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pppk", [pytest.param(True, id="with-pppk"), pytest.param(False, id="without-pppk")])
def test_bab_ii_and_the_summary_point_to_pppk_only_where_there_are_some(contexts, lang, pppk):
    ctx = contexts[("kesehatan", lang)]
    assert ctx.hasil["pelaksanaan"]["jp_20"]["pppk"]["n"] > 0  # the sample agency has PPPK
    ctx = ctx if pppk else _without_pppk(ctx)
    chapter = _text(sections.implementation(ctx))
    assert (APART[lang] in chapter) is pppk
    assert chapter.count(NONE[lang]) == (0 if pppk else 1)
    recs = rules.recommendations(ctx.hasil, lang, ctx.targets)
    targets = " ".join(f.text for f in key_findings.missed_targets(ctx, recs))
    assert "20 JP" in targets  # the sample misses the 20 JP target
    assert (APART[lang] in targets) is pppk
