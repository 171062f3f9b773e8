"""hasil.json's codes in the workbook reader's words: methods, designs, reasons, statuses (the cells of
report.formats.workbook)."""

from __future__ import annotations

import re

from evalasn import constants
from evalasn.analysis.contract.comparison import SHRUNK_GAIN, SHRUNK_GAIN_UNCOMPARED
from evalasn.analysis.contract.doc import UNITS
from evalasn.registry import AGENCIES, PROVINCE_SLUG, compact_name, official_name
from evalasn.report import facts
from evalasn.report.words import fmt, indicators, names, reasons, units
from evalasn.report.words.text import CONTROLS, LABELS, TEXT, label

# the gain's answer to "clearly above zero" (analysis.learning.gain_status) in words
GAIN_STATUS_WORDS = {"naik": ("ya, naik", "yes, rose"), "belum_pasti": ("belum pasti", "not yet certain"),
                     "turun": ("tidak, turun", "no, fell")}
# codes of the impact design in words (the report's chapter words them in sentences: report.words.impact)
VALUE_WORDS = {
    "studi_peristiwa": ("studi peristiwa", "event study"), "2x2": ("dua periode (2×2)", "two periods (2×2)"),
    "observasional": ("observasional", "observational"), "acak": ("acak", "random"),
    "mixedlm": ("model campuran", "mixed model"),
    "mixedlm_batas": ("model campuran, varians antardinas di batas nol",
                      "mixed model, between-agency variance at zero"),
    "tanpa_pooling": ("tanpa model (rata-rata per dinas)", "no model (each agency's mean)"),
    "benjamini_hochberg": ("Benjamini-Hochberg", "Benjamini-Hochberg"),
    "pre": ("sebelum", "before"), "transisi": ("transisi", "transition"), "pasca": ("sesudah", "after"),
    # where last year's judged plan came from (rencana_tahun_lalu.sumber; report.chapters.followup_rows.Source)
    "terbit": ("rencana yang terbit bersama laporan tahun lalu", "the plan published with last year's report"),
    "dibuat_ulang": ("dibuat ulang dari data tahun lalu, bukan rencana yang ditandatangani",
                     "reconstructed from last year's data, not the signed plan"),
    # reason codes named in the definitions of 'alasan' and 'kode_alasan' (the sheets give each reason in a sentence)
    "periode_tidak_ada": ("tidak ada periode sebelum atau sesudah", "no before or after period"),
    "periode_berurutan": ("periode sebelum dan sesudah berurutan, tanpa jendela pelatihan",
                          "adjacent before and after periods, no training window"),
    "tanpa_pns": ("tidak ada PNS (semua ASN-nya PPPK)", "no PNS (all its ASN are PPPK)"),
    "tanpa_skm": ("tanpa data SKM", "no SKM data"),
    "tanpa_data_kegiatan": ("tidak ada data kegiatan tahun itu", "no training data for that year"),
    "unit_kurang": ("unit terlalu sedikit", "too few units"),
    "tren_awal_berbeda": ("tren sebelum pelatihan berbeda", "different trends before the training"),
    "tanpa_uji_tren": (TEXT["why_tanpa_uji_tren_old"]["id"], TEXT["why_tanpa_uji_tren_old"]["en"]),
    "uji_tren_lemah": ("uji tren awal tidak menyingkirkan selisih awal separuh efek",
                       "the pre-trend check does not rule out a pre-training gap of half the effect"),
    "satu_periode_sebelum": ("hanya satu periode sebelum pelatihan", "only one period before the training"),
    "data_sebelum_kurang": ("data periode awal kurang", "too little data in earlier periods"),
    "df_kurang": ("unit terlalu sedikit untuk uji bersama", "too few units for the joint test"),
    "kegiatan_kurang": ("kegiatan terlalu sedikit", "too few activities"),
    "kegiatan_kurang_regresi": ("kegiatan terlalu sedikit untuk regresi", "too few activities for the regression"),
    "data_kurang_regresi": ("data terlalu sedikit untuk regresi", "too few data points for the regression"),
    # a gain or an SKM element withheld by its own rule (analysis.small_clusters; reasons.few_clusters)
    "peserta_kurang": ("peserta dengan nilai pre dan post terlalu sedikit", "too few participants with both scores"),
    "kegiatan_kurang_klaster": ("kegiatan terlalu sedikit untuk rentang", "too few activities for an interval"),
    "unit_kurang_klaster": ("unit layanan terlalu sedikit untuk rentang", "too few service units for an interval"),
    "kegiatan_kurang_tren": ("kegiatan terlalu sedikit untuk tren", "too few activities for the trend"),
    "tanpa_keragaman": ("tanpa keragaman", "no variation"),
    # the evaluated year's IKM without that year's SKM (analysis.results.key_ikm)
    "skm_tidak_diterima": ("SKM tahun itu tidak diterima", "no SKM of that year received"),
    # a dinas's adjusted gain without a year-on-year verdict (analysis.year_change.shrunk_verdict; LOOK27 Y-1), in the
    # words of the trend table's note (chapters.year_difference.withheld)
    **{code: (TEXT[f"pos_change_why_{code}"]["id"], TEXT[f"pos_change_why_{code}"]["en"])
       for code in (SHRUNK_GAIN, SHRUNK_GAIN_UNCOMPARED)},
    # a year's total falling in a year not over on the report's date (report.facts.year_change)
    facts.OPEN_YEAR: (TEXT["pos_change_open"]["id"], TEXT["pos_change_open"]["en"]),
    # a dinas's last SKM earlier than the province's period (analysis.results.in_period)
    "skm_periode_lain": ("SKM terakhir dari periode yang lebih awal", "last SKM from an earlier period"),
    # a dose slope withheld (analysis.did dose; CHECK12 C12-12)
    "unit_kurang_dosis": ("unit dengan data sebelum dan sesudah terlalu sedikit untuk dosis",
                          "too few units with before and after data for the dose"),
    "rentang_melebihi_skala": ("rentang lebih lebar dari seluruh skala", "interval wider than the whole scale"),
    # what a DiD's trained count counts (hasil.json efek.hitungan_dilatih; LOOK21 X-1)
    "sel_pasca": ("unit kelompok yang dapat dibandingkan sesudah pelatihannya",
                  "units of a group that can be compared after its training"),
    "data_sebelum_sesudah": ("unit dengan data sebelum dan sesudah", "units with data before and after"),
    # a DiD's groups of units and why a unit is not counted in its own arm (efek.rincian_unit; LOOK22 Y-4)
    "dilatih_juga_pembanding": ("dihitung dilatih, juga pembanding sebelum pelatihannya",
                                "counted as trained, also a comparison before its training"),
    "dilatih_kemudian_pembanding": ("dilatih kemudian, hanya pembanding sebelum pelatihannya",
                                    "trained later, a comparison before its training only"),
    "dilatih_tidak_dipakai": ("mencapai ambang, tidak dipakai", "reached the threshold, left out"),
    "tidak_dilatih_pembanding": ("tidak dilatih, pembanding", "untrained, a comparison"),
    "tidak_dilatih_tidak_dipakai": ("tidak dilatih, tidak dipakai", "untrained, left out"),
    "di_luar_periode": ("mencapai ambang di luar periode data", "threshold reached outside the periods of data"),
    "tanpa_data": ("tanpa data sebelum dan sesudah pelatihan", "no data before and after the training"),
    "sendirian_di_kohort": (
        f"kurang dari {constants.MIN_UNITS_PER_CELL} unit dengan data mencapai ambang pada periode yang sama",
        f"fewer than {constants.MIN_UNITS_PER_CELL} units with data reaching the threshold in the same period"),
    "tanpa_pembanding_sesudah": (
        f"kurang dari {constants.MIN_UNITS_PER_CELL} unit belum dilatih dengan data sesudah pelatihannya",
        f"fewer than {constants.MIN_UNITS_PER_CELL} still-untrained units with data after its training"),
    # why a unit left out is not a comparison either (efek.rincian_unit[].alasan_pembanding; LOOK23 Z-1)
    "acuan_sudah_lewat": ("periode terakhir sebelum pelatihannya sudah lewat saat unit lain dibandingkan",
                          "the last period before its training had passed when other units were compared"),
    "tanpa_perbandingan_lain": ("selagi belum dilatih, tidak ada unit lain yang dapat dibandingkan",
                                "while still untrained, no other units could be compared"),
    # a withheld cost per point's cause: the words of the report's tables (one catalogue entry, reasons.cause_words)
    **{cause: (reasons.cause_words(cause, "id"), reasons.cause_words(cause, "en")) for cause in reasons.FINDINGS},
    "biaya_sama": ("biaya per peserta tidak bervariasi", "no variation in the cost per participant"),
    "biaya_tidak_tercatat": (reasons.cause_words("biaya_tidak_tercatat", "id"),
                             reasons.cause_words("biaya_tidak_tercatat", "en")),
    **GAIN_STATUS_WORDS,
}
# which staff list a year's coverage and 20 JP count (hasil.json `tren[].daftar_pegawai`; analysis.data.staff_list;
# the trend table's note says the same: report.chapters.comparison.staff_notes)
STAFF_LIST_WORDS = {
    "tahun_itu": ("ekspor pegawai tahun itu", "that year's staff export"),
    "campuran": ("ekspor pegawai tahun itu bagi dinas yang mengirimnya, dinas lain daftar pegawai terakhir",
                 "that year's staff export for the agencies that sent one, the latest staff list for the others"),
    "terakhir": ("daftar pegawai terakhir (tidak ada ekspor pegawai tahun itu)",
                 "the latest staff list (no staff export of that year)"),
}
# columns listing dinas by their slugs ('kesehatan, kpkp, satpol-pp'): the names the reports write (LOOK16 R-18)
DINAS_LISTS = ("dinas_dengan_data", "dinas_tanpa_data", "dinas_anggaran", "dinas_pagu_nol", "dinas_dikecualikan",
               "gain_di_bawah_rata", "dinas_registri", "dinas_dituju")
