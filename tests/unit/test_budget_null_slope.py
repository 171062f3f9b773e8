"""BAB IX on a cost-gain slope that is not clearly positive says what was observed (the slope with its interval)
and what it does not show, and prescribes nothing (reader review 4, item 12: "Tidak ada bukti bahwa biaya per
peserta yang lebih tinggi menaikkan hasil belajar; tambahan anggaran lebih baik dipakai untuk memperluas cakupan
peserta" rested on no estimate: what coverage yields per rupiah is not measured)."""

from __future__ import annotations

import copy
import re

import pytest

from evalasn.report.chapters import rules
from evalasn.report.words import phrases

# words that tell the reader where the money should go
PRESCRIBING = {"id": r"\b(lebih baik|sebaiknya|gunakan|pakai|dipakai untuk memperluas|alihkan|perluas)\b",
               "en": r"\b(better spent|should|use|spend it|move|extend|reach more)\b"}
NOT_SHOWN = {"id": "tidak mengukur apa yang dihasilkan tambahan anggaran",
             "en": "measure what extra budget would yield"}


def _with_slope(hasil, estimasi: float, low: float, high: float):
    out = copy.deepcopy(hasil)
    budget = out["anggaran_vs_peningkatan"]
    for model in (budget["model"], budget["model_provinsi"]):
        model["gain_per_dobel"].update({"estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "cukup_data": True})
    return out


@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("slope", "said"), [
    pytest.param((0.1, -0.1, 0.3), {"id": "rentang yang memuat nol", "en": "an interval that includes zero"},
                 id="null-slope"),
    pytest.param((-1.2, -2.0, -0.4), {"id": "bukan bukti sebab-akibat", "en": "not proof of cause"},
                 id="falling-slope"),
])
def test_a_slope_not_clearly_positive_is_reported_not_prescribed(contexts, slug, lang, slope, said):
    ctx = contexts[(slug, lang)]
    hasil = _with_slope(ctx.hasil, *slope)
    recs = {r.rule: r for r in rules.recommendations(hasil, lang, ctx.targets)}
    assert "rec_budget_reach" in recs, sorted(recs)
    text = recs["rec_budget_reach"].text
    gain = hasil["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"]
    # the slope with its interval; a falling one in words, its size positive (as BAB V says it)
    size = phrases.size_with_ci(gain, lang) if slope[0] < 0 else {"besar": phrases.estimate(gain, lang),
                                                                   "ik": phrases.ci(gain, lang)}
    assert size["besar"] in text and size["ik"] in text, text
    assert ("−" in text) is (slope[0] >= 0), text  # only a null slope's interval crosses zero
    assert said[lang] in text and NOT_SHOWN[lang] in text, text
    assert not re.search(PRESCRIBING[lang], text, flags=re.IGNORECASE), text
