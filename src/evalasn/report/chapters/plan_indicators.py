"""What each rule's follow-up row measures: its code, where next year's value is read, today's figure, its words."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import Interval
from evalasn.registry import compact_name
from evalasn.report import facts
from evalasn.report.chapters import (
    ikm_units,
    lagging_gain,
    method_choice,
    rules,
)
from evalasn.report.words import impact, names, phrases, province_impact
from evalasn.report.words.text import label, t


@dataclass(frozen=True)
class _Measure:
    """What a rule's follow-up row measures: its code, where next year's value is read in hasil.json, the
    indicator's words (a key of the catalogue), today's figure, the target of config/target.yml it answers,
    how it is shown, and which way is better."""

    code: str  # the row code's first part ("JP20"); the subject follows ("STOP-SEMINAR", "U7")
    path: str  # the hasil.json field of the indicator ({s} = the row's subject)
    indicator: str
    today: Callable[[Hasil, str], Interval | float | None]  # (hasil, the row's subject) -> the figure today
    target_key: str | None = None  # config/target.yml
    # "percent" (of ``scale``), "rupiah", "score" (two decimals), "points" (one), "count" or "element" (an SKM
    # element's mean, fmt.element)
    unit: str = "percent"
    scale: float = 1.0  # a share 0-1 in hasil.json is shown in percent
    higher_better: bool = True
    floor: float | None = None  # a threshold to reach when today is below it (the B band of an SKM element)
    # a total of the year beyond the key figures' (key_figures.year_total): judged only once the year is over
    year_total: bool = False
    has_interval: bool = True  # False: a plain figure (realisation, a share of participants), no interval
    survey: bool = False  # read from the year's SKM: without that year's survey it cannot be judged (CHECK12 C12-1)
    province_path: str = ""  # the province report's field when it is not ``path`` ({s} = the row's subject)
    # the province report's code when its row counts another population than a dinas's row of the rule (a code means
    # one indicator, LOOK12 K-4: IKM-CD counts a dinas's units, IKM-CD-DINAS the province's dinas)
    province_code: str = ""
    # whether this year's plan sets the row (of the subject, '' = any) at all; ``today`` still measures it, so last
    # year's row is judged
    issued: Callable[..., bool] = lambda _hasil, _subject="": True


def _ikm(hasil: Hasil, _subject: str) -> Interval | None:
    return results.key_figures(hasil)["ikm"]


def _element(hasil: Hasil, subject: str) -> Interval | None:
    return next((r for r in hasil["komunikasi"]["unsur"] if r["unsur"] == subject), None)


def method_gain(hasil: Hasil, subject: str) -> Interval | None:
    return next((r for r in hasil["level2_pembelajaran"]["per_metode"] if r["metode"] == subject), None)


def did_units(hasil: Hasil) -> float | None:
    """The units the IKM impact comparison used: trained plus comparison units with an SKM before and after."""
    did = hasil["level4_hasil"]["did_ikm"]
    effect = did.get("efek") if did.get("tersedia") else None
    return float(effect["unit_dilatih"] + effect["unit_pembanding"]) if effect else None


def _pppk_over(hasil: Hasil) -> Interval | None:
    """The share of PPPK above the JP cap, measured whether or not the rule fires (next year's review reads it)."""
    return (hasil["pelaksanaan"]["jp_20"].get("pppk") or {}).get("di_atas_batas")


def _realisation(hasil: Hasil, _subject: str) -> float | None:
    row = results.realisation_in_year(hasil)
    return row["persen_realisasi"] if row else None


_IKM = ("level4_hasil.ikm_per_periode[-1]", "pl_ind_ikm", _ikm, "ikm", "score")
_COST = ("anggaran_vs_peningkatan.biaya_per_poin_semua", "pl_ind_cost",
         lambda hasil, _: hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"], "biaya_per_poin", "rupiah")
_REALISATION = _Measure("REALISASI", "pelaksanaan.realisasi_anggaran[tahun].persen_realisasi", "pl_ind_realisation",
                        _realisation, "persen_realisasi", has_interval=False)
_COVERAGE = _Measure("CAKUPAN", "pelaksanaan.cakupan_asn (× 100)", "pl_ind_coverage",
                     lambda hasil, _: hasil["pelaksanaan"]["cakupan_asn"], "cakupan_asn", scale=100.0)
# words a rule's indicator always carries, from their one place: the PPPK cap (constants, with its regulation in
# the words); the plan and a row known only from its published record (published_rows) fill them alike
RULE_WORDS: dict[str, dict[str, str]] = {"rec_pppk": {"batas": str(constants.PPPK_JP_MAXIMUM_PER_YEAR)}}
# one record per rule of report.chapters.rules
MEASURED: dict[str, _Measure] = {
    "rec_jp": _Measure("JP20", "pelaksanaan.jp_20.keseluruhan (× 100)", "pl_ind_jp",
                       lambda hasil, _: hasil["pelaksanaan"]["jp_20"]["keseluruhan"], "jp_20", scale=100.0),
    "rec_realisation": _REALISATION,
    "rec_budget_absorb_first": _REALISATION,
    # the coverage target missed, as the summary names it (key_findings.missed_targets); rules puts it before
    # rec_budget_reach, so the CAKUPAN row (one per code) carries the coverage action
    "rec_coverage": _COVERAGE,
    "rec_budget_reach": _COVERAGE,
    "rec_budget_cheaper": _Measure("BIAYA-POIN", *_COST, higher_better=False),
    "rec_budget_more": _Measure("BIAYA-POIN", *_COST, higher_better=False),
    "rec_method": _Measure("PORSI", "pelaksanaan.kegiatan_per_metode[metode={s}].n_peserta / Σ n_peserta (× 100)",
                           "pl_ind_method", lambda hasil, subject: method_choice.method_share(hasil, subject)
                           if hasil["pelaksanaan"]["kegiatan_per_metode"] else None, has_interval=False,
                           # no share target this year for a cheaper method whose gain per participant is clearly lower,
                           # unless for the next cheaper method that takes its place (method_choice.share_advised,
                           # C12-15); last year's share row is still measured (REVIEW6 R6-1: it read "belum dapat
                           # dihitung" beside the 8,6% of Tabel 4)
                           issued=method_choice.share_advised),
    "rec_did_expand": _Measure("IKM", *_IKM, survey=True),
    "rec_did_review": _Measure("IKM", *_IKM, survey=True),
    # designing the measurement, judged by what it asks for: the units the comparison uses
    # (plan_targets._did_units_goal)
    "rec_did_measure": _Measure("IKM-UKUR", "level4_hasil.did_ikm.efek.unit_dilatih + "
                                            "level4_hasil.did_ikm.efek.unit_pembanding", "pl_ind_did_units",
                                lambda hasil, _: did_units(hasil), unit="count", has_interval=False,
                                # none where the province earned the word (its IKM row; CHECK10 C10-1)
                                issued=lambda hasil, _subject="": province_impact.earned_elsewhere(hasil) is None),
    "rec_weak": _Measure("", "komunikasi.unsur[unsur={s}]", "pl_ind_weak", _element, unit="element",
                         floor=constants.WEAK_ELEMENT_THRESHOLD, survey=True),
    "rec_resist": _Measure("RESISTENSI", "tantangan.resistensi.resistensi_tinggi (× 100)", "pl_ind_resist",
                           lambda hasil, _: hasil["tantangan"]["resistensi"]["resistensi_tinggi"], scale=100.0,
                           higher_better=False),
    # every participation scored and rated: the target is all of them
    "rec_data": _Measure("DATA", "data.n_partisipasi_lengkap / data.n_partisipasi_tahun (× 100)", "pl_ind_data",
                         lambda hasil, _: data_share(hasil), floor=100.0, has_interval=False),
    # units (province: dinas) below category B, counted as the summary's finding lists them (ikm_units.ikm_below_b):
    # a whole number, none is the target; no interval (each unit's category is judged on its own estimate)
    # (the path of a dinas report, then the province's: hasil.json keys only, the same in both languages)
    "rec_ikm_units": _Measure("IKM-CD", "count(kategori in C, D: level4_hasil.ikm_unit[periode=komunikasi.periode] | "
                                        "perbandingan_dinas[].ikm)", "pl_ind_ikm_units",
                              lambda hasil, _: ikm_units.ikm_below_b_count(hasil), unit="count", higher_better=False,
                              floor=0.0, has_interval=False, province_code="IKM-CD-DINAS", survey=True),
    # the adjusted gain clearly below the province mean (the attention list's rule): the difference, at least zero
    # next year (the line that removes the finding, as an element's B band); the province: one row per dinas
    "rec_gain_low": _Measure("KENAIKAN", "pooling.dinas_ini.selisih_rata", "pl_ind_gain_low",
                             lambda hasil, subject: lagging_gain.contrast(hasil, subject), unit="points", floor=0.0,
                             province_path="pooling.per_dinas[dinas={s}].selisih_rata"),
    # PPPK above the JP cap of PP 49/2018 Pasal 39 (pppk_cap.over_cap): none is the target, the regulation's line
    "rec_pppk": _Measure("PPPK-JP", "pelaksanaan.jp_20.pppk.di_atas_batas (× 100)", "pl_ind_pppk",
                         lambda hasil, _: _pppk_over(hasil), scale=100.0, higher_better=False, floor=0.0,
                         year_total=True),  # every course until 31 December adds to a PPPK's hours
    # money without gain: its own goal (plan_targets._stop_goal), a gain above zero or no money
    "rec_stop": _Measure("STOP", "level2_pembelajaran.per_metode[metode={s}]; "
                                 "pelaksanaan.kegiatan_per_metode[metode={s}].anggaran_rp", "pl_ind_stop",
                         method_gain, unit="points"),
    # a very small gain: next year's above the better end of today's interval
    "rec_little": _Measure("KECIL", "level2_pembelajaran.per_metode[metode={s}]", "pl_ind_little", method_gain,
                           unit="points"),
}


def indicator_words(rule: str, subject: str, tahun: int, lang: str, dinas: tuple[str, ...] = (),
                    province: bool = False, slug: str = "", did: Mapping[str, Any] | None = None,
                    costed: bool = True) -> str:
    """A row's indicator in words, measured in ``tahun`` + 1: the one place the plan (``plan_targets.goal`` and its
    helpers) and a row known only from its published record (published_rows) build it. ``subject``: the element, the
    method, or the dinas of a province's gain row; ``dinas``: those a stop-or-redesign row was written for;
    ``province``: the report's scope is the province; ``slug``: the scope (a dinas report's own gain row); ``did``: its
    `level4_hasil.did_ikm` (the programme a measurement row names); ``costed`` false: a stop row whose method has no
    recorded cost, measured on the gain alone. '' for a rule without a measure."""
    measured = MEASURED.get(rule)
    if measured is None:
        return ""
    key, values = measured.indicator, {"tahun": tahun + 1, **RULE_WORDS.get(rule, {})}
    if rule == "rec_weak":
        values["unsur"] = phrases.element_name(subject, lang)
    elif rule == "rec_gain_low":  # the province's row names its dinas; a dinas report's, itself, in English by the
        # name its running text uses ('the Communication and Informatics Agency'; LOOK37b M-8: a third form)
        own = lang == "en" and not province and bool(slug) and subject in ("", slug)
        values["dinas"] = names.running_text_name(slug, compact_name(slug), lang) if own \
            else part_name(subject or slug, lang)
    elif subject:
        values["metode"] = label(subject, lang)
    if rule in ("rec_stop", "rec_little") and dinas:
        key = f"pl_ind_{rule.removeprefix('rec_')}_{'dinas' if len(dinas) > 1 else 'one'}"
        values["dinas"] = phrases.and_([dinas_name(one, lang) for one in dinas], lang)
    elif rule in ("rec_stop", "rec_little") and province:  # the province's own gain (plan.WHOLE_PROVINCE), said so
        key = f"pl_ind_{rule.removeprefix('rec_')}_province"
    elif rule == "rec_ikm_units":  # the units of a dinas report, the dinas of the province's
        values["siapa"] = t("kt_ikm_dinas_word" if province else "kt_ikm_unit_word", lang)
    elif rule == "rec_did_measure":
        values |= impact.programme(did or {}, lang)  # type: ignore[arg-type]
    if rule == "rec_stop" and not costed:
        key = f"{key}_gain"
    return t(key, lang, **values)


def year_total(rule: str) -> bool:
    """Whether a rule's row measures a total of the year (a key figure's, facts.YEAR_TOTALS, or its own): such a
    row is not judged on a year not over (followup_review.judge; CHECK15 E15-6)."""
    measured = MEASURED.get(rule)
    return measured is not None and (measured.year_total or measured.target_key in facts.YEAR_TOTALS)


def dinas_name(slug: str, lang: str) -> str:
    return names.compact(slug, compact_name(slug), lang)


def part_name(slug: str, lang: str) -> str:
    """A dinas in a value cell of several dinas: its usual short name ('Kesehatan', 'Satpol PP'), as the tables
    of units name it (a narrow number column broke 'Satuan Polisi Pamong Praja' inside its words)."""
    return names.short_name_in(slug, lang)


def data_share(hasil: Hasil) -> float | None:
    """Percent of the year's participations with all three values, pre, post and a behaviour rating (rows counted,
    as the label says and as BAB III's behaviour-gain slope counts them; the smaller of the two counts overstated it,
    REVIEW3 #10); None without participations, 0 for a dinas whose year's data were not received (its DATA row asks
    for them: CHECK11 C11-7). Last year's row is judged on this definition: its value comes from last year's
    results, which the model stage recomputes with the same code (hasil-<tahun>-tahun-lalu.json)."""
    total = hasil["data"]["n_partisipasi_tahun"]
    if not total:
        return 0.0 if rules.year_not_received(hasil) else None
    return 100.0 * hasil["data"]["n_partisipasi_lengkap"] / total


# _Measure.unit -> the unit key of the results contract (contract.doc.UNITS) of a row's value and target
UNIT_KEYS = {"percent": "persen", "rupiah": "rp_per_poin", "score": "ikm", "points": "poin_tes", "count": "jumlah",
             "element": "skor_1_4"}
