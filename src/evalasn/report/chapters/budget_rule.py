"""Rule 2, more budget per participant: the cheaper ways to a point that rule it out, and BIAYA-POIN's step."""

from __future__ import annotations

from typing import Any, cast

from evalasn import constants
from evalasn.analysis.contract import BudgetModel, Hasil, MethodCostPerPoint
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.report.chapters import method_choice, no_gain
from evalasn.report.words import cost_basis, fmt, phrases, reasons
from evalasn.report.words.text import label, t


def cheaper_way(hasil: Hasil, model: BudgetModel) -> tuple[tuple[MethodCostPerPoint, MethodCostPerPoint] | None,
                                                          tuple[MethodCostPerPoint, float] | None]:
    """Rule 2's cheaper ways to a point in ``hasil``'s methods, set against ``model``'s slope: (rule 3's pair when it
    advises the shift, the method cheaper than what a doubling costs per extra point); (None, None) when neither."""
    budget = hasil["anggaran_vs_peningkatan"]
    method = method_choice.clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])
    # rule 3 forbids moving participants to a cheaper method that gains clearly less per person: no other rule argues
    # by its cost per point (REVIEW6 R6-22, R6-23: the plan and rec 6 shifted to mentoring, rec 5 said not to)
    shift = method_choice.method_shift(hasil)
    marginal = cheaper_than_more_budget(model, marginal_candidates(hasil, method, shift)) \
        if phrases.direction(model["gain_per_dobel"]) == "up" else None
    return shift, marginal


def own_method_cost(hasil: Hasil, method: str, lang: str) -> str:
    """The dinas's own cost per point of ``method`` (BAB IV's table), said beside a comparison made on the province's
    figures (LOOK26 X-3); where the dinas has none, that it cannot be computed and why, as BAB IV's cell says
    (LOOK37 L-3: the province's figure alone read as the dinas's own); '' when the method is not in its table."""
    own = next((r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["metode"] == method), None)
    if own is None:
        return ""
    if not own.get("cukup_data"):
        return t("rec_budget_marginal_own_none", lang, metode=label(method, lang), alasan=cost_reason(own, lang))
    return t("rec_budget_marginal_own", lang, metode=label(method, lang),
             biaya=phrases.estimate(own, lang, "rp_per_poin"), ik=phrases.ci(own, lang, "rp_per_poin"))


def cost_reason(row: MethodCostPerPoint, lang: str) -> str:
    """Why a method has no cost per point, short: 'hanya 3 kegiatan (min. 5)' (BAB IV's cell, results._cost_cell;
    LOOK13 M-6, M-7)."""
    if row.get("alasan") == "biaya_tidak_tercatat" and row.get("n_kegiatan"):
        # some costed, too few: the count against the minimum (LOOK12 K-1)
        return t("b_cell_few_costed", lang, c=fmt.integer(row["n_kegiatan"], lang), min=constants.MIN_ACTIVITIES_COST)
    if row.get("alasan") == "biaya_tidak_tercatat":  # missing cost, not a free method (CHECK11 C11-1)
        return t("b_cell_unrecorded", lang, k=fmt.integer(row.get("kegiatan_tanpa_biaya") or 0, lang))
    if row.get("alasan") in reasons.FINDINGS:
        return t(f"b_cell_{row['alasan']}", lang)
    if 0 < (row.get("n_kegiatan") or 0) < constants.MIN_ACTIVITIES_COST:
        return t("b_cell_few", lang, n=fmt.integer(row["n_kegiatan"], lang), min=constants.MIN_ACTIVITIES_COST)
    return reasons.not_enough(row, lang)


def marginal_candidates(hasil: Hasil, method: tuple[MethodCostPerPoint, MethodCostPerPoint] | None,
                        shift: tuple[MethodCostPerPoint, MethodCostPerPoint] | None) -> list[MethodCostPerPoint]:
    """The methods rule 2 may set a higher cost per participant against (cheaper_than_more_budget): none that another
    rule advises against, so the recommendations do not argue by a method they tell the reader to leave (REVIEW6
    R6-23: rec 6 praised mentoring's cost per point right after rec 5 said not to move participants to it). When
    rule 3 keeps its cheaper method out (``method`` without ``shift``), only the method it leaves standing, its
    dearer one; otherwise every method but those whose gain is a finding of its own (no gain, or a very small one:
    rules 3b and 3c, which ask to redesign or stop them) and rule 3's cheaper method when the shift goes to the next
    one (method_choice.next_cheaper)."""
    if method is not None and shift is None:
        return [method[1]]
    moved_elsewhere = method is not None and shift is not None and shift[0]["metode"] != method[0]["metode"]
    vetoed = {method[0]["metode"]} if method is not None and moved_elsewhere else set()
    return [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
            if r["metode"] not in no_gain.flagged_methods(hasil) | vetoed]


def based(action: str, basis: bool, lang: str) -> str:
    """A plan row's step that rests on the province's estimate (``basis``) saying so beside it (phrases.aside)."""
    return phrases.aside(action, t("fu_basis_prov", lang)) if basis else action