# columns whose values are codes with a label in the report's language
WORDED_CODES = ("metode", "fase", "jenis_jabatan")
CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # a hasil.json code: 'kegiatan_kurang_klaster'


def worded(column: str, value: str, record: dict, lang: str) -> str | None:
    """A code of hasil.json in the reader's words (None: the value is shown as it is): a method, a phase, a
    position type, an effect-size band, an agency's slug, an SKM element (IKM category labels: ENGLISH_VALUES)."""
    if column in ("metode", "metode_fdr", "metode_gain") and value in VALUE_WORDS:  # an estimator, a correction
        return VALUE_WORDS[value][0 if lang == "id" else 1]
    # before labels: "pasca" has none
    if value in VALUE_WORDS and column in ("desain", "penugasan", "fase", "sumber", "hitungan_dilatih"):
        return VALUE_WORDS[value][0 if lang == "id" else 1]
    if column in WORDED_CODES:
        return label(value, lang)
    if column == "jendela_kegiatan" and len(bounds := value.split(", ")) == 2:
        # the days between the open bounds, as the report gives them ('1 Januari–30 September 2025'), not the bounds
        # ('2024-12-31, 2025-10-01' read as a window a day longer at each end: LOOK20 W-5)
        return fmt.days_between(bounds[0], bounds[1], lang)
    if column == "daftar_pegawai" and value in STAFF_LIST_WORDS:
        return STAFF_LIST_WORDS[value][0 if lang == "id" else 1]
    if column == "kunci" and value in (*facts.KEYS, facts.ADJUSTED_GAIN):  # a key figure's row: named by the
        return label(facts.name_label(value), lang)  # measure it holds, as the report's tables name it
    if column in ("kunci", "temuan") and f"kf_{value}" in LABELS:  # a key figure, named with its unit
        return label(f"kf_{value}", lang)
    if column in ("kontrol", "kontrol_dilepas", "penyesuaian"):  # model terms: 'metode, nilai_pre'
        return ", ".join(CONTROLS[term][lang] if term in CONTROLS else label(term, lang)
                         for term in value.split(", ")) if value else value
    # in English the reports' names (commas)
    if column in DINAS_LISTS:
        return ("; " if lang == "en" else ", ").join(
            (names.scope_name(slug, official_name(slug), lang) if lang == "en" else compact_name(slug))
            if slug in AGENCIES else slug for slug in value.split(", ")) if value else value
    if column == "alasan" and CODE.fullmatch(value):  # a reason code no sentence of reasons.reason took
        return _why(value, lang)
    if column == "alasan_membaik" and value:  # why a year-on-year change has no verdict
        return _why(value, lang)
    if column == "kode_alasan" and value:  # codes joined: 'intervensi_tidak_dipilih, tanpa_uji_tren'
        return "; ".join(_why(code, lang) for code in value.split(", "))
    if column == "sebab" and value:  # why no pre-trend check ran: 'unit_kurang, satu_periode_sebelum'
        return "; ".join(_why(code, lang, "gap") for code in value.split(", "))
    if column == "indikator" and record.get("arah"):  # a unit performance indicator: 'waktu_tunggu_menit'
        return indicators.indicator_name(value, lang)
    if column == "arah":
        return label(value, lang)
    if column == "besar_efek":
        return label(f"es_{value}", lang)
    if column == "status_kenaikan" and value in GAIN_STATUS_WORDS:
        return GAIN_STATUS_WORDS[value][0 if lang == "id" else 1]
    if column == "dinas" and (value == PROVINCE_SLUG or value in AGENCIES):
        return names.scope_name(value, official_name(value), lang)
    if column == "tema" and lang == "en":  # an activity theme, as Table 5 of the report shows it
        return names.theme_in(value, lang)
    if column == "unit_kerja" and lang == "en":  # a work unit, as the report's tables name it
        return units.unit_name(value, lang)
    if column in ("unsur", "unsur_terlemah") and value in constants.IKM_ELEMENTS:
        return value.upper()
    if column == "nama" and record.get("unsur") in constants.IKM_ELEMENTS:
        return (constants.IKM_ELEMENTS if lang == "id" else constants.IKM_ELEMENTS_EN)[record["unsur"]]
    return None


