"""Numbers, money, percentages, intervals and dates as Indonesian (and English) readers write them.

Indonesian: decimal comma, thousands point, "Rp 1,2 miliar", "Rp 450 juta", "12,5%",
"28 November 2026". English: "Rp 1.2 billion", "12.5%", "28 November 2026".
"""

from __future__ import annotations

import datetime as dt
import math

from evalasn import constants
from evalasn.report.words.text import label

MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
MONEY_UNITS = {
    "id": ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"), (1e3, "ribu")),
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")),
}
DASH = "–"


def number(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """12345.678 -> '12.345,7' (id) or '12,345.7' (en); None -> '–'."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return DASH
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text.replace("-", "−")


def beside(value: float | None, threshold: float, decimals: int, lang: str = "id") -> str:
    """A value compared with a threshold, with ``decimals`` or as many more (up to CI_EXTRA_DECIMALS + 2) as it
    takes for the printed value to stand on the threshold's side the value stands on: 3.0595 against 3.0644
    -> '3,06' (below, as printed), 3.0645 -> '3,0645' (not below; '3,06' would read below)."""
    if value is None or not math.isfinite(value):
        return number(value, decimals, lang)
    return number(value, beside_decimals(value, threshold, decimals), lang)


def beside_decimals(value: float, threshold: float, decimals: int) -> int:
    """The decimals ``beside`` prints ``value`` with."""
    shown = decimals
    while shown < decimals + CI_EXTRA_DECIMALS + 2 and (round(value, shown) < threshold) != (value < threshold):
        shown += 1
    return shown


def element(value: float | None, lang: str = "id") -> str:
    """A service element's mean (1-4) beside the weak-element threshold (constants.ELEMENT_DECIMALS, beside)."""
    return beside(value, constants.WEAK_ELEMENT_THRESHOLD, constants.ELEMENT_DECIMALS, lang)


def element_decimals(value: float) -> int:
    """The decimals ``element`` prints ``value`` with (a follow-up target is kept as it is printed)."""
    return beside_decimals(value, constants.WEAK_ELEMENT_THRESHOLD, constants.ELEMENT_DECIMALS)


def element_threshold(lang: str = "id") -> str:
    """The weak-element threshold as the regulation prints it: '3,0644'."""
    return number(constants.WEAK_ELEMENT_THRESHOLD, constants.WEAK_ELEMENT_THRESHOLD_DECIMALS, lang)


def ikm(value: float | None, lang: str = "id") -> str:
    """A converted IKM or an end of its interval, always to constants.IKM_DECIMALS: 69.254 -> '69,25', as its
    category is judged (analysis.ikm.category), never widened or shortened by the interval."""
    return number(value, constants.IKM_DECIMALS, lang)


def integer(value: float | None, lang: str = "id") -> str:
    return number(value, 0, lang)


def percent(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A value already in percent: 12.5 -> '12,5%'."""
    return DASH if value is None else f"{number(value, decimals, lang)}%"


def percent_of(part: float, whole: float, lang: str = "id") -> str | None:
    """A count's share of a count, with a decimal where it has one: 1 of 8 -> '12,5%', 1 of 3 -> '33,3%',
    4 of 8 -> '50%'; None when ``whole`` is zero (no share to show)."""
    if not whole:
        return None
    value = 100.0 * part / whole
    return percent(value, 0 if abs(value - round(value)) < 1e-9 else 1, lang)


def share(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A share 0-1 as percent: 0.125 -> '12,5%'."""
    return DASH if value is None else percent(value * 100, decimals, lang)


def rupiah(value: float | None, lang: str = "id") -> str:
    """Rp with a word for the scale: 1.2e9 -> 'Rp 1,2 miliar'; below a thousand in full."""
    if value is None or not math.isfinite(value):
        return DASH
    sign = "−" if value < 0 else ""
    amount = abs(value)
    for size, word in MONEY_UNITS[lang]:
        if amount >= size and word not in ("ribu", "thousand"):
            decimals = 0 if amount / size >= 100 else 1
            return f"{sign}Rp {number(amount / size, decimals, lang)} {word}"
    return f"{sign}Rp {integer(amount, lang)}"


COMPACT_UNITS = {
    "id": ((1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")),
    "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")),
}


def compact(value: float | None, lang: str = "id") -> str:
    """A short number for an axis tick: 200000 -> '200 rb' / '200k', 1.5e6 -> '1,5 jt' / '1.5m';
    at most one decimal, none when it is zero; never scientific notation."""
    if value is None or not math.isfinite(value):
        return DASH
    amount = abs(value)
    sign = "−" if value < 0 else ""
    for size, word in COMPACT_UNITS[lang]:
        if amount >= size:
            scaled = amount / size
            decimals = 0 if abs(scaled - round(scaled)) < 0.05 or scaled >= 100 else 1
            return f"{sign}{number(scaled, decimals, lang)}{word}"
    decimals = 0 if abs(amount - round(amount)) < 1e-9 else 1
    return f"{sign}{number(amount, decimals, lang)}"


# a share of persons in a sentence ("77,6% peserta nilainya naik") has one decimal whatever its interval's width, so
# the same quantity reads alike in every agency's and the province's report ("95%" beside "77,6%", REVIEW3 #24)
PERSON_SHARE_DECIMALS = 1
CI_MIN_STEPS = 5  # an interval shown spans at least 5 steps of its last digit ("2,00 s.d. 2,14", not "2,0 s.d. 2,1")
CI_EXTRA_DECIMALS = 2  # ... with at most two decimals more than asked for


def ci_decimals(low: float | None, high: float | None, decimals: int = 1) -> int:
    """Decimals to show an interval (and its estimate) with: ``decimals``, or more when the
    interval is so narrow that its ends would look equal or nearly so."""
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)) or high == low:
        return decimals  # a zero-width interval (everyone 0 JP) gains nothing from more decimals
    shown = decimals
    while shown < decimals + CI_EXTRA_DECIMALS and abs(high - low) * 10 ** shown < CI_MIN_STEPS:
        shown += 1
    return shown


