"""Sentences about the impact estimates (issue 10): words follow the design.

A causal word appears only when the analysis's verdict (``putusan.boleh_kausal``) allows it:
a comparison group with enough units, a pre-trend check that exists and does not reject, and an
interval that excludes zero in the expected direction. Otherwise the sentence says what was
observed and why it is not yet an impact; a significant change in the unexpected direction is
described with a request to check, never as an effect. With no intervention declared (config/
intervensi.yml or INTERVENSI; the shipped config declares none) the sentences use no causal word at
all, not even negated: they say what was compared and what was observed (issue 22.3). For a declared
one, an interval that includes zero is reported with the design's power (its minimum detectable
effect), not as a verdict on the training (issue 23.2); the dose follows the same wording rule as
every estimate (issue 23.4).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil, IkmDid, IndicatorDid
from evalasn.analysis.contract.estimate import Interval, bounds, point
from evalasn.analysis.pretrend_rule import pretrend_shortfall
from evalasn.report.words import fmt, phrases
from evalasn.report.words.indicators import indicator_name
from evalasn.report.words.text import t

AnyDid = IkmDid | IndicatorDid  # the IKM's or an indicator's difference-in-differences


def _check(did: AnyDid) -> Mapping[str, Any]:
    """The record's pre-trend check (empty when it has none)."""
    return did.get("uji_tren_awal") or {}


def estimated(did: AnyDid) -> bool:
    """Whether the comparison's estimator ran: units enough in each arm (an effect, or one computed and refused for
    an interval wider than the scale). A comparison withheld for its units names no estimator and no pre-trend check
    as having run (LOOK16 R-16)."""
    effect: Mapping[str, Any] = did.get("efek") or {}
    return bool(did.get("tersedia") and effect and (effect.get("cukup_data")
                                                    or effect.get("alasan") == "rentang_melebihi_skala"))


def kind_of(did: AnyDid) -> str:
    """How the record's figures print: IKM points, or the indicator's own unit."""
    return "satuan_indikator" if "indikator" in did else "ikm"


def reasons(did: AnyDid, lang: str, skip: tuple[str, ...] = (), no_data: int | None = None) -> str:
    """The verdict's reasons as one clause ('a; b'). A missing pre-trend check says what is missing (its
    ``sebab``), or only 'so it cannot be checked either' when that is a reason listed already (REVIEW6b R6b-8).
    ``no_data``: the year for which the scope sent no training data (no_training_year): no unit trained is said as
    that, not blamed on the window (findings8, session 8)."""
    effect = did["efek"]
    test = did.get("uji_tren_awal")
    codes = [c for c in did["putusan"]["kode_alasan"] if c not in skip]
    values = {"unit_d": fmt.integer(effect["unit_dilatih"], lang),
              "unit_p": fmt.integer(effect["unit_pembanding"], lang),
              "min": fmt.integer(constants.MIN_UNITS_PER_ARM, lang),
              "p": pretrend_p(test, lang), "k": fmt.integer(effect["unit_dilatih"] + effect["unit_pembanding"], lang)}
    mde = _check(did).get("selisih_minimum_terdeteksi")
    if mde is not None and effect.get("estimasi") is not None:
        values |= {"mde": fmt.figure(mde, kind_of(did), lang, sign=False),
                   "besar": phrases.estimate(effect, lang, kind_of(did)),
                   "separuh": fmt.figure(abs(point(effect)) * constants.PRETREND_GAP_MAX_RATIO, kind_of(did), lang,
                                         sign=False)}
    lead = pre_estimate(did, lang)
    if lead:
        values |= {"pre": lead["pre"], "ik_pre": lead["ik"]}
    if no_data is not None:
        values["tahun"] = str(no_data)
    return "; ".join(_missing_check(did, lang, codes) if code == "tanpa_uji_tren"
                     else t("why_tanpa_data_pelatihan" if code == "tanpa_dilatih" and no_data is not None
                            else _why_key(did, code), lang, **values)
                     for code in codes)


def _why_key(did: AnyDid, code: str) -> str:
    """The text key of a reason code; a weak pre-trend check says whether its power or its own pre-period estimate
    leaves a gap of half the effect open (analysis.pretrend_rule.pretrend_shortfall)."""
    if code == "uji_tren_lemah" and pretrend_shortfall(_check(did), did["efek"],
                                                       did.get("studi_peristiwa")) == "selisih" \
            and pre_estimate(did, "id"):
        return "why_uji_tren_lemah_selisih"
    return "why_wider_than_scale" if code == "rentang_melebihi_skala" else f"why_{code}"


