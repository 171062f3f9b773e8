"""Why a dinas's participants' mean and its adjusted gain fall on different sides of the province mean, from the
data (reader review 3, item 5): the participants' mean weighs each method by the dinas's own mix, the mixed model
sets each method against the same method in the province (hasil.json `pooling.dinas_ini.campuran_metode`,
analysis.pooling.method_mix). One sentence, only where at least one of the two differences is clear; '' otherwise."""

from __future__ import annotations

from typing import Any

from evalasn import constants
from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import running_text_name, short_name_in
from evalasn.report.words.text import label, t


def evidence(method: Any) -> bool:
    """Whether a method's mean counts as evidence: it rests on at least constants.MIN_CLUSTERS activities (below
    that no interval is given: smalln8, session 8, 'pada 3 dari 3 metode' counted a method of 2 activities); a
    record without the count counts."""
    activities = method.get("n_kegiatan")
    return activities is None or activities >= constants.MIN_CLUSTERS


def item(method: Any, lang: str) -> str:
    """'pelatihan 11,2 vs 13,6'; a method that is not evidence (``evidence``) is not set beside the province's:
    'mentoring tidak dibandingkan: hanya 1 kegiatan, 8,7 poin tanpa rentang' (LOOK14 P-5: 'mentoring 8,7 vs 10,5
    (hanya 1 kegiatan, tidak dihitung)' printed a comparison and called it not computed, in a bracket in a bracket)."""
    if not evidence(method):
        return t("mix_item_few", lang, metode=label(method["metode"], lang),
                 dinas=fmt.number(method["rata_gain"], 1, lang), k=fmt.integer(method["n_kegiatan"], lang))
    return t("mix_item", lang, metode=label(method["metode"], lang), dinas=fmt.number(method["rata_gain"], 1, lang),
             provinsi=fmt.number(method["rata_gain_provinsi"], 1, lang))


def _point(figure: Any) -> float | None:
    if isinstance(figure, dict):
        return figure.get("estimasi") if figure.get("cukup_data") else None
    return None if figure is None else float(figure)


def sentence(hasil: Any, adjusted: Any, raw: Any, province: Any, province_raw: Any, lang: str,
             against: str | None = None) -> str:
    """Why the participants' mean and the adjusted gain of a dinas tell different stories beside the province, from
    its mix of methods, when at least one of the two differences is clear (reader review 5, D2: a cause was given
    for two differences the same sentence called unclear; review 5b, item 2: a participants' mean wholly below the
    province's beside an adjusted gain level with it had no sentence at all):
    - the participants' mean clearly off the province participants' mean (its own interval excludes it) while the
      adjusted gain is not clearly off the province mean: the mix explains the participants' gap (mix_raw_only);
    - the two on different sides of their province means, the adjusted one or both clearly: mix_why, the raw side
      qualified when its interval holds the province participants' mean;
    - on different sides with neither clear: one short clause, that neither is clearly different (mix_neither);
    '' otherwise, or when a figure or the dinas's mix of methods is missing. ``against`` is the adjusted gain's
    status beside the province mean (report.facts.Fact.against): "above"/"below" when the interval of the
    difference excludes zero, "level" when it holds it, None when not judged (the points' sides are used)."""
    values = [_point(f) for f in (adjusted, raw, province, province_raw)]
    mine = (hasil.get("pooling") or {}).get("dinas_ini") or {}
    mix = mine.get("campuran_metode") or []
    if any(v is None for v in values) or not mix:
        return ""
    # as the tables show them (one decimal): a difference the reader cannot see is not explained
    value, raw_value, province_value, province_raw_value = (round(float(v), 1) for v in values)  # type: ignore
    raw_above, adjusted_above = raw_value > province_raw_value, value > province_value
    if against in ("above", "below"):  # the side the status gives (the interval of the difference), not the points'
        adjusted_above = against == "above"
    # not clearly off the province mean: its status says so, or it reads the same as the province mean
    adjusted_clear = against != "level" and value != province_value
    low, high = (raw.get("ci_bawah"), raw.get("ci_atas")) if isinstance(raw, dict) else (None, None)
    raw_clear = low is not None and high is not None and not low <= float(values[3]) <= high  # type: ignore[arg-type]
    # in English the agency's own name, which takes its article ("Neither the Environment Agency's participants'
    # mean …"; LOOK35b H-9: "Neither Environment's participants' mean"): a short name is no possessive
    slug = hasil["cakupan"]["slug"]
    name = running_text_name(slug, short_name_in(slug, lang), lang)  # a long one by its short form (LOOK37 item 4)
    side = lambda above: t("mix_above" if above else "mix_below", lang)  # noqa: E731
    shares = phrases.and_([f"{label(m['metode'], lang)} {fmt.percent(100 * m['porsi_peserta'], 0, lang)}"
                           for m in mix], lang)
    province_shares = phrases.and_([f"{label(m['metode'], lang)} "
                                    f"{fmt.percent(100 * m['porsi_peserta_provinsi'], 0, lang)}" for m in mix], lang)
    details = "; ".join(item(m, lang) for m in mix)
    figures = {"nama": name, "mentah": fmt.number(raw_value, 1, lang), "nilai": fmt.number(value, 1, lang),
               "prov_mentah": fmt.number(province_raw_value, 1, lang), "prov": fmt.number(province_value, 1, lang)}
    if raw_clear and not adjusted_clear and raw_value != province_raw_value:
        ends = fmt.figures((low, high), "poin_tes", lang)
        return t("mix_raw_only", lang, sisi_mentah=side(raw_above), ik=fmt.span(ends[0], ends[1], lang),
                 porsi=shares, porsi_prov=province_shares, rincian=details, **figures)
    if raw_above == adjusted_above or raw_value == province_raw_value or value == province_value:
        return ""
    if not raw_clear and not adjusted_clear:  # no cause for two differences that are not clear
        return t("mix_neither", lang, nama=name, mentah=figures["mentah"], nilai=figures["nilai"],
                 angka_mentah=figures["prov_mentah"], angka=figures["prov"])
    # each method on the adjusted gain's side as the tables print them (13,6 vs 13,6 is on neither side), counting
    # only the methods with enough activities to be evidence (the others named with their count)
    counted = [m for m in mix if evidence(m)]
    if not counted:
        return ""
    shown = [(round(m["rata_gain"], 1), round(m["rata_gain_provinsi"], 1)) for m in counted]
    same_side = sum(mine_value != theirs and (mine_value > theirs) == adjusted_above for mine_value, theirs in shown)
    raw_place = t("mix_place_raw", lang, sisi=side(raw_above), angka=figures["prov_mentah"])
    if not raw_clear:
        raw_place += t("mix_unclear_raw", lang, ik=fmt.interval(low, high, lang=lang)) if low is not None else ""
    place = t("mix_place", lang, sisi=side(adjusted_above), angka=figures["prov"])
    # one method compared, on the adjusted gain's side: named, not "1 dari 1 metode" (LOOK18 T-9)
    where = t("mix_in_method", lang, metode=label(counted[0]["metode"], lang)) if same_side == len(counted) == 1 \
        else t("mix_in_methods", lang, k=same_side, m=len(counted))
    return t("mix_why", lang, letak_mentah=raw_place, sisi=side(adjusted_above), letak=place, porsi=shares,
             porsi_prov=province_shares, pada=where, rincian=details,
             **{key: value for key, value in figures.items() if key in ("nama", "mentah", "nilai")})
