"""PPPK above the JP cap of PP 49/2018 Pasal 39 (constants.PPPK_JP_MAXIMUM_PER_YEAR): one record of the count, and
the rule of the summary's finding (2), BAB IX's conclusion and recommendation, BAB VII's targets table and BAB X's
row PPPK-JP, which all read it (R6-32; LOOK26 X-1: under constants.MIN_N PPPK the share has no interval, so a rule
asking for one dropped a breach of the regulation costing 5-8% of the programme from all of them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import ProportionEstimate
from evalasn.report.words import fmt
from evalasn.report.words.text import t


@dataclass(frozen=True)
class Count:
    """The scope's PPPK above the cap: a count of every PPPK (a census, not a sample: `jumlah_di_atas_batas`)."""

    over: int  # PPPK with more JP than the cap
    every: int  # every PPPK of the scope
    share: ProportionEstimate | None  # their share with its 95% interval; None where withheld (too few PPPK)
    cost: float | None  # what the lesson hours beyond the cap cost (`biaya_di_atas_batas_rp`), None without a cost

    @property
    def percent(self) -> float:
        """The share of every PPPK above the cap, in percent, from the count."""
        return 100.0 * self.over / self.every

    def census(self, lang: str) -> str:
        """The count as every table and finding prints a share without an interval: '2 dari 7 PPPK (28,6%;
        hitungan, tanpa rentang)' (BAB X's rows, the trend table's row, the finding's last year: LOOK32 D-1)."""
        return t("pl_now_census", lang, k=fmt.integer(self.over, lang), n=fmt.integer(self.every, lang),
                 persen=fmt.percent(self.percent, 1, lang))


def count(hasil: Hasil) -> Count | None:
    """The count of PPPK above the cap; None without PPPK, or without the count (results that lack it and the
    share's own count)."""
    pppk = hasil["pelaksanaan"]["jp_20"].get("pppk")
    if not pppk or not pppk.get("n"):
        return None
    share = pppk.get("di_atas_batas") or None
    over = pppk.get("jumlah_di_atas_batas")
    over = over if over is not None else (share or {}).get("jumlah")
    if over is None:
        return None
    interval = share if share and share.get("cukup_data") and share.get("ci_bawah") is not None else None
    return Count(int(over), int(pppk["n"]), interval, pppk.get("biaya_di_atas_batas_rp"))


def of_share(share: object) -> Count | None:
    """The count a share of PPPK above the cap carries (`tren[].pppk_di_atas_batas`: its `jumlah` at any n, its
    interval from constants.MIN_N PPPK); None without PPPK (n 0), without the count or without the share (a year
    missing)."""
    if not isinstance(share, Mapping) or not share.get("n") or share.get("jumlah") is None:
        return None
    interval = cast(ProportionEstimate, share) if share.get("cukup_data") and share.get("ci_bawah") is not None \
        else None
    return Count(int(share["jumlah"]), int(share["n"]), interval, None)


def over_cap(hasil: Hasil) -> Count | None:
    """The count when rule (2) holds, else None: where the share has a 95% interval, its whole interval above zero;
    where it has none (fewer than constants.MIN_N PPPK), at least one PPPK above the cap in the count of them all.
    A count of everyone is no estimate: the breach is a fact without an interval, as a 100% target on a count of
    everyone is judged by the count (report.facts.judge_values)."""
    found = count(hasil)
    if found is None:
        return None
    if found.share is not None:
        low = found.share["ci_bawah"]
        return found if low is not None and low > 0 else None
    return found if found.over > 0 else None


def unjudged_change(before: Count, after: Count, tahun: int, lang: str) -> str | None:
    """The trend table's change cell for two years' counts when either has no interval (fewer than constants.MIN_N
    PPPK, so the analysis records no change: `selisih_tahun_lalu` holds none), with why it has no verdict: '2 → 4
    dari 7 PPPK (hitungan; tidak dinilai: kurang dari 10 PPPK)', the year named when only one has too few ('… pada
    2025'); ``tahun`` the evaluated year, ``before`` the year before's count. The counts of both years, as the
    finding's 'Pada 2024: 2 dari 7 PPPK …' and BAB X give them (LOOK34 F-5: a bare '–'); the reason in the cell, no
    longer than the row's year cells (a note under the table moved PPAPP's trend figure to a page of its own). None
    when both have an interval (their change is the record's)."""
    if before.share is not None and after.share is not None:
        return None
    number = lambda value: fmt.integer(value, lang)  # noqa: E731
    if before.every == after.every:
        counts = t("pos_change_pppk_counts_same", lang, dulu=number(before.over), kini=number(after.over),
                   n=number(after.every))
    else:
        counts = t("pos_change_pppk_counts", lang, dulu=number(before.over), n_dulu=number(before.every),
                   kini=number(after.over), n=number(after.every))
    few = [year for year, found in ((tahun - 1, before), (tahun, after)) if found.share is None]
    key = "pos_change_pppk_unjudged" if len(few) == 2 else "pos_change_pppk_unjudged_year"
    return t(key, lang, hitungan=counts, min=number(constants.MIN_N), tahun=few[0])