def no_training_year(hasil: Hasil) -> int | None:
    """The evaluated year when the report's own dinas sent no training rows for it (hasil.json
    `tren[tahun].dinas_tanpa_data_kegiatan`), else None."""
    found: Any = hasil
    year: Any = next((row for row in found.get("tren") or [] if row["tahun"] == found.get("tahun")), None)
    missing = (year or {}).get("dinas_tanpa_data_kegiatan") or []
    return found["tahun"] if (found.get("cakupan") or {}).get("slug") in missing else None


def _missing_check(did: AnyDid, lang: str, said: list[str]) -> str:
    """'the trend before training cannot be checked: <what is missing>', leaving out what ``said`` (the verdict's
    other reasons printed beside it) already names."""
    gaps = _check(did).get("sebab")
    if gaps is None:  # a record from before the cause was kept
        return t("why_tanpa_uji_tren_old", lang)
    rest = [gap for gap in gaps if gap not in said]
    if not rest:
        return t("why_tanpa_uji_tren_also", lang)
    return t("why_tanpa_uji_tren", lang, sebab=pretrend_gaps(did, lang, rest))


def pretrend_gaps(did: AnyDid, lang: str, gaps: list[str] | None = None) -> str:
    """What is missing for a pre-trend check (hasil.json ``uji_tren_awal.sebab``), in words: 'unit terlalu sedikit
    (7 dilatih, 1 pembanding, minimum 3 per kelompok)'; empty for a record without it."""
    gaps = _check(did).get("sebab") or [] if gaps is None else gaps
    effect = did["efek"]
    values = {"unit_d": fmt.integer(effect["unit_dilatih"], lang), "unit_p": fmt.integer(effect["unit_pembanding"],
                                                                                          lang),
              "min": fmt.integer(constants.MIN_UNITS_PER_ARM, lang)}
    return phrases.and_([t(f"gap_{gap}", lang, **values) for gap in gaps], lang)


def pretrend_p(test: Mapping[str, Any] | None, lang: str) -> str:
    """The pre-trend check's p as its verdict reads it: a p below the test's level that rounds up to it is 'p < 0,1'
    (0,099966 printed 'p = 0,100' beside "already moving differently" at alpha 0,10 read as a contradiction: reader
    review 5, D16)."""
    value = test.get("p") if test else None
    alpha = (test or {}).get("alpha") or constants.PRETREND_ALPHA
    shown = fmt.p_value(value, lang)
    if value is not None and value < alpha and float(shown.split()[-1].replace(",", ".")) >= alpha:
        return f"p < {fmt.number(alpha, 2, lang)}"
    return shown


def declared(hasil: Hasil) -> bool:
    """Whether an intervention is declared for the year (config/intervensi.yml or INTERVENSI)."""
    return bool((hasil["parameter"].get("intervensi") or "").strip())


def _declared_in(did: AnyDid) -> bool:
    chosen = did.get("intervensi")
    return bool(chosen and chosen["dipilih"])


def programme(did: AnyDid, lang: str) -> dict[str, str]:
    """The declared intervention by its configured text (`intervensi.teks`): program (in a sentence), Program (at
    its start): 'pelatihan “layanan prima”'; without one, the words of the catalogue's 'service training'."""
    chosen: Mapping[str, Any] = did.get("intervensi") or {}
    teks = (chosen.get("teks") or "").strip() if chosen.get("dipilih") else ""
    if not teks:
        return {"program": t("did_programme_any", lang), "Program": t("did_programme_any_start", lang)}
    return {"program": t("did_programme", lang, teks=teks), "Program": t("did_programme_start", lang, teks=teks)}


def subject(did: AnyDid, lang: str) -> dict[str, str]:
    """The declared programme with the activities the comparison used (the window's, this scope's: hasil.json
    `intervensi.n_kegiatan_jendela`; REVIEW5b 4): subjek (in a sentence), Subjek (at its start): 'pelatihan “layanan
    prima” (64 kegiatan pada 1 Januari–30 Juni 2025)'; the programme alone when the record has no window count."""
    named = programme(did, lang)
    chosen: Mapping[str, Any] = did.get("intervensi") or {}
    count, window = chosen.get("n_kegiatan_jendela"), did.get("jendela_kegiatan")
    if count is None or not window:
        return {"subjek": named["program"], "Subjek": named["Program"]}
    when = dict(n=fmt.integer(count, lang), jendela=fmt.days_between(window[0], window[1], lang))
    return {"subjek": t("did_subject", lang, program=named["program"], **when),
            "Subjek": t("did_subject", lang, program=named["Program"], **when)}