def budget_action(costs: list[MethodCostPerPoint], year: int,
                  shift: tuple[MethodCostPerPoint, MethodCostPerPoint] | None, lang: str, province: bool = False,
                  basis: bool = False) -> str:
    """The BIAYA-POIN row's step, worded from the recommendation that raised it (REVIEW6 R6-22): no higher cost per
    participant, a ceiling per method at its cost per participant of ``year`` in ``costs`` (BAB IV's table;
    constants.FOLLOW_UP_COST_CAP_FIELD, LOOK20 W-1: one ceiling across methods ruled out the method the plan moves
    activities to) when any method has one; moving activities to the cheaper method only where rule 3 advises it
    (``shift``: its pair, None when it gains clearly less per participant or no method is clearly cheaper). The
    province row, carried out by every dinas's finance unit, sets no ceiling of its own but points to the ones in each
    dinas's plan, its own levels only for a dinas without that row (LOOK10 N-21: two ceilings for one unit;
    province_rows.budget_pointer). ``basis``: the recommendation rests on the province's estimate (the dinas's own
    data too few), said beside the step; the ceilings stay the dinas's own levels."""
    caps = method_caps(costs, lang)
    if not caps:
        text = based(t("fu_rec_budget_hold", lang), basis, lang)
    elif province:
        text = t("fu_rec_budget_cap_province", lang, tahun=year, daftar=caps)
    else:
        # the ceilings are the dinas's own levels even where the recommendation rests on the province's estimate: the
        # aside says which is whose (LOOK21 X-4: '(berdasarkan estimasi provinsi)' read as the ceilings' source)
        text = t("fu_rec_budget_cap", lang, tahun=year, daftar=caps)
        if basis:
            text = phrases.aside(text, t("fu_rec_budget_cap_basis", lang, tahun=year))
    if not province:
        text += uncapped(costs, lang)
    if shift is not None:
        text += shift_words(shift, lang)
    return text


def method_caps(costs: list[MethodCostPerPoint], lang: str) -> str:
    """BIAYA-POIN's ceilings, one per method with a cost per participant in ``costs``
    (constants.FOLLOW_UP_COST_CAP_FIELD) and enough activities for its cost per point (capped), in the table's
    order: 'pelatihan ≤ Rp 4.126.793, workshop ≤ Rp 2.409.677 dan seminar ≤ Rp 895.039'; '' without any. Each is the
    method's level of the year, printed to the rupiah as BAB IV
    prints that cost per participant (cost_basis.per_participant: 895.038,57 is 'Rp 895.039' in Tabel 8 and in the
    ceiling; LOOK25 W-6: rounded down, the ceiling stood Rp 1 below the level it names), never in a scale word
    (LOOK21 X-5: 'mentoring ≤ Rp 1,4 juta' for Rp 1.375.470 allowed a rise of 1,8%). Next year's cost per participant
    printed the same way meets the ceiling when it is at or below the printed figure."""
    levels: list[tuple[str, float]] = [(r["metode"], level) for r in costs if (level := _level(r)) and capped(r)]
    return phrases.and_([f"{label(metode, lang)} ≤ {cost_basis.per_participant(level, lang)}"
                         for metode, level in levels], lang)


def _level(record: MethodCostPerPoint) -> float:
    """A method's cost per participant of the year (constants.FOLLOW_UP_COST_CAP_FIELD); 0 without one."""
    return float(cast(Any, record).get(constants.FOLLOW_UP_COST_CAP_FIELD) or 0.0)


def capped(record: MethodCostPerPoint) -> bool:
    """Whether a method gets a ceiling: enough activities for its cost per point (constants.MIN_ACTIVITIES_COST).
    LOOK37b M-11: ppapp's one workshop, Rp 6.647.529 per participant (2,4 times pelatihan, a gain without an
    interval), stood as the ceiling the row permits, which read as approval of that level."""
    return int(record.get("n_kegiatan") or 0) >= constants.MIN_ACTIVITIES_COST


def uncapped(costs: list[MethodCostPerPoint], lang: str) -> str:
    """The methods with a cost per participant but too few activities for a ceiling (capped), named with their
    activities: '; tanpa plafon: workshop (1 kegiatan) dan mentoring (1 kegiatan), kegiatannya terlalu sedikit untuk
    biaya per poin (sedikitnya 5)'; '' without any."""
    named = [t("fu_rec_budget_uncapped_item", lang, metode=label(r["metode"], lang), n=int(r.get("n_kegiatan") or 0))
             for r in costs if _level(r) > 0 and not capped(r)]
    return t("fu_rec_budget_uncapped", lang, daftar=phrases.and_(named, lang),
             minimum=constants.MIN_ACTIVITIES_COST) if named else ""


def shift_words(shift: tuple[MethodCostPerPoint, MethodCostPerPoint], lang: str) -> str:
    """BIAYA-POIN's clause moving activities to the cheaper method ('; alihkan sebagian kegiatan pelatihan ke
    mentoring ...'), which the plan leaves to that method's PORSI row when it has one (plan.shift_in_one_row)."""
    return t("fu_rec_budget_shift", lang, metode=label(shift[0]["metode"], lang),
             pembanding=label(shift[1]["metode"], lang))


def cheaper_than_more_budget(model: BudgetModel,
                              rows: list[MethodCostPerPoint]) -> tuple[MethodCostPerPoint, float] | None:
    """(cheapest method, Rupiah per extra point of doubling the median cost) when the method's whole
    cost-per-point interval lies below what a doubling costs per extra point even at the upper end of
    the doubling's gain; None otherwise."""
    gain, median = model["gain_per_dobel"], model.get("biaya_median_per_peserta_rp")
    ok = [r for r in rows if r["cukup_data"]]
    if not ok or not median or not gain["cukup_data"] or point(gain) <= 0:
        return None
    best = min(ok, key=point)
    marginal, marginal_low = median / point(gain), median / bounds(gain)[1]
    return (best, marginal) if bounds(best)[1] < marginal_low else None
