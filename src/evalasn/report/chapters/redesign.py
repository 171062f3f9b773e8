"""Where a redesigned method's budget may go, and the province's redesign recommendations that name dinas."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil, MethodCostPerPoint
from evalasn.analysis.contract.estimate import point
from evalasn.analysis.little_gain import cheap_per_point, is_little_gain
from evalasn.report.chapters import method_choice, no_gain, recommendation
from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


def little_gain_dinas_recommendations(hasil: Hasil, lang: str) -> list[recommendation.Recommendation]:
    """One redesign recommendation per method of no_gain.little_gain_dinas, naming each dinas with its figures."""
    rows = no_gain.little_gain_dinas(hasil)
    out: list[recommendation.Recommendation] = []
    for metode in [m for m in constants.METODE if any(r["metode"] == m for r in rows)]:
        of_method = [r for r in rows if r["metode"] == metode]
        names = phrases.and_([short_name_in(r["dinas"] or "", lang) for r in of_method], lang)
        move = little_move(hasil, [metode], lang, "rec")
        # 9.2's: the step and where 9.1's money conclusion gives each dinas's figures (LOOK31 C-4)
        out.append(recommendation.Recommendation(
            "rec_little", t("rec_little_prov_listed", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                            alihkan=move),
            t("pl_act_little", lang, metode=label(metode, lang), alihkan=little_move(hasil, [metode], lang, "pl")),
            recommendation.OWNER["rec_little"], recommendation.QUARTER["rec_little"],
            subject=metode, brief=t("rec_little_prov", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                                    biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                                    daftar=no_gain.pair_items(of_method, lang), alihkan=move)))
    return out


def move_targets(hasil: Hasil, methods: Collection[str]) -> list[str]:
    """Where a redesign of ``methods`` may move its budget ('atau alihkan anggarannya ke …'): the methods cheaper
    per point (cheaper_than) whose own gain is above zero (its interval's lower end) and not very small by
    the rule that flags the redesigned method (is_little_gain), cheapest first.
    LOOK14 P-4: the province's seminar advice sent its budget to 'a method with a lower cost per point', e-learning
    among them with the same 1,8 points as seminar. [] when none qualifies: the advice is a redesign alone."""
    gains = {g["metode"]: g for g in hasil["level2_pembelajaran"]["per_metode"]}
    rows = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    leaving = [r for r in rows if r["metode"] in methods]
    overall = hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua")

    def gains_enough(metode: str) -> bool:
        gain = gains.get(metode)
        low = gain.get("ci_bawah") if gain else None
        return bool(gain and gain.get("cukup_data") and low is not None and float(low) > constants.NO_GAIN_UPPER
                    and not is_little_gain(gain))
    return [r["metode"] for r in sorted(rows, key=point)
            if r["metode"] not in methods and cheaper_than(r, leaving, overall) and gains_enough(r["metode"])]


def cheaper_than(row: MethodCostPerPoint, leaving: list[MethodCostPerPoint], overall: Any) -> bool:
    """Whether a method (``row``: its cost per point) is cheaper per point than the methods a budget leaves
    (``leaving``, where they have a cost per point: below the dearest of them); when none has one (their gain not
    surely above zero), a cost per point at or below the scope's own (``overall``; cheap_per_point), not any method
    at all (LOOK15 Q-9: Kesehatan's seminar and e-learning money went to 'pelatihan dan workshop, metode dengan biaya
    per poin lebih rendah', workshop's Rp 470.528 per point the dinas's dearest, above its Rp 440.863). Without
    either reference, any method."""
    if leaving:
        return point(row) < max(point(r) for r in leaving)
    return cheap_per_point(row, overall) if overall_known(overall) else True


def overall_known(overall: Any) -> bool:
    """Whether a scope's own cost per point (`biaya_per_poin_semua`) has an estimate to compare with."""
    return bool(overall and overall.get("cukup_data") and overall.get("estimasi") is not None)


def by_overall(hasil: Hasil, methods: Collection[str]) -> bool:
    """Whether move_targets compares with the scope's own cost per point: none of ``methods`` has one of its own and
    the scope's is known (cheaper_than)."""
    money = hasil["anggaran_vs_peningkatan"]
    return not any(r["metode"] in methods and r["cukup_data"] for r in money["biaya_per_poin"]) \
        and overall_known(money.get("biaya_per_poin_semua"))


def cheaper_under_review(hasil: Hasil, methods: Collection[str], lang: str) -> list[str]:
    """The methods a redesign of ``methods`` may move its budget to (move_targets) that the dinas reviews for gaining
    less than the province (method_choice.under_review), cheapest first: a move to them waits for that review, as rule
    3's shift does (method_choice.after_review; LOOK12 K-12: Kesehatan's summary named pelatihan, a method under review,
    as the cheaper one). [] otherwise, and in the province report (its plan reviews no method of its own)."""
    if (hasil.get("cakupan") or {}).get("jenis", "provinsi") == "provinsi":
        return []
    reviewed = method_choice.under_review(hasil, lang)
    return [m for m in move_targets(hasil, methods) if m in reviewed] if reviewed else []


def little_move(hasil: Hasil, methods: Collection[str], lang: str, form: str) -> str:
    """A redesign's other branch, naming where the budget may go (move_targets) and, in a dinas report, which of
    those wait for the review with BPSDM (cheaper_under_review): ``form`` 'kt' (the summary, with the reason),
    'rec' (9.2) or 'pl' (the plan row; plan.after_review adds the review); '' when no method qualifies (LOOK14
    P-4), so that the advice is 'Rancang ulang seminar' alone."""
    targets = move_targets(hasil, methods)
    if not targets:
        return ""
    lesser = lesser_destination(hasil, targets, methods)
    if lesser is not None:  # rule 3's method that learns clearly less goes last, with why (kt_little_move_not_shift)
        targets = [m for m in targets if m != lesser[0]] + [lesser[0]]
    key = f"{form}_little_move" + (("_many" if len(targets) > 1 else "_one") if form == "kt" else "")
    if form == "kt" and by_overall(hasil, methods):  # not above the scope's own cost per point
        key += "_overall"
    # in a sentence a countable method is plural in English ("move the budget to workshops"; LOOK24 V2-6), a plan
    # row keeps the label as its tables do (phrases.method_noun)
    named = label if form == "pl" else phrases.method_noun
    text = t(key, lang, tujuan=phrases.and_([named(m, lang) for m in targets], lang))
    if form == "pl":
        return text
    waits = cheaper_under_review(hasil, methods, lang)
    if waits and set(waits) == set(targets):
        text += t("rec_little_after_review_all", lang)
    elif waits:
        text += t("rec_little_after_review", lang, metode=phrases.and_([named(m, lang) for m in waits], lang))
    if form == "kt" and lesser is not None:
        # the summary read "alihkan anggarannya ke mentoring" while 9.2 and BAB X say not to move pelatihan to
        # mentoring (LOOK37 L-7): the money moved is the redesigned method's, not the dearer method's activities
        text += t("kt_little_move_not_shift", lang, metode=label(lesser[0], lang), pembanding=label(lesser[1], lang),
                  asal=phrases.and_([label(m, lang) for m in dict.fromkeys(methods)], lang))
    return text


def lesser_destination(hasil: Hasil, targets: Collection[str], methods: Collection[str]) -> tuple[str, str] | None:
    """(rule 3's cheaper method, the dearer one it is set against) when the cheaper one is among a redesign's
    ``targets`` but gains clearly less per participant (method_choice.less_per_participant: rule 3 advises no shift to
    it) and the dearer one is not among the redesigned ``methods``; None otherwise. The budget may still go there, as
    the redesigned method's money, not as the dearer method's activities (LOOK37 L-7)."""
    pair = method_choice.method_pair(hasil)
    if pair is None or pair[0]["metode"] not in targets or pair[1]["metode"] in methods \
            or not method_choice.less_per_participant(hasil):
        return None
    return pair[0]["metode"], pair[1]["metode"]