def claim(did: AnyDid, lang: str, reason_said: bool = False) -> dict[str, str]:
    """What a sentence on a declared intervention's estimate carries in itself (issue 22.3): its subject
    (``programme``, ``subject``), its design (difference-in-differences, how units were assigned, the pre-trend check
    over its periods) and its caveat (more other training in the trained units in the same window, as printed: the
    estimate cannot be separated from it; otherwise, for an observational design, that units were not drawn by lot);
    ``desain_kalimat`` is the two as a sentence of their own, for the sentences without a causal word.
    ``reason_said``: the sentence already gives a weak check's reason (why_uji_tren_lemah: what it can detect, or the
    pre-period difference), so the design clause says only that it does not reject (CHECK10 C10-8: the MDE twice)."""
    chosen: Mapping[str, Any] = did.get("intervensi") or {}
    test = did.get("uji_tren_awal")
    nearest = pre_estimate(did, lang)
    if test and test.get("tersedia") and test.get("p") is not None:
        key = "did_trend_bad" if test["p"] < (test.get("alpha") or constants.PRETREND_ALPHA) else "did_trend_ok"
        if key == "did_trend_ok" and nearest is not None:  # what the check saw and could see (REVIEW6b R6b-11)
            key = "did_trend_not_rejected" if reason_said else "did_trend_seen"
        trend = t(key, lang, k=fmt.integer(test["k"], lang), p=pretrend_p(test, lang), **(nearest or {}))
    else:
        gaps = pretrend_gaps(did, lang)
        trend = t("did_trend_none_why", lang, sebab=gaps) if gaps else t("did_trend_none", lang)
    random = chosen.get("penugasan") == "acak"
    design = t("did_design_words", lang, penugasan=t(f"did_assigned_{'acak' if random else 'observasional'}", lang),
               tren=trend)
    other: Mapping[str, Any] = did.get("pelatihan_lain") or {}
    trained: Mapping[str, Any] = other.get("dilatih") or {}
    comparison: Mapping[str, Any] = other.get("pembanding") or {}
    jp_d, jp_p = trained.get("jp_per_pegawai"), comparison.get("jp_per_pegawai")
    more = jp_d is not None and jp_p is not None and round(jp_d, 1) > round(jp_p, 1)  # more, as printed
    caveat = t("did_caveat_other", lang, jp_d=fmt.number(jp_d, 1, lang), jp_p=fmt.number(jp_p, 1, lang)) if more \
        else "" if random else t("did_caveat_observed", lang)
    return {**programme(did, lang), **subject(did, lang), "desain": design, "catatan": caveat,
            "desain_kalimat": t("did_design_sentence", lang, desain=design, catatan=caveat)}


def pre_estimate(did: AnyDid, lang: str) -> dict[str, str] | None:
    """The pre-period estimate nearest the training (``uji_tren_awal.e_terdekat`` in ``studi_peristiwa``) with its
    interval, and the smallest difference the check could detect: pre, ik, mde (figures of the record's kind), and
    kapan, which period it is, as the figure numbers it: the nearest not used as the reference (LOOK37 L-14); None
    for a record without them."""
    test = _check(did)
    nearest, mde = test.get("e_terdekat"), test.get("selisih_minimum_terdeteksi")
    lead = next((ev for ev in did.get("studi_peristiwa") or [] if ev["e"] == nearest and ev.get("cukup_data")), None)
    if lead is None or mde is None or lead.get("ci_bawah") is None or lead.get("ci_atas") is None:
        return None
    kind = kind_of(did)
    references = sorted({c["e_acuan"] for c in did.get("kohort") or [] if "e_acuan" in c})
    when = dict(e=_relative(int(lead["e"])))
    return {"pre": phrases.estimate(lead, lang, kind),
            "ik": fmt.interval(lead["ci_bawah"], lead["ci_atas"], kind, lang),
            "mde": fmt.figure(mde, kind, lang, sign=False),
            "kapan": t("did_pre_when_ref", lang, acuan=_relative(references[0]), **when) if len(references) == 1
            else t("did_pre_when", lang, **when)}


def _relative(period: int) -> str:
    """A relative period as the event-study figure's axis labels it: '−3' (a minus sign, not a hyphen)."""
    return str(period).replace("-", "\u2212")


