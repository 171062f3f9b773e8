"""Numbers, money, percentages, intervals and dates as Indonesian (and English) readers write them.

Indonesian: decimal comma, thousands point, "Rp 1,06 miliar", "Rp 450 juta", "12,5%",
"28 November 2026". English: "Rp 1.06 billion", "12.5%", "28 November 2026".
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

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
    """A value compared with a threshold, with ``decimals`` or as many more (up to BESIDE_EXTRA_DECIMALS) as it
    takes for the printed value to stand on the threshold's side the value stands on: 3.0595 against 3.0644
    -> '3,06' (below, as printed), 3.0645 -> '3,0645' (not below; '3,06' would read below)."""
    if value is None or not math.isfinite(value):
        return number(value, decimals, lang)
    return number(value, beside_decimals(value, threshold, decimals), lang)


def beside_decimals(value: float, threshold: float, decimals: int, off_line: bool = False) -> int:
    """The decimals ``beside`` prints ``value`` with: ``decimals``, or as many more (up to BESIDE_EXTRA_DECIMALS) as it
    takes to print on the threshold's side the value stands on; ``off_line``: and, for a value not on the threshold,
    not on it either (an interval's end where a verdict rests on the interval excluding the line: 0.0224 against 0 ->
    2, '0,02' not '0,0', LOOK35 H-2; 74.96 against 75 -> 2; a ratio not 1 not printed as 1, ``times``)."""
    shown = decimals
    while shown < decimals + BESIDE_EXTRA_DECIMALS and (
            (round(value, shown) < threshold) != (value < threshold)
            or (off_line and value != threshold and round(value, shown) == threshold)):
        shown += 1
    return shown


def ends(low: float | None, high: float | None, kind: str, lang: str = "id", line: float | None = 0.0,
         sign: bool = False) -> tuple[str, str]:
    """The two ends of a figure's 95% interval printed as ``figures`` prints them, where a verdict beside them rests on
    the interval excluding ``line`` (in the figure's own unit: a share 0-1, a score; zero for a change): an end not
    on the line printed with as many more decimals as it takes not to read on it or across it (beside_decimals:
    0.000224 'proporsi' -> '0,02'; money keeps rupiah_alike, whose smallest amount is never shown as zero). The one
    formatter of every interval printed with such a verdict (a change from last year: year_difference.parts)."""
    shown = figures((low, high), kind, lang, sign)
    if line is None or kind in MONEY_KINDS or kind == "skor_1_4":
        return shown[0], shown[1]
    scale = PERCENT_KINDS.get(kind)
    out = []
    for value, text in zip((low, high), shown, strict=True):
        if value is None or not math.isfinite(value):
            out.append(text)
            continue
        factor = scale if scale is not None else 1.0
        places = beside_decimals(value * factor, line * factor, decimals(kind), off_line=True)
        if places == decimals(kind):
            out.append(text)
        else:
            printed = number(value * factor, places, lang)
            out.append(f"{printed}%" if scale is not None and sign else printed)
    return out[0], out[1]


def times(ratio: float | None, lang: str = "id") -> str:
    """An "N kali" ratio (en "N times"): TIMES_DECIMALS, or as many more (up to BESIDE_EXTRA_DECIMALS) as it takes
    for a ratio that is not 1 not to print as 1: 1.038 -> '1,04', 0.96 -> '0,96', 1.0004 -> '1,0004', 2.94 -> '2,9'
    (LOOK33 E-2: "ujung bawah ... pun masih 1,0 kali ujung atas" for 535.723 / 516.044 read as equal ends)."""
    if ratio is None or not math.isfinite(ratio):
        return number(ratio, TIMES_DECIMALS, lang)
    return number(ratio, beside_decimals(ratio, 1, TIMES_DECIMALS, off_line=True), lang)


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


def percent_target(value: float, higher_better: bool | None = None, lang: str = "id") -> str:
    """A target in percent, with its direction unless ``higher_better`` is None (a sentence that says 'target'), as
    every table, sentence and workbook prints it: with the decimals of the percent values it is compared with, a whole
    one too ('≥ 95,0%', '≤ 13,0%', '≤ 0,0%' beside '16,3%'; '(kini 73,5%; target 100,0%)'; LOOK35 G-11(c): '≤ 13%'
    sat beside '16,3%' and '13,0%' in one column, and Pendidikan printed '≤ 13,1%')."""
    shown = percent(value, decimals("persen"), lang)
    return shown if higher_better is None else f"{'≥' if higher_better else '≤'} {shown}"


def percent_of(part: float, whole: float, lang: str = "id", column: bool = False) -> str | None:
    """A count's share of a count, with a decimal where it has one: 1 of 8 -> '12,5%', 1 of 3 -> '33,3%',
    4 of 8 -> '50%'; ``column``: always one decimal, as a table column or the index's cells show them one under
    another ('50,0%', '0,0%' beside '12,5%': LOOK10 N-18); None when ``whole`` is zero (no share to show)."""
    if not whole:
        return None
    exact = Fraction(100 * int(part), int(whole)) if float(part).is_integer() and float(whole).is_integer() else None
    if exact is None:
        value = 100.0 * part / whole
        return percent(value, 0 if abs(value - round(value)) < 1e-9 and not column else 1, lang)
    if exact.denominator == 1:
        return percent(float(exact), 1 if column else 0, lang)
    # a count's share rounded half up, as a reader checking by hand (or Excel's ROUND) does: 1 of 16 is 6,3%, not
    # the 6,2% of binary half-to-even rounding (REVIEW5 D12)
    tenths = math.floor(exact * 10 + Fraction(1, 2))
    return percent(tenths / 10, 1, lang)


def share(value: float | None, decimals: int = 1, lang: str = "id") -> str:
    """A share 0-1 as percent: 0.125 -> '12,5%'."""
    return DASH if value is None else percent(value * 100, decimals, lang)


def rupiah(value: float | None, lang: str = "id") -> str:
    """Rp with a word for the scale, three significant figures: 1.062e9 -> 'Rp 1,06 miliar', 21.2e9 -> 'Rp 21,2
    miliar'; below a million in full ('Rp 405.194')."""
    return rupiah_alike((value,), lang)[0]


def rupiah_full(amount: int, lang: str = "id") -> str:
    """A whole amount to the rupiah, without a scale word ('Rp 2.708.738'): a cost per participant or a ceiling the
    reader divides or compares exactly; the caller rounds it (cost_basis.per_participant: as BAB IV's tables do)."""
    return f"Rp {number(amount, 0, lang)}"


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


# ``beside`` shows a value with at most this many decimals more than asked for, to stand on the threshold's side
BESIDE_EXTRA_DECIMALS = 4
# money in a scale word keeps this many significant figures, the smallest amount shown with it ('Rp 1,06 miliar',
# 'Rp 24,7 miliar', 'Rp 845 juta'; LOOK35 H-3: 'Rp 1,1 miliar' for 1.062.000.000)
MONEY_SIGNIFICANT = 3
# an "N kali" ratio (times): a tenth, as the cost per point's "1,9 kali"; more only where it would print as 1
TIMES_DECIMALS = 1
MONEY_KINDS = ("rp", "rp_per_peserta", "rp_per_poin")  # units of the results contract written as rupiah
PERCENT_KINDS = {"proporsi": 100.0, "persen": 1.0}  # written in percent: a share 0-1 times 100, a percent as is


def decimals(kind: str) -> int:
    """The decimals every report prints a figure of ``kind`` (a unit of the results contract) with:
    constants.DECIMALS, the one place each is declared with its reason."""
    return constants.DECIMALS[kind]


def figure(value: float | None, kind: str, lang: str = "id", sign: bool = True) -> str:
    """One figure of ``kind`` as every report prints it: 0.776 'proporsi' -> '77,6%', 3.8437 'skor_1_5' -> '3,84',
    405194.2 'rp_per_poin' -> 'Rp 405.194'; ``sign=False`` leaves out '%' (a column whose header says it)."""
    return figures((value,), kind, lang, sign)[0]


def figures(values, kind: str, lang: str = "id", sign: bool = True) -> list[str]:
    """Figures of one ``kind`` printed alike (an estimate and the ends of its interval): each with the kind's
    decimals (an SKM element's with more where fewer would put it on the wrong side of the threshold: element);
    money with one scale word for all of them, the scale of the smallest (rupiah_alike)."""
    if kind in MONEY_KINDS:
        return rupiah_alike(values, lang)
    scale = PERCENT_KINDS.get(kind)
    shown = decimals(kind)
    out = []
    for value in values:
        if value is None or not math.isfinite(value):
            out.append(DASH)
        elif kind == "skor_1_4":  # an SKM element mean: on the weak-element threshold's side it stands on (element)
            out.append(element(value, lang))
        elif scale is not None:
            text = number(value * scale, shown, lang)
            out.append(f"{text}%" if sign else text)
        else:
            out.append(number(value, shown, lang))
    return out


def rupiah_alike(values, lang: str = "id") -> list[str]:
    """Amounts shown together (an estimate and its interval) in one unit: the scale word ``rupiah`` gives the
    smallest of them, so no end reads zero and no interval mixes units: 363113, 230943 and 2301234 ->
    'Rp 363.113', 'Rp 230.943', 'Rp 2.301.234' (not '... Rp 2,3 juta'); 1.2e9 and 8e8 -> 'Rp 1.200 juta',
    'Rp 800 juta'; all with the decimals that give the smallest MONEY_SIGNIFICANT figures ('Rp 90,1 juta',
    'Rp 250,0 juta'; 'Rp 1,06 miliar')."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return [DASH for _ in values]
    smallest = min(finite)
    size, word = next(((size, word) for size, word in MONEY_UNITS[lang]
                       if smallest >= size and word not in ("ribu", "thousand")), (1.0, ""))
    # at least MONEY_SIGNIFICANT figures for the smallest: a ceiling of 1.062e9 is 'Rp 1,06 miliar', not 'Rp 1,1
    # miliar', from which the printed realisation's share cannot be recomputed (LOOK35 H-3); parts add to their total
    places = 0 if size == 1.0 else max(0, MONEY_SIGNIFICANT - len(str(int(min(finite) / size))))
    out = []
    for value in values:
        if value is None or not math.isfinite(value):
            out.append(DASH)
            continue
        sign = "−" if value < 0 else ""
        amount = number(abs(value) / size, places, lang)
        out.append(f"{sign}Rp {amount} {word}" if word else f"{sign}Rp {amount}")
    return out


def interval(low: float | None, high: float | None, kind: str = "poin_tes", lang: str = "id") -> str:
    """'rentang keyakinan 95%: 1,2 s.d. 3,4' in the reader's words, both ends printed as a figure of ``kind``
    (figures: the same decimals in every report, one scale word for money)."""
    if low is None or high is None:
        return ""
    shown_low, shown_high = figures((low, high), kind, lang)
    return interval_text(shown_low, shown_high, lang)


def low_to_high(low: str, high: str, lang: str = "id") -> str:
    """Two printed ends joined in words: '1,2 s.d. 3,4' (en '1.2 to 3.4')."""
    return f"{low} {label('ik_to', lang)} {high}"


def interval_text(low: str, high: str, lang: str = "id") -> str:
    """Two printed ends as an interval inside a sentence: 'rentang keyakinan 95%: 1,2 s.d. 3,4'."""
    return f"{label('ik95_in_text', lang)}: {low_to_high(low, high, lang)}"


def span(low: str, high: str, lang: str = "id", joiner: str = "–") -> str:
    """Two formatted ends of a range in a cell: '1,2–3,4'; with a negative end '−2,7 s.d. −0,5' (a dash
    beside a minus sign reads as one more minus: '−2,7–−0,5')."""
    if low.startswith(("−", "-")) or high.startswith(("−", "-")):
        return low_to_high(low, high, lang)
    return f"{low}{joiner}{high}"


def amount_span(low: str, high: str, lang: str = "id") -> str:
    """Two ends of a range of amounts printed alike (rupiah_alike) after the estimate that names the currency: the
    currency left out and a scale word said once, after the high end ('Rp 385.774', 'Rp 517.069' -> '385.774–517.069';
    'Rp 800 juta', 'Rp 1.600 juta' -> '800–1.600 juta'), so the range is short enough to stay whole on a line of a
    narrow column (LOOK24 V2-5: 'Rp 440.863 (Rp 385.774– / Rp 517.069)')."""
    ends = [end.replace("Rp ", "", 1) for end in (low, high)]
    scale = [end.rsplit(" ", 1)[-1] if " " in end else "" for end in ends]
    if scale[0] and scale[0] == scale[1]:
        ends[0] = ends[0].rsplit(" ", 1)[0]
    return span(ends[0], ends[1], lang)


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
    return f"p = {figure(value, 'probabilitas', lang)}"


def lower_first(text: str) -> str:
    """``text`` with its first letter in lower case, to go on inside a sentence: 'Waktu tunggu (menit)' ->
    'waktu tunggu (menit)'."""
    return text[:1].lower() + text[1:]


def capitalised(text: str) -> str:
    """A sentence that starts with a lower-case word (a method: 'seminar Rp …') with its first letter upper case."""
    return text[:1].upper() + text[1:]
