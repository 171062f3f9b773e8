"""Findings ranked by consequence (issue 22.2): money spent without gain."""

from typing import Any

import pytest

from evalasn import constants
from evalasn.analysis import budget


def _gain(metode: str, estimasi: float | None, low: float | None, high: float | None, n: int = 100) -> Any:
    return {"metode": metode, "n": n, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": estimasi is not None}


def _spent(metode: str, rupiah: float, activities: int = 5) -> Any:
    return {"metode": metode, "n_kegiatan": activities, "n_peserta": 100, "jp_total": 40.0, "anggaran_rp": rupiah}


@pytest.mark.parametrize(("gain", "rupiah", "listed", "fell"), [
    # the interval decides (constants.NO_GAIN_UPPER), not the point estimate: an estimate below zero whose interval
    # reaches a rise (kesehatan's seminar, -1.0 (-2.4 to 0.4)) is not money without gain
    pytest.param((-1.0, -2.4, 0.4), 1.67e8, False, False, id="estimate-below-zero-interval-reaches-a-rise"),
    pytest.param((-1.6, -2.7, -0.5), 5.3e7, True, True, id="whole-interval-below-zero"),
    pytest.param((-1.0, -2.0, 0.0), 1e7, True, False, id="upper-end-exactly-zero"),
    pytest.param((0.0, -1.0, 1.0), 1e7, False, False, id="estimate-exactly-zero-interval-reaches-a-rise"),
    pytest.param((0.3, -1.0, 1.6), 1e7, False, False, id="positive-estimate-not-listed"),
    pytest.param((7.6, 4.8, 10.4), 1.4e8, False, False, id="clear-gain"),
    pytest.param((None, None, None), 1e7, False, False, id="too-few-data-is-no-finding"),
    pytest.param((-1.0, -2.0, 0.0), 0.0, True, False, id="no-recorded-cost-listed-on-its-gain"),
])
def test_a_method_spent_without_gain_is_listed_with_its_budget(gain, rupiah, listed, fell):
    rows = budget.without_gain([_gain("seminar", *gain)], [_spent("seminar", rupiah)], dinas="kesehatan")
    assert bool(rows) is listed
    if listed:
        assert rows[0]["anggaran_rp"] == rupiah and rows[0]["menurun"] is fell and rows[0]["dinas"] == "kesehatan"
        assert rows[0]["biaya_tercatat"] is (rupiah > 0)  # Rp 0 is a cost not recorded (CHECK11 C11-11)


# --- the summary's findings ranked by consequence (report.chapters.key_findings) ---------------------------
def _context(pipeline_root, slug: str = "kesehatan"):
    from evalasn.paths import project
    from evalasn.report.context import load_context

    return load_context(slug, "id", project(pipeline_root))


def _seminar(dinas=None) -> dict:
    return {"metode": "seminar", "dinas": dinas, "n": 187, "n_kegiatan": 8, "estimasi": -0.98, "ci_bawah": -2.4,
            "ci_atas": -0.04, "cukup_data": True, "anggaran_rp": 166_673_000.0, "menurun": True}


def test_money_without_gain_is_in_the_summary_at_its_amount_with_its_recommendation(pipeline_root):
    import copy
    import dataclasses

    from evalasn.report.chapters import key_findings, sections

    ctx = _context(pipeline_root)
    hasil = copy.deepcopy(ctx.hasil)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = [_seminar()]
    ctx = dataclasses.replace(ctx, hasil=hasil)
    ranked = key_findings.ranked(ctx)
    (found,) = [f for f in ranked if f.kind == "tanpa_kenaikan"]
    assert len(ranked) <= key_findings.MAX_FINDINGS and found.rupiah == 166_673_000.0
    # ranked by the money each finding names (REVIEW7 R7-7): after the larger amounts, before the others
    assert all((f.rupiah or 0) >= found.rupiah for f in ranked[:ranked.index(found)])
    assert all((f.rupiah or 0) <= found.rupiah for f in ranked[ranked.index(found):])
    assert "Rp 167 juta untuk seminar" in found.text and "−1,0" in found.text
    assert "Hentikan atau rancang ulang seminar" in found.recommendation
    summary = sections.summary(ctx)
    assert summary.index("Rp 167 juta untuk seminar") < summary.index("Angka kunci")
    conclusions = sections.conclusion(ctx)  # first among the conclusions, and among the recommendations
    assert conclusions.index("Rp 167 juta untuk seminar") < conclusions.index("Pembelajaran")
    # 9.2's step points to 9.1 for the figures (LOOK31 C-4)
    assert "Hentikan atau rancang ulang seminar (temuan 9.1: anggaran untuk seminar sementara nilai peserta turun)." \
        in conclusions


def test_without_such_money_no_such_finding(pipeline_root):
    from evalasn.report.chapters import key_findings

    ctx = _context(pipeline_root)
    assert not ctx.hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"]
    assert "tanpa_kenaikan" not in {f.kind for f in key_findings.ranked(ctx)}


def test_targets_missed_come_widest_first(pipeline_root):
    from evalasn.report.chapters import comparison, fact_targets, key_findings
    from evalasn.report.words.text import t

    ctx = _context(pipeline_root)
    missed = [f for f in key_findings.ranked(ctx) if f.kind == "target"]
    assert 0 < len(missed) <= key_findings.MAX_TARGET_FINDINGS
    gaps = []
    # every target Tabel 1 marks not met, a plan row's on the cost per point too (LOOK25 W-1)
    for fact in fact_targets.of(ctx):
        if t("status_not_met", "id") in fact.status("id", cell=True):
            values = comparison.as_target_unit(fact.key, fact.value)
            assert values is not None and fact.goal is not None
            value, (nilai, higher) = values[0], fact.goal
            gaps.append((((nilai - value) if higher else (value - nilai)) / nilai, fact.key))
    widest = max(gaps)[1]

    assert missed[0].text.startswith(f"Target terlewat: {t('kfs_' + widest, 'id')} ")


def test_the_province_names_its_dinas_in_ikm_category_c(pipeline_root):
    import copy

    from evalasn.report.chapters import key_findings

    ctx = _context(pipeline_root, "provinsi")
    hasil = copy.deepcopy(ctx.hasil)
    hasil["level4_hasil"]["ikm_unit"] = []  # the dinas alone (units: test_ikm_units_rule)
    row = hasil["perbandingan_dinas"][0]
    row["ikm"] = {**(row["ikm"] or {}), "cukup_data": True, "kategori": "C", "estimasi": 74.5, "n": 300,
                  "ci_bawah": 73.0, "ci_atas": 76.0}
    found = key_findings.poor_service(hasil, [], "id")
    assert found is not None and "74,50 (rentang keyakinan 95%: 73,00 s.d. 76,00; 300 responden)" in found.text
    assert "satu dinas yang seluruh rentang keyakinan 95% IKM-nya dalam kategori C atau D" in found.text


@pytest.mark.parametrize(("declared", "shown"), [
    pytest.param("", False, id="none-declared-no-effect-finding"),
    pytest.param("layanan prima", True, id="declared-effect-finding"),
])
def test_the_intervention_effect_only_when_one_is_declared(pipeline_root, declared, shown):
    import copy

    from evalasn.report.chapters import key_findings

    hasil = copy.deepcopy(_context(pipeline_root).hasil)
    hasil["parameter"]["intervensi"] = declared
    assert (key_findings.intervention(hasil, [], "id") is not None) is shown


# --- money for at most a very small gain (no_gain.little_gain) -------------------------------------------------
def _little_hasil(gain: tuple, effect: tuple | None, rupiah: float, cost: float | None) -> Any:
    estimasi, low, high = gain
    g, effect_high = effect or (None, None)
    return {"pelaksanaan": {"kegiatan_per_metode": [_spent("seminar", rupiah, 50), _spent("mentoring", 1e9, 29)]},
            "level2_pembelajaran": {"per_metode": [
                {**_gain("seminar", estimasi, low, high, 1239), "g_av": g, "g_av_atas": effect_high},
                {**_gain("mentoring", 10.5, 9.5, 11.4, 666), "g_av": 0.9, "g_av_atas": 1.07}]},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [
                {**_gain("seminar", cost, (cost or 0) * 0.7, (cost or 0) * 1.6), "n_kegiatan": 52,
                 "cukup_data": cost is not None},
                {**_gain("mentoring", 140_446.0, 108_679.0, 175_119.0), "n_kegiatan": 29}]}}


