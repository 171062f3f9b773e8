"""Where the province's step for the dinas with a low gain leaves a lower method (LOOK35a G-13, LOOK35b H-4).

BAB IX 9.1 lists, for each dinas the province names for its adjusted gain, every method whose participants' mean is
lower than the same method's across the province; 9.2's step (lagging_gain.recommendation) asks to review only
those without a stop-or-redesign row of their own for that dinas (lagging_gain.to_review), so that one method is not
reviewed twice. The province report said nothing of the others ("Kesehatan — pelatihan, workshop dan mentoring"
after "5 dari 5 metode"): each is named here with where it is reviewed, the 9.2 recommendation on the method that
names the dinas, by its number, and the row of the dinas's own plan, by its code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from evalasn.analysis.contract import Hasil
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import lagging_gain, plan_indicators, recommendation
from evalasn.report.words import phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t

# the stop-or-redesign rules and the pairs of the province's record each answers (report.chapters.no_gain)
ROW_KINDS = {"rec_stop": "tanpa_kenaikan", "rec_little": "sedikit_kenaikan"}


def numbered(ranked: Sequence[recommendation.Recommendation], hasil: Hasil,
             lang: str) -> list[recommendation.Recommendation]:
    """BAB IX 9.2's recommendations in their order (``ranked``, numbered from 1), the province's step for the dinas
    with a low gain saying, after each dinas's methods, where its other lower methods are reviewed (pointers); the
    others unchanged."""
    out = list(ranked)
    own = {r.subject for r in out if r.rule in ROW_KINDS}
    for place, rec in enumerate(out):
        if rec.rule == "rec_gain_low" and hasil["cakupan"]["slug"] == PROVINCE_SLUG:
            found = lagging_gain.recommendation(hasil, lang, own, elsewhere=pointers(hasil, out, lang))
            out[place] = replace(rec, text=found[0]) if found else rec
    return out


def pointers(hasil: Hasil, ranked: Sequence[recommendation.Recommendation], lang: str) -> dict[str, str]:
    """By dinas of the province's list, ' (juga lebih rendah, ditinjau tersendiri: seminar pada rekomendasi 3 dan
    baris KECIL-SEMINAR rencana Kesehatan; e-learning pada baris KECIL-E-LEARNING rencana Kesehatan)': each lower
    method its step leaves to its own row (lagging_gain.to_review), with the 9.2 recommendation (its number in
    ``ranked``) that names the dinas's pair, where one does, and the row of the dinas's plan; '' where none is left."""
    out: dict[str, str] = {}
    for item in lagging_gain.listed(hasil):
        review = lagging_gain.to_review(item, lagging_gain.own_rows_of(hasil, item.dinas))
        left = [m["metode"] for m in lagging_gain.lower_methods(item) if m["metode"] not in review]
        places = [t("le_item", lang, metode=label(metode, lang), tempat=_place(hasil, ranked, item.dinas, metode, lang))
                  for metode in left]
        if places:
            out[item.dinas] = t("le_pointer", lang, daftar="; ".join(places), n=len(places))
    return out


def _place(hasil: Hasil, ranked: Sequence[recommendation.Recommendation], dinas: str, metode: str,
           lang: str) -> str:
    """'rekomendasi 3 dan baris KECIL-SEMINAR rencana Kesehatan', or the row alone where no 9.2 recommendation
    names the dinas's pair (a method the province's record gives no finding of its own: its plan's row only)."""
    rule = _row_rule(hasil, dinas, metode)
    row = t("pl_dinas_row", lang, kode=f"{plan_indicators.MEASURED[rule].code}-{metode.upper()}",
            dinas=short_name_in(dinas, lang), n=1)
    number = next((position for position, rec in enumerate(ranked, 1) if rec.rule == rule and rec.subject == metode
                   and _names(hasil, rec, dinas)), None)
    return phrases.and_([t("le_recommendation", lang, k=number), row], lang) if number else row


def _row_rule(hasil: Hasil, dinas: str, metode: str) -> str:
    """The rule of the dinas's own row on ``metode``: stop (its pair spent without gain) or redesign."""
    money: Any = hasil["anggaran_vs_peningkatan"]
    stopped = any(r["dinas"] == dinas and r["metode"] == metode for r in money.get(ROW_KINDS["rec_stop"], []))
    return "rec_stop" if stopped else "rec_little"


def _names(hasil: Hasil, rec: recommendation.Recommendation, dinas: str) -> bool:
    """Whether a stop-or-redesign recommendation takes in the dinas's pair: the province's own row on the method
    (a dinas's money is inside it) or a row of that dinas."""
    money: Any = hasil["anggaran_vs_peningkatan"]
    rows = money.get(ROW_KINDS[rec.rule], [])
    return any(r["metode"] == rec.subject and r["dinas"] in (None, dinas) for r in rows)