def sentence(did: AnyDid, lang: str, size: dict[str, str], direction: str) -> str:
    """The finding about the IKM: ``size`` holds besar/ik, ``direction`` the interval's direction. With a declared
    intervention it names the programme (with the activities the comparison used) and carries its design and caveat
    (claim), whatever the verdict."""
    effect = did["efek"]
    common = dict(size, unit_d=fmt.integer(effect["unit_dilatih"], lang),
                  unit_p=fmt.integer(effect["unit_pembanding"], lang))
    verdict = did.get("putusan")
    if direction == "flat":
        common |= _flat(effect, lang)
    if not _declared_in(did):  # no intervention declared: observed words only
        if direction == "up":
            return t("f_did_obs_up_none", lang, alasan=reasons(did, lang), **common)
        return t("f_did_down_none" if direction == "down" else "f_did_flat_none", lang, **common)
    weak = direction == "up" and not (verdict and verdict["boleh_kausal"]) \
        and "uji_tren_lemah" in (verdict["kode_alasan"] if verdict else [])
    common |= dict(ambang=fmt.percent(did.get("ambang_persen_dilatih", constants.TREATED_SHARE * 100), 0, lang),
                   **claim(did, lang, reason_said=weak))
    if direction == "up" and verdict and verdict["boleh_kausal"]:
        return t("f_did_up", lang, **common)
    if direction == "up":
        return t("f_did_obs_up", lang, alasan=reasons(did, lang), **common)
    if direction == "down":
        return t("f_did_down", lang, **common)
    return t("f_did_flat", lang, daya=power_clause(effect, lang), **common)


def _flat(effect: Interval, lang: str) -> dict[str, str]:
    """An interval that includes zero, as observed (REVIEW7 R7-14): 'naik 5,24 poin lebih banyak daripada di unit
    pembanding' (or 'lebih sedikit') and the interval of the signed difference, as the summary and every table print
    it; a difference below zero is named with its sign before it (LOOK18 T-1: '1,61 poin lebih sedikit … −6,61 s.d.
    9,82' flipped the interval, while the summary gave −1,61 (−9,82 s.d. 6,61) for the same record)."""
    value, (low, high) = point(effect), bounds(effect)
    size, shown_low, shown_high = fmt.figures((abs(value), low, high), "ikm", lang)
    signed = t("did_flat_signed", lang, besar=phrases.estimate(effect, lang, "ikm")) if value < 0 else ""
    return {"gerak": t("did_flat_down" if value < 0 else "did_flat_up", lang, besar=size),
            "ik": fmt.low_to_high(shown_low, shown_high, lang), "selisih": signed,
            "bertanda": phrases.estimate(effect, lang, "ikm")}


def power_clause(effect, lang: str) -> str:
    """': this design can only detect ... (80% power)' and the units an effect of the estimate's size
    would take; empty for a record without them."""
    mde = effect.get("efek_minimum_terdeteksi")
    if mde is None:
        return ""
    clause = t("f_did_power", lang, mde=fmt.figure(mde, "ikm", lang),  # an IKM difference, as the effect
               daya=fmt.percent(constants.POWER * 100, 0, lang),
               taraf=fmt.percent((1 - constants.CONFIDENCE) * 100, 0, lang))
    needed = effect.get("unit_untuk_estimasi_ini")
    if needed:
        now = fmt.integer(effect["unit_dilatih"] + effect["unit_pembanding"], lang)
        clause += t("f_did_power_units", lang, n=fmt.integer(needed, lang), kini=now)
    return clause


def not_concluded(did: AnyDid, lang: str, no_data: int | None = None) -> str:
    """f_did_none when the estimate itself is withheld (too few units, no comparison group), naming the declared
    programme; ``no_data`` as in reasons."""
    why = reasons(did, lang, skip=("tanpa_uji_tren",), no_data=no_data) \
        or t("not_enough", lang, n=fmt.integer(did["efek"]["n"], lang))
    if _declared_in(did):
        return t("f_did_none", lang, subjek=subject(did, lang)["subjek"], alasan=why)
    return t("f_did_none_none", lang, alasan=why)


def periods_used(did: AnyDid, lang: str) -> str:
    """The survey periods the estimator used (`periode_dipakai`): '2024-S2 dan 2025-S2', or the change between
    them estimated over all of them ('… atas 4 periode survei (2024-S1, …; n = 92 …)'); for a comparison withheld
    (no estimator ran) only the data it had, never 'estimated' (LOOK18 T-11)."""
    used = list(did.get("periode_dipakai") or [])
    if len(used) <= 2:
        return t("sum_periods_two", lang, sebelum=did["periode_sebelum"], sesudah=did["periode_sesudah"])
    return t("sum_periods_many" if estimated(did) else "sum_periods_data", lang, sebelum=did["periode_sebelum"],
             sesudah=did["periode_sesudah"], k=fmt.integer(len(used), lang), daftar=", ".join(used),
             n=fmt.integer(did["efek"]["n"], lang))


# the pre-trend check's verdicts that leave a difference open to a gap before the training: said beside it
FAILED_PRETREND = "tren_awal_berbeda"
PRETREND_CAVEATS = (FAILED_PRETREND, "uji_tren_lemah")
# those that qualify a difference only, left out of the indicator table beside an interval holding zero (moot_caveats)
MOOT_BESIDE_ZERO = ("uji_tren_lemah",)