@pytest.mark.parametrize(("gain", "effect", "rupiah", "cost", "listed"), [
    pytest.param((1.8, 1.0, 2.6), (0.16, 0.19), 9.74e8, 408_332.0, True, id="whole-effect-interval-under-small-listed"),
    # the province's seminar on the sample (R6-2): estimate very small (g 0.16), its interval ending at 0.23, under
    # "medium": Rp 974 juta for a very small gain is the finding
    pytest.param((1.8, 1.0, 2.6), (0.16, 0.23), 9.74e8, 408_332.0, True, id="province-seminar-very-small-listed"),
    # the rule must not fire: the data allow a medium gain, or the estimate itself is small, not very small
    pytest.param((1.8, 1.0, 2.6), (0.16, 0.55), 9.74e8, 408_332.0, False, id="effect-interval-reaches-medium-not"),
    pytest.param((3.0, 2.0, 4.0), (0.25, 0.35), 9.74e8, 408_332.0, False, id="estimate-small-not-very-small-not"),
    # kesehatan's seminar on the sample: -1.0 (-2.4 to 0.4), g -0.09 up to 0.04: no gain worth the name
    pytest.param((-1.0, -2.4, 0.4), (-0.09, 0.04), 1.67e8, None, True, id="estimate-below-zero-listed-as-no-gain"),
    pytest.param((-1.6, -2.7, -0.5), (-0.15, -0.05), 9.74e8, None, False, id="without-gain-is-the-other-rule"),
    pytest.param((1.8, -20.0, 28.0), (0.1, 2.4), 9.74e8, None, False, id="wide-interval-says-too-little"),
    pytest.param((1.8, 1.0, 2.6), (0.16, 0.19), 0.0, 408_332.0, False, id="no-money-spent"),
    pytest.param((1.8, 1.0, 2.6), None, 9.74e8, 408_332.0, False, id="no-effect-size-no-finding"),
])
def test_money_for_a_very_small_gain_is_judged_on_the_estimate_and_its_interval(gain, effect, rupiah, cost, listed):
    """Issue 22.2, R6-2: the effect size estimated under Cohen's 'small' (constants.LITTLE_GAIN_EFFECT_UPPER) with its
    interval under 'medium' (constants.LITTLE_GAIN_EFFECT_CEILING), the gain's interval reaching above zero; said
    plainly, the amount first (R6-10): a fall is 'no gain worth the name', never a small gain; the cost per point
    beside it where it can be computed."""
    from evalasn.report.chapters import key_findings, no_gain

    hasil = _little_hasil(gain, effect, rupiah, cost)
    little = no_gain.little_gain(hasil)
    assert [r.metode for r in little] == (["seminar"] if listed else [])
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    found = key_findings.without_gain(hasil, [], "id")
    assert (found is not None) is listed
    if found is not None:
        if gain[0] > 0:
            # the cost per point a sentence of its own after the gain's (LOOK20 W-19)
            # one figure per bracket (LOOK23 Z-2): the points with their interval, then the effect size
            assert found.text.startswith(f"{fmt_rupiah(rupiah)} untuk seminar dengan kenaikan sangat kecil, 1,8 poin "
                                         "(rentang keyakinan 95%: 1,0 s.d. 2,6), besar efek 0,16. Biaya per poin "
                                         "seminar: Rp 408.332 (rentang keyakinan 95%: Rp 285.832 s.d. "
                                         "Rp 653.331)."), found.text
        else:
            assert found.text.startswith(f"{fmt_rupiah(rupiah)} untuk seminar tanpa kenaikan yang berarti, −1,0 poin "
                                         "(rentang keyakinan 95%: −2,4 s.d. 0,4)"), found.text
            assert "kenaikan sangat kecil" not in found.text  # a fall is never called a small gain (R6-10)
        assert ("Biaya per poin seminar: Rp 408.332" in found.text) is (cost is not None)
        assert "sebagai pembanding, mentoring rp 140.446 per poin" in found.text.lower()
        assert found.recommendation.startswith("Rancang ulang seminar")


