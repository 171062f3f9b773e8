"""A key figure's change from the year before as the reports print it: the analysis's record
(hasil.json `tren[].selisih_tahun_lalu`, analysis.year_change; report.facts.year_change reads it) in the figure's
unit, with its 95% interval and its verdict. One formatter for the two places that print it: the summary's clause
beside a missed target ("selisih +19,1 poin persen; rentang keyakinan 95%: 8,6 s.d. 29,6", key_findings.year_on_year)
and the trend table's change column ("+19,1 poin persen (8,6 s.d. 29,6): membaik", BAB VII 7.1), which the summary's
verdicts point to (LOOK28 Z-1: 24 of 52 "membaik"/"memburuk" had no printed difference anywhere).

A record of a count of everyone (``sensus``: budget realisation, an account) has an exact difference and no
interval; any other record without an interval has no change to print."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard

from evalasn.analysis.key_figures import HIGHER_BETTER
from evalasn.report import facts
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.words import fmt
from evalasn.report.words.text import TEXT, t

Change = Mapping[str, Any]


def verdict(change: Change | None) -> str | None:
    """"better" or "worse" when the analysis judged the change so (`membaik`: the whole 95% interval of the difference
    on that side of zero, the way the figure points; a census's exact difference by its sign), None when it holds
    zero, the verdict is withheld (`alasan_membaik`) or there is no record. The glossary's test of every two figures:
    on the interval of their difference, never on last year's point value against this year's interval, which ignores
    last year's own uncertainty (LOOK26 X-2)."""
    better = change.get("membaik") if change else None
    return None if better is None else "better" if better else "worse"


def census(change: Change | None) -> bool:
    """Whether the record is an exact difference of two counts of everyone (`sensus`), printed without an interval."""
    return bool(change and change.get("sensus") and change.get("estimasi") is not None)


def printable(change: Change | None) -> TypeGuard[Change]:
    """Whether the record has a difference to print: with both ends of its interval, or a census's without them."""
    if not change or change.get("estimasi") is None:
        return False
    return census(change) or (bool(change.get("cukup_data")) and change.get("ci_bawah") is not None
                              and change.get("ci_atas") is not None)


def parts(key: str, change: Change, lang: str) -> tuple[str, str | None, str | None]:
    """('+19,1 poin persen', '8,6', '29,6'): the signed difference with its unit (shares in percentage points, money
    as rupiah, other figures in points) and the ends of its interval, printed as the figure is (fmt.figures: its
    decimals, money in one scale word), an end near zero with the decimals that keep it off zero, which the verdict
    reads it against (fmt.ends: '0,02', not '0,0'); the ends None for a census."""
    kind = facts.kind(key)
    exact = census(change)
    ends = {"ci_bawah": change["estimasi"], "ci_atas": change["estimasi"]} if exact else {}
    found = facts.as_target_unit(key, {**change, **ends, "cukup_data": True})
    assert found is not None and printable(change)
    value = fmt.figures(found, kind, lang, sign=False)[0]
    low, high = fmt.ends(found[1], found[2], kind, lang)  # the verdict reads them against zero (LOOK35 H-2)
    unit = "" if kind in fmt.MONEY_KINDS else " " + t("kt_change_unit_" + ("persen" if kind == "persen" else "poin"),
                                                     lang)
    if not any(digit in value for digit in "123456789"):  # a difference that prints as zero has no sign
        signed = value.lstrip("−-") + unit
    else:
        signed = (f"+{value}" if found[0] > 0 else value) + unit
    return (signed, None, None) if exact else (signed, low, high)


def difference(key: str, change: Change, lang: str) -> str:
    """'selisih +19,1 poin persen; rentang keyakinan 95%: 8,6 s.d. 29,6' in a sentence, the interval its verdict
    reads (LOOK27 Y-3); a census's 'selisih −16,6 poin persen, pasti: sensus anggaran, tanpa rentang' (LOOK28
    Z-4)."""
    signed, low, high = parts(key, change, lang)
    if low is None or high is None:
        return t("kt_change_difference_census", lang, selisih=signed)
    return t("kt_change_difference", lang, selisih=signed, ik=fmt.interval_text(low, high, lang))


def cell(key: str, change: Change | None, lang: str, marks: NoteMarks) -> str:
    """The trend table's change cell: '+19,1 poin persen (8,6 s.d. 29,6): membaik', '…: memburuk', '…: belum pasti'
    (the interval holds zero), an amount's interval with its currency once as the year columns print it
    ('−Rp 20.956 (−213.619 s.d. 105.035): belum pasti'); a verdict withheld with a reason (`alasan_membaik`: a
    dinas's adjusted gain whose participants' mean did not clearly change the same way) withheld_word's 'tidak
    dinilai membaik' with the mark of why, the reason under the table (LOOK36 J-3: 'belum pasti' is the word for an
    interval that holds zero); a year's total still growing (facts.OPEN_YEAR) 'belum dapat dinilai', as Tabel
    1's status says, with its mark (LOOK30 B-5); a census's exact difference in the words of its level in Tabel 1
    (budget realisation: '−16,6 poin persen (sensus anggaran, tanpa rentang): memburuk'), 'tidak berubah' where it
    prints as zero; '–' without a record or a difference to print."""
    if not printable(change):
        return "–"
    signed, low, high = parts(key, change, lang)
    if low is None or high is None:  # in the words its level has in Tabel 1 ('88,6 (sensus anggaran, tanpa rentang)')
        said = facts.basis(key, float(change["estimasi"]), lang).strip()
        bracket = said[1:-1] if said.startswith("(") else t("pos_change_census", lang)
    elif facts.kind(key) in fmt.MONEY_KINDS:
        bracket = fmt.amount_span(low, high, lang)
    else:
        bracket = fmt.span(low, high, lang)
    found = verdict(change)
    if found is None and census(change) and not change.get("alasan_membaik"):  # without a verdict: it prints as zero
        word = t("pos_change_same", lang)
    elif found is None and change.get("alasan_membaik") == facts.OPEN_YEAR:  # as Tabel 1: not 'belum pasti'
        word = t("pos_change_open_word", lang)
    elif found is None and change.get("alasan_membaik"):  # clear of zero, its verdict withheld: not 'belum pasti'
        word = withheld_word(key, change, lang)
    else:
        word = t({"better": "pos_change_better", "worse": "pos_change_worse"}.get(found or "", "pos_change_unsure"),
                 lang)
    why = change.get("alasan_membaik") if found is None else None
    mark = marks.mark(withheld(str(why), lang)) if why else ""
    return f"{signed} ({bracket}): {word}{mark}"


def withheld(code: str, lang: str) -> str:
    """Why a change whose interval excludes zero has no verdict, for the note under the trend table: 'rentang
    selisihnya tidak memuat nol, tetapi belum pasti: rata-rata kenaikan peserta tidak jelas berubah ke arah yang sama
    (aturan (6) BAB IX)' (`alasan_membaik`, analysis.year_change.shrunk_verdict); a code without words of its own gets
    the rule alone."""
    if code == facts.OPEN_YEAR:  # a year's total still growing: no interval to speak of, a census has none
        return t("pos_change_open", lang)
    key = f"pos_change_why_{code}"
    return t("pos_change_withheld", lang, alasan=t(key, lang)) if key in TEXT else t("pos_change_withheld_rule", lang)


def withheld_word(key: str, change: Change, lang: str) -> str:
    """The verdict word of a difference whose interval excludes zero and whose verdict a rule withholds
    (`alasan_membaik`; rule (6) of BAB IX): 'tidak dinilai membaik' for one on the better side of zero, 'tidak dinilai
    memburuk' on the worse, for both the trend table's cell and BAB IX's clause (LOOK36 J-3: "belum pasti" is rule
    (6)'s word for an interval that holds zero)."""
    better = (float(change["estimasi"]) > 0) is HIGHER_BETTER.get(key, True)
    return t("pos_change_withheld_better" if better else "pos_change_withheld_worse", lang)