def compared(hasil: Hasil, lang: str) -> str | None:
    """For the summary, when no intervention is declared: what the IKM comparison found and what it compared.
    The finding comes first, from the estimate's interval (phrases.direction): the IKM of trained units rose more
    or less than the others' by a size with its interval, or no clear difference with the signed estimate and its
    interval, or why it could not be compared; then the groups, window and periods, and that it is an observed
    difference. No causal word (issue 22.3). None when an intervention is declared (its finding names it) or no
    comparison was made."""
    did = hasil["level4_hasil"]["did_ikm"]
    if declared(hasil) or not did.get("tersedia"):
        return None
    effect = did["efek"]
    groups = dict(ambang=fmt.percent(did["ambang_persen_dilatih"], 0, lang),
                  jendela=fmt.days_between(did["jendela_kegiatan"][0], did["jendela_kegiatan"][1], lang),
                  unit_d=fmt.integer(effect["unit_dilatih"], lang), unit_p=fmt.integer(effect["unit_pembanding"], lang),
                  periode=periods_used(did, lang))
    trend = phrases.direction(effect)
    if trend is None:  # why it could not be compared; that no programme is declared is said once, after it
        why = reasons(did, lang, skip=("tanpa_uji_tren", "intervensi_tidak_dipilih"), no_data=no_training_year(hasil))
        found = t("f_did_none_none", lang, alasan=why or t("not_enough", lang, n=fmt.integer(effect["n"], lang)))
        return f"{found} {t('sum_compared_none', lang, **groups)}"
    if trend == "flat":
        found = t("sum_found_flat", lang, besar=phrases.estimate(effect, lang, "ikm"),
                  ik=phrases.ci(effect, lang, "ikm"), **groups)
    else:
        size = phrases.size_with_ci(effect, lang, "ikm")
        found = t(f"sum_found_{trend}", lang, besar=size["besar"], ik=size["ik"], **groups)
    caveat = pretrend_caveat(did, trend, lang)
    return f"{found}{caveat} {t('sum_compared', lang, **groups)}"


def pretrend_caveat(did: AnyDid, trend: str | None, lang: str) -> str:
    """' Catatan: …, jadi selisih ini belum dapat disebut hasil pelatihan.': the pre-trend caveat beside an
    undeclared comparison's result (``trend``: phrases.direction of its estimate), as the summary (compared) and
    BAB IX 9.1 (narrative.keyed_findings; LOOK34 F-3: 9.1 dropped the failed check the summary and BAB III gave)
    say it; '' where it does not qualify the result."""
    codes = did.get("putusan", {}).get("kode_alasan", [])
    # the caveat 3.4 and 9.1 give, here too, beside a difference it qualifies (LOOK17 S-3: not beside "no clear
    # difference", which it would read as a difference)
    if trend not in (None, "flat") and any(code in PRETREND_CAVEATS for code in codes):
        # a failed check, or one too weak to rule out a pre-training gap of half the difference (CHECK14 E14-7: a
        # 7,12-point difference over 3 comparison units whose pre-period gap was already 4,20)
        return " " + t("sum_pretrend_bad", lang, alasan=reasons(did, lang, skip=tuple(
            code for code in codes if code not in PRETREND_CAVEATS)))
    if trend == "flat" and FAILED_PRETREND in codes:
        # "no clear difference" is no evidence of equal changes either when the groups already moved apart before
        # the training (LOOK32 D-6: a failed check is never left out as moot; a weak one is, beside no difference)
        return " " + t("sum_pretrend_failed_flat", lang, alasan=reasons(did, lang, skip=tuple(
            code for code in codes if code != FAILED_PRETREND)))
    return ""


