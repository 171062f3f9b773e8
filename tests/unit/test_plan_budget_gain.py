"""LOOK21 X-3: BIAYA-POIN's cost-per-point target in words at this year's cost per participant
(plan_targets.gain_needed); LOOK22 Y-1: the gain it names says its base, and BAB IV prints the row's figures beside the
cost per point."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report.chapters import plan, plan_targets, results
from evalasn.report.context import load_context
from evalasn.report.words import cost_basis
from evalasn.report.words.text import t


def _hasil(cost: float, gain: float, pre: float, costed: int = 1_089, scored: int = 1_140,
           everyone: float = 6.386) -> Any:
    return {"tahun": 2025, "anggaran_vs_peningkatan": {"biaya_per_poin_semua": {"biaya_per_peserta_rp": cost,
                                                                                  "rata_gain": gain, "n": costed}},
            "level2_pembelajaran": {"keseluruhan": {"rata_pre": pre, "n": scored, "estimasi": everyone}}}


@pytest.mark.parametrize(("needed", "lang", "expected"), [
    # LOOK37 L-11: a '≤' target needs at least cost ÷ target; rounded up so the gain named suffices
    pytest.param(2_151_229 / 202_230, "id", "sedikitnya 10,7", id="perhubungan-10-64-at-least"),
    pytest.param(2_456_703 / 132_666, "id", "sedikitnya 18,6", id="gulkarmat-at-least-rounded-up"),
    pytest.param(2_232_349 / 230_051.6, "en", "at least 9.8", id="lingkungan-hidup-en"),
    pytest.param(9.7, "id", "sedikitnya 9,7", id="exact-at-least"),
    # LOOK36 K-3 / J-9(a): one decimal always, not 'more than 19.568' (PRKP) or 'lebih dari 17,85' (Pendidikan)
    pytest.param(3_248_348 / 166_000.24, "en", "at least 19.6", id="prkp-one-decimal-en"),
    pytest.param(2_947_947 / 165_113, "id", "sedikitnya 17,9", id="pendidikan-one-decimal-id"),
])
def test_a_target_at_most_x_needs_at_least_the_quotient(needed, lang, expected):
    """LOOK37 L-11: 'lebih dari 10,6 poin' for a target ≤ Rp 202.230 at Rp 2.151.229 per participant, which needs a
    gain of at least 10,64 (10,61 is 'more than 10,6' and not enough)."""
    assert plan_targets.least(needed, lang) == expected


@pytest.mark.parametrize(("needed", "lang", "expected"), [
    pytest.param(2_456_703 / 132_666, "id", "lebih dari 18,5", id="gulkarmat-strict-rounded-down"),
    pytest.param(7.4933, "en", "more than 7.4", id="strict-never-rounded-up"),
])
def test_a_strict_target_says_more_than(needed, lang, expected):
    """A target '< X' only: 'lebih dari' the quotient rounded down (LOOK35 G-11(b)/H-6)."""
    assert plan_targets.least(needed, lang, strict=True) == expected


@pytest.mark.parametrize(("lang", "cost", "gain", "pre", "target", "said", "out"), [
    pytest.param("id", 4_009_960.08, 11.30, 55.1, 114_888, "pada biaya per peserta 2025 (Rp 4.009.960, BAB IV), "
                 "target ini berarti kenaikan nilai rata-rata sedikitnya 35,0 poin (2025: 11,3 poin pada 1.089 "
                 "peserta di kegiatan dengan biaya tercatat; 6,4 poin atas semua 1.140 peserta bernilai)", False,
                 id="ppkukm-id"),
    pytest.param("en", 2_708_737.88, 6.14, 60.0, 361_488, "at the 2025 cost per participant (Rp 2,708,738, Chapter "
                 "IV), this target means a mean gain of at least 7.5 points (2025: 6.1 points over the 1,089 "
                 "participants in activities with a recorded cost; 6.4 points over all 1,140 scored participants)",
                 False, id="kesehatan-en"),
    pytest.param("id", 4_009_960.08, 11.30, 80.0, 114_888, "tidak tercapai hanya dengan kenaikan nilai", True,
                 id="past-the-scale"),
])
def test_the_cost_target_says_the_gain_it_takes(lang, cost, gain, pre, target, said, out):
    text = plan_targets.gain_needed(_hasil(cost, gain, pre), target, lang)
    assert said in text.replace("\xa0", " "), text
    assert (("skala tes" in text) or ("test scale" in text)) is out, text


@pytest.mark.parametrize(("costed", "scored", "said", "absent"), [
    pytest.param(1_089, 1_140, "(2025: 6,1 poin pada 1.089 peserta di kegiatan dengan biaya tercatat; 6,4 poin atas "
                 "semua 1.140 peserta bernilai)", None, id="some-activities-uncosted"),
    pytest.param(1_140, 1_140, "(2025: 6,1 poin pada 1.140 peserta di kegiatan dengan biaya tercatat)",
                 "atas semua", id="every-activity-costed"),
])
def test_the_gain_in_the_row_names_its_base(costed, scored, said, absent):
    """LOOK22 Y-1: '(2025: 6,1 poin)' beside the 6,4 of every other page: the costed participants' mean, said so,
    and the mean over all scored participants beside it when they are more."""
    text = plan_targets.gain_needed(_hasil(2_708_737.88, 6.144, 60.0, costed, scored), 361_488,
                                    "id").replace("\xa0", " ")
    assert said in text, text
    assert absent is None or absent not in text, text


def _said(hasil: Any, row: Any, lang: str) -> str:
    """gain_needed's sentence as the row says it: with the reason a target far above the gain stands when the target
    is last year's (Goal.carried, not kept on the row), else without it."""
    kept = plan_targets.gain_needed(hasil, row.target, lang, carried=True).removeprefix("; ")
    return kept if kept in row.note else plan_targets.gain_needed(hasil, row.target, lang).removeprefix("; ")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_budget_row_says_what_its_target_means(pipeline_root, lang):
    """The row's note carries the sentence, with its own target and this year's figures, and its action does not
    (LOOK37b M-10: the action cell ran about 40 lines with the target's arithmetic and its history)."""
    ctx = load_context("kesehatan", lang, project(pipeline_root))
    rows = [r for r in plan.rows(ctx) if r.code == "BIAYA-POIN"]
    assert rows
    for row in rows:
        said = _said(ctx.hasil, row, lang)
        assert said and row.note.startswith(said), row.note
        assert said.split(" (")[0] not in row.action, row.action


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_bab_iv_prints_the_figures_the_budget_row_cites(pipeline_root, slug, lang):
    """LOOK22 Y-1: every figure of the row's clause (cost per participant, the costed gain with its base, the gain
    over all scored participants) stands in BAB IV beside the overall cost per point."""
    ctx = load_context(slug, lang, project(pipeline_root))
    chapter = results.budget(ctx).replace("\xa0", " ")
    record = cost_basis.overall(ctx.hasil)
    assert record.get("biaya_per_peserta_rp"), record
    assert cost_basis.per_participant(record["biaya_per_peserta_rp"], lang).replace("\xa0", " ") in chapter
    for part in cost_basis.costed_gain(ctx.hasil, lang):
        assert part.replace("\xa0", " ") in chapter, part