@pytest.mark.parametrize(("lang", "compared"), [
    pytest.param("id", "sebagai pembanding, mentoring Rp 140.446 per poin (rentang keyakinan 95%: Rp 108.679 s.d. "
                       "Rp 175.119)", id="id"),
    pytest.param("en", "for comparison, mentoring costs Rp 140,446 per point (95% CI: Rp 108,679 to Rp 175,119)",
                 id="en"),
])
def test_the_cheapest_method_beside_a_very_small_gain_has_its_interval(lang, compared):
    """REVIEW2 16: summary finding 1's 'sebagai pembanding, mentoring Rp 140.446 per poin' had no interval (the one
    in anggaran_vs_peningkatan.biaya_per_poin)."""
    from evalasn.report.chapters import key_findings

    hasil = _little_hasil((1.8, 1.0, 2.6), (0.16, 0.19), 9.74e8, 408_332.0)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    found = key_findings.without_gain(hasil, [], lang, brief=True)  # the summary's (9.1's: LOOK31 C-4, test_look31)
    # a sentence of its own after the cost per point's (LOOK20 W-19): "Sebagai pembanding, …"
    assert found is not None and compared[1:] in found.text, found


@pytest.mark.parametrize(("lang", "compared"), [
    pytest.param("id", "sebagai pembanding, mentoring Rp 140.446 per poin (rentang keyakinan 95%: Rp 108.679 s.d. "
                       "Rp 175.119)", id="id"),
    pytest.param("en", "for comparison, mentoring costs Rp 140,446 per point (95% CI: Rp 108,679 to Rp 175,119)",
                 id="en"),
])
def test_bab_ix_s_money_bullet_keeps_the_cheapest_methods_interval(lang, compared):
    """LOOK34 F-6: 9.1's money bullet printed '(rentang keyakinan 95%: lihat butir Efisiensi)' for the cheapest
    method's cost per point, a pointer as long as the interval that left the figure bare (LOOK31 C-4 was about a
    60-word evidence list): it prints the interval, as the Efisiensi bullet and the summary do."""
    from evalasn.report.chapters import key_findings
    from evalasn.report.words import narrative

    hasil = _little_hasil((1.8, 1.0, 2.6), (0.16, 0.19), 9.74e8, 408_332.0)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    found = key_findings.without_gain(hasil, [], lang)  # BAB IX 9.1's
    assert found is not None and compared[1:] in found.text, found
    assert "Efisiensi" not in found.text and "Efficiency" not in found.text, found
    assert narrative.cheapest_said(hasil) == "mentoring"  # the Efisiensi bullet states the same figure


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "Rp 408.332 per poin (rentang keyakinan 95%: Rp 285.832 s.d. Rp 653.331)", id="id"),
    pytest.param("en", "Rp 408,332 per point (95% CI: Rp 285,832 to Rp 653,331)", id="en"),
])
def test_the_very_small_gain_s_cost_per_point_has_its_interval(lang, said):
    """LOOK9 #1/#12/#20: the seminar's 'Rp 408.332 per poin' was the one cost per point of the summary, of 9.1 and
    of Rek. 5 without its 95% interval; the item is the same text in all three (no_gain.little_item)."""
    from evalasn.report.chapters import key_findings, no_gain

    hasil = _little_hasil((1.8, 1.0, 2.6), (0.16, 0.19), 9.74e8, 408_332.0)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    found = key_findings.without_gain(hasil, [], lang)
    # the finding gives the cost per point in a sentence of its own (LOOK20 W-19), with the same interval
    sentence = {"id": "Rp 408.332 (rentang keyakinan 95%: Rp 285.832 s.d. Rp 653.331).",
                "en": "Rp 408,332 (95% CI: Rp 285,832 to Rp 653,331)."}[lang]
    assert found is not None and sentence in found.text, found
    assert said in no_gain.little_item(no_gain.little_gain(hasil)[0], lang)


