"""Rule 3, a method clearly cheaper per point: the pair compared, whether and where participants may move."""

from __future__ import annotations

from collections.abc import Collection

from evalasn.analysis.contract import Hasil, MethodCostPerPoint, MethodGain
from evalasn.analysis.contract.estimate import Interval, point
from evalasn.analysis.difference import clearly_below, difference
from evalasn.report.chapters import lagging_gain, no_gain
from evalasn.report.words import fmt, phrases
from evalasn.report.words.text import label, t


def cheapest_per_point(hasil: Hasil) -> MethodCostPerPoint | None:
    """The method with the lowest cost per point of gain this year (among those with a cost), or None."""
    costs = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    return min(costs, key=point) if costs else None


def method_pair(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """(the method clearly cheaper per point, the dearer method it is set against): rule 3's comparison."""
    budget = hasil["anggaran_vs_peningkatan"]
    return clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])


def _method_gain(hasil: Hasil, metode: str) -> MethodGain | None:
    return next((g for g in hasil["level2_pembelajaran"]["per_metode"] if g["metode"] == metode and g["cukup_data"]
                 and g.get("ci_bawah") is not None and g.get("ci_atas") is not None), None)


def less_per_participant(hasil: Hasil) -> bool:
    """Whether rule 3's cheaper method gains clearly less per participant than the dearer one: the whole 95%
    interval of the difference of their participants' gains below zero (analysis.difference; never judged on
    whether the two intervals overlap, REVIEW6 R6-3). Then moving participants to it saves money per point but
    loses learning per person: no shift and no share target (plan row PORSI)."""
    pair = method_pair(hasil)
    if pair is None:
        return False
    cheap, dear = (_method_gain(hasil, row["metode"]) for row in pair)
    return bool(cheap and dear and clearly_below(cheap, dear))


def next_cheaper(hasil: Hasil) -> MethodCostPerPoint | None:
    """When rule 3's cheaper method gains clearly less per participant (less_per_participant), the method the dearer
    one's activities may go to instead: the cheapest other method whose cost per point is clearly below the dearer one's
    (the whole 95% interval of the difference below zero) and whose gain per participant is not clearly below it,
    leaving out a method whose gain is a finding of its own (no_gain.flagged_methods). CHECK12 C12-15: the province said
    only "do not move pelatihan to e-learning" while mentoring, as cheap per point as e-learning (their difference not
    certain) and learning more than pelatihan, was never offered. None when rule 3 advises its own shift or no method
    qualifies (the recommendation then says that no cheaper method without a learning loss exists)."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return None
    cheap, dear = pair
    dear_gain = _method_gain(hasil, dear["metode"])
    left_out = no_gain.flagged_methods(hasil) | {cheap["metode"], dear["metode"]}
    for row in sorted((r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]), key=point):
        gain = _method_gain(hasil, row["metode"])
        if row["metode"] not in left_out and clearly_below(row, dear) and gain and dear_gain \
                and not clearly_below(gain, dear_gain):
            return row
    return None


def method_shift(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """(the method rule 3 advises moving participants to, the dearer method they come from): its pair when the
    cheaper method does not gain clearly less per participant, else the next cheaper method that does not
    (next_cheaper) against the same dearer one; None when rule 3 advises no shift. The plan's PORSI-<METODE> row,
    BIAYA-POIN's shift and rule 2's cheaper way all follow it."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return pair
    other = next_cheaper(hasil)
    return (other, pair[1]) if other is not None else None


def share_advised(hasil: Hasil, metode: str = "") -> bool:
    """Whether a share row (PORSI-<METODE>, ``metode``; '' = any) may set a target in ``hasil``'s scope: always,
    unless rule 3 there rules its cheaper method out for gaining clearly less per participant; then only for the
    method it moves participants to instead (method_shift), none without one. A dinas without a comparison of its
    own carries the province's share row on its own share (province_rows), as before C12-15."""
    if method_pair(hasil) is None or not less_per_participant(hasil):
        return True
    shift = method_shift(hasil)
    return shift is not None and metode in ("", shift[0]["metode"])


