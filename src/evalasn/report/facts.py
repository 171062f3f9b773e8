"""The key figures of one scope as records (issue 22.1), built once from hasil.json.

Every place that shows a key figure — the summary's Angka Kunci, BAB VII, the province's table of
dinas and the index of all reports — renders its record with the functions here, so a figure cannot
differ between them, in value or in rounding. A record holds the value with its 95% interval and n,
its definition, last year's and the first year's value (the trend: computed with this year's
definition, analysis.key_figures), the province's value, the target with its verdict, the rank with
its interval, and the reason when it cannot be computed. Which figures there are, which way is
better, which are proportions and which have a top of scale is declared once, in
analysis.key_figures.

One gain measure: a dinas's gain is the mixed model's estimate (analysis.pooling: the dinas's mean
at the province's mix of methods, drawn towards the province mean the less data it has), with its
interval and rank interval, as the province report ranks every dinas; the participants' raw mean
stays beside it (``Fact.raw``) with one sentence on why they differ. Beside it the province's figure is
the same model's province mean (`pooling.rata_provinsi`), the province participants' mean beside that
(``Fact.province_raw``): adjusted with adjusted, raw with raw. The province's own gain is that same
province mean with its participants' mean beside it, every year (REVIEW6 R6-8: its 2024 gain is the one
figure, 7,4, its plan rows and every dinas compare with). Only without the model (too few dinas, no fit)
is a gain the participants' mean alone.

How a target is judged (docs/metode.md, "Target"): met when the whole 95% interval lies on the
target's good side (at or above; for cost per point at or below); not met when the whole interval
lies on the other side; otherwise it cannot be judged, with the reason (the interval holds the target,
or the figure cannot be computed and why). A target at the top of the scale (100%) of a count of all
persons (coverage, 20 JP: every ASN or PNS is counted, a census) is judged by the count: met when
everyone counted reached it, not met otherwise. Budget realisation is an accounting figure: compared as is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from evalasn import constants
from evalasn.analysis import ikm_category, key_figures, results
from evalasn.analysis.contract import Hasil, walk
from evalasn.analysis.contract import comparison as comparison_contract
from evalasn.analysis.contract.fields import FIELDS
from evalasn.report.config import Target
from evalasn.report.words import fmt, names, narrative, phrases, reasons, uncertainty
from evalasn.report.words.text import TEXT, label, t

if TYPE_CHECKING:  # the records are built from a context's fields; the index builds them without one
    from evalasn.report.context import Context

KEYS = key_figures.KEYS
# the share of PPPK above the 24-JP cap: not a key figure, a row of the trend table under them (LOOK31 C-1)
PPPK_OVER_CAP = comparison_contract.PPPK_OVER_CAP
# proportions 0-1 in hasil.json, percent in targets and tables
SHARES = (*key_figures.SHARES, PPPK_OVER_CAP)
TOP_OF_SCALE = key_figures.TOP_OF_SCALE
YEAR_TOTALS = key_figures.YEAR_TOTALS
# the province's figure is a sum over the dinas that have it (budget rows), not an estimate over everyone: its cell
# says over how many dinas when some have none (REVIEW7 R7-12)
SUMMED_OVER_DINAS = ("persen_realisasi",)
# the adjusted gain where a row names the measure it holds (hasil.json's word for it: `tren[].gain_model`); "gain"
# there is the participants' mean (LOOK22 Y-3)
ADJUSTED_GAIN = "gain_model"


def name_label(measure: str) -> str:
    """The label naming a row of key figure ``measure`` (a key, or ADJUSTED_GAIN): the gain's says which measure it
    is, the participants' mean or the mixed model's estimate (Fact.name; the workbook's key-figure rows)."""
    return {"gain": "gain_raw", ADJUSTED_GAIN: "gain_adjusted"}.get(measure, f"kf_{measure}")


def kind(key: str) -> str:
    """The kind of figure (a unit of the results contract) a key figure is printed as in the target's unit, where
    shares are percent (fmt.figures, constants.DECIMALS): its unit in `tren[]`, the field's own for a plain number."""
    doc = walk.object_docs().get(f"tren[].{key}")
    unit = doc.unit if doc else FIELDS[key].unit
    return "persen" if unit == "proporsi" else unit

Figure = Any  # an estimate-like record (Interval, KeyIkm), a plain number (persen_realisasi) or None


@dataclass(frozen=True)
class Verdict:
    status: str  # "met", "not_met", "cannot"
    why: str = ""  # for "cannot": the reason
    provisional: bool = False  # a total of a year not over on the report's date (not_over)
    # a row measured in several populations (a province row about some dinas): each one's name and own verdict,
    # said one by one where they differ (LOOK22 Y-6: "belum tercapai" stood for Bina Marga's unjudged 2,8 too)
    parts: tuple[tuple[str, Verdict], ...] = ()

    def text(self, lang: str) -> str:
        if self.split():
            return "; ".join(f"{name}: {verdict.text(lang)}" for name, verdict in self.parts)
        word = t({"met": "status_met", "not_met": "status_not_met", "cannot": "status_cannot",
                  "not_applicable": "status_not_applicable"}[self.status], lang)
        return f"{word} ({self.why})" if self.why else word

    def cell(self, lang: str) -> str:
        """``text`` for a table whose note gives the rule: 'belum dapat dinilai' without '(rentang memuat target)',
        the rule's one reason for it (the year's interval stands in the next cell); any other reason kept. That
        bracket set the status cell of Tabel 1, 11 and 16 a word a line in six lines (LOOK15 Q-3)."""
        if self.provisional:  # the table's note says why (open_note): one word, not six lines
            return t("status_provisional", lang)
        if self.split():
            return "; ".join(f"{name}: {verdict.cell(lang)}" for name, verdict in self.parts)
        return self.text(lang) if self.why != t("status_ci_holds", lang) else replace(self, why="").text(lang)

    def split(self) -> bool:
        """Whether the populations' verdicts differ, so that each is said with its name."""
        return len({verdict.status for _, verdict in self.parts}) > 1


@dataclass(frozen=True)
class FollowUpTarget:
    """Last year's follow-up plan row on a key figure without a configured target (BAB X's BIAYA-POIN): its target,
    the plan's year, its code and this year's verdict, as BAB X's review table judges it (LOOK14 P-15: Tabel 1 said
    "tidak ada target" beside BAB X's "belum tercapai")."""

    target: str
    tahun: int
    code: str
    verdict: Verdict
    nilai: float | None = None  # the target's number, in the figure's target unit (the trend chart's line)

    def names_its_plan(self, lang: str) -> bool:
        """Whether ``target`` already says which plan set it: a carried province target, '≤ Rp 238.866 (target
        rencana provinsi 2024 untuk 2025)' (province_rows.pointer, words "pl_tgt_province" of the plan's year), which
        "rencana tindak lanjut 2024" after it named a second time (LOOK37 item 1)."""
        tail = t("pl_tgt_province", lang, target="", tahun=self.tahun, depan=self.tahun + 1).strip()
        return self.target.endswith(tail)


@dataclass(frozen=True)
class PlannedTarget:
    """This year's follow-up plan row on a key figure with neither a configured target nor last year's row on it
    (LOOK15 Q-14: Tabel 1 said 'tidak ada target' beside BAB X's BIAYA-POIN '≤ Rp 176.167' for 2026): its target,
    the year it is for and the row's code; that year's evaluation judges it, not this year's value."""

    target: str
    tahun: int
    code: str
    nilai: float | None = None  # the target's number, in the figure's target unit (the trend chart's line)


@dataclass(frozen=True)
class Fact:
    """One key figure of one scope and year."""

    key: str
    tahun: int
    value: Figure
    raw: Figure = None  # the gain only: the participants' raw mean, when ``value`` is the mixed model's
    last_year: Figure = None  # measured as ``value``: the gain by last year's mixed model when ``value`` is adjusted
    # (year, value) of the first data year before this one, measured as ``value`` (an adjusted gain: that year's
    # mixed-model estimate, the trend's `gain_model`)
    first_year: tuple[int, Figure] | None = None
    province: Figure = None
    target: Target | None = None
    verdict: Verdict | None = None
    rank: dict | None = None  # peringkat, peringkat_terbaik, peringkat_terburuk, dari
    last_year_raw: Figure = None  # the gain only: last year's participants' mean, beside last year's adjusted one
    province_raw: Figure = None  # the gain only: the province participants' mean, when ``province`` is the model's
    against: str | None = None  # an adjusted gain only: "below", "above" or "level" with the province mean
    first_year_raw: Figure = None  # the gain only: the first data year's participants' mean, beside its adjusted one
    # the province's sum over the dinas (budget realisation) when only some of the compared dinas enter it: (those
    # with it, all); said beside the province's figure: its own cell in the province report, the Provinsi cell in a
    # dinas report (REVIEW7 R7-12)
    province_basis: tuple[int, int] | None = None
    followup: FollowUpTarget | None = None  # without ``target``: last year's plan row on this figure
    planned: PlannedTarget | None = None  # without ``target`` or ``followup``: this year's plan row, for next year
    status_unknown: bool = False  # 20 JP only: staff without a recorded status counted with the PNS (definition)
    # the change from last_year to value with the 95% interval of the difference, and whether it is clearly better
    # or worse (`membaik`): the analysis's (`tren[].selisih_tahun_lalu`, analysis.year_change; LOOK26 X-2)
    change: Mapping[str, Any] | None = None

    @property
    def other_period(self) -> tuple[str, str] | None:
        """(this scope's, the province's) survey period when an IKM is of an earlier period than the province's
        figure beside it (CHECK13 D13-3: Perhubungan's 2025-S1 beside the province's 2025-S2); None otherwise."""
        if self.key != "ikm" or not self.has_value or not isinstance(self.province, dict):
            return None
        own, province = self.value.get("periode"), self.province.get("periode")
        return (own, province) if own and province and own != province else None

    @property
    def has_value(self) -> bool:
        return as_target_unit(self.key, self.value) is not None

    @property
    def target_years(self) -> dict[int, float]:
        """The target the tables print, by the year it is a target for, in the target unit: a configured one this
        year's, last year's plan row this year's, this year's plan row next year's (the trend chart's dashed line
        in those years only: LOOK16 R-17, LOOK17 S-4); empty without a target or its number."""
        if self.target is not None:
            return {self.tahun: self.target.nilai}
        if self.followup is not None and self.followup.nilai is not None:
            return {self.tahun: self.followup.nilai}
        if self.planned is not None and self.planned.nilai is not None:
            return {self.planned.tahun: self.planned.nilai}
        return {}

    @property
    def judged(self) -> Verdict | None:
        """The verdict the Status column gives on the figure's target: the configured target's, else (no configured
        target) last year's plan row's on the whole figure (``followup``), as BAB X's review judges it; None without
        either. Every table's status and the summary's missed targets read it (LOOK25 W-1: the summary read the
        configured targets only, and left out the cost per point Tabel 1 marked "belum tercapai")."""
        if self.verdict is not None:
            return self.verdict
        return self.followup.verdict if self.target is None and self.followup is not None else None

    @property
    def missed(self) -> bool:
        """Whether the Status column says the target is not met ('belum tercapai')."""
        judged = self.judged
        return judged is not None and judged.status == "not_met"

    @property
    def goal(self) -> tuple[float, bool] | None:
        """(number, higher_better) of the target ``judged`` judges, in the target's unit; None without one or its
        number. A plan row on the whole figure points the figure's own way (analysis.key_figures)."""
        if self.target is not None:
            return self.target.nilai, self.target.higher_better
        if self.followup is not None and self.followup.nilai is not None:
            return self.followup.nilai, key_figures.HIGHER_BETTER[self.key]
        return None

    @property
    def shortfall(self) -> float | None:
        """How far a missed target is missed, as a share of the target, the way the figure points: (target − value)
        / target for a ≥ target, (value − target) / target for a ≤ one (a cost per point of Rp 243.813 against
        ≤ Rp 165.113: 0,477); infinite for a target of zero, which no share measures; None when the target is not
        missed (``missed``) or the value or the target's number is unknown."""
        values, goal = as_target_unit(self.key, self.value), self.goal
        if not self.missed or values is None or goal is None:
            return None
        nilai, higher_better = goal
        gap = nilai - values[0] if higher_better else values[0] - nilai
        return gap / abs(nilai) if nilai else float("inf")

    def target_text(self, lang: str, chapter: bool = True) -> str:
        """The target ``judged`` judges, in words: a configured one as show_target prints it ('≥ 100,0%'), last year's
        plan row's with where it comes from ('≤ Rp 165.113 (rencana tindak lanjut 2024, BAB X)'; without
        ``chapter``, in a sentence that says where to read on: '… (rencana tindak lanjut 2024)'); a target that names
        its plan already ('… (target rencana provinsi 2024 untuk 2025)') names it once: the chapter alone after it in
        a table, nothing more in a sentence (LOOK37 item 1)."""
        if self.target is None and self.followup is not None:
            if self.followup.names_its_plan(lang):
                return phrases.bracketed(self.followup.target, t("fact_followup_chapter", lang)) if chapter \
                    else self.followup.target
            source = t("fact_followup_target" if chapter else "fact_followup_from", lang, tahun=self.followup.tahun)
            return phrases.bracketed(self.followup.target, source)
        return show_target(self.key, self.target, lang)

    @property
    def placed(self) -> bool:
        """Whether the status places the figure beside the province mean (an adjusted gain with the interval of its
        difference from that mean: Tabel 1's 'tidak di bawah provinsi')."""
        return self.against is not None and self.has_value

    @property
    def province_target(self) -> float | None:
        """The province mean a placed figure is judged against, in the target unit (this year's target line of the
        trend chart, beside the target above zero: LOOK17 S-4); None when the status does not use it."""
        mean = as_target_unit(self.key, self.province) if self.placed else None
        return mean[0] if mean is not None else None

    @property
    def adjusted(self) -> bool:
        """Whether ``value`` is the mixed model's estimate with the participants' mean beside it (a dinas's gain, or
        the province's own: the model's province mean)."""
        return self.raw is not None

    @property
    def sample_size(self) -> int | None:
        return self.value.get("n") if isinstance(self.value, dict) else None

    @property
    def measure(self) -> str:
        """The figure's key, ADJUSTED_GAIN for the mixed model's gain."""
        return ADJUSTED_GAIN if self.key == "gain" and self.adjusted else self.key

    def name(self, lang: str) -> str:
        """The figure's name; the gain's says which measure it is (adjusted, or the participants' mean)."""
        return label(name_label(self.measure), lang)

    def definition(self, lang: str) -> str:
        """What the figure is; the gain's says which measure (report.words.gain_measure: the mixed model's only
        where it is that)."""
        if self.key == "gain" and not self.adjusted:
            return t("fact_def_gain_mean", lang)
        if self.key == "jp_20":  # who is counted, as the PDF's unit table and target sentence say it (LOOK20 W-25)
            return t("fact_def_jp_20", lang, siapa=phrases.counted_pns_words(self.status_unknown, lang))
        return t(f"fact_def_{self.key}", lang)

    def reason(self, lang: str) -> str | None:
        """Why the figure cannot be computed; None when it can."""
        return None if self.has_value else why_missing(self.key, self.value, lang)

    def cell(self, lang: str, with_ci: bool = True, with_n: bool = False) -> str:
        """This year's figure as every table shows it: '6,3 (6,0–6,7)', an IKM from too few units '75,77 (tanpa
        rentang)', 'tidak dapat dihitung'; ``with_n``: with the data it rests on, '6,3 (6,0–6,7); n = 1.140', or for
        an accounting total why it has no interval (Tabel 1, BAB VII)."""
        if not self.has_value and isinstance(self.value, dict) and self.value.get("alasan") == reasons.NO_PNS:
            return t("status_not_applicable", lang)
        if not self.has_value:
            withheld = no_interval_cell(self.value, lang)
            if withheld and with_n:
                withheld += basis(self.key, self.value, lang)
            return withheld or t("not_computed", lang)
        text = show_value(self.key, self.value, lang, with_ci)
        if with_n and self.province_basis and self.province is None:  # the province's own sum, over some dinas
            text += t(f"fact_census_{self.key}_part", lang, k=fmt.integer(self.province_basis[0], lang),
                      n=fmt.integer(self.province_basis[1], lang))
        elif with_n:
            text += basis(self.key, self.value, lang)
        if self.raw is not None and as_target_unit(self.key, self.raw) is not None:
            text += t("fact_raw_beside", lang, mentah=show_value(self.key, self.raw, lang, False))
        if self.other_period:
            text += t("fact_period", lang, periode=self.other_period[0])
        return text

    def province_cell(self, lang: str) -> str:
        """The province's figure beside this scope's, without its interval; beside an adjusted gain the province
        mean of the same mixed model with its interval (like with like), the province participants' mean beside
        it as the participants' mean stands beside the dinas's."""
        if not self.adjusted:
            text = show_value(self.key, self.province, lang, False)
            if self.other_period:
                text += t("fact_period", lang, periode=self.other_period[1])
            if self.province_basis and self.province is not None:  # REVIEW7 R7-12: 8,2 of one dinas read as all
                text += t("fact_province_basis", lang, k=fmt.integer(self.province_basis[0], lang),
                          n=fmt.integer(self.province_basis[1], lang))
            return text
        text = show_value(self.key, self.province, lang)
        if self.province_raw is not None and as_target_unit(self.key, self.province_raw) is not None:
            text += t("fact_raw_beside", lang, mentah=show_value(self.key, self.province_raw, lang, False))
        return text

    def last_year_cell(self, lang: str) -> str:
        """Last year's figure, measured as this year's (the gain adjusted by last year's mixed model, its raw
        mean beside it), with its 95% interval where the record has one, as this year's (so the reader can tell
        whether the change is beyond chance, as in the trend table); why not, when there is none: a withheld cost
        per point by its cause alone (reasons.brief; an 11-line cell in KPKP's Tabel 1), its figures in BAB VII's
        trend table."""
        if as_target_unit(self.key, self.last_year) is not None:
            text = show_value(self.key, self.last_year, lang)
        elif no_interval_cell(self.last_year, lang):
            text = no_interval_cell(self.last_year, lang) or ""
        elif self.adjusted and self.last_year is None and self.last_year_raw is not None:
            text = year_reason(self, None, self.last_year_raw, lang)  # why that year has no adjusted gain
        elif isinstance(self.last_year, dict) and reasons.is_finding(self.last_year):
            text = reasons.brief(self.last_year, lang)  # as the Status cell: its figures are in the trend table
        else:
            text = why_missing(self.key, self.last_year, lang) if self.last_year is not None \
                else t("fact_no_last_year", lang, tahun=self.tahun - 1)
        if self.last_year_raw is not None and as_target_unit(self.key, self.last_year_raw) is not None:
            text += t("fact_raw_beside", lang, mentah=show_value(self.key, self.last_year_raw, lang, False))
        return text

    def rank_cell(self, lang: str) -> str:
        """'21 dari 21 (19–21)', or why the figure is not ranked."""
        if self.rank and self.rank.get("peringkat"):
            return rank_text(self.rank, lang)
        if isinstance(self.value, dict) and self.value.get("alasan") == reasons.NO_PNS:
            return t("rank_none_not_applicable", lang)
        if self.other_period:  # the dinas are compared in the province's period (analysis.results.in_period)
            return t("rank_none_period", lang, periode=self.other_period[0], provinsi=self.other_period[1])
        if no_interval_cell(self.value, lang):  # an IKM from too few units: not ranked on a value without interval
            return t("rank_none_interval", lang)
        if self.has_value and self.rank and (self.rank.get("dari") or 0) < constants.MIN_DINAS_COMPARISON:
            return t("rank_none_few", lang, n=self.rank.get("dari") or 0, min=constants.MIN_DINAS_COMPARISON)
        return t("rank_none_missing" if not self.has_value else "rank_none", lang)

    def target_cell(self, lang: str) -> str:
        """The target the status column judges: for an adjusted gain its place beside the province mean ('tidak di
        bawah rata-rata provinsi') and then the target above zero, named by the status only when not met; for every
        other figure its target (show_target)."""
        if self.target is None and self.followup is not None:
            return self.target_text(lang)
        if self.target is None and self.planned is not None:
            return t("fact_planned_target", lang, target=self.planned.target, tahun=self.planned.tahun)
        shown = self.target_text(lang)
        if not self.placed:
            return shown
        place = t("fact_gain_target_place", lang)
        return f"{place}; {shown}" if self.target is not None else place

    def plain(self, lang: str) -> str:
        """The figure in words' units, without its interval: '58,3%', '6,3 poin', 'Rp 260.165'."""
        return plain_value(self.key, self.value, lang)

    def status(self, lang: str, cell: bool = False) -> str:
        """The target verdict, or why the figure is missing, or '–'. An adjusted gain's status is its place beside
        the province mean, by the attention list's rule ('di bawah rata-rata provinsi'), with the target's verdict
        only where it is not met: a gain above zero is met by any programme that teaches anything, and 'tercapai'
        beside 'perlu perhatian' told the reader nothing (reader review 3, item 6). ``cell``: in a table whose note
        gives the judging rule (``Verdict.cell``)."""
        def said(verdict: Verdict) -> str:
            return verdict.cell(lang) if cell else verdict.text(lang)

        judged = self.judged
        if self.placed:
            text = t(f"vs_province_{self.against}", lang)
            if judged is not None and judged.status != "met":
                text += t("vs_province_target", lang, status=said(judged))
            return text
        if judged is not None:
            return said(judged)
        if self.target is None and self.planned is not None and self.has_value:
            return t("fact_planned_status", lang, tahun=self.planned.tahun)
        if isinstance(self.value, dict) and reasons.is_finding(self.value):
            return reasons.brief(self.value, lang)  # its figures are in the chapter, not in a narrow cell
        return self.reason(lang) or "–"


def basis(key: str, figure: Figure, lang: str) -> str:
    """What a figure rests on, after it in a table cell (the Kata Pengantar's promise, LOOK9 #3): '; n = 3.999' for an
    estimate; for a plain total (budget realisation: the whole budget, not a sample) that it has no interval and
    why; '' for anything else."""
    if isinstance(figure, dict):
        counted = t("fact_n", lang, n=fmt.integer(figure["n"], lang)) if figure.get("n") else ""
        if counted and key == "biaya_per_poin" and figure.get("kegiatan_tanpa_biaya"):
            # its n is the costed activities' scored participants, fewer than the gain's (CHECK12 C12-8)
            counted += t("fact_n_uncosted", lang, k=fmt.integer(figure["kegiatan_tanpa_biaya"], lang))
        return counted
    return t(f"fact_census_{key}", lang) if figure is not None and f"fact_census_{key}" in TEXT else ""


def year_open(tahun: int, dated: dt.date | None) -> dt.date | None:
    """The report's date when the evaluated year is not over on it (a report dated 7 December 2026 on 2026), else
    None: the year's totals (key_figures.YEAR_TOTALS) are then provisional and their targets not judged yet."""
    return dated if dated is not None and dated < dt.date(tahun + 1, 1, 1) else None


def open_on(ctx: Context) -> dt.date | None:
    """year_open for a report: its year and its date (config/laporan.yml tanggal, else the build's)."""
    return year_open(ctx.hasil["tahun"], ctx.dated)


def build(hasil: Hasil, lang: str, targets: dict[str, Target] | None = None,
          previous: Hasil | None = None, opened: dt.date | None = None) -> tuple[Fact, ...]:
    """Every key figure of ``hasil`` as a record, in the registry's order; ``previous`` (last year's results of
    the same model run, hasil-<tahun>-tahun-lalu.json) gives last year's adjusted gain; ``opened`` (year_open) the
    date of a report on a year not yet over."""
    targets = targets or {}
    mine = results.key_figures(hasil)
    against = hasil.get("perbandingan_provinsi")
    compared = {r["kunci"]: r for r in against["indikator"]} if against else {}
    years = hasil.get("tren") or []
    tahun = hasil["tahun"]
    facts = []
    for key in KEYS:
        value: Figure = results.key_figure(mine, key)
        raw: Figure = None
        rank: dict | None = dict(compared[key]) if compared.get(key) else None
        before, before_raw = last_year(hasil, key), None
        first, first_raw = _first_year(years, key, tahun), None
        if key == "gain":
            value, raw, rank = _gain(hasil, value, rank)
            if raw is not None:  # like with like: last year's adjusted estimate, its raw mean beside it
                before, before_raw = _adjusted(previous) or trend_model(years, tahun - 1), before
                if first is not None:  # the first data year's likewise: the trend's mixed-model gain (REVIEW5 D14)
                    first, first_raw = (first[0], trend_model(years, first[0])), first[1]
        target = targets.get(key)
        province: Figure = compared[key]["provinsi"] if compared.get(key) else None
        province_raw: Figure = None
        if key == "gain" and compared.get(key):  # the province participants' mean: its own key (trend.gain_record)
            mean = compared[key].get("provinsi_rata_peserta", province)
            # the adjusted gain beside the same model's province mean, its participants' mean beside that; the
            # participants' mean alone beside the province participants' mean
            province, province_raw = (hasil["pooling"].get("rata_provinsi"), mean) if raw is not None else (mean, None)
        side = against_province(hasil) if key == "gain" and raw is not None else None
        if key == "persen_realisasi":  # a ceiling of Rp 0 is said as such, not as missing rows (CHECK14 E14-6)
            value = zero_ceiling(hasil, tahun, value)
        facts.append(Fact(key, tahun, value, raw, before, first, province, target,
                          judge(key, value, target, lang, opened) if target else None, rank, before_raw,
                          province_raw,
                          side, first_raw, _province_basis(key, hasil, against, compared),
                          status_unknown=key == "jp_20" and phrases.status_unknown(hasil),
                          change=year_change(hasil, key, adjusted=raw is not None, opened=opened)))
    return tuple(facts)


# a year total's fall withheld in a year not over on the report's date (year_change): a report-layer reason beside the
# analysis's `alasan_membaik` codes
OPEN_YEAR = "tahun_belum_selesai"
# the figures whose value only grows until the year ends (year_change): the year totals and the share of PPPK above
# the cap
GROWING_IN_YEAR = (*YEAR_TOTALS, PPPK_OVER_CAP)


def year_change(hasil: Hasil, key: str, adjusted: bool = False,
                opened: dt.date | None = None) -> Mapping[str, Any] | None:
    """The change of key figure ``key`` from the year before with the interval of the difference, as the analysis
    computed it for the evaluated year (`tren[].selisih_tahun_lalu`: paired by person or unit where the same staff
    or units are counted in both years, independent where the activities differ); the adjusted gain's
    (`gain_model`) when ``adjusted``, a dinas's verdict already withheld there when its participants' mean did not
    change clearly the same way (analysis.year_change.shrunk_verdict; LOOK27 Y-1); None without it.

    In a year not over on ``opened`` (year_open) a year's total (coverage, 20 JP, budget realisation) and the share of
    PPPK above the JP cap (more cross it as the year goes on) still grow until the year ends (GROWING_IN_YEAR): a rise
    above last year's whole year stands, a fall is not judged yet (`membaik` None with ``alasan_membaik``
    OPEN_YEAR), as a total's target is not (judge): for a total a worsening, for the PPPK share, lower being better,
    an improvement (a mid-year report would have called the share's partial fall "membaik")."""
    row = next((y for y in hasil.get("tren") or [] if y["tahun"] == hasil["tahun"]), None)
    found: Mapping[str, Any] = (row.get("selisih_tahun_lalu") if row else None) or {}
    change = found.get("gain_model" if key == "gain" and adjusted else key)
    if opened is not None and key in GROWING_IN_YEAR and change and change.get("membaik") is not None \
            and change.get("estimasi") is not None and float(change["estimasi"]) < 0:
        return {**change, "membaik": None, "alasan_membaik": OPEN_YEAR}
    return change


def _province_basis(key: str, hasil: Hasil, against: Any, compared: dict) -> tuple[int, int] | None:
    """(dinas with the figure, dinas compared) when the province's budget realisation sums fewer dinas than the
    comparison holds: in the province report from `perbandingan_dinas` (a dinas without budget rows has no
    `persen_realisasi`), in a dinas report from `perbandingan_provinsi` (a row's `dari` counts the dinas with the
    figure); None otherwise."""
    if key not in SUMMED_OVER_DINAS:
        return None
    rows = hasil.get("perbandingan_dinas") or []
    if hasil["cakupan"].get("jenis") == "provinsi":
        have, total = sum(1 for r in rows if r.get(key) is not None), len(rows)
    else:
        row = compared.get(key)
        if not against or not row or row.get("dari") is None:
            return None
        have, total = row["dari"], against["jumlah_dinas"]
    return (have, total) if total and have < total else None


def of(ctx: Context) -> tuple[Fact, ...]:
    """The key figures of the report's scope, built once per report context (again only when its
    results, language or targets are replaced). Without last year's follow-up targets: those come from BAB X's
    review, a chapter above this layer (report.chapters.fact_targets.of adds them)."""
    made_from = (id(ctx.hasil), ctx.lang, id(ctx.targets), id(ctx.previous))
    cached = ctx.__dict__.get("_facts")
    if cached is None or cached[0] != made_from:
        cached = (made_from, build(ctx.hasil, ctx.lang, ctx.targets, ctx.previous, open_on(ctx)))
        ctx.__dict__["_facts"] = cached
    return cached[1]


def by_key(ctx: Context) -> dict[str, Fact]:
    return {fact.key: fact for fact in of(ctx)}


def _gain(hasil: Hasil, value: Figure, rank: dict | None) -> tuple[Figure, Figure, dict | None]:
    """A dinas's gain: the mixed model's estimate, the raw mean beside it; without the model (report.words.
    gain_measure) the participants' mean. Its rank is the province's ranking of every dinas, `pooling.dinas_ini`
    (which hasil.json's comparison record holds too: analysis.trend.gain_record, LOOK26 X-11); ``rank`` (that record)
    where this dinas has no pooled row. The province's: the same model's province mean, its participants' mean beside
    it, unranked."""
    adjusted = narrative.adjusted_gain(hasil)  # the one rule of which gain is adjusted (BAB III names it too)
    if hasil["cakupan"]["jenis"] == "provinsi":
        return (value, None, rank) if adjusted is None else (adjusted, value, None)
    mine = hasil["pooling"].get("dinas_ini")
    if mine is None or not mine["pooled"].get("cukup_data"):
        return value, None, rank
    place = mine.get("peringkat")
    of_how_many = (hasil.get("pooling") or {}).get("jumlah_dinas") or (rank or {}).get("dari") or place
    # the model's rank, as the province prints it: analysis.pooling ranks only where the comparison ranks (a mixed
    # model over MIN_GROUPS_POOLING dinas, or raw means over MIN_DINAS_COMPARISON with intervals); gating it on the
    # raw mean's rank left a dinas with too few activities for a raw interval "tidak diperingkat" in its own report
    # while the province ranked it and counted it in every other dinas's "dari" (CHECK11 C11-8)
    ranked = {"peringkat": place, "peringkat_terbaik": mine.get("peringkat_bawah") or place,
              "peringkat_terburuk": mine.get("peringkat_atas") or place, "dari": of_how_many} if place else None
    return (value, None, ranked) if adjusted is None else (adjusted, value, ranked)


def against_province(hasil: Hasil) -> str | None:
    """Where a dinas's adjusted gain stands beside the province mean, by the rule of the attention list
    (analysis.attention: the interval of its difference from the mean, `selisih_rata`): "below" when the whole
    interval is below zero, "above" when above, "level" when it holds zero; None without it."""
    mine = hasil["pooling"].get("dinas_ini")
    contrast = mine.get("selisih_rata") if mine else None
    low, high = (contrast.get("ci_bawah"), contrast.get("ci_atas")) if contrast else (None, None)
    if not contrast or not contrast.get("cukup_data") or low is None or high is None:
        return None
    return "below" if high < 0 else "above" if low > 0 else "level"


def _adjusted(previous: Hasil | None) -> Figure:
    """Last year's mixed-model gain of the dinas (None without last year's results or pooling)."""
    mine = previous["pooling"].get("dinas_ini") if previous else None
    return mine["pooled"] if mine else None


def trend_model(years: list, year: int) -> Figure:
    """A year's mixed-model gain of the scope, as the trend holds it (hasil.json `tren[].gain_model`); None without
    it."""
    row = next((y for y in years if y["tahun"] == year), None)
    return row.get("gain_model") if row else None


def last_year(hasil: Hasil, key: str) -> Figure:
    """A key figure of the year before the evaluated one, by this year's definition: the trend's
    (computed with the same functions), the IKM of that year's last survey period; None without it."""
    before = hasil["tahun"] - 1
    if key == "ikm":
        periods = [p for p in hasil["level4_hasil"]["ikm_per_periode"] if str(p["periode"]).startswith(str(before))]
        return periods[-1] if periods else None
    year = next((y for y in hasil.get("tren") or [] if y["tahun"] == before), None)
    return year_figure(hasil, year, key) if year else None


def _first_year(years: list, key: str, tahun: int) -> tuple[int, Figure] | None:
    """The first earlier year whose figure has a value (a year without the agency's training or budget rows is not
    its first data year: reader review 5b item 7), else the first earlier year, which says why it has none."""
    earlier = [y for y in years if y["tahun"] < tahun]
    if not earlier:
        return None
    valued = next((y for y in earlier if as_target_unit(key, results.key_figure(y, key)) is not None), earlier[0])
    return valued["tahun"], results.key_figure(valued, key)


# --- a figure in the target's unit, judged, shown -------------------------------------------------
def as_target_unit(key: str, figure: Figure) -> tuple[float, float, float] | None:
    """(value, low, high) of a key figure in the target's unit, or None when it has no value."""
    if figure is None:
        return None
    if not isinstance(figure, dict):
        return (float(figure),) * 3
    if not figure.get("cukup_data"):
        return None
    scale = 100.0 if key in SHARES else 1.0
    return figure["estimasi"] * scale, figure["ci_bawah"] * scale, figure["ci_atas"] * scale


def year_reason(fact: Fact, figure: Figure, raw: Figure, lang: str) -> str:
    """Why an earlier year's ``figure`` of ``fact`` has no value, true to the cause: an adjusted gain of a year
    whose participants' mean exists had no mixed model that year (the comparison of agencies could not be fitted);
    without scores that year, that; else the figure's (or the participants' mean's) own reason (REVIEW5 D14,
    REVIEW5b 18: 'model campuran tidak dijalankan', 'tidak ada data pada periode ini' where activities exist)."""
    if fact.adjusted and figure is None and raw is not None:
        if as_target_unit(fact.key, raw) is not None:
            return t("fact_no_year_model", lang)
        if isinstance(raw, dict) and not raw.get("n"):
            return t("fact_no_scores_year", lang)
        return why_missing(fact.key, raw, lang)
    return why_missing(fact.key, figure, lang)


# a budget realisation that cannot be computed because the year's ceiling is Rp 0 (analysis.budget.recorded_ceiling)
ZERO_CEILING = "pagu_nol"


def zero_ceiling(hasil: Hasil, tahun: int, figure: Figure, dinas: str | None = None) -> Figure:
    """A missing budget realisation of ``tahun`` (``figure`` None) whose anggaran rows have a ceiling of Rp 0 (the
    scope's own, or ``dinas``'s in the province's table) as a withheld record with alasan ZERO_CEILING, so that
    every cell gives that reason, not "no budget data" (CHECK14 E14-6); ``figure`` unchanged otherwise."""
    if figure is not None:
        return figure
    row = next((r for r in hasil["pelaksanaan"]["realisasi_anggaran"] if r["tahun"] == tahun), None)
    if row is None:
        return figure
    zero = row.get("dinas_pagu_nol") or []
    if dinas is not None and dinas in zero or dinas is None and zero and not row["dinas_anggaran"]:
        return {"cukup_data": False, "n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None,
                "alasan": ZERO_CEILING}
    return figure


def is_zero_ceiling(figure: Figure) -> bool:
    """Whether ``figure`` is zero_ceiling's record."""
    return isinstance(figure, dict) and figure.get("alasan") == ZERO_CEILING


def year_figure(hasil: Hasil, row: Any, key: str) -> Figure:
    """A key figure of one year of the trend (`tren[]` ``row``), a realisation on a ceiling of Rp 0 said as such
    (zero_ceiling), as this year's record says it."""
    figure = results.key_figure(row, key)
    return zero_ceiling(hasil, row["tahun"], figure) if key == "persen_realisasi" else figure


def why_missing(key: str, figure: Figure, lang: str) -> str:
    """Why a key figure has no value; an IKM without any response is a missing survey."""
    figure = figure if isinstance(figure, dict) else None
    if key == "ikm" and not (figure or {}).get("n") and not (figure or {}).get("alasan"):
        return t("why_no_survey", lang)
    if key == "persen_realisasi" and figure is None:  # a plain number: none when no anggaran row has that year
        return t("why_no_budget", lang)
    if key == "persen_realisasi" and is_zero_ceiling(figure):
        return t("why_zero_ceiling", lang)
    return reasons.reason(figure, lang)


def judge(key: str, figure: Figure, target: Target, lang: str, opened: dt.date | None = None) -> Verdict:
    """Met / not met / cannot be judged (with the reason), by the rule in the module docstring; a total of a year
    not over on ``opened`` (year_open) is not judged yet."""
    values = as_target_unit(key, figure)
    if values is not None and opened is not None and key in YEAR_TOTALS:
        return not_over(opened, lang)
    if values is None and no_interval_cell(figure, lang):  # the cell beside it shows the value: the reason alone
        return Verdict("cannot", reasons.reason({**figure, "rata_ikm": None}, lang))
    if values is None and isinstance(figure, dict) and figure.get("alasan") == reasons.NO_PNS:
        return Verdict("not_applicable")  # no PNS: a duty that does not apply, not a judgement pending (D13-5)
    if values is None and isinstance(figure, dict) and figure.get("alasan") == results.IKM_NOT_RECEIVED:
        return Verdict("cannot", reasons.short(figure, lang))  # the cause alone: the summary names the last IKM
    if values is None:
        return Verdict("cannot", why_missing(key, figure, lang))
    return judge_values(values, target.nilai, target.higher_better, TOP_OF_SCALE.get(key), lang)


def not_over(opened: dt.date, lang: str) -> Verdict:
    """The verdict on a total of a year not over on ``opened``: its value is provisional (key_figures.year_total)."""
    return Verdict("cannot", t("status_year_open", lang, tanggal=fmt.date(opened, lang)), provisional=True)


def open_note(verdicts, opened: dt.date | None, lang: str) -> str:
    """The note under a table whose status cells say 'sementara' (Verdict.cell), '' when none does."""
    if opened is None or not any(v is not None and v.provisional for v in verdicts):
        return ""
    return t("kt_tab_note_open", lang, tahun=opened.year, tanggal=fmt.date(opened, lang))


def judge_values(values: tuple[float, float, float], goal: float, higher_better: bool, top: float | None,
                 lang: str) -> Verdict:
    """The rule of ``judge`` on (value, low, high) in the target's unit; ``top`` is the top of the scale
    (100% for a share every civil servant can reach), None for a figure without one."""
    value, low, high = values
    if top is not None and higher_better and goal >= top - 1e-9:
        # a 100% target on a count of all persons (a census, not a sample: analysis.key_figures.KeyFigure.top_of_scale)
        # is judged by the count: met when everyone counted reached it (26 of 26), not met otherwise (25 of 26); a
        # Wilson interval never lies wholly at 100%, so the interval rule could never say "met"
        return Verdict("met" if value >= top - 1e-9 else "not_met")
    if not higher_better:
        value, low, high, goal = -value, -high, -low, -goal
    if low >= goal - 1e-9:
        return Verdict("met")
    if high < goal:
        return Verdict("not_met")
    return Verdict("cannot", t("status_ci_holds", lang))


def show_value(key: str, figure: Figure, lang: str, with_ci: bool = True, currency_once: bool = False) -> str:
    """A key figure as a table cell: '58,3 (54,2–62,3)', 'Rp 260.165', '92,9', or the reason. ``currency_once``: an
    amount's interval without its currency, which the estimate before it names ('Rp 440.863 (385.774–517.069)',
    fmt.amount_span)."""
    if figure is None:
        return "–"
    if not isinstance(figure, dict):
        return fmt.figure(figure, kind(key), lang, sign=False)
    if not figure.get("cukup_data"):
        return reasons.not_enough(figure, lang)
    # the figure's kind prints it, as every report prints it (constants.DECIMALS; money in one scale word)
    text, low, high = fmt.figures(as_target_unit(key, figure) or (None,) * 3, kind(key), lang, sign=False)
    reach = None
    if key == "ikm" and figure.get("kategori"):
        text += f"\u00a0{figure['kategori']}"
        # the categories its interval reaches, as the index and the unit tables print them (CHECK10 C10-14)
        lowest, highest = ikm_categories(figure)  # an earlier year of `tren` keeps only its interval
        if lowest and highest and not lowest == highest == figure["kategori"]:
            reach = f"{lowest}–\u2060{highest}"
    if not with_ci:
        return f"{text}\u00a0({reach})" if reach else text
    span = fmt.amount_span(low, high, lang) if currency_once and kind(key) in fmt.MONEY_KINDS \
        else fmt.span(low, high, lang)
    return f"{text} ({reach}; {span})" if reach else f"{text} ({span})"


_NUMBER = re.compile(r"[−-]?\d[\d.,]*")  # a printed number: '361.488', '−1,0', '70,4'


def interval_end(key: str, figure: Figure, target_text: str, lang: str) -> tuple[str, str] | None:
    """Which end of ``figure``'s 95% interval, as a cell prints it, a plan row's target is ('bawah' or 'atas') and
    that interval as printed, when its number is one (plan_targets._target: the better end of the year's interval); None
    otherwise (a configured target, last year's unmet one, a fixed step). Compared as printed, so a target and an
    interval that only agree unrounded are not said to (LOOK19 V-7: '≤ Rp 361.488' beside 2024's
    'Rp 361.488–Rp 646.439' with no word why)."""
    if not isinstance(figure, dict) or not figure.get("cukup_data"):
        return None
    values = as_target_unit(key, figure)
    if values is None or None in values:
        return None
    _, low, high = fmt.figures(values, kind(key), lang, sign=False)
    goal = _NUMBER.findall(target_text)
    for end, text in (("bawah", low), ("atas", high)):
        if goal and goal == _NUMBER.findall(text):
            return end, fmt.span(low, high, lang)
    return None


def no_interval_cell(figure: Figure, lang: str) -> str | None:
    """'75,77 (tanpa rentang)': an IKM withheld from too few service units (reasons.without_interval) as a table
    cell shows it, no category; None for any other figure."""
    value = reasons.without_interval(figure) if isinstance(figure, dict) else None
    return None if value is None else t("ikm_no_interval_cell", lang, nilai=fmt.ikm(value, lang))


def missing_parts(key: str, figure: Figure, lang: str) -> tuple[str, str]:
    """(cell text, reason) of a figure a table of scopes marks as missing: an IKM from too few service units shows
    its value ('75,77 (tanpa rentang)') and the reason alone, any other '–' and why_missing's reason."""
    shown = no_interval_cell(figure, lang)
    if shown:
        return shown, reasons.reason({**figure, "rata_ikm": None}, lang)
    return "–", why_missing(key, figure, lang)


def plain_value(key: str, figure: Figure, lang: str) -> str:
    """A key figure in words' units, without its interval: '58,3%', '7,6 poin', 'Rp 260.165'."""
    values = as_target_unit(key, figure)
    if values is None:
        return "–"
    value = fmt.figure(values[0], kind(key), lang)
    if key == "ikm":  # '78,09 B', as in the tables (it stands inside a bracket in the summary)
        return value + (f"\u00a0{figure['kategori']}" if figure.get("kategori") else "")
    return t("points", lang, nilai=value) if kind(key) == "poin_tes" else value


def short_value(key: str, figure: Figure, lang: str) -> str:
    """A key figure in a column whose header names its unit (the index): '58,3%', '7,3', '78,09 B', 'Rp 260.165'."""
    if as_target_unit(key, figure) is None:
        return "–"
    if key in SHARES or key == "persen_realisasi":
        return plain_value(key, figure, lang)
    return show_value(key, figure, lang, with_ci=False)


# --- the key figures as table columns (the index, the province's table of dinas) ------------------
# the figures whose participants' raw mean stands beside the adjusted value (``Fact.raw``)
RAW_BESIDE = frozenset({"gain"})
# the field of a province comparison row (`perbandingan_dinas[]`) that holds a figure, where it is not the key:
# the dinas's gain there is the mixed model's, as its own report and the index show it
PROVINCE_FIELD = {"gain": "gain_pooled"}


@dataclass(frozen=True)
class Column:
    """One column of a table of scopes: a key figure of the registry, or (``raw``) the raw mean beside it."""

    key: str
    raw: bool = False

    def header(self, lang: str) -> str:
        if self.key in RAW_BESIDE:  # which measure the column holds (the gain: adjusted, or the participants' mean)
            return label("gain_raw" if self.raw else "gain_adjusted", lang)
        return label(f"kf_{self.key}", lang)


def columns(raw: bool = True) -> tuple[Column, ...]:
    """One column per key figure, in the registry's order (analysis.key_figures: a new figure appears in every
    table of scopes); with ``raw``, the raw mean after each figure of RAW_BESIDE."""
    out: list[Column] = []
    for key in KEYS:
        out.append(Column(key))
        if raw and key in RAW_BESIDE:
            out.append(Column(key, raw=True))
    return tuple(out)


def sort_value(key: str, figure: Figure) -> float | str:
    """What a sortable table sorts a cell by: the figure in the target's unit, '' without a value."""
    values = as_target_unit(key, figure)
    return values[0] if values is not None else ""


def table_value(key: str, figure: Figure, lang: str) -> str:
    """A key figure in a table of scopes whose header names its unit: the gain with its interval (the
    ranked figure), an IKM with its category and, where the interval reaches another, that range
    ('75,29 C (C–B)'), every other as the index shows it ('71,0%', 'Rp 187.210'); '–' without a value."""
    if as_target_unit(key, figure) is None:
        return "–"
    if key == "gain":
        return show_value(key, figure, lang)
    return short_value(key, figure, lang)  # an IKM's category range comes with it (show_value)


def tied_note(rows: list[dict], lang: str) -> str:
    """A sentence for each group of dinas of the province's table (`perbandingan_dinas` rows) whose gains read the
    same as the table rounds them (table_value) but whose ranks differ (reader review 2, item 19: Satpol PP 20 and
    Kesehatan 21 both '6,4'): their finer figures, with as many decimals as tell them apart, and whether their rank
    intervals overlap; '' without such a group. The cells keep the one rounding every report uses."""
    field = PROVINCE_FIELD["gain"]
    ranked = sorted((row for row in rows if row.get("peringkat") and as_target_unit("gain", row.get(field))),
                    key=lambda row: (row["peringkat"], row["dinas"]))
    groups: dict[str, list[dict]] = {}
    for row in ranked:
        groups.setdefault(show_value("gain", row[field], lang, with_ci=False), []).append(row)
    sentences = []
    for shown, group in groups.items():
        if len({row["peringkat"] for row in group}) < 2:
            continue  # one rank shared: the table already says they are tied
        values = [row[field]["estimasi"] for row in group]
        decimals = next((d for d in range(2, 6) if len({round(v, d) for v in values}) == len(values)), 6)
        finer = [t("p_tied_one", lang, nama=names.short_name_in(row["dinas"], lang), r=row["peringkat"],
                   nilai=fmt.number(value, decimals, lang)) for row, value in zip(group, values, strict=True)]
        lows = [row.get("peringkat_bawah") or row["peringkat"] for row in group]
        highs = [row.get("peringkat_atas") or row["peringkat"] for row in group]
        key = "p_tied" if max(lows) <= min(highs) else "p_tied_apart"
        sentences.append(t(key, lang, jumlah=len(group), nilai=shown, rinci="; ".join(finer)))
    return " ".join(sentences)


def ikm_categories(figure: Figure) -> tuple[str | None, str | None]:
    """The IKM categories at the two ends of the 95% interval: the record's own, or (an earlier year of `tren`,
    which keeps only the interval) read from its ends by the function that categorises every IKM."""
    if figure.get("kategori_bawah") or figure.get("kategori_atas"):
        return figure.get("kategori_bawah"), figure.get("kategori_atas")
    return ikm_category.category_range(figure.get("ci_bawah"), figure.get("ci_atas"))


def show_target(key: str, target: Target | None, lang: str) -> str:
    if target is None:
        return t("status_no_target", lang)
    sign = "≥" if target.higher_better else "≤"
    if key == "gain":
        return f"{'>' if target.nilai == 0 else sign} {fmt.figure(target.nilai, kind(key), lang)}"
    if kind(key) == "persen":  # with the decimals of the values beside it ('≥ 80,0%'), as every plan row prints it
        return fmt.percent_target(target.nilai, target.higher_better, lang)
    return f"{sign} {fmt.figure(target.nilai, kind(key), lang)}"


def rank_text(rank: dict | None, lang: str) -> str:
    """'5 dari 21' or '19 dari 21 (17–21)'; 'tidak dapat dibedakan (1–6 dari 6)' when the range spans every place
    (uncertainty.spans_all); a census figure's (`sensus`, no interval) '17 dari 21 (sama dengan 1 dinas pada
    pembulatan)'; a figure with an interval tied as printed '7 dari 21 (1–19), sama dengan 1 dinas pada pembulatan';
    '–' without a rank. Every printed rank of a key figure is this one's (Tabel 1, Tabel 10, index,
    workbook)."""
    if not rank or not rank.get("peringkat"):
        return "–"
    if rank.get("sensus"):  # no interval: the bracket is a tie at the printed rounding, said so (LOOK32 D-8)
        tied = rank["peringkat_terburuk"] - rank["peringkat_terbaik"]
        return t("rank_tied", lang, r=rank["peringkat"], n=rank["dari"], k=tied) if tied > 0 \
            else t("rank_of", lang, r=rank["peringkat"], n=rank["dari"])
    # a figure with an interval printed the same as another dinas's: the tie said beside its place (LOOK37 L-18:
    # Dispora's 78,9% coverage 7th, PPAPP's 78,9% 8th, unmarked, while Bina Marga's census tie was marked)
    tied = t("rank_tied_also", lang, k=rank["sama_pembulatan"]) if rank.get("sama_pembulatan") else ""
    if uncertainty.spans_all(rank["peringkat_terbaik"], rank["peringkat_terburuk"], rank["dari"]):
        return t("rank_apart", lang, n=rank["dari"], a=rank["peringkat_terbaik"], b=rank["peringkat_terburuk"]) \
            + tied
    if rank["peringkat_terbaik"] == rank["peringkat_terburuk"] == rank["peringkat"]:
        return t("rank_of", lang, r=rank["peringkat"], n=rank["dari"]) + tied
    return t("rank_range", lang, r=rank["peringkat"], n=rank["dari"], a=rank["peringkat_terbaik"],
             b=rank["peringkat_terburuk"]) + tied