def fmt_rupiah(value: float) -> str:
    from evalasn.report.words import fmt

    return fmt.rupiah(value, "id")


def test_the_province_summary_names_no_and_little_gain_the_biggest_spender_and_category_c(pipeline_root):
    """Issue 22.3 on the sample: the province's seminar and e-learning gained about 1.8 points for Rp 1.4
    billion (positive, very small); pelatihan (the largest budget) is set against mentoring; and the
    dinas in IKM category C are listed, within the five findings."""
    from evalasn.report.chapters import ikm_units, key_findings, no_gain, plan

    ctx = _context(pipeline_root, "provinsi")
    little = {r.metode for r in no_gain.little_gain(ctx.hasil)}
    found = {f.kind: f for f in key_findings.ranked(ctx)}
    budget = {r["metode"]: r["anggaran_rp"] for r in ctx.hasil["pelaksanaan"]["kegiatan_per_metode"]}
    for metode in little:
        assert f"{fmt_rupiah(budget[metode])} untuk {metode} dengan kenaikan sangat kecil" in \
            found["tanpa_kenaikan"].text
    if "efisiensi" in found:
        assert found["efisiensi"].text.startswith(f"Ke mana anggaran pergi: {max(budget, key=budget.__getitem__)} ")
    poor = [r for r in ctx.hasil["perbandingan_dinas"] if r["ikm"] and r["ikm"]["cukup_data"]
            and r["ikm"]["kategori"] in constants.POOR_IKM]
    # rule (7), units or dinas: among the five, or named after them when the cap leaves it out (R6-5)
    shown = "ikm_cd" in found or "layanan di bawah kategori B" in key_findings.left_over(ctx)
    assert bool(poor or ikm_units.units_below_b(ctx.hasil)) == shown
    rows = {row.code for row in plan.rows(ctx)}
    assert {f"KECIL-{m.upper()}" for m in little} <= rows  # each with its BAB X row


