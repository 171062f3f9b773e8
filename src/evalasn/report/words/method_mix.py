"""Why a dinas's participants' mean and its adjusted gain fall on different sides of the province mean, from the
data (reader review 3, item 5): the participants' mean weighs each method by the dinas's own mix, the mixed model
sets each method against the same method in the province (hasil.json `pooling.dinas_ini.campuran_metode`,
analysis.pooling.method_mix). One sentence, only where the two measures disagree on the side; '' otherwise."""

from __future__ import annotations

from typing import Any

from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


def _point(figure: Any) -> float | None:
    if isinstance(figure, dict):
        return figure.get("estimasi") if figure.get("cukup_data") else None
    return None if figure is None else float(figure)


def sentence(hasil: Any, adjusted: Any, raw: Any, province: Any, province_raw: Any, lang: str,
             against: str | None = None) -> str:
    """' Rata-rata peserta KPKP (10,8) di atas ...' naming each method's share and its gain beside the province's;
    '' when the participants' mean and the adjusted gain are on the same side of their province means, or a figure
    or the dinas's mix of methods is missing. ``against`` is the adjusted gain's status beside the province mean
    (report.facts.Fact.against): "level" (the interval of the difference holds zero) keeps the side of the point
    estimates but says it is not clearly different, as the status does; so does a participants' mean whose own
    interval holds the province participants' mean. Where neither measure is clearly different from its province
    mean, only that (mix_neither): no mix of methods to explain a gap the same sentence calls chance."""
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
    if raw_above == adjusted_above or raw_value == province_raw_value or value == province_value:
        return ""
    name = short_name_in(hasil["cakupan"]["slug"], lang)
    side = lambda above: t("mix_above" if above else "mix_below", lang)  # noqa: E731
    shares = phrases.and_([f"{label(m['metode'], lang)} {fmt.percent(100 * m['porsi_peserta'], 0, lang)}"
                           for m in mix], lang)
    province_shares = phrases.and_([f"{label(m['metode'], lang)} "
                                    f"{fmt.percent(100 * m['porsi_peserta_provinsi'], 0, lang)}" for m in mix], lang)
    same_side = sum((m["rata_gain"] > m["rata_gain_provinsi"]) == adjusted_above for m in mix)
    details = "; ".join(t("mix_item", lang, metode=label(m["metode"], lang), dinas=fmt.number(m["rata_gain"], 1, lang),
                          provinsi=fmt.number(m["rata_gain_provinsi"], 1, lang)) for m in mix)
    raw_place = t("mix_place_raw", lang, sisi=side(raw_above), angka=fmt.number(province_raw_value, 1, lang))
    low, high = (raw.get("ci_bawah"), raw.get("ci_atas")) if isinstance(raw, dict) else (None, None)
    raw_unclear = low is not None and high is not None and low <= float(values[3]) <= high  # type: ignore[arg-type]
    if raw_unclear and against == "level":
        return t("mix_neither", lang, nama=name, mentah=fmt.number(raw_value, 1, lang),
                 nilai=fmt.number(value, 1, lang), angka_mentah=fmt.number(province_raw_value, 1, lang),
                 angka=fmt.number(province_value, 1, lang))
    if raw_unclear:
        raw_place += t("mix_unclear_raw", lang, ik=fmt.interval(low, high, lang=lang))
    place = t("mix_place", lang, sisi=side(adjusted_above), angka=fmt.number(province_value, 1, lang))
    place += t("mix_unclear", lang) if against == "level" else ""
    return t("mix_why", lang, nama=name, mentah=fmt.number(raw_value, 1, lang), letak_mentah=raw_place,
             sisi=side(adjusted_above), nilai=fmt.number(value, 1, lang), letak=place,
             porsi=shares, porsi_prov=province_shares, k=same_side, m=len(mix),
             rincian=details)