def next_method_words(hasil: Hasil, lang: str, form: str) -> str:
    """What rule 3 advises when its cheaper method gains clearly less per participant: the shift to the next cheaper
    method (next_cheaper) with its cost per point and gain, or that no cheaper method without a learning loss exists;
    ``form`` 'rec' (BAB IX 9.2) or 'brief' (the summary, whose finding gave the dearer method's cost). '' when rule 3
    advises its own shift."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return ""
    dear = label(pair[1]["metode"], lang)
    other = next_cheaper(hasil)
    if other is None:
        return t("rec_method_next_none", lang, pembanding=dear)
    gain = _method_gain(hasil, other["metode"])
    assert gain is not None  # next_cheaper needs it
    words = dict(metode=label(other["metode"], lang), pembanding=dear,
                 biaya=phrases.estimate(other, lang, "rp_per_poin"), ik=phrases.ci(other, lang, "rp_per_poin"))
    if form == "brief":
        return t("rec_method_next_brief", lang, besar=phrases.estimate(gain, lang), ik_g=phrases.ci(gain, lang),
                 **words) + after_review(hasil, other["metode"], lang)
    return t("rec_method_next", lang, per_peserta=per_participant(hasil, other, pair[1], lang)["per_peserta"],
             **words) + after_review(hasil, other["metode"], lang)


def gain_gap(hasil: Hasil) -> Interval | None:
    """Rule 3's cheaper method's gain per participant minus the dearer one's, with its 95% interval, when it is
    clearly below zero (less_per_participant: no shift advised); None otherwise."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return None
    gains = [_method_gain(hasil, row["metode"]) for row in pair]
    found = difference(gains[0], gains[1]) if gains[0] and gains[1] else None
    if found is None:
        return None
    return {"n": 0, "estimasi": found[0], "ci_bawah": found[1], "ci_atas": found[2], "cukup_data": True}


def method_scope(hasil: Hasil, lower: bool, lang: str, province_results: Hasil | None = None, **names: str) -> str:
    """Why rule 3 can advise a shift in one scope and none in another (LOOK9 #16: the province said 'jangan
    mengalihkan pelatihan ke mentoring', Kesehatan 'alihkan sebagian'): one rule, judged on each scope's own
    participants, whose difference interval is narrower for the province (more activities) than for a dinas. Said
    where the two can differ: the province's 'no shift', and a dinas's shift whose gain difference is lower by its
    estimate but not clearly, when the province (``province_results``) advises against that same shift — a fact of
    the sibling report, said without a hedge (LOOK10 N-11) and only when it holds ('' otherwise)."""
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    if lower and province:
        return t("rec_method_scope_province", lang, **names)
    pair = method_pair(hasil)
    gains = [_method_gain(hasil, row["metode"]) for row in pair] if pair else []
    found = difference(gains[0], gains[1]) if len(gains) == 2 and gains[0] and gains[1] else None
    if not lower and not province and found is not None and found[0] < 0 <= found[2] \
            and pair is not None and advises_against(province_results, pair):
        return t("rec_method_scope_dinas", lang, **names)
    return ""


def advises_against(province_results: Hasil | None, pair: tuple[MethodCostPerPoint, MethodCostPerPoint]) -> bool:
    """Whether the province's rule 3 compares the same two methods and advises against the shift (its cheaper
    method gains clearly less per participant: less_per_participant); False without the province's results."""
    theirs = method_pair(province_results) if province_results is not None else None
    same = theirs is not None and [r["metode"] for r in theirs] == [r["metode"] for r in pair]
    return bool(same and province_results is not None and less_per_participant(province_results))


def per_participant(hasil: Hasil, best: MethodCostPerPoint, other: MethodCostPerPoint, lang: str) -> dict[str, str]:
    """{per_peserta}: '; kenaikan per peserta: mentoring 4,1 poin (…) dan pelatihan 5,2 poin (…)', with, when the
    cheaper method's gain is estimated lower but not clearly (the difference's interval reaches zero), what a moved
    participant may lose (REVIEW6 R6-3: the lower end of the difference); {rincian}: the two gains and their difference
    after a colon, for the sentence that says the gain is clearly smaller ('' without both gains; LOOK15 Q-4: in
    brackets it held the gains' own, "(mentoring 10,5 poin (rentang …) dan …)"). Rule 3's sentences
    also say the comparison is indicative (tests differ by method)."""
    gains = [_method_gain(hasil, row["metode"]) for row in (best, other)]
    if not (gains[0] and gains[1]):
        return {"per_peserta": "", "rincian": ""}
    items = phrases.and_([t("rec_method_gain_item", lang, metode=label(g["metode"], lang),
                            besar=phrases.estimate(g, lang), ik=phrases.ci(g, lang)) for g in gains if g], lang)
    found = difference(gains[0], gains[1])
    if found is None:
        return {"per_peserta": t("rec_method_gain", lang, daftar=items), "rincian": f": {items}"}
    value, low, high = found
    shown: Interval = {"n": 0, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True}
    gap = dict(selisih=phrases.estimate(shown, lang), ik=phrases.ci(shown, lang))
    per_peserta = t("rec_method_gain", lang, daftar=items)
    if value < 0 <= high:  # lower by the estimate, not clearly: what a participant moved may lose
        per_peserta = t("rec_method_gain_loss", lang, daftar=items, rugi=fmt.figure(-low, "poin_tes", lang), **gap)
    return {"per_peserta": per_peserta, "rincian": f": {items}; {t('rec_method_gap', lang, **gap)}"}


