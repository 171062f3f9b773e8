"""A comparison withheld for too few units: the dose sentence counts its units and Gambar 5's caption says its lines
are raw means of groups too small to compare (LOOK17 S-5: "semua unit" and two unlabelled lines of 4 against 2 units,
beside a page that calls them too few)."""

from __future__ import annotations

import copy
import dataclasses
import html as markup
import re
from typing import Any, cast

import pytest

from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.report.chapters import results, sections
from evalasn.report.words import impact


@pytest.mark.parametrize(("lang", "said"), [("id", "semua 6 unit"), ("en", "all 6 units")])
def test_the_dose_sentence_counts_its_units(lang, said):
    dose = {"estimasi": 0.44, "ci_bawah": -0.42, "ci_atas": 1.3, "n": 6, "n_klaster": 6, "cukup_data": True}
    text = impact.dose_note(dose, None, lang, lambda key, **values: impact.t(key, lang, **values))
    assert said in text, text


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "rata-rata mentah tanpa rentang; 4 unit dilatih dan 2 unit pembanding, terlalu sedikit untuk dibandingkan"),
    ("en", "raw means without intervals; 4 trained and 2 comparison units, too few to compare"),
])
def test_the_raw_means_of_a_withheld_comparison_say_so(pipeline_root, lang, said):
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    did = hasil["level4_hasil"]["did_ikm"]
    assert did.get("tersedia") and len(did["efek"]["rata_rata"]) == 4
    did["desain"] = "2x2"
    did["efek"] |= {"cukup_data": False, "unit_dilatih": 4, "unit_pembanding": 2, "alasan": "unit_kurang"}
    text = " ".join(results.level4(dataclasses.replace(ctx, hasil=cast(Hasil, hasil))))
    plain = re.sub(r"\s+", " ", markup.unescape(re.sub(r"<[^>]+>", " ", text)))
    assert said in plain, plain[:2000]