def interval(low: float | None, high: float | None, decimals: int = 1, lang: str = "id", unit: str = "",
             formatter=None) -> str:
    """'95% CI 1,2–3,4' in the reader's words ('rentang keyakinan 95%: 1,2 s.d. 3,4'); a narrow interval gets
    more decimals (ci_decimals)."""
    if low is None or high is None:
        return ""
    shown = ci_decimals(low, high, decimals)
    show = formatter or (lambda v: number(v, shown, lang) + unit)
    return f"{label('ik95_in_text', lang)}: {show(low)} {label('ik_to', lang)} {show(high)}"


def span(low: str, high: str, lang: str = "id", joiner: str = "–") -> str:
    """Two formatted ends of a range in a cell: '1,2–3,4'; with a negative end '−2,7 s.d. −0,5' (a dash
    beside a minus sign reads as one more minus: '−2,7–−0,5')."""
    if low.startswith(("−", "-")) or high.startswith(("−", "-")):
        return f"{low} {label('ik_to', lang)} {high}"
    return f"{low}{joiner}{high}"


def date(value: dt.date | dt.datetime | str, lang: str = "id") -> str:
    """2026-11-28 -> '28 November 2026'."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def days_between(after: dt.date | dt.datetime | str, before: dt.date | dt.datetime | str, lang: str = "id") -> str:
    """The days strictly between two dates, first and last stated inclusively: ('2024-12-31', '2025-07-01') ->
    '1 Januari–30 Juni 2025' (an activity window whose ends are excluded, analysis.treatment.exposure; 'antara 31
    Desember 2024 dan 1 Juli 2025' read as if 31 December were in it, reader review 4, item 17)."""
    first, last = (dt.date.fromisoformat(v[:10]) if isinstance(v, str) else
                   v.date() if isinstance(v, dt.datetime) else v for v in (after, before))
    first, last = first + dt.timedelta(days=1), last - dt.timedelta(days=1)
    if first > last:  # no whole day between them: the two ends as given
        return f"{date(after, lang)}–{date(before, lang)}"
    if first == last:
        return date(first, lang)
    head = (str(first.day) if (first.year, first.month) == (last.year, last.month) else
            f"{first.day} {MONTHS[lang][first.month - 1]}" if first.year == last.year else date(first, lang))
    return f"{head}–{date(last, lang)}"


def p_value(value: float | None, lang: str = "id") -> str:
    if value is None:
        return DASH
    if value < 0.001:
        return "p < 0,001" if lang == "id" else "p < 0.001"
    return f"p = {number(value, 3, lang)}"
