"""LOOK24 leftovers in 10.2's list of target rules: (1) the PPPK-JP item said "(0%)" while its row prints "≤ 0%": an
item quotes a rule's own line as the rows print it (plan_targets.line_target_text), one text; (2) IKM-UKUR's rule was in
no item: every row code the plan can emit has its rule in the list, in the dinas reports and the province's."""

from __future__ import annotations

import re

import pytest

from evalasn.report.chapters import followup, plan, plan_indicators, recommendation
from evalasn.report.chapters.followup import rule_items
from evalasn.report.words.text import t


def _text(lang: str, province: bool = False, declared: bool = True) -> str:
    return " ".join([t("pl_intro", lang, tahun=2025, tahun_berikut=2026), *rule_items(lang, province, declared)])


def _named(kind: str, text: str) -> bool:
    """Whether ``text`` names the row kind: the code on its own, or with '-…' for its subjects; an SKM element's code
    ('U7') by the range of element codes ('U1–U9')."""
    if re.fullmatch(r"U\d+", kind):
        return any(int(low) <= int(kind[1:]) <= int(high) for low, high in re.findall(r"U(\d+)–U(\d+)", text))
    return re.search(rf"(?<![\w-]){re.escape(kind)}(?:-…)?(?![\w-])", text) is not None


def _emitted(rule: str, province: bool) -> set[str]:
    """The codes plan.code gives a rule's rows in a scope, with and without a subject and the whole-province part,
    the subject cut off ('STOP-PROV-SEMINAR' -> 'STOP'; 'U7' stays, an element's code is its subject)."""
    subject = "u7" if rule == "rec_weak" else "seminar"
    kinds = set()
    for whole in (False, True):
        for sub in (subject, ""):
            code = plan.code(recommendation.Recommendation(rule, "", subject=sub), whole, province)
            if not code:
                continue
            if code != sub.upper():
                code = code.removesuffix(f"-{sub.upper()}" if sub else "").removesuffix(f"-{plan.WHOLE_PROVINCE}")
            kinds.add(code)
    return kinds


def test_every_rule_of_the_plan_is_in_one_item():
    covered = [rule for rules_ in followup.RULE_ITEMS.values() for rule in rules_]
    assert sorted(covered) == sorted(plan_indicators.MEASURED), set(plan_indicators.MEASURED) ^ set(covered)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("province", [False, True], ids=["dinas", "province"])
@pytest.mark.parametrize("rule", sorted(plan_indicators.MEASURED))
def test_every_row_code_the_plan_can_emit_has_its_rule_in_the_list(rule, province, lang):
    text = _text(lang, province)
    for kind in _emitted(rule, province):
        assert _named(kind, text), (kind, text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_measurement_row_s_rule_is_in_the_list_with_the_row_s_target_words(lang):
    item = next((item for item in rule_items(lang) if item.startswith("IKM-UKUR")), None)
    assert item is not None, rule_items(lang)
    per_group = {"id": "sedikitnya 3 per kelompok", "en": "at least 3 per group"}[lang]
    assert per_group in item and item.count("≥") == 1, item  # pl_tgt_did_units, as the row prints it


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_a_declared_intervention_no_impact_row_and_no_causal_word(lang):
    text = _text(lang, declared=False)
    assert "IKM-UKUR" not in text and not re.search(r"(?<![\w-])IKM(?![\w-])", text), text
    assert not re.search(r"\b(dampak|impact)\b", text, re.I), text


@pytest.mark.parametrize(("lang", "province", "code", "target"), [
    pytest.param("id", False, "PPPK-JP", "0 PPPK di atas 24 JP", id="pppk-id"),
    pytest.param("en", False, "PPPK-JP", "0 PPPK above 24 JP", id="pppk-en"),
    pytest.param("id", False, "DATA", "≥ 100,0%", id="data-id"),
    pytest.param("id", False, "IKM-CD", "0 unit", id="ikm-cd-units-id"),
    pytest.param("en", True, "IKM-CD-DINAS", "0 agencies", id="ikm-cd-dinas-province-en"),
    pytest.param("id", False, "KENAIKAN", "≥ 0,0 poin (setidaknya rata-rata provinsi)", id="gain-id"),
])
def test_an_item_quotes_its_rows_own_line(lang, province, code, target):
    item = next(item for item in rule_items(lang, province) if item.startswith(f"{code} "))
    assert f"— target: {target}" in item, item
    assert "(0%)" not in item, item


@pytest.mark.parametrize(("slug", "lang"), [
    pytest.param("kesehatan", "id", id="kesehatan-id"), pytest.param("kesehatan", "en", id="kesehatan-en"),
    pytest.param("provinsi", "id", id="province-id"), pytest.param("provinsi", "en", id="province-en"),
])
def test_a_row_at_its_rule_s_line_prints_the_target_its_item_quotes(contexts, slug, lang):
    """The sample's plans: PPPK-JP ('≤ 0%') in both, DATA, IKM-CD-DINAS and KENAIKAN-… in the province's."""
    ctx = contexts[(slug, lang)]
    items = rule_items(lang, ctx.province)
    at_line = [row for row in plan.rows(ctx) if row.rule in followup._AT_LINE and row.rule != "rec_stop"
               and plan_indicators.MEASURED[row.rule].floor is not None
               and row.target == plan_indicators.MEASURED[row.rule].floor]
    assert any(row.code == "PPPK-JP" for row in at_line), [row.code for row in at_line]
    for row in at_line:
        item = next(item for item in items if item.startswith(followup.row_kind(row.rule, ctx.province)))
        assert f"target: {row.target_text}" in item, (row.code, row.target_text, item)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_chapter_holds_each_quoted_sign_to_its_number(contexts, figures_not_drawn, lang):
    """The province's list broke 'target: ≥ / 0,0 poin' after the sign: the items are held as table cells are."""
    text = followup.chapter(contexts[("provinsi", lang)])
    rules_list = next(body for body in re.findall(r"<ul[^>]*>(.*?)</ul>", text, re.S) if "KECIL-…" in body)
    assert "≥\u00a00" in rules_list and re.search(r"0[ \u00a0]PPPK", rules_list), rules_list
    assert not re.search(r"[≥≤] \d", rules_list), rules_list