def design_notes(did: AnyDid, lang: str, tr, said: str = "") -> list[str]:
    """Notes under the finding: intervention, periods used, other training, pre-trend, dose,
    inference. ``tr`` is the report's text function (t bound to its language); ``said`` is the finding's
    sentence above them: what it already says (the other training of its caveat; that no programme is declared)
    is not said again (REVIEW5b 18)."""
    chosen = did.get("intervensi")
    picked = bool(chosen and chosen["dipilih"])
    notes = []
    if chosen and picked:
        window = chosen.get("n_kegiatan_jendela")
        notes.append(tr("r_impact_intervention", teks=chosen["teks"], n=fmt.integer(chosen.get("n_kegiatan"), lang))
                     if window is None or not did.get("jendela_kegiatan") else
                     tr("r_impact_intervention_window", teks=chosen["teks"], n=fmt.integer(window, lang),
                        semua=fmt.integer(chosen.get("n_kegiatan"), lang),
                        jendela=fmt.days_between(did["jendela_kegiatan"][0], did["jendela_kegiatan"][1], lang)))
    elif t("why_intervensi_tidak_dipilih", lang) not in said:
        notes.append(tr("r_impact_no_intervention", ambang=fmt.percent(
            did.get("ambang_persen_dilatih", constants.TREATED_SHARE * 100), 0, lang)))
    if did.get("desain") == "studi_peristiwa" and estimated(did):  # a withheld comparison ran no estimator
        notes.append(tr("r_impact_design", n_periode=fmt.integer(len(did["periode_dipakai"]), lang),
                        sesudah=did["periode_sesudah"]))
    if chosen and chosen.get("penugasan") == "acak":
        notes.append(tr("r_impact_random", penjamin=chosen.get("penjamin") or tr("r_impact_random_nobody")))
    other = did.get("pelatihan_lain") or {}
    trained, comparison = other.get("dilatih"), other.get("pembanding")
    if (picked and trained and comparison and trained["jp_per_pegawai"] is not None
            and comparison["jp_per_pegawai"] is not None
            and t("did_caveat_other", lang, jp_d=fmt.number(trained["jp_per_pegawai"], 1, lang),
                  jp_p=fmt.number(comparison["jp_per_pegawai"], 1, lang)) not in said):  # the finding's caveat
        notes.append(tr("r_impact_other", jp_d=fmt.number(trained["jp_per_pegawai"], 1, lang),
                        persen_d=fmt.percent(trained["persen_pegawai"], 0, lang),
                        jp_p=fmt.number(comparison["jp_per_pegawai"], 1, lang),
                        persen_p=fmt.percent(comparison["persen_pegawai"], 0, lang)))
    test = did.get("uji_tren_awal") if estimated(did) else None  # none over arms the rule calls too few
    rejected = bool(test and test["tersedia"] and "p" in test and test["p"] < constants.PRETREND_ALPHA)
    nearest = pre_estimate(did, lang)
    gaps = _check(did).get("sebab")
    if test and test["tersedia"] and "p" in test:
        key = "r_impact_pretrend_bad" if rejected else "r_impact_pretrend_ok" if nearest is None \
            else "r_impact_pretrend_seen"  # what the check saw and could see (REVIEW6b R6b-11)
        if key == "r_impact_pretrend_seen" and t("did_trend_seen", lang, k=fmt.integer(test["k"], lang),
                                                 p=pretrend_p(test, lang), **(nearest or {})) in said:
            key = "r_impact_pretrend_said"  # the finding above gives its figures: only what they do not prove (did8)
        notes.append(tr(key, k=fmt.integer(test["k"], lang), p=pretrend_p(test, lang), **(nearest or {}),
                        daya=fmt.percent(constants.POWER * 100, 0, lang),
                        taraf=fmt.percent((1 - constants.CONFIDENCE) * 100, 0, lang)))
    elif did.get("desain") == "2x2" and gaps in (None, ["satu_periode_sebelum"]):  # periods alone are missing
        notes.append(tr("r_impact_pretrend_two", sebelum=did["periode_sebelum"], sesudah=did["periode_sesudah"]))
    else:  # what is missing, never a guess (REVIEW6b R6b-8)
        notes.append(tr("r_impact_pretrend_none", sebab=pretrend_gaps(did, lang) or t("why_no_data", lang)))
    dose = did.get("dosis")
    if dose and dose["cukup_data"]:
        notes.append(dose_note(dose, test if rejected else None, lang, tr))
    elif dose and dose.get("alasan") in ("unit_kurang_dosis", "rentang_melebihi_skala"):
        notes.extend(filter(None, [dose_withheld(dose, lang, tr)]))
    effect = did["efek"]
    if effect.get("cukup_data") and effect.get("df"):
        boot = (tr("r_impact_boot", min=fmt.integer(constants.FEW_CLUSTERS, lang)) if effect.get("bootstrap_liar")
                else "")
        notes.append(tr("r_impact_inference", boot=boot))  # the df and the method: the annex's (method_details)
    return notes


def dose_note(dose, rejected_test, lang: str, tr) -> str:
    """The dose sentence under the one wording rule: 'berkaitan dengan' only when its interval
    excludes zero and the pre-trend check does not reject; a rejecting check is named."""
    low, high = bounds(dose)
    # IKM points, over how many units (LOOK17 S-5: "semua unit" beside a comparison withheld for too few units)
    values = dict(besar=fmt.figure(point(dose), "ikm", lang), ik=fmt.interval(low, high, "ikm", lang),
                  n=fmt.integer(dose.get("n_klaster") or dose["n"], lang))
    if rejected_test is not None:
        return tr("r_impact_dose_pretrend", p=fmt.p_value(rejected_test["p"], lang), **values)
    return tr("r_impact_dose_flat" if low <= 0 <= high else "r_impact_dose", **values)