def _why(code: str, lang: str, prefix: str = "why") -> str:
    """A reason code of the impact verdict (``prefix`` gap: of a missing pre-trend check, uji_tren_awal.sebab) as
    the report says it (without its figures when it needs them)."""
    return code_words(code, lang, prefix) or code.replace("_", " ")


def code_words(code: str, lang: str, prefix: str = "why") -> str | None:
    """A reason code in the report's words: its sentence (``prefix``, then the impact verdict's, then a missing
    pre-trend check's: 'tanpa_dilatih' is 'tidak ada unit dilatih') where it needs no figures, else its words without
    them (WHY_SHORT, VALUE_WORDS); a unit's key in its words (contract.doc.UNITS); None for anything else."""
    for key in dict.fromkeys((f"{prefix}_{code}", f"why_{code}", f"gap_{code}")):
        sentence = TEXT.get(key, {}).get(lang)
        if sentence and "{" not in sentence:
            return sentence
    short = WHY_SHORT.get(code) or VALUE_WORDS.get(code) or UNITS.get(code)
    return short[lang == "en"] if short else None


# the reasons whose sentence needs figures, in words without them
WHY_SHORT = {"tanpa_uji_tren": (TEXT["why_tanpa_uji_tren_old"]["id"], TEXT["why_tanpa_uji_tren_old"]["en"]),
             "uji_tren_lemah": ("uji tren awal tidak menyingkirkan selisih awal separuh efek",
                                "the pre-trend check does not rule out a pre-training gap of half the effect"),
             "unit_kurang": ("unit terlalu sedikit", "too few units")}
