"""One estimate in words: its direction from the 95% interval, the interval, the point estimate shown
with the decimals of its kind of figure (fmt.figures, constants.DECIMALS), a size with its interval, and a
list joined the way each language joins it. The sentences of the summary (narrative), of the uncertainty
(uncertainty) and of the chapters are built from these.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from evalasn import constants
from evalasn.analysis import certainty
from evalasn.analysis.contract import Interval
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.report.words import fmt, reasons
from evalasn.report.words.text import LABELS, label, t

_DIRECTION = {certainty.UP: "up", certainty.UNSURE: "flat", certainty.DOWN: "down"}


def direction(interval: Interval | None) -> str | None:
    """'up', 'down' or 'flat' from an estimate's interval (analysis.certainty.gain_status; a gain reads the answer
    its record holds, `status_kenaikan`); None without enough data."""
    if not interval or not interval.get("cukup_data"):
        return None
    recorded = cast(Mapping[str, Any], interval).get("status_kenaikan")
    status = recorded or certainty.gain_status(interval["ci_bawah"], interval["ci_atas"])
    return _DIRECTION.get(status or "", "flat")


def ci(interval: Interval, lang: str, kind: str = "poin_tes") -> str:
    """'rentang keyakinan 95%: 1,2 s.d. 3,4', its ends printed as figures of ``kind`` (fmt.figures: one scale word
    for money, the scale the estimate is printed in too: ``estimate``)."""
    low, high = interval.get("ci_bawah"), interval.get("ci_atas")
    if low is None or high is None:
        return ""
    shown = fmt.figures((low, high), kind, lang) if kind not in fmt.MONEY_KINDS \
        else _alike(interval, kind, lang)[1:]
    return fmt.interval_text(shown[0], shown[1], lang)


def estimate(interval: Interval, lang: str, kind: str = "poin_tes") -> str:
    """The point estimate printed as a figure of ``kind``, as its interval's ends are (fmt.figures)."""
    return _alike(interval, kind, lang)[0]


def _alike(interval: Interval, kind: str, lang: str) -> list[str]:
    """The estimate and both ends of ``interval`` printed together (money in one scale word)."""
    return fmt.figures((interval["estimasi"], interval.get("ci_bawah"), interval.get("ci_atas")), kind, lang)


def size_with_ci(interval: Interval, lang: str, kind: str = "poin_tes") -> dict[str, str]:
    """For '{besar} poin {arah} ({ik})': the size, 'higher'/'lower' and the interval of the size
    (for 'lower', the interval of the drop, so that sentence and interval agree in sign)."""
    value, (low, high) = point(interval), bounds(interval)
    if value < 0:
        low, high = -high, -low
    return {"besar": fmt.figures((abs(value), low, high), kind, lang)[0],
            "arah": t("lower" if value < 0 else "higher", lang),
            "ik": fmt.interval(low, high, kind, lang)}


def signed_with_ci(interval: Interval, lang: str, kind: str = "poin_tes") -> dict[str, str]:
    """For 'a {arah} gain: {besar} points per … ({ik})': the signed estimate, its signed interval (the same sign
    convention as the estimate beside it) and 'higher'/'lower' (LOOK37b M-16: the resistance slope read "1.8 points
    lower (95% CI: 0.1 to 3.4)" in one report and "−0.4 …; 95% CI: −2.0 to 1.3" in another)."""
    return {"besar": estimate(interval, lang, kind), "ik": ci(interval, lang, kind),
            "arah": t("lower" if point(interval) < 0 else "higher", lang)}


def value_with_ci(interval: Interval | None, lang: str, kind: str = "poin_tes") -> str:
    """'8,1 (rentang keyakinan 95%: 7,5 s.d. 8,7; n = 120)', or 'belum dapat dihitung: <the reason>'."""
    if not interval or not interval.get("cukup_data"):
        return reasons.not_enough(interval, lang)
    return f"{estimate(interval, lang, kind)} ({ci(interval, lang, kind)}; n = {fmt.integer(interval['n'], lang)})"


def cell_with_ci(interval: Interval | None, lang: str, kind: str = "poin_tes") -> str:
    """An estimate in a table cell whose header says '95% interval': '2,6 (1,6–3,7); n = 2.364', the interval in
    the style of every other cell (fmt.span), or the reason; ``value_with_ci`` is the same inside a sentence."""
    if not interval or not interval.get("cukup_data"):
        return reasons.not_enough(interval, lang)
    value, low, high = _alike(interval, kind, lang)
    return f"{value} ({fmt.span(low, high, lang)}); n = {fmt.integer(interval['n'], lang)}"


def share_with_ci(interval: Interval | None, lang: str) -> str:
    return value_with_ci(interval, lang, "proporsi")


def with_range(value: str, low: str, high: str) -> str:
    """'64,7 (61,9–67,6)': a value with its 95% interval as a table cell shows it, kept on one line (no break at the
    space or after the dash)."""
    return f"{value}\u00a0({low}–\u2060{high})"


