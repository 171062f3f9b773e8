"""Why a figure cannot be given: the actual reason, never a bare "tidak cukup data".

The reason is read from the estimate itself (hasil.json): a difference-in-differences names its
treated and comparison units, a cost per point its activities or a total gain at or below zero
(a finding, not missing data), a survey its respondents, a regression its observations, anything
else its n against the minimum. docs/metode.md lists the minimums.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn import constants
from evalasn.report.words import fmt, unit_accounting
from evalasn.report.words.text import label, t

# Any estimate record of hasil.json (an Estimate and its kinds, a key or trend figure): the reason is
# read from whichever optional keys the record has, so the record is looked at as a mapping.
AnyEstimate = Mapping[str, Any]
# 20 JP of a scope without PNS, every ASN a PPPK (analysis.compliance.NO_PNS): the duty does not apply there
NO_PNS = "tanpa_pns"


def reason(estimate: AnyEstimate | None, lang: str) -> str:
    """The reason ``e`` (an estimate with cukup_data false, or None) has no value."""
    if not estimate:
        return t("why_no_data", lang)
    observations = estimate.get("n") or 0
    count = lambda v: fmt.integer(v, lang)  # noqa: E731
    if estimate.get("alasan") == "rentang_melebihi_skala":  # a dose or a DiD effect (analysis.did)
        return t("why_wider_than_scale", lang, k=count(estimate.get("n_klaster") or observations))
    if estimate.get("unit_dilatih") == 0:  # nobody reached the threshold in the window (issue 23.3)
        return t("why_tanpa_dilatih", lang, unit_p=count(estimate.get("unit_pembanding") or 0))
    if ("unit_dilatih" in estimate
            and min(estimate["unit_dilatih"], estimate["unit_pembanding"]) < constants.MIN_UNITS_PER_ARM):
        units = unit_accounting.accounting(estimate, lang)  # every unit of the scope (LOOK22 Y-4)
        return t("why_units", lang, d=count(estimate["unit_dilatih"]), p=count(estimate["unit_pembanding"]),
                 min=constants.MIN_UNITS_PER_ARM, rincian=f". {fmt.capitalised(units)}" if units else "")
    if "unit_dilatih" in estimate:
        return t("why_periods", lang)
    if estimate.get("alasan") == "unit_kurang_dosis":  # the dose slope (analysis.did.dose_record)
        return t("why_dose_units", lang, k=count(estimate.get("n_klaster") or observations),
                 min=constants.MIN_UNITS_DOSE)
    if estimate.get("alasan") == "tanpa_data_kegiatan":  # analysis.compliance.without_activity_data
        return t("why_no_activity_data", lang)
    if estimate.get("alasan") == "skm_tidak_diterima":
        return skm_not_received(estimate, lang)
    if estimate.get("alasan") == NO_PNS:  # every ASN a PPPK (analysis.compliance.duty_share; CHECK13 D13-5)
        return t("why_no_pns", lang, n=count(estimate.get("n_asn") or 0))
    if estimate.get("alasan") == "skm_periode_lain":  # the province's one period (analysis.results.in_period)
        return t("why_skm_other_period", lang, periode=estimate.get("periode") or "",
                 lain=(estimate.get("terakhir") or {}).get("periode") or "", terakhir=skm_last(estimate, lang))
    few = few_clusters(estimate, lang)
    if few:
        return few
    if estimate.get("alasan") == "biaya_tidak_tercatat":
        return cost_unrecorded(estimate, lang)
    if estimate.get("alasan") == "gain_tidak_positif":
        # with the gain's interval where the caller gives it (`gain_bawah`, `gain_atas`: REVIEW5b 1 and 17)
        low, high = estimate.get("gain_bawah"), estimate.get("gain_atas")
        shown, *ends = fmt.figures((estimate.get("rata_gain") or 0.0, low, high), "poin_tes", lang)
        within = f", {fmt.interval_text(ends[0], ends[1], lang)}" if low is not None and high is not None else ""
        return t("why_gain_not_positive", lang, n_keg=count(estimate.get("n_kegiatan") or 0), gain=shown, ik=within,
                 n=count(estimate.get("n") or 0), biaya=fmt.rupiah(estimate.get("anggaran_rp") or 0.0, lang))
    if estimate.get("alasan") == "gain_belum_jelas":
        return gain_unclear(estimate, lang)
    if estimate.get("alasan") == "rasio_tak_terbatas":
        # the mean judged clearly above zero beside its own activities; the resampled ones, when fewer (some at
        # Rp 0), named with their mean (CHECK14 E14-5: the costed 2,0 beside all 26)
        judged, costed = estimate.get("gain_n_kegiatan") or estimate.get("n_kegiatan") or 0, estimate.get("n_kegiatan")
        resampled = t("why_ratio_costed", lang, k=count(costed), gain=fmt.figure(
            estimate.get("rata_gain") or 0.0, "poin_tes", lang)) if costed and costed < judged else \
            t("why_ratio_all", lang)
        return t("why_ratio_unbounded", lang, gain=fmt.figure(judged_gain(estimate) or 0.0, "poin_tes", lang),
                 n_keg=count(judged), kegiatan=resampled,
                 porsi=fmt.percent(100 * (estimate.get("porsi_replikasi_tidak_positif") or 0.0), 1, lang))
    pooled = in_years(estimate, lang)  # the budget model's years, beside a count that spans them
    if estimate.get("alasan") == "kegiatan_kurang_regresi":
        if (estimate.get("n_kegiatan") or 0) < constants.MIN_ACTIVITIES_REGRESSION:
            return t("why_activities", lang, n_keg=count(estimate["n_kegiatan"]), pada=pooled,
                     min=constants.MIN_ACTIVITIES_REGRESSION, untuk=t("why_for_regression", lang))
        return t("why_n_regression", lang, n=count(observations), pada=pooled, min=constants.MIN_N_REGRESSION)
    if estimate.get("alasan") == "data_kurang_regresi":  # a coefficient (analysis.stats.withheld_because)
        return t("why_n_regression", lang, n=count(observations), pada=pooled, min=constants.MIN_N_REGRESSION)
    if estimate.get("alasan") == "biaya_sama":
        return t("why_no_variation", lang, n=count(observations), pada=pooled)
    if "n_kegiatan" in estimate and not estimate.get("n_kegiatan"):
        return t("why_no_activities", lang)
    if estimate.get("alasan") == "kegiatan_kurang" and observations < constants.MIN_N \
            and (estimate.get("n_kegiatan") or 0) >= constants.MIN_ACTIVITIES_COST:  # a cost per point: participants
        return t("why_participants", lang, n=count(observations), min=constants.MIN_N,
                 k=count(estimate.get("n_kegiatan") or 0))
    if estimate.get("alasan") in ("kegiatan_kurang", "kegiatan_kurang_tren"):  # cost per point, a year's trend gain
        cost = estimate["alasan"] == "kegiatan_kurang"
        return t("why_activities", lang, n_keg=count(estimate.get("n_kegiatan") or 0), pada=pooled,
                 min=constants.MIN_ACTIVITIES_COST if cost else constants.MIN_ACTIVITIES_TREND_GAIN,
                 untuk=t("why_for_cost" if cost else "why_for_trend", lang))
    if "n_kegiatan" in estimate and (estimate.get("n_kegiatan") or 0) < constants.MIN_ACTIVITIES_COST:
        # a record without its reason code (an older hasil.json): the activity rule it most likely failed
        return t("why_activities", lang, n_keg=count(estimate.get("n_kegiatan") or 0), pada=pooled,
                 min=constants.MIN_ACTIVITIES_COST, untuk=t("why_for_cost", lang))
    if observations == 0:
        return t("why_no_data", lang)
    if "kategori" in estimate and observations < constants.MIN_RESPONDENTS_UNIT:
        return t("why_respondents", lang, n=count(observations), min=constants.MIN_RESPONDENTS_UNIT)
    if observations < constants.MIN_N:
        return t("why_n", lang, n=count(observations), min=constants.MIN_N)
    if observations < constants.MIN_N_REGRESSION:
        return t("why_n_regression", lang, n=count(observations), pada=pooled, min=constants.MIN_N_REGRESSION)
    # a record without a reason code this function knows: no cause it cannot know (LOOK32 D-5: 'no variation in costs
    # or scores' for an adjusted gain withheld for its 2 activities); every analysis gives its own code
    return t("why_unknown", lang, n=count(observations))


def in_years(record: AnyEstimate, lang: str) -> str:
    """' pada 2023–2025' (en ' in 2023–2025'): the years a record's counts span (`tahun_kegiatan`, the budget
    model's), said beside a count that pools them so it is not read as the evaluated year's (LOOK33 E-3: "hanya 14
    kegiatan" of 2023-2025 on the summary page whose first line gives the year's 8); '' for a record without them."""
    years = sorted(record.get("tahun_kegiatan") or [])
    if not years:
        return ""
    shown = str(years[0]) if years[0] == years[-1] else fmt.span(str(years[0]), str(years[-1]), lang)
    return t("why_in_years", lang, tahun=shown)


def skm_not_received(estimate: AnyEstimate, lang: str) -> str:
    """Why the evaluated year's IKM is withheld when only an earlier year's SKM came (alasan "skm_tidak_diterima",
    analysis.results.key_ikm): 'SKM 2025 tidak diterima (terakhir 2024-S2: 75,39; 73,41–77,37; 92 responden)'."""
    return t("why_skm_not_received", lang, tahun=str(estimate.get("periode") or "")[:4],
             terakhir=skm_last(estimate, lang))


def skm_last(estimate: AnyEstimate, lang: str) -> str:
    """The last earlier period's IKM an IKM withheld for want of this year's SKM names: '2024-S2: 75,39; rentang
    keyakinan 95%: 73,41 s.d. 77,37; 92 responden' (the period alone when that figure was withheld too)."""
    last = estimate.get("terakhir") or {}
    if last.get("estimasi") is None or last.get("ci_bawah") is None or last.get("ci_atas") is None:
        return str(last.get("periode") or "")
    return t("why_skm_last", lang, periode=last["periode"], nilai=fmt.ikm(last["estimasi"], lang),
             ik=fmt.interval(last["ci_bawah"], last["ci_atas"], "ikm", lang), n=fmt.integer(last["n"], lang))


def cost_unrecorded(estimate: AnyEstimate, lang: str) -> str:
    """Why a cost per point is withheld for want of recorded cost (alasan "biaya_tidak_tercatat",
    analysis.budget.recorded_cost): 'biaya seminar tidak tercatat: 15 kegiatan dengan anggaran Rp 0 atau kosong', with
    the costed activities left against the minimum when there are some."""
    costed = estimate.get("n_kegiatan") or 0
    left = t("why_cost_unrecorded_left", lang, c=fmt.integer(costed, lang), min=constants.MIN_ACTIVITIES_COST) \
        if costed else ""
    method = f'{label(estimate["metode"], lang)} ' if estimate.get("metode") else ""
    return t("why_cost_unrecorded", lang, metode=method,
             k=fmt.integer(estimate.get("kegiatan_tanpa_biaya") or 0, lang), sisa=left)


def few_clusters(estimate: AnyEstimate, lang: str) -> str | None:
    """The reason of a gain or an SKM element withheld by its own rule (its `alasan`, set by analysis.learning,
    analysis.pooling, analysis.ikm): too few participants (constants.MIN_N), too few activities or units for an
    interval (constants.MIN_CLUSTERS: the mean, its n and its clusters, no interval), or no variation; None for any
    other record. The same words in the agency's and the province's report: both read the same code."""
    code = estimate.get("alasan")
    count = lambda v: fmt.integer(v, lang)  # noqa: E731
    people = count(estimate.get("n") or 0)
    if code == "peserta_kurang" and not estimate.get("n") and not estimate.get("n_kegiatan"):
        return None  # no activity at all: said as for any figure of such a year (why_no_activities)
    if code == "peserta_kurang":
        return t("why_participants", lang, n=people, min=constants.MIN_N, k=count(estimate.get("n_kegiatan") or 0))
    if code == "kegiatan_kurang_klaster":
        mean = estimate.get("rata_peserta")
        shown = t("why_mean_no_interval", lang, rata=fmt.figure(mean, "poin_tes", lang)) if mean is not None else ""
        method = f' {label(estimate["metode"], lang)}' if estimate.get("metode") else ""
        return t("why_clusters", lang, k=count(estimate.get("n_kegiatan") or 0), metode=method, n=people, rata=shown,
                 min=constants.MIN_CLUSTERS)
    if code == "unit_kurang_klaster" and "rata_ikm" in estimate:  # an IKM: its respondents, its value
        value = estimate.get("rata_ikm")
        shown = t("why_ikm_no_interval", lang, rata=fmt.ikm(value, lang)) if value is not None else ""
        return t("why_ikm_unit_clusters", lang, k=count(estimate.get("n_unit_layanan") or 0), n=people, rata=shown,
                 min=constants.MIN_CLUSTERS)
    if code == "unit_kurang_klaster":
        mean = estimate.get("rata_unsur")
        shown = t("why_element_no_interval", lang, rata=fmt.figure(mean, "skor_1_4", lang)) \
            if mean is not None else ""
        return t("why_unit_clusters", lang, k=count(estimate.get("n_unit_layanan") or 0), n=people, rata=shown,
                 min=constants.MIN_CLUSTERS)
    if code == "tanpa_keragaman":
        return t("why_no_variation", lang, n=people, pada=in_years(estimate, lang))
    return None


def judged_gain(estimate: AnyEstimate) -> float | None:
    """The mean of the gain a withheld cost per point was judged on (`gain_rata`, over `gain_n_kegiatan`), else the
    costed activities' (`rata_gain`, results written before it)."""
    judged = estimate.get("gain_rata")
    return judged if judged is not None else estimate.get("rata_gain")


def brief(estimate: AnyEstimate | None, lang: str) -> str:
    """The reason in a table's Status cell: a withheld cost per point (FINDINGS) by its cause alone ('kenaikan nilai
    belum pasti di atas nol (hanya 6 kegiatan)'), whose figures the chapter gives (a 13-line cell in Tabel 1, reader
    review 4 item 17); every other reason is short already."""
    cause = (estimate or {}).get("alasan")
    if cause not in FINDINGS or estimate is None:
        return reason(estimate, lang)
    activities = estimate.get("gain_n_kegiatan") or estimate.get("n_kegiatan") or 0
    return t("why_brief", lang, sebab=cause_words(cause, lang),
             dasar=gain_basis(activities, lang, judged_gain(estimate)))


def short(estimate: AnyEstimate | None, lang: str) -> str:
    """A withheld figure's cause in a few words, for a Status cell beside the cell that gives the whole reason
    (LOOK13 M-1: Tabel 15 repeated the 14-line value cell in its Status cell): 'hanya 1 kegiatan', 'hanya 12
    peserta', 'hanya 2 unit layanan', 'biaya tidak tercatat', 'kegiatan berbiaya tercatat kurang dari 5' when some
    activities have a cost but too few (LOOK36 J-2); '' when the cause has no shorter form than the reason."""
    code = (estimate or {}).get("alasan")
    count = lambda v: fmt.integer(v or 0, lang)  # noqa: E731
    if estimate is None or not code:
        return ""
    activities = estimate.get("n_kegiatan")
    minimum = {"kegiatan_kurang_klaster": constants.MIN_CLUSTERS, "kegiatan_kurang": constants.MIN_ACTIVITIES_COST,
               "kegiatan_kurang_tren": constants.MIN_ACTIVITIES_TREND_GAIN,
               "kegiatan_kurang_regresi": constants.MIN_ACTIVITIES_REGRESSION}.get(code)
    if minimum is not None and activities is not None and activities < minimum:  # as ``reason`` tells them apart
        return t("why_short_activities", lang, k=count(activities))
    if code in ("peserta_kurang", "kegiatan_kurang") and estimate.get("n"):
        return t("why_short_participants", lang, n=count(estimate.get("n")))
    if code == "unit_kurang_klaster" and estimate.get("n_unit_layanan") is not None:
        return t("why_short_units", lang, k=count(estimate.get("n_unit_layanan")))
    if code == "biaya_tidak_tercatat" and activities:  # some costed, too few (analysis.budget): not "none recorded"
        return t("why_short_costed", lang, min=constants.MIN_ACTIVITIES_COST)
    if code == "biaya_tidak_tercatat":
        return t("why_biaya_tidak_tercatat", lang)
    if code == "skm_tidak_diterima":
        return t("why_short_skm", lang, tahun=str(estimate.get("periode") or "")[:4])
    if code == NO_PNS:
        return t("why_short_no_pns", lang)
    if code == "skm_periode_lain":
        return t("why_short_skm_other", lang, lain=(estimate.get("terakhir") or {}).get("periode") or "")
    return ""


def clause(estimate: AnyEstimate | None, lang: str) -> str:
    """A withheld figure's cause in one clause, for a cell that points to where the whole reason is printed
    (LOOK27 Y-4: Tabel 12 put the trend note's 330-character reason, brackets and all, in a bracket of its own): a
    finding by its cause words ('rata-rata kenaikan peserta belum pasti di atas nol'), else its short cause
    ('hanya 3 kegiatan'), else the reason, which then has no shorter form."""
    if is_finding(estimate):
        return cause_words(str((estimate or {}).get("alasan")), lang)
    return short(estimate, lang) or reason(estimate, lang)


def cause_words(cause: str, lang: str) -> str:
    """A withheld cost per point's cause (one of FINDINGS, hasil.json `alasan`) in the words every table and the
    workbook use: 'kenaikan nilai tidak positif' / 'gain not positive'."""
    return t(f"why_{cause}", lang)


def gain_basis(activities: int, lang: str, gain: float | None = None) -> str:
    """What a gain's interval rests on: '6 kegiatan, jadi rentangnya lebar' for a mean ``gain`` above zero on fewer
    than constants.FEW_CLUSTERS activities (the small-sample t on G - 1 df widens the interval, which is why it
    reaches zero), else '8 kegiatan'. LOOK14 P-10: 'hanya 8 kegiatan; −1,0 poin' blamed a count that meets every
    minimum for a mean that is simply not above zero."""
    few = gain is not None and gain > 0 and activities < constants.FEW_CLUSTERS
    return t("why_gain_basis_few" if few else "why_gain_basis", lang, k=fmt.integer(activities, lang))


def gain_unclear(estimate: AnyEstimate, lang: str) -> str:
    """Why a cost per point is not given when its gain is not yet certain to be above zero (alasan
    "gain_belum_jelas"): the activities the gain's interval rests on and that interval; 'no upper bound' only when
    the bootstrap really has more than constants.COST_UNBOUNDED_SHARE replicates without a positive gain."""
    low, high = estimate.get("gain_bawah"), estimate.get("gain_atas")
    interval = fmt.interval(low, high, "poin_tes", lang) if low is not None and high is not None else ""
    activities = estimate.get("gain_n_kegiatan") or estimate.get("n_kegiatan") or 0
    unbounded = (estimate.get("porsi_replikasi_tidak_positif") or 0.0) > constants.COST_UNBOUNDED_SHARE
    return t("why_gain_unclear", lang, dasar=gain_basis(activities, lang, judged_gain(estimate)),
             gain=fmt.figure(judged_gain(estimate) or 0.0, "poin_tes", lang), ik=interval,
             biaya=fmt.rupiah(estimate.get("anggaran_rp") or 0.0, lang),
             tak_terbatas=t("why_cost_no_upper", lang) if unbounded else "")


def unavailable(did: AnyEstimate, lang: str) -> str:
    """Why a difference-in-differences could not be set up (hasil.json `alasan` code), in words."""
    # not "the survey": unit performance indicators (kinerja_unit) are set up the same way
    if did.get("alasan") == "periode_berurutan":  # analysis.did.ADJACENT (CHECK13 D13-6)
        return t("why_adjacent_periods", lang, sebelum=did.get("periode_sebelum") or "",
                 sesudah=did.get("periode_sesudah") or "")
    return t("why_no_survey" if did.get("alasan") == "tanpa_skm" else "why_no_periods", lang)


def not_enough(estimate: AnyEstimate | None, lang: str) -> str:
    """'belum dapat dihitung: <reason>' (for table cells and sentences); an IKM withheld from too few service units
    was computed, so its value comes first: '75,77 tanpa rentang keyakinan: hanya 2 unit layanan (18 responden), …'."""
    value = without_interval(estimate)
    if estimate is not None and estimate.get("alasan") == NO_PNS:  # not "cannot be computed": it does not apply
        return reason(estimate, lang)
    if value is not None and estimate is not None:
        return t("ikm_no_interval_because", lang, nilai=fmt.ikm(value, lang),
                 alasan=reason({**estimate, "rata_ikm": None}, lang))
    return t("not_enough_because", lang, alasan=reason(estimate, lang))


def without_interval(estimate: AnyEstimate | None) -> float | None:
    """The value of an IKM withheld from too few service units (`rata_ikm`, analysis.ikm.summarise), else None:
    shown without interval, category or rank wherever the IKM is shown."""
    if not estimate or estimate.get("cukup_data") or estimate.get("alasan") != "unit_kurang_klaster":
        return None
    value = estimate.get("rata_ikm")
    return float(value) if value is not None else None


FINDINGS = ("gain_tidak_positif", "gain_belum_jelas", "rasio_tak_terbatas")


def is_finding(estimate: AnyEstimate | None) -> bool:
    """A missing value that is itself a result: a cost per point whose gain is at or below zero, not yet certain to
    be above zero (its `status_kenaikan`), or whose bootstrap has no finite upper bound
    (constants.COST_UNBOUNDED_SHARE)."""
    return estimate is not None and estimate.get("alasan") in FINDINGS
