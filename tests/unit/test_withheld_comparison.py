"""An IKM comparison withheld for too few units in an arm (LOOK16 R-16) names no estimator as having run, prints no
pre-trend test and draws no event-time point: the analysis estimates and tests nothing over the arm the rule calls
too few, and BAB III 3.4 and the annex say what would be compared. Inline panels (tests.panel) through the real
estimator; an enough-unit comparison still names its estimator (the guard is not a blanket silence)."""

from __future__ import annotations

import copy
import html as markup
import re
from typing import cast

import pandas as pd
import pytest

from evalasn.analysis import did
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.outcomes import IkmDid, IkmEffect
from evalasn.report.chapters import results as chapters
from evalasn.report.context import Context
from evalasn.report.words import uncertainty
from evalasn.report.words.text import t
from tests.panel import simulate


def _did(n_treated: int, n_control: int) -> IkmDid:
    panel = simulate(5, n_treated=n_treated, n_control=n_control)
    return did.impact(panel.outcome, "y", panel.pegawai, panel.part, 2025)


@pytest.fixture(scope="module")
def base(pipeline_root) -> Hasil:
    from evalasn.analysis import results
    from evalasn.paths import project

    return results.read(project(pipeline_root).hasil("kesehatan", 2025))


def _with(base: Hasil, result: IkmDid) -> Hasil:
    out = copy.deepcopy(base)
    out["level4_hasil"]["did_ikm"] = result
    out["level4_hasil"]["did_kinerja"] = []
    return out


@pytest.mark.parametrize("trained,comparison", [(4, 2), (7, 2), (2, 4)], ids=["4-v-2", "7-v-2", "2-v-4"])
def test_too_few_units_in_an_arm_run_no_pre_trend_test_and_no_event_time(trained, comparison):
    """Sosial (4 v 2) and Perhubungan (7 v 2) printed 'uji atas 1 periode tidak menolak tren sejajar … p = 0,516'
    and a post-training point over the 2 comparison units the table calls too few."""
    out = _did(trained, comparison)
    assert not out["efek"]["cukup_data"]
    assert out["uji_tren_awal"]["tersedia"] is False and "unit_kurang" in out["uji_tren_awal"]["sebab"]
    assert not any(ev["cukup_data"] for ev in out["studi_peristiwa"]), out["studi_peristiwa"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_withheld_comparison_says_what_would_be_compared_and_names_no_estimator(base, lang):
    hasil = _with(base, _did(4, 2))
    body = " ".join(chapters.level4(Context(hasil, lang, pd.DataFrame())))
    annex = " ".join(uncertainty.method_details(hasil, lang))
    would = {"id": "Yang hendak dibandingkan: 4 unit dengan sedikitnya 50% staf dilatih",
             "en": "To be compared: 4 units with at least 50% of staff trained"}[lang]
    assert would in body, body
    staggered = {"id": "belum atau tidak dilatih", "en": "not (yet) trained"}[lang]
    for text in (body, annex):
        assert staggered not in text and "Callaway" not in text
        assert t("a_pretrend", lang, apa="IKM", k=1, p="p", alpha="0,10").split(":")[0] not in text
    assert {"id": "Desain perbandingan", "en": "Comparison design"}[lang] not in body
    assert t("r_fig_event", lang) not in body  # no event-time point for an estimate not made


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_estimated_comparison_still_names_its_estimator(base, lang):
    hasil = _with(base, _did(6, 6))
    body = " ".join(chapters.level4(Context(hasil, lang, pd.DataFrame())))
    assert {"id": "Desain perbandingan: 6 unit", "en": "Comparison design: 6 units"}[lang] in body
    assert "Callaway" in " ".join(uncertainty.method_details(hasil, lang))


def _did_figures(body: str, lang: str) -> int:
    """How many figures of the two groups' means ``body`` draws (its caption is the figure's)."""
    return body.count(f"<figcaption>{t('r_fig_did', lang)}")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("trained,comparison", [(4, 2), (7, 2), (7, 1)], ids=["4-v-2", "7-v-2", "7-v-1"])
def test_a_withheld_comparison_draws_no_lines_of_its_groups(base, lang, trained, comparison):
    """LOOK26 X-4: Perhubungan (7 v 2) and Bina Marga (7 v 1) drew the groups' raw means as two crossing lines on a
    cut axis, a difference of 4 points for the eye beside a text that says they cannot be compared. No figure; the
    note says why none is drawn."""
    result = _did(trained, comparison)
    result["desain"] = "2x2"  # the design whose four cell means the figure drew
    assert len(result["efek"]["rata_rata"]) == 4
    body = " ".join(chapters.level4(Context(_with(base, result), lang, pd.DataFrame())))
    assert _did_figures(body, lang) == 0, body
    assert "<figure>" not in body.split(t("r_fig_ikm", lang))[1]  # nothing drawn after the IKM-per-period figure
    why = {"id": "Rata-rata IKM kedua kelompok tidak digambar", "en": "The two groups' mean IKM is not charted"}[lang]
    assert why in markup.unescape(body)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_estimated_comparison_still_draws_its_groups(base, lang):
    result = _did(6, 6)
    result["desain"] = "2x2"
    body = " ".join(chapters.level4(Context(_with(base, result), lang, pd.DataFrame())))
    assert _did_figures(body, lang) == 1
    assert {"id": "tidak digambar", "en": "not charted"}[lang] not in body


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", "1 unit dengan sedikitnya 50% staf dilatih pada Jan–Jun 2025 dibandingkan dengan 1 unit lain"),
    ("en", "1 unit with at least 50% of staff trained during Jan–Jun 2025 against 1 other unit,"),
], ids=["id", "en"])
def test_one_comparison_unit_is_counted_in_the_singular(lang, expected):
    """FOUND words12: 'dibandingkan dengan unit lain (1 unit)', 'against other units (1 unit)'."""
    assert expected in t("r_did_design", lang, ambang="50%", jendela="Jan–Jun 2025", unit_d="1", unit_p="1",
                         sebelum="2024-S2", sesudah="2025-S2")