def method_brief(hasil: Hasil, lang: str) -> str:
    """Rule 3's recommendation under the summary's finding that has just given both methods' costs per point with
    their intervals (money_findings.where_money_goes): it refers back to them and keeps what is new, the gain per
    participant (LOOK11 L-12: the same two costs and intervals three times in 30 lines); the full text stays in
    BAB IX, 9.2. '' without rule 3's pair."""
    pair = method_pair(hasil)
    if pair is None:
        return ""
    best, other = pair
    names = dict(metode=label(best["metode"], lang), pembanding=label(other["metode"], lang))
    shown = gain_gap(hasil)
    if shown is not None:
        return t("rec_method_lower_brief", lang, selisih=phrases.estimate(shown, lang), ik=phrases.ci(shown, lang),
                 lain=next_method_words(hasil, lang, "brief"), **names)
    return t("rec_method_brief", lang, per_peserta=per_participant(hasil, best, other, lang)["per_peserta"], **names) \
        + after_review(hasil, best["metode"], lang)


def after_review(hasil: Hasil, metode: str, lang: str) -> str:
    """A shift to ``metode`` in a dinas whose gain the province lists as lagging and whose own ``metode`` is among
    the methods to review: the shift waits for that review, as the plan's row says (plan.after_review; LOOK11 L-4:
    the summary said "Tinjau … mentoring" and, two lines on, "Alihkan … ke mentoring"). '' otherwise."""
    return t("rec_after_review", lang, metode=label(metode, lang)) if metode in under_review(hasil, lang) else ""


def under_review(hasil: Hasil, lang: str, own: Collection[str] | None = None) -> list[str]:
    """The methods a dinas report's KENAIKAN row reviews (lagging_gain.to_review: those below the province's, without
    ``own``, the methods with a stop-or-redesign row of their own, found here unless the caller has them); [] when
    the report's scope is not on the province's attention list for its gain (the province report never is), checked
    before the rows are made."""
    item = next((i for i in lagging_gain.listed(hasil) if i.dinas == hasil["cakupan"]["slug"]), None)
    if item is None:
        return []
    if own is None:
        own = {r.subject for r in no_gain.stop_or_redesign(hasil, lang)} \
            | {r.metode for r in no_gain.little_gain(hasil)}
    return lagging_gain.to_review(item, own)


def method_share(hasil: Hasil, metode: str) -> float:
    """Percent of the evaluated year's participants in ``metode``."""
    rows = hasil["pelaksanaan"]["kegiatan_per_metode"]
    total = sum(r["n_peserta"] for r in rows)
    return 100 * sum(r["n_peserta"] for r in rows if r["metode"] == metode) / total if total else 0.0


def clearly_cheaper(rows: list[MethodCostPerPoint],
                    budget: list | None = None) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """The cheapest method per point and a method it is clearly cheaper than: the whole 95% interval of the
    difference of their costs per point below zero (analysis.difference; REVIEW6 R6-4: not whether the two
    intervals overlap)."""
    ok = [r for r in rows if r["cukup_data"]]
    if len(ok) < 2:
        return None
    best = min(ok, key=point)
    dearer = [r for r in ok if r is not best and clearly_below(best, r)]
    if not dearer:
        return None
    # against the dearer method with the largest budget: the comparison the summary makes (where the money goes)
    spent = {r["metode"]: r["anggaran_rp"] for r in budget or []}
    return best, max(dearer, key=lambda r: (spent.get(r["metode"], 0.0), point(r)))
