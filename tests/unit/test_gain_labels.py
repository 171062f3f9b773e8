"""LOOK23 Z-2, Z-7: the summary's gain findings give one figure per bracket ("−1,0 poin (rentang keyakinan 95%: …),
besar efek −0,09 (−0,22 s.d. 0,04)", not two intervals in one bracket), and each branch of selection rule (1) has one
label, used everywhere and defined in the summary's note: "nilai tidak naik" (the interval's upper end at or below
zero, STOP-), "tanpa kenaikan yang berarti" and "kenaikan sangat kecil" (the small-gain branch by the estimate's
sign, KECIL-) — not "tanpa kenaikan nilai" beside "tanpa kenaikan nilai yang berarti" beside "tanpa kenaikan yang
berarti"."""

from __future__ import annotations

import re

import pytest

from evalasn.report.chapters import key_findings, no_gain
from evalasn.report.words.text import TEXT, t

LABELS = {"id": {"stop": "nilai tidak naik", "flat": "tanpa kenaikan yang berarti", "small": "kenaikan sangat kecil"},
          "en": {"stop": "scores did not rise", "flat": "without a meaningful gain", "small": "a very small gain"}}
# near-copies of the labels the catalogue used before (LOOK23 Z-2) and Z-7's "not also very small"
OLD = {"id": ('"tanpa kenaikan nilai"', "tanpa kenaikan nilai yang berarti", "tanpa kenaikan nilai,",
              "kenaikan nilai yang tidak berarti", "kenaikan nilai yang sangat kecil", "yang kedua disebut",
              "berakhir di atas", "berakhir pada atau di bawah", "tanpa kenaikan belum dapat",
              "kenaikan yang tidak berarti"),
       "en": ('"without a gain"', "without a meaningful score gain", "money without a gain", "no gain,",
              "not also very small", "very small score gains", "score gains that are not meaningful",
              "the latter are called", "ends above", "ends at or below", "no gain cannot",
              "gains that are not meaningful")}
INTERVAL = {"id": ("rentang keyakinan 95%",), "en": ("95% CI", "95% confidence interval")}  # en prints "95% CI"


def _brackets(text: str) -> list[str]:
    """The contents of each outermost bracket of ``text``."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "(":
            depth, start = depth + 1, (i if depth == 0 else start)
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append(text[start + 1:i])
    return out


def _intervals(text: str, lang: str) -> int:
    return sum(text.count(word) for word in INTERVAL[lang])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_near_copy_of_a_label_is_left_in_the_catalogue(lang):
    said = {key: texts[lang].lower() for key, texts in TEXT.items() if lang in texts}
    left = [(key, old) for key, text in said.items() for old in OLD[lang] if old.lower() in text]
    assert not left, left


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_branch_of_rule_1_has_one_label_defined_in_rule_and_note(lang):
    values = key_findings.rule_values(lang)
    rule, note = t("kt_rules", lang, **values).lower(), t("kt_rules_short", lang, **values).lower()
    labels = LABELS[lang]
    for label in labels.values():
        assert f'"{label}"' in rule and f'"{label}"' in note, label
    # "cabang kedua" / "second branch", not "yang kedua" read as the second cost condition
    assert {"id": "cabang kedua", "en": "second branch"}[lang] in rule
    # the headlines and items use exactly the label of what they list
    assert labels["flat"] in TEXT["kt_little_total_flat"][lang]
    assert labels["small"] in TEXT["kt_little_total_small"][lang]
    assert labels["flat"] in TEXT["kt_little_total"][lang] and labels["small"] in TEXT["kt_little_total"][lang]
    for key in ("kt_nogain", "kt_nogain_total", "kt_nogain_nocost", "nogain_flat", "rec_little_prov"):
        text = TEXT[key][lang].lower()
        assert labels["stop" if "nogain" in key else "flat"] in text, (key, text)


def _row(estimate: float, low: float, high: float, cost: bool) -> no_gain.LittleGain:
    gain = {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "n": 187, "n_kegiatan": 8, "cukup_data": True,
            "g_av": estimate / 11, "g_av_bawah": -0.22, "g_av_atas": 0.04}
    per_point = {"estimasi": 408332.0, "ci_bawah": 298223.0, "ci_atas": 670156.0, "n": 150, "n_kegiatan": 6,
                 "cukup_data": True} if cost else None
    return no_gain.LittleGain("seminar", gain, 167e6, per_point)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("estimate", "low", "high", "cost"), [
    pytest.param(-0.98, -2.4, 0.44, False, id="flat"),
    pytest.param(1.8, 0.9, 2.7, True, id="small-with-cost-per-point"),
])
def test_a_little_gain_item_gives_one_figure_per_bracket(lang, estimate, low, high, cost):
    item = no_gain.little_item(_row(estimate, low, high, cost), lang)
    brackets = _brackets(item)
    assert brackets and all(_intervals(b, lang) <= 1 for b in brackets), item
    effect = {"id": "besar efek", "en": "effect size"}[lang]
    assert re.search(effect + r" −?\d[\d,.]* \(−0[,.]22 (s\.d\.|to) 0[,.]04\)", item), item


@pytest.mark.parametrize("scope", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_findings_hold_one_interval_per_bracket_and_defined_labels(contexts, figures_not_drawn, scope,
                                                                                lang):
    ctx = contexts[(scope, lang)]
    found = key_findings.ranked(ctx)
    texts = [f.brief or f.text for f in found] + [f.recommendation or "" for f in found]
    for text in texts:
        for bracket in _brackets(text):
            assert _intervals(bracket, lang) <= 1, bracket
    note = t("kt_rules_short", lang, **key_findings.rule_values(lang)).lower()
    used = [label for label in LABELS[lang].values() if any(label in text.lower() for text in texts)]
    assert all(f'"{label}"' in note for label in used), used


# the summary's STOP finding: the label says the scores did not rise, so only a fall is added after it; a flat row adds
# nothing (no empty catalogue entry: test_text_and_registry)
AFTER_LABEL = [("flat", (False, False), {"id": "", "en": ""}),
               ("fell", (True, True), {"id": " (nilai peserta turun)", "en": " (participants' scores fell)"}),
               ("mixed", (True, False), {"id": " (sebagian nilai peserta turun)",
                                         "en": " (in part participants' scores fell)"})]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("fell", "said"), [case[1:] for case in AFTER_LABEL], ids=[case[0] for case in AFTER_LABEL])
def test_after_the_stop_label_only_a_fall_is_added(lang, fell, said):
    rows = [{"menurun": one} for one in fell]
    words = no_gain.no_gain_words(rows, lang, after_label=True)
    assert words == said[lang]
    sentence = t("kt_nogain", lang, arah=words, daftar="…")
    head = ("anggaran dengan " if lang == "id" else "money for which ") + LABELS[lang]["stop"]
    assert sentence.lower().startswith(head + words.lower() + ":"), sentence