@pytest.mark.parametrize(("trained", "comparison", "said", "lang"), [
    (4, 0, "dilatih pada Jan–Jun 2025, periode 2024 (sebelum) dan 2025 (sesudah); tidak ada unit lain sebagai "
           "pembanding", "id"),
    (4, 0, "trained during Jan–Jun 2025, periods 2024 (before) and 2025 (after); there is no other unit to compare "
           "with", "en"),
    (0, 4, "dengan 4 unit lain, periode 2024 (sebelum) dan 2025 (sesudah); tidak ada unit yang mencapai ambang itu",
     "id"),
    (4, 2, "dengan 2 unit lain, periode 2024 (sebelum) dan 2025 (sesudah). Rata-rata IKM", "id"),
], ids=["no-comparison-id", "no-comparison-en", "no-trained-id", "two-comparison-id"])
def test_an_empty_arm_is_said_in_words_not_as_zero_units(trained, comparison, said, lang):
    """LOOK26 (seen): Kominfotik p. 15 read '… dilatih pada 1 Januari–30 Juni 2025 dengan 0 unit lain'."""
    effect = cast(IkmEffect, {"unit_dilatih": trained, "unit_pembanding": comparison})
    key = chapters.withheld_design(effect)
    text = t(key, lang, ambang="50%", jendela="Jan–Jun 2025", unit_d=str(trained), unit_p=str(comparison),
                 sebelum="2024", sesudah="2025")
    assert said in text
    assert "0 unit lain" not in text and "0 other unit" not in text and "0 unit dengan" not in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_chapter_without_comparison_units_says_so(base, lang):
    result = _did(4, 2)
    result["efek"]["unit_pembanding"] = 0
    body = markup.unescape(" ".join(chapters.level4(Context(_with(base, result), lang, pd.DataFrame()))))
    said = {"id": "tidak ada unit lain sebagai pembanding", "en": "there is no other unit to compare with"}[lang]
    assert said in body
    assert not re.search(r"\b0 (unit lain|other unit)", body)