def dose_withheld(dose, lang: str, tr) -> str:
    """Why the dose slope is not given: too few units for it (MIN_UNITS_DOSE), or an interval wider than the
    whole IKM scale (a failed computation, never printed as a result: CHECK12 C12-12); '' without any unit seen
    before and after (the design sentence above already counts 0 units: set E Gulkarmat read 'hanya 0 unit')."""
    if not (dose.get("n_klaster") or dose.get("n")):
        return ""
    units = fmt.integer(dose.get("n_klaster") or dose.get("n") or 0, lang)
    if dose["alasan"] == "unit_kurang_dosis":
        return tr("r_impact_dose_units", k=units, min=fmt.integer(constants.MIN_UNITS_DOSE, lang))
    bottom, top = constants.SCALE_BOUNDS["ikm"]
    return tr("r_impact_dose_wide", k=units, bawah=fmt.integer(int(bottom), lang), atas=fmt.integer(int(top), lang))


def verdict_cell(row: IndicatorDid, lang: str, shared: tuple[str, ...] = ()) -> str:
    """The conclusion column of the indicator table, as its caption promises (REVIEW6b R6b-10): 'berdampak (turun
    4,0)' when the verdict allows it (a declared intervention among its conditions), else the direction and why it
    may not yet be called one; with no intervention declared no causal word, even negated ('belum dapat
    disimpulkan'). ``shared``: the reasons the table's note gives for every row (shared_reasons), left out of the
    cell."""
    verdict, effect = row.get("putusan"), row.get("efek")
    if not verdict or not effect:
        return "–"
    if verdict["boleh_kausal"] and effect.get("estimasi") is None:  # a fragment without its estimate
        return t("better", lang)
    if verdict["boleh_kausal"]:
        return t("kin_effect", lang, gerak=t("kin_fell" if point(effect) < 0 else "kin_rose", lang),
                 besar=fmt.figure(abs(point(effect)), "satuan_indikator", lang, sign=False))
    better = row.get("membaik")
    state = t("better" if better else "worse" if better is False else "no_change", lang)
    why = reasons(row, lang, skip=shared + moot_caveats(row))
    if not why:  # every reason is in the table's note
        return t("not_yet_short", lang) if not effect.get("cukup_data") else f"{state}; {t('not_yet_short', lang)}"
    if not effect.get("cukup_data"):  # no direction to state; the estimate's cell gives the numbers
        return t("kin_not_effect_bare" if _declared_in(row) else "not_yet", lang, alasan=why)
    return t("kin_not_effect" if _declared_in(row) else "kin_not_concluded", lang, arah=state, alasan=why)


def indicator_effects(hasil: Hasil, lang: str) -> list[str]:
    """One sentence per unit indicator whose effect the verdict allows (only with a declared intervention), with its
    design and caveat like the IKM's (claim): the text and the summary name it (REVIEW6b R6b-10)."""
    out = []
    for row in hasil["level4_hasil"].get("did_kinerja") or []:
        effect = row.get("efek")
        if not (row.get("tersedia") and effect and effect.get("cukup_data") and _declared_in(row)
                and row.get("putusan", {"boleh_kausal": False})["boleh_kausal"]):
            continue
        size = phrases.size_with_ci(effect, lang, "satuan_indikator")
        name = indicator_name(row["indikator"], lang)
        out.append(t("f_did_ind_up", lang, indikator=fmt.lower_first(name), besar=size["besar"], ik=size["ik"],
                     gerak=t("kin_fell" if point(effect) < 0 else "kin_rose", lang),
                     unit_d=fmt.integer(effect["unit_dilatih"], lang),
                     unit_p=fmt.integer(effect["unit_pembanding"], lang), **claim(row, lang)))
    return out


def earned(hasil: Hasil) -> list[Any]:
    """The declared intervention's estimates whose effect the verdict allows: the IKM's (rising), then each unit
    indicator's, in hasil.json's order."""
    did: Any = hasil["level4_hasil"]["did_ikm"]
    out: list[Any] = []
    effect = did.get("efek") if did.get("tersedia") else None
    if effect and effect.get("cukup_data") and _declared_in(did) and (did.get("putusan") or {}).get("boleh_kausal") \
            and phrases.direction(effect) == "up":
        out.append(did)
    rows: list[Any] = list(hasil["level4_hasil"].get("did_kinerja") or [])
    for row in rows:
        effect = row.get("efek")
        if row.get("tersedia") and effect and effect.get("cukup_data") and _declared_in(row) \
                and (row.get("putusan") or {}).get("boleh_kausal"):
            out.append(row)
    return out