def percent_range(percent: float, low: float, high: float, lang: str, count: int | None = None,
                  who: str = "") -> str:
    """'4,3% (0,8–21,0)': a unit's share in percent with its 95% interval, as BAB II's table of the lowest units
    prints it and as the summary names those units (one rendering: reader review 3, item 22); with the count
    (``count`` ``who``) it is a share of, inside the brackets: '4,3% (0,8–21,0; 23 PNS)' (a list item carries its
    n: P3, session 8)."""
    value = fmt.figure(percent, "persen", lang)
    low_text, high_text = fmt.figures((low, high), "persen", lang, sign=False)
    if count is None:
        return with_range(value, low_text, high_text)
    return f"{value}\u00a0({low_text}–\u2060{high_text}; {fmt.integer(count, lang)}\u00a0{who})"


def aside(text: str, note: str) -> str:
    """``text`` with ``note`` said beside it: in brackets, or after a semicolon when ``text`` already ends in a bracket
    (LOOK12 K-7: "(median data evaluasi) (berdasarkan estimasi provinsi)" in a plan cell read as a pasting seam) or
    ``note`` holds brackets of its own (LOOK14 P-7: "(lanjutan …: −2,6 (−3,7 s.d. −1,5): …, target ≥ 0,0 poin
    (setidaknya rata-rata provinsi) belum tercapai)", three levels)."""
    if not note:
        return text
    return f"{text}; {note}" if text.rstrip().endswith(")") or "(" in note else f"{text} ({note})"


def bracketed(text: str, note: str) -> str:
    """``text`` with ``note`` in brackets after it, inside ``text``'s own closing bracket when it ends in one: '≤ Rp
    238.866 (target rencana provinsi 2024; rencana tindak lanjut 2024, BAB X)', never two brackets side by side
    ('… (target rencana provinsi 2024) (rencana tindak lanjut 2024, BAB X)' in Tabel 1, LOOK15 Q-1 residue); aside
    when its bracket holds one of its own."""
    if text.endswith(")") and text.count("(") == text.count(")") == 1:
        return f"{text[:-1]}; {note})"
    return aside(text, note)


def method_noun(metode: str, lang: str) -> str:
    """A method as the object of a finding or recommendation: English plural where the method is countable ('Rp 974
    million on seminars', 'Redesign workshops'; LOOK9 #20), the label otherwise (tables and plan rows keep it)."""
    return label(f"{metode}_jamak", lang) if f"{metode}_jamak" in LABELS else label(metode, lang)


def element_name(element: str, lang: str) -> str:
    names = constants.IKM_ELEMENTS if lang == "id" else constants.IKM_ELEMENTS_EN
    return f"{element.upper()} {names[element]}"


def category_en(letter: str | None) -> str:
    return next((en for _, code, _, en in constants.IKM_CATEGORIES if code == letter), "")


def has_pppk(hasil: Mapping[str, Any]) -> bool:
    """The scope has PPPK (`pelaksanaan.jp_20.pppk.n`): only then does BAB II give them a paragraph, and may a sentence
    say they are reported apart."""
    return bool((hasil["pelaksanaan"]["jp_20"].get("pppk") or {}).get("n"))


def counted_pns(hasil: Mapping[str, Any], lang: str) -> str:
    """Who the 20 JP duty counts: 'PNS', or 'PNS dan ASN yang statusnya tidak tercatat' where the data have staff
    without a recorded status (`pelaksanaan.jp_20.n_status_tidak_diketahui`, counted with the PNS). One source for the
    PDF's unit table and target sentence and the workbook's key-figure definition (LOOK20 W-25: the workbook named the
    unrecorded status in every report, the PDF never)."""
    return counted_pns_words(status_unknown(hasil), lang)


def status_unknown(hasil: Mapping[str, Any]) -> bool:
    """The data have ASN without a recorded status, counted with the PNS in the 20 JP duty."""
    return bool(((hasil.get("pelaksanaan") or {}).get("jp_20") or {}).get("n_status_tidak_diketahui"))


def counted_pns_words(unknown: bool, lang: str) -> str:
    return t("i_counted_pns_unknown" if unknown else "i_counted_pns", lang)


def unrecorded_cost(hasil: Mapping[str, Any], lang: str, only: frozenset[str] | None = None) -> str:
    """The year's activities without a recorded cost by method (`kegiatan_per_metode[].kegiatan_tanpa_biaya`,
    analysis.budget.recorded_cost): '15 kegiatan seminar dan 2 kegiatan pelatihan'; '' when there are none (or for
    results written before the count). ``only``: these methods alone."""
    rows = [r for r in hasil["pelaksanaan"]["kegiatan_per_metode"] if r.get("kegiatan_tanpa_biaya")
            and (only is None or r["metode"] in only)]
    return and_([t("cost_unrecorded_item", lang, k=fmt.integer(r["kegiatan_tanpa_biaya"], lang),
                   metode=label(r["metode"], lang)) for r in rows], lang)


def unrecorded_count(hasil: Mapping[str, Any]) -> int:
    """How many of the year's activities have no recorded cost (the count unrecorded_cost lists by method)."""
    return sum(r.get("kegiatan_tanpa_biaya") or 0 for r in hasil["pelaksanaan"]["kegiatan_per_metode"])


def and_(items: list[str], lang: str) -> str:
    """'a, b dan c' (id) or 'a, b and c' (en); in English with a comma before the last 'and' when an item has an
    'and' of its own ('Highways, Youth and Sports, and Fire and Rescue', not '… Sports and Fire and Rescue')."""
    word = " dan " if lang == "id" else " and "
    if lang != "id" and len(items) > 1 and any(" and " in item for item in items):
        word = ", and "
    return word.join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)