def test_the_cost_chapter_says_the_budget_of_bab_ii_and_notes_its_own_basis(pipeline_root):
    """Issue 22.6: a method's money without gain reads the same in BAB II, BAB IV and the summary; the
    cost-per-point table says it counts only participants with both scores, where that differs."""
    import copy
    import dataclasses

    from evalasn.report.chapters import results
    from evalasn.report.words import fmt

    ctx = _context(pipeline_root)
    hasil = copy.deepcopy(ctx.hasil)
    row = next(r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["n_kegiatan"])
    row.update(estimasi=None, ci_bawah=None, ci_atas=None, cukup_data=False, alasan="gain_tidak_positif",
               rata_gain=-1.0, anggaran_rp=1.0)  # the scored participants' cost: not what the sentence says
    spent = next(r for r in hasil["pelaksanaan"]["kegiatan_per_metode"] if r["metode"] == row["metode"])
    chapter = results.budget(dataclasses.replace(ctx, hasil=hasil))
    assert f"biaya kegiatannya {fmt.rupiah(spent['anggaran_rp'], 'id')} tidak dapat dibagi per poin kenaikan" in chapter
    note = results.cost_basis_note(ctx)
    assert note is not None and "Dasar biaya tabel ini" in note and "Dasar biaya tabel ini" in results.budget(ctx)
    same = copy.deepcopy(ctx.hasil)
    for method in same["pelaksanaan"]["kegiatan_per_metode"]:
        cost = next(r for r in same["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["metode"] == method["metode"])
        method["n_peserta"] = cost["n"]
    assert results.cost_basis_note(dataclasses.replace(ctx, hasil=same)) is None  # one basis: no note


def test_the_summary_names_seminar_and_e_learning_cost_where_their_intervals_show_it():
    """Issue 22, done when: kesehatan's sample figures — e-learning −1.6 (−2.7 to −0.5) for Rp 52.8 million is money
    without gain; seminar −1.0 (−2.4 to 0.4), g up to 0.04, for Rp 167 million bought at most a very small gain.
    Both are named with their cost; only e-learning gets a stop row, seminar a redesign row."""
    from evalasn.report.chapters import key_findings, no_gain

    gains: Any = [{**_gain("seminar", -0.98, -2.40, 0.44, 187), "g_av": -0.09, "g_av_atas": 0.04},
                  {**_gain("e-learning", -1.58, -2.68, -0.49, 110), "g_av": -0.15, "g_av_atas": -0.05},
                  {**_gain("mentoring", 7.61, 4.77, 10.45, 118), "g_av": 0.7, "g_av_atas": 0.97}]
    spent = [_spent("seminar", 166_673_000.0, 8), _spent("e-learning", 52_831_000.0, 5), _spent("mentoring", 1.36e8)]
    hasil: Any = {"pelaksanaan": {"kegiatan_per_metode": spent}, "level2_pembelajaran": {"per_metode": gains},
                  "anggaran_vs_peningkatan": {"tanpa_kenaikan": budget.without_gain(gains, spent), "biaya_per_poin": [
                      {**_gain("mentoring", 139_385.0, 49_053.0, 230_323.0), "n_kegiatan": 5}]}}
    assert [r["metode"] for r in hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"]] == ["e-learning"]
    assert [r.metode for r in no_gain.little_gain(hasil)] == ["seminar"]
    found = key_findings.without_gain(hasil, [], "id")
    assert found is not None
    # both items in one layout, the points before their bracket (one figure per bracket, LOOK23 Z-2)
    assert "Rp 52,8 juta untuk e-learning, −1,6 poin (rentang keyakinan 95%: −2,7 s.d. −0,5" in found.text
    assert "Rp 167 juta untuk seminar tanpa kenaikan yang berarti, −1,0 poin (rentang keyakinan 95%: −2,4 s.d. 0,4" \
        in found.text
    assert "Hentikan atau rancang ulang e-learning" in found.recommendation
    assert "Rancang ulang seminar" in found.recommendation
    english = key_findings.without_gain(hasil, [], "en")
    assert english is not None
    assert "Rp 52.8 million on e-learning, −1.6 points (95% CI: −2.7 to −0.5" in english.text
    # countable methods in the plural where English counts them (LOOK9 #20: 'Rp 974 million on seminar')
    assert "Rp 167 million on seminars without a meaningful gain" in english.text
    assert "Redesign seminars" in english.recommendation and "Stop or redesign e-learning" in english.recommendation
    assert [r.subject for r in no_gain.stop_or_redesign(hasil, "id")] == ["e-learning"]


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_the_findings_and_the_stop_rows_follow_the_same_interval_rule(pipeline_root, slug):
    """The summary's money-without-gain finding, the recommendations and BAB X's STOP rows name the same methods:
    those whose gain interval ends at or below zero (constants.NO_GAIN_UPPER)."""
    from evalasn import constants
    from evalasn.report.chapters import key_findings, plan

    ctx = _context(pipeline_root, slug)
    rows = ctx.hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"]
    assert all(r["ci_atas"] is not None and r["ci_atas"] <= constants.NO_GAIN_UPPER for r in rows)
    budgets = {r["metode"]: r["anggaran_rp"] for r in ctx.hasil["pelaksanaan"]["kegiatan_per_metode"]}
    expected = {g["metode"] for g in ctx.hasil["level2_pembelajaran"]["per_metode"] if g["cukup_data"]
                and g["ci_atas"] <= constants.NO_GAIN_UPPER and budgets.get(g["metode"], 0) > 0}
    assert {r["metode"] for r in rows if r["dinas"] is None} == expected
    methods = {r["metode"] for r in rows}
    stop_rows = {row.code for row in plan.rows(ctx) if row.code.startswith("STOP-")}
    assert stop_rows == {f"STOP-{m.upper()}" for m in methods}
    found = {f.kind: f for f in key_findings.ranked(ctx)}
    if methods:
        assert all(f"{m} " in found["tanpa_kenaikan"].text for m in methods)


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("id", "seminar di Kesehatan dan Satpol PP, serta e-learning di Satpol PP", id="id"),
    pytest.param("en", "seminars in Health and Satpol PP, and e-learning in Satpol PP,", id="en"),
])
def test_methods_grouped_by_dinas_read_as_one_clear_sentence(lang, expected):
    """REVIEW4 15: 'Rancang ulang seminar di Kesehatan dan Satpol PP; e-learning di Satpol PP agar …' read as two
    fragments glued by a semicolon."""
    from evalasn.report.chapters import money_findings

    rows = [{"metode": "seminar", "dinas": "kesehatan"}, {"metode": "seminar", "dinas": "satpol-pp"},
            {"metode": "e-learning", "dinas": "satpol-pp"}]
    where = money_findings._where(rows, ["seminar", "e-learning"], lang)
    assert where == expected and ";" not in where
    assert money_findings._where(rows[:2], ["seminar"], lang) == expected.split(",")[0]  # one group: no joint


@pytest.mark.parametrize(("gain", "effect", "words"), [
    pytest.param((-1.0, -2.4, 0.4), (-0.09, -0.22, 0.04), "untuk seminar tanpa kenaikan yang berarti, −1,0 poin (",
                 id="a-fall-no-gain-worth-the-name"),
    pytest.param((0.6, 0.1, 1.1), (0.05, 0.0, 0.1), "untuk seminar dengan kenaikan sangat kecil, 0,6 poin (",
                 id="a-very-small-gain"),
])
def test_bab_ix_recommends_with_the_summarys_words(pipeline_root, gain, effect, words):
    """REVIEW7 R7-10: 9.2 said 'Rp 167 juta untuk kenaikan nilai yang paling besar sangat kecil (perubahan −1,0 poin'
    three pages after 9.1's 'Rp 167 juta untuk seminar tanpa kenaikan yang berarti (−1,0 poin; …)'."""
    import copy

    from evalasn.report.chapters import key_findings, rules

    hasil: Any = copy.deepcopy(_context(pipeline_root).hasil)
    row = next(r for r in hasil["level2_pembelajaran"]["per_metode"] if r["metode"] == "seminar")
    row.update(estimasi=gain[0], ci_bawah=gain[1], ci_atas=gain[2], g_av=effect[0], g_av_bawah=effect[1],
               g_av_atas=effect[2], cukup_data=True)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"] = None
    (rec,) = [r for r in rules.recommendations(hasil, "id") if r.rule == "rec_little" and r.subject == "seminar"]
    found = key_findings.without_gain(hasil, [], "id")
    # the summary's form of the step (Recommendation.brief) in the finding's words; 9.2's (text) names the finding
    # in the same words and points to 9.1 for its figures (LOOK31 C-4)
    assert found is not None and words in found.text and words in rec.brief, (found, rec.brief)
    item = rec.brief.split(": ", 1)[1].rstrip(".")
    assert item in found.text and "paling besar" not in rec.brief
    kind = words.split(", ")[0].removeprefix("untuk ")
    assert rec.text.endswith(f"(temuan 9.1: {kind}).") and "poin" not in rec.text, rec.text


@pytest.mark.parametrize(("province", "ranks", "expected"), [
    pytest.param(False, {"biaya_per_poin": 20, "cakupan_asn": 21}, "Biaya per poin (Rp): di antara 20 dari 21 dinas",
                 id="one-dinas-without-cost-per-point"),
    pytest.param(False, {"biaya_per_poin": 21, "cakupan_asn": 21}, "", id="every-rank-of-every-dinas"),
    pytest.param(True, {"biaya_per_poin": 20}, "", id="province-has-no-rank-column"),
])
def test_a_rank_among_fewer_dinas_says_why(monkeypatch, province, ranks, expected):
    """LOOK9 #19: Kesehatan's Tabel 1 ranked its cost per point '19 dari 20' beside ranks 'dari 21', unexplained."""
    from types import SimpleNamespace

    from evalasn.report.chapters import key_findings
    from evalasn.report.words.text import label, t

    figures = [SimpleNamespace(name=lambda lang, key=key: label(f"kf_{key}", lang),
                               rank={"peringkat": 3, "dari": dari}) for key, dari in ranks.items()]
    monkeypatch.setattr(key_findings.fact_targets, "of", lambda ctx: figures)
    ctx = SimpleNamespace(lang="id", province=province, hasil={"perbandingan_provinsi": {"jumlah_dinas": 21}},
                          t=lambda key, **values: t(key, "id", **values))
    note = key_findings.rank_fewer(ctx)  # type: ignore[arg-type]
    assert (expected in note and "BAB VII laporan provinsi" in note and "Cakupan" not in note) if expected \
        else note == ""