def earned_brief(hasil: Hasil, lang: str, ikm_sentence: str = "") -> str | None:
    """The summary's finding on the declared intervention's earned effects, about three lines (did8, session 8: two
    causal sentences each with its full design clause made ~30 lines): the programme, each effect with its interval
    and units, then one design clause for all of them (the pre-trend check's detectable size of each; the figures of
    the check are in BAB III) and the caveat once. An IKM estimate that is not earned keeps its own sentence
    (narrative.did_ikm, given by the caller as `ikm_sentence`: narrative imports this module) before it. None when
    no effect is earned."""
    found = earned(hasil)
    if not found:
        return None
    items, detectable, untested = [], [], []
    for did in found:
        effect = did["efek"]
        size = phrases.size_with_ci(effect, lang, kind_of(did))
        units = dict(unit_d=fmt.integer(effect["unit_dilatih"], lang),
                     unit_p=fmt.integer(effect["unit_pembanding"], lang), besar=size["besar"], ik=size["ik"])
        if "indikator" in did:
            name = indicator_name(did["indikator"], lang)
            name = fmt.lower_first(name)
            items.append(t("sum_earned_ind", lang, indikator=name,
                           gerak=t("kin_fell" if point(effect) < 0 else "kin_rose", lang), **units))
        else:
            items.append(t("sum_earned_ikm", lang, ambang=fmt.percent(
                did.get("ambang_persen_dilatih", constants.TREATED_SHARE * 100), 0, lang), **units))
        test = _check(did)
        mde = test.get("selisih_minimum_terdeteksi")
        if not (test.get("tersedia") and test.get("p") is not None):
            untested.append(did)
        elif mde is not None:
            what = t("sum_earned_mde_ikm", lang) if "indikator" not in did else \
                fmt.lower_first(indicator_name(did["indikator"], lang))
            detectable.append(t("sum_earned_mde", lang, mde=fmt.figure(mde, kind_of(did), lang, sign=False),
                                apa=what))
    trend = []
    if len(untested) < len(found):
        trend.append(t("sum_earned_trend", lang) + (t("sum_earned_trend_mde", lang, daftar=phrases.and_(
            detectable, lang)) if detectable else ""))
    if untested:
        trend.append(t("did_trend_none", lang))
    caveat = next((c for c in (claim(did, lang)["catatan"] for did in found) if c), "")
    random = (found[0].get("intervensi") or {}).get("penugasan") == "acak"
    ikm_first = [] if found[0] is hasil["level4_hasil"]["did_ikm"] else [ikm_sentence]
    said = t("sum_earned", lang, program=programme(found[0], lang)["program"], efek="; ".join(items),
             penugasan=t(f"did_assigned_{'acak' if random else 'observasional'}", lang), tren="; ".join(trend),
             catatan=caveat)
    return " ".join(filter(None, [*ikm_first, said]))


def shared_reasons(rows: list[IndicatorDid], lang: str) -> tuple[str, ...]:
    """The reason codes every row of the indicator table gives in the same words (two or more rows, none
    concluded): Tabel 7 says them once in its note, each row only its own (P5, session 8: "tidak ada program …"
    was printed in every row); () otherwise."""
    judged = [row for row in rows if row.get("putusan") and row.get("efek")]
    if len(judged) < 2 or len(judged) != len(rows) or any(row["putusan"]["boleh_kausal"] for row in judged):
        return ()
    return tuple(code for code in said_codes(judged[0])
                 if len({reasons(row, lang, skip=_others(row, code)) for row in judged}) == 1
                 and all(code in said_codes(row) for row in judged))


def moot_caveats(row: IndicatorDid) -> tuple[str, ...]:
    """The weak-check caveat of a row whose interval holds zero: a check that passed but cannot rule out a gap of half
    the estimate qualifies a difference, and there is none to qualify, so the table does not give it (LOOK17 S-3's
    rule for the summary; LOOK18 T-14: 'uji tren awal belum dapat menyingkirkan selisih … sebesar separuh estimasi
    ini' as the reason of Satpol PP's 2,7 (−2,2 s.d. 7,5)). A failed check is never moot: the units already moved
    apart before the training, which says the comparison itself is off, whatever its interval (LOOK32 D-6: Satpol
    PP's waiting time, p = 0,024, said only as a bare p in the annex)."""
    codes = row["putusan"]["kode_alasan"]
    return tuple(code for code in codes if code in MOOT_BESIDE_ZERO) if "selang_memuat_nol" in codes else ()


def said_codes(row: IndicatorDid) -> tuple[str, ...]:
    """The verdict's reason codes the indicator table gives for ``row`` (without its moot caveats)."""
    moot = moot_caveats(row)
    return tuple(code for code in row["putusan"]["kode_alasan"] if code not in moot)


def _others(row: IndicatorDid, code: str) -> tuple[str, ...]:
    return tuple(c for c in row["putusan"]["kode_alasan"] if c != code)