@pytest.fixture(scope="module")
def budget_rows(pipeline_root) -> list[tuple[str, Any, Any]]:
    """(language, dinas context, its issued BIAYA-POIN row) for every dinas of the sample, own or carried."""
    from evalasn.report.chapters import followup

    paths = project(pipeline_root)
    out = []
    for lang in ("id", "en"):
        province = load_context("provinsi", lang, paths)
        for slug in sorted(province.dinas_results):
            ctx = load_context(slug, lang, paths)
            out += [(lang, ctx, row) for row in followup.issued(ctx) if row.code == "BIAYA-POIN"]
    return out


def test_a_budget_row_taken_over_from_the_province_says_what_its_target_means(budget_rows):
    """LOOK25 W-5: Sosial's, Nakertransgi's and PRKP's BIAYA-POIN rows, 'dari baris BIAYA-POIN rencana provinsi', left
    out the gain their target needs at the cost per participant, which every other dinas's row says. One sentence,
    from one function, in every row whatever its origin, on the target the row prints."""
    carried = [(lang, ctx, row) for lang, ctx, row in budget_rows
               if t("pl_act_from_province", lang, kode="BIAYA-POIN") in row.action]
    assert carried, "the sample has no BIAYA-POIN row carried from the province: the case this test guards"
    for lang, ctx, row in budget_rows:
        said = _said(ctx.hasil, row, lang)
        assert said and said in row.note, (ctx.hasil["cakupan"]["slug"], lang, row.note)
        assert said.split(" (")[0] not in row.action, (ctx.hasil["cakupan"]["slug"], lang, row.action)


@pytest.mark.parametrize(("lang", "gain", "carried", "said", "absent"), [
    pytest.param("en", 11.3, True, "; last year's target, kept as the rule requires (never weakened); at this cost per "
                 "participant it needs about 3.1 times the 2025 gain, "
                 "so it is not expected to be met in 2026 by a higher gain alone: what will be checked is the step, "
                 "no method's cost per participant rising above its 2025 level", None, id="far-carried-en"),
    pytest.param("id", 11.3, True, "; target tahun lalu ini dipertahankan sesuai aturan (tidak pernah dilemahkan); "
                 "pada biaya per peserta ini target itu "
                 "memerlukan kira-kira 3,1 kali kenaikan nilai 2025, jadi tidak diharapkan tercapai pada 2026 hanya "
                 "dengan kenaikan nilai", None, id="far-carried-id"),
    pytest.param("en", 11.3, False, "; at this cost per participant it needs about 3.1 times the 2025 gain",
                 "last year's unmet", id="far-own-target-no-carried-reason"),
    pytest.param("en", 30.0, True, "this target means a mean gain of at least 35.0 points", "times the 2025 gain",
                 id="not-far-1.16-times"),
    pytest.param("en", 4_009_960.08 / 114_888 / 1.5, True, "this target means a mean gain of at least 35.0 points",
                 "times the 2025 gain", id="exactly-1.5-times-not-far"),
])
def test_a_target_far_above_this_years_gain_says_what_it_means(lang, gain, carried, said, absent):
    """LOOK36b K-2: PPKUKM's carried target needs 'more than 34,9 points (2025: 11,3 …)' and the row did not say what
    a tripled gain means: above constants.FOLLOW_UP_FAR_GAIN_RATIO times this year's gain, why it stands, about how many
    times the gain it takes, not expected to be met by a gain alone, and the step is what is checked."""
    text = plan_targets.gain_needed(_hasil(4_009_960.08, gain, 55.1, 119, 155, 8.5), 114_888, lang,
                                    carried).replace("\xa0", " ")
    assert said in text, text
    assert absent is None or absent not in text, text
