"""The key-figures workbook of a report (.xlsx), written from its hasil.json.

The sheets follow hasil.json's sections, in its order (pelaksanaan, level1_reaksi, ... perbandingan_dinas):
a contents sheet first, linking every sheet and table, then an "about" sheet (then the key figures and the
follow-up plan when given), the sections' sheets, and a definitions sheet last.
A section's one-row tables are gathered on one sheet named by the section, each under its whole name with its
header above its row; a table of several rows has a sheet of its own, its header row kept in view while the
reader scrolls (a sheet of long tables one below the other has no one header to keep, and a single rectangle is
what Excel's sort, filter and pivot expect). A list of records (per method, per unit, per dinas) is one row per
record; a single estimate is one row; an object of plain values is one row of them.
Nested estimates are flattened into columns ("efek.estimasi", "efek.ci_bawah", ...). Numbers
stay numbers, with formats by unit (shares as percent, rupiah with "Rp", counts with thousands
separators: Excel shows them with the reader's own separators, 1.234,5 in Indonesian); an
interval is two columns, ci_bawah and ci_atas. The definitions sheet gives the meaning and unit
of every object and column, from the same source as docs/hasil-json.md (evalasn.docs), so a new
field of hasil.json reaches the workbook and its definition without a change here.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import re
import weakref
from collections.abc import Sequence

from evalasn import constants, schema, sheets
from evalasn.analysis.contract import walk
from evalasn.analysis.contract.doc import UNITS
from evalasn.analysis.contract.fields import FIELDS
from evalasn.clock import utc
from evalasn.files import workbook_bytes
from evalasn.registry import AGENCIES, PROVINCE_SLUG, compact_name, official_name
from evalasn.report import facts
from evalasn.report.chapters import plan
from evalasn.report.words import fmt, indicators, names, reasons, titles, units
from evalasn.report.words.text import CONTROLS, LABELS, TEXT, label, t

# on the about sheet; the follow-up plan's records on its own sheet (_plan, from the same rows)
LEFT_OUT = ("versi_skema", "cakupan", "tahun", "sintetis", "parameter", "provenans", "rencana_tindak_lanjut")
# unit of contract.doc.UNITS -> Excel number format (locale-neutral codes: Excel shows the reader's separators)
# a share (0-1 in hasil.json) is written in percent like every percent of the sheet: one scale, '(%)' in its header
# every kind of figure with the decimals every report prints it with (constants.DECIMALS: '6,4' in the PDF is 6.4 in
# the sheet, not 6.39); money in whole rupiah
FORMATS = {**{unit: "#,##0" + ("." + "0" * places if places else "") for unit, places in constants.DECIMALS.items()},
           **{unit: '"Rp "#,##0' for unit in fmt.MONEY_KINDS}, "byte": "#,##0", "peringkat": "0", "tahun": "0"}
DEFAULT_FORMAT = "#,##0.00"
# the unit a value is written in, where it is not the one hasil.json holds it in (the Definitions sheet says this
# one: "proporsi 0–1" stood beside sheets of 66.6, REVIEW3 18)
WRITTEN_UNIT = {"proporsi": "persen"}
HEADER_FILL = "EEF2F6"
# sheet and column names the reader reads (issue 22.8): the section's name, the column's meaning in a few
# words; the key behind each stays on the definitions sheet. Sections and columns not named here take the first
# clause of their documented meaning (contract.doc / contract.fields), so a new field is readable too.
SHEET_NAMES = {
    "data": ("Data tersedia", "Data available"), "pelaksanaan": ("Pelaksanaan", "Implementation"),
    "level1_reaksi": ("Level 1 Reaksi", "Level 1 Reaction"),
    "level2_pembelajaran": ("Level 2 Pembelajaran", "Level 2 Learning"),
    "level3_perilaku": ("Level 3 Perilaku", "Level 3 Behaviour"), "level4_hasil": ("Level 4 Hasil", "Level 4 Results"),
    "anggaran_vs_peningkatan": ("Anggaran dan Peningkatan", "Budget and Gain"),
    "tantangan": ("Tantangan", "Challenges"), "komunikasi": ("Komunikasi", "Communication"),
    "pooling": ("Perbandingan Dinas (model)", "Agency Comparison (model)"), "tren": ("Tren", "Trend"),
    "perbandingan_provinsi": ("Dibanding Provinsi", "Against the Province"),
    "perbandingan_dinas": ("Perbandingan Dinas", "Agency Comparison"), "perhatian": ("Perhatian", "Attention"),
    # the published file's record of which plan of last year BAB X judged (its documented meaning opens with a
    # qualifier, "Hanya berkas yang terbit ...", that named the sheet)
    "rencana_tahun_lalu": ("Rencana tahun lalu yang dinilai", "Last year's plan judged"),
}
COLUMN_NAMES = {
    "estimasi": ("Estimasi", "Estimate"), "ci_bawah": ("Batas bawah 95%", "Lower 95% bound"),
    "ci_atas": ("Batas atas 95%", "Upper 95% bound"), "n": ("n", "n"), "p": ("Nilai p", "p-value"),
    "cukup_data": ("Cukup data", "Enough data"), "alasan": ("Alasan", "Reason"), "se": ("Galat baku", "Standard error"),
    "sd": ("Simpangan baku", "Standard deviation"), "nama": ("Nama", "Name"), "metode": ("Metode", "Method"),
    "dinas": ("Dinas", "Agency"), "tahun": ("Tahun", "Year"), "periode": ("Periode", "Period"),
    "peringkat": ("Peringkat", "Rank"), "kategori": ("Kategori", "Category"), "ikm": ("IKM", "IKM"),
    # fields whose documented meaning is long or names other keys: a header of a few words
    "ada_nilai_test": ("Ada nilai pre dan post", "Pre and post scores present"),
    "ambang_persen_dilatih": ("Ambang dilatih (% ASN unit)", "Trained threshold (% of the unit's ASN)"),
    "biaya_median_per_peserta_rp": ("Median biaya per peserta", "Median cost per participant"),
    "biaya_per_peserta_rp": ("Rata-rata biaya per peserta", "Mean cost per participant"),
    "anggaran_kegiatan_rp": ("Biaya kegiatan tahun evaluasi", "Activity cost in the evaluated year"),
    "dinas_anggaran": ("Dinas dengan data anggaran", "Agencies with budget data"),
    "dinas_dikecualikan": ("Dinas dengan temuan sendiri (tidak dihitung)", "Agencies with own finding (left out)"),
    "bobot_data_sendiri": ("Bobot data dinas sendiri", "Weight of the agency's own data"),
    "d_av": ("Ukuran efek d (rata-rata SD)", "Effect size d (average SD)"),
    "d_z": ("Ukuran efek berpasangan", "Paired effect size"),
    "g_av": ("Hedges g (rata-rata SD)", "Hedges' g (average SD)"),
    "g_av_bawah": ("Hedges g: batas bawah 95%", "Hedges' g: lower 95% bound"),
    "g_av_atas": ("Hedges g: batas atas 95%", "Hedges' g: upper 95% bound"),
    "besar_efek": ("Besar efek", "Effect size band"),
    "dalam_daftar": ("Dalam daftar perhatian provinsi", "On the province's attention list"),
    "desain": ("Desain", "Design"), "df": ("Derajat bebas", "Degrees of freedom"),
    "dilatih_sebelum": ("Dilatih, sebelum", "Trained, before"),
    "dilatih_sesudah": ("Dilatih, sesudah", "Trained, after"),
    "tidak_sebelum": ("Tidak dilatih, sebelum", "Untrained, before"),
    "tidak_sesudah": ("Tidak dilatih, sesudah", "Untrained, after"),
    "dinas_dengan_data": ("Dinas dengan data pegawai", "Agencies with staff data"),
    "dinas_tanpa_data": ("Dinas tanpa data", "Agencies without data"),
    "ditandai": ("Tetap bermakna setelah koreksi FDR", "Significant after FDR control"),
    "e_acuan": ("Waktu relatif periode acuan", "Relative time of the reference period"),
    "efek_minimum_terdeteksi": ("Selisih minimum terdeteksi", "Minimum detectable difference"),
    "selisih_minimum_terdeteksi": ("Selisih pra minimum terdeteksi", "Minimum detectable pre-training difference"),
    "e_terdekat": ("Waktu relatif estimasi pra terdekat", "Relative time of the nearest pre estimate"),
    "sebab": ("Mengapa tanpa uji tren awal", "Why there is no pre-trend check"),
    "fase": ("Fase", "Phase"), "jendela_kegiatan": ("Jendela kegiatan", "Activity window"),
    "sumber": ("Sumber", "Source"), "id_dinilai": ("ID baris yang dinilai", "Row IDs judged"),
    "jp_per_pegawai": ("JP kegiatan lain per pegawai", "Other activities' JP per staff"),
    "jumlah": ("Jumlah yang memenuhi", "Number who meet it"), "jumlah_uji": ("Jumlah uji", "Number of tests"),
    "jumlah_unit": ("Unit dengan SKM", "Units with an SKM"), "k": ("Jumlah estimasi pra", "Number of pre estimates"),
    "kategori_bawah": ("Kategori di batas bawah", "Category at the lower bound"),
    "kategori_atas": ("Kategori di batas atas", "Category at the upper bound"),
    "label": ("Sebutan kategori", "Category name"),
    "kegiatan_tanpa_biaya": ("Kegiatan tanpa biaya tercatat (Rp 0 atau kosong)",
                             "Activities without a recorded cost (Rp 0 or blank)"),
    "kode_alasan": ("Alasan belum disebut efek", "Why it is not yet called an effect"),
    "komunikasi": ("Unsur komunikasi", "Communication element"),
    "kontrol": ("Variabel kontrol", "Controls"), "kontrol_dilepas": ("Kontrol dilepas", "Controls left out"),
    "korelasi": ("Korelasi Pearson", "Pearson correlation"),
    "menurun": ("Seluruh rentang di bawah nol", "Whole interval below zero"),
    "minimum_dinas_perbandingan": ("Dinas minimum untuk perbandingan", "Agencies needed for comparison"),
    "n_kegiatan": ("Jumlah kegiatan", "Number of activities"),
    "n_kegiatan_tahun": ("Jumlah kegiatan", "Number of activities"),
    "n_kegiatan_jendela": ("Kegiatan intervensi di jendela perbandingan", "Intervention activities in the window"),
    "n_partisipasi_tahun": ("Jumlah partisipasi", "Number of participations"),
    "n_peserta": ("Jumlah peserta", "Number of participants"),
    "n_responden_skm": ("Responden SKM", "SKM respondents"),
    "n_pns": ("Jumlah PNS", "Number of PNS"),
    "n_status_tidak_diketahui": ("ASN tanpa status tercatat", "ASN without a recorded status"),
    "n_unit_dilatih": ("Unit dilatih", "Trained units"),
    "p_wilcoxon": ("Nilai p Wilcoxon", "Wilcoxon p-value"),
    "pengguna_diasumsikan": ("Pengguna layanan diasumsikan", "Service users assumed"),
    "penyesuaian": ("Disesuaikan untuk", "Adjusted for"),
    "perbandingan_antar_dinas": ("Perbandingan antardinas", "Comparison among agencies"),
    "periode_sebelum": ("Periode sebelum", "Before period"), "periode_sesudah": ("Periode sesudah", "After period"),
    "persen_memenuhi": ("% PNS dengan ≥ 20 JP", "% of PNS with ≥ 20 JP"),
    "persen_bawah": ("% PNS dengan ≥ 20 JP: batas bawah 95%", "% of PNS with ≥ 20 JP: lower 95% bound"),
    "persen_atas": ("% PNS dengan ≥ 20 JP: batas atas 95%", "% of PNS with ≥ 20 JP: upper 95% bound"),
    "persen_naik": ("% peserta yang nilainya naik", "% of participants whose score rose"),
    "persen_naik_bawah": ("% naik: batas bawah 95%", "% rose: lower 95% bound"),
    "persen_naik_atas": ("% naik: batas atas 95%", "% rose: upper 95% bound"),
    "persen_pegawai": ("% pegawai di kegiatan lain", "% of staff in other activities"),
    "persen_resistensi_tinggi": ("% peserta resistensi tinggi", "% of participants with high resistance"),
    "rata_gain": ("Rata-rata kenaikan nilai", "Mean score gain"),
    "gain_bawah": ("Kenaikan nilai: batas bawah 95%", "Score gain: lower 95% bound"),
    "gain_atas": ("Kenaikan nilai: batas atas 95%", "Score gain: upper 95% bound"),
    "gain_n_kegiatan": ("Kenaikan nilai: jumlah kegiatan selangnya", "Score gain: activities of its interval"),
    "rata_peserta": ("Rata-rata kenaikan peserta (tanpa rentang)", "Participants' mean gain (no interval)"),
    "rata_unsur": ("Rata-rata unsur (tanpa rentang)", "Element mean (no interval)"),
    "rata_ikm": ("IKM konversi (tanpa rentang)", "Converted IKM (no interval)"),
    "n_unit_layanan": ("Jumlah unit layanan", "Number of service units"),
    "status_kenaikan": ("Kenaikan jelas di atas nol?", "Gain clearly above zero?"),
    "porsi_replikasi_tidak_positif": ("Bagian replikasi bootstrap tanpa kenaikan positif",
                                      "Share of bootstrap replicates without a positive gain"),
    "rata_jp": ("Rata-rata JP per PNS", "Mean JP per PNS"),
    "rata_pre": ("Rata-rata nilai pre", "Mean pre-test score"),
    "rata_post": ("Rata-rata nilai post", "Mean post-test score"),
    "responden_minimum": ("Sampel minimum (Krejcie & Morgan)", "Minimum sample (Krejcie & Morgan)"),
    "sampel_kurang": ("Sampel di bawah minimum", "Sample below the minimum"),
    "se_tanpa_klaster": ("Galat baku tanpa klaster", "Standard error without clustering"),
    "tersedia": ("Dapat dihitung", "Can be computed"),
    "unit_dilatih": ("Unit dilatih", "Trained units"), "unit_pembanding": ("Unit pembanding", "Comparison units"),
    "unit_sampel_kurang": ("Unit di bawah sampel minimum", "Units below the minimum sample"),
    "unsur": ("Unsur", "Element"), "unsur_terlemah": ("Unsur terlemah", "Weakest element"),
    "dari": ("Jumlah dinas dengan angka ini", "Agencies with this figure"),
    "membaik": ("Membaik", "Improved"),
    # a documented meaning that opens with a symbol ('τ²: ...') or one word ('Upper (worst) bound ...')
    "varians_antar_dinas": ("Varians antardinas (τ²)", "Between-agency variance (τ²)"),
    "varians_antar_kegiatan": ("Varians antarkegiatan (ω²)", "Between-activity variance (ω²)"),
    "varians_dalam_kegiatan": ("Varians dalam kegiatan (σ²)", "Within-activity variance (σ²)"),
    "peringkat_bawah": ("Peringkat: batas terbaik 95%", "Rank: best 95% bound"),
    "peringkat_atas": ("Peringkat: batas terburuk 95%", "Rank: worst 95% bound"),
    "bootstrap_liar": ("Selang dari bootstrap klaster", "Interval from a cluster bootstrap"),
    "dipilih": ("Intervensi dinyatakan", "Intervention declared"),
    "teks": ("Intervensi (teks di pengaturan)", "Intervention (text in the settings)"),  # not the Make variable's name
    "gain_di_bawah_rata": ("Dinas seluruhnya di bawah rata-rata provinsi", "Agencies wholly below the province mean"),
    "gain_rendah": ("Kenaikan nilai seluruhnya di bawah rata-rata provinsi", "Gain wholly below the province mean"),
    "jumlah_dinas": ("Jumlah dinas dalam model", "Agencies in the model"),
    "n_pegawai": ("Jumlah ASN", "Number of ASN"), "pembanding": ("Nilai pembanding", "Comparison value"),
    "q_bh": ("Nilai p disesuaikan (Benjamini-Hochberg)", "Adjusted p-value (Benjamini-Hochberg)"),
    **{code: (f"{code.upper()} {name}", f"{code.upper()} {constants.IKM_ELEMENTS_EN[code]}")
       for code, name in constants.IKM_ELEMENTS.items()},
}
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
    # where last year's judged plan came from (rencana_tahun_lalu.sumber; report.chapters.followup_review.Source)
    "terbit": ("rencana yang terbit bersama laporan tahun lalu", "the plan published with last year's report"),
    "dibuat_ulang": ("dibuat ulang dari data tahun lalu, bukan rencana yang ditandatangani",
                     "regenerated from last year's data, not the signed plan"),
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
    "data_sebelum_kurang": ("data periode awal kurang", "too few data in earlier periods"),
    "df_kurang": ("unit terlalu sedikit untuk uji bersama", "too few units for the joint test"),
    "kegiatan_kurang": ("kegiatan terlalu sedikit", "too few activities"),
    "kegiatan_kurang_regresi": ("kegiatan terlalu sedikit untuk regresi", "too few activities for the regression"),
    # a gain or an SKM element withheld by its own rule (analysis.small_clusters; reasons.few_clusters)
    "peserta_kurang": ("peserta dengan nilai pre dan post terlalu sedikit", "too few participants with both scores"),
    "kegiatan_kurang_klaster": ("kegiatan terlalu sedikit untuk rentang", "too few activities for an interval"),
    "unit_kurang_klaster": ("unit layanan terlalu sedikit untuk rentang", "too few service units for an interval"),
    "kegiatan_kurang_tren": ("kegiatan terlalu sedikit untuk tren", "too few activities for the trend"),
    "tanpa_keragaman": ("tanpa keragaman", "no variation"),
    # the evaluated year's IKM without that year's SKM (analysis.results.key_ikm)
    "skm_tidak_diterima": ("SKM tahun itu tidak diterima", "no SKM of that year received"),
    # a dinas's last SKM earlier than the province's period (analysis.results.in_period)
    "skm_periode_lain": ("SKM terakhir dari periode yang lebih awal", "last SKM from an earlier period"),
    # a dose slope withheld (analysis.did dose; CHECK12 C12-12)
    "unit_kurang_dosis": ("unit dengan data sebelum dan sesudah terlalu sedikit untuk dosis",
                          "too few units with before and after data for the dose"),
    "rentang_melebihi_skala": ("rentang lebih lebar dari seluruh skala", "interval wider than the whole scale"),
    # a withheld cost per point's cause: the words of the report's tables (one catalogue entry, reasons.cause_words)
    **{cause: (reasons.cause_words(cause, "id"), reasons.cause_words(cause, "en")) for cause in reasons.FINDINGS},
    "biaya_sama": ("biaya per peserta tidak bervariasi", "no variation in the cost per participant"),
    "biaya_tidak_tercatat": (reasons.cause_words("biaya_tidak_tercatat", "id"),
                             reasons.cause_words("biaya_tidak_tercatat", "en")),
    **GAIN_STATUS_WORDS,
}
# block headings whose documented meaning is long, names other keys or writes a model as a formula
OBJECT_NAMES = {
    "level4_hasil.did_ikm.intervensi": ("Intervensi yang dinyatakan", "Declared intervention"),
    "pelaksanaan.cakupan_asn": ("Cakupan ASN: proporsi ASN yang ikut sedikitnya satu kegiatan",
                                "Staff coverage: share of ASN who took part in at least one activity"),
    "pelaksanaan.jp_20.rata_jp_asn": ("Rata-rata JP per PNS (dan ASN tanpa status)",
                                      "Mean JP per PNS (and ASN without a status)"),
    "pelaksanaan.kegiatan_per_metode": ("Kegiatan per metode pada tahun evaluasi",
                                        "Activities by method in the evaluated year"),
    "level2_pembelajaran.per_metode": ("Kenaikan nilai per metode", "Score gain by method"),
    "anggaran_vs_peningkatan.di_luar_temuan_dinas": ("Kenaikan nilai di luar dinas dengan temuan sendiri",
                                                     "Score gain outside the agencies with a finding of their own"),
    "level2_pembelajaran.ancova.per_metode": ("ANCOVA per metode", "ANCOVA by method"),
    "level3_perilaku.per_10_poin_gain": ("Skor perilaku per 10 poin kenaikan nilai (kemiringan OLS)",
                                         "Behaviour score per 10 points of score gain (OLS slope)"),
    "level4_hasil.ikm_per_periode": ("IKM konversi per periode survei", "Converted IKM per survey period"),
    "level4_hasil.ikm_unit": ("IKM konversi per unit layanan dan periode",
                              "Converted IKM per service unit and period"),
    "level4_hasil.did_ikm": ("Perubahan IKM unit dilatih dan belum dilatih",
                             "IKM change of trained and untrained units"),
    "dosis": ("Perbedaan per 10 poin persen staf dilatih", "Difference per 10 percentage points of staff trained"),
    "pooling.rata_provinsi": ("Rata-rata provinsi pada campuran metode provinsi",
                              "Province mean at the province's mix of methods"),
    "level4_hasil.did_ikm.efek": ("Perbedaan perubahan IKM, unit dilatih dibanding belum dilatih (DiD)",
                                  "Difference in IKM change, trained against untrained units (DiD)"),
    "anggaran_vs_peningkatan.model": ("Model biaya dan kenaikan nilai (OLS atas log biaya per peserta, dengan kontrol)",
                                      "Cost and score-gain model (OLS on log cost per participant, with controls)"),
    "anggaran_vs_peningkatan.model_provinsi": (
        "Model biaya dan kenaikan nilai seluruh provinsi (OLS atas log biaya per peserta, dengan kontrol)",
        "Province-wide cost and score-gain model (OLS on log cost per participant, with controls)"),
    "gain_per_dobel": ("Tambahan kenaikan nilai bila biaya per peserta dua kali lipat",
                       "Extra score gain when the cost per participant doubles"),
    "gain_per_log_biaya": ("Kenaikan nilai per satuan log biaya per peserta",
                           "Score gain per unit of log cost per participant"),
    "kuadratik": ("Suku kuadrat log biaya (uji kelengkungan)", "Squared log-cost term (curvature check)"),
    # its n, activities and mean gain are of the costed activities, not Tabel 8's columns (LOOK13 M-3)
    "anggaran_vs_peningkatan.biaya_per_poin": ("Biaya per poin kenaikan nilai, per metode, atas kegiatan dengan biaya "
                                               "tercatat",
                                               "Cost per point of score gain, by method, over the activities with a "
                                               "recorded cost"),
    "tantangan.resistensi.gain_per_poin_resistensi": ("Kenaikan nilai per poin skor resistensi (dengan metode)",
                                                      "Score gain per point of resistance score (with method)"),
    "tantangan.resistensi.rata_resistensi": ("Rata-rata skor resistensi", "Mean resistance score"),
    "tantangan.resistensi.resistensi_tinggi": ("Proporsi peserta dengan skor resistensi ≥ 3,5",
                                               "Share of participants with resistance score ≥ 3.5"),
    # tables whose documented meaning another table shares: each sheet's heading names its own table
    "pelaksanaan.jp_20.per_golongan": ("Proporsi PNS dengan ≥ 20 JP per golongan",
                                       "Share of PNS with ≥ 20 JP by rank group"),
    "pelaksanaan.jp_20.per_jenis_jabatan": ("Proporsi PNS dengan ≥ 20 JP per jenis jabatan",
                                            "Share of PNS with ≥ 20 JP by position type"),
    "level1_reaksi.per_metode": ("Rata-rata skor reaksi per metode", "Mean reaction score by method"),
    "level3_perilaku.per_metode": ("Rata-rata skor perilaku per metode", "Mean behaviour score by method"),
    "level2_pembelajaran.per_dinas": ("Kenaikan nilai per dinas (tanpa model)",
                                      "Score gain by agency (without the model)"),
    "pooling.per_dinas": ("Kenaikan nilai per dinas (model campuran)", "Score gain by agency (mixed model)"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_dobel": (
        "Model provinsi: tambahan kenaikan nilai bila biaya per peserta dua kali lipat",
        "Province model: extra score gain when the cost per participant doubles"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_log_biaya": (
        "Model provinsi: kenaikan nilai per satuan log biaya per peserta",
        "Province model: score gain per unit of log cost per participant"),
    "anggaran_vs_peningkatan.model_provinsi.kuadratik": ("Model provinsi: suku kuadrat log biaya (uji kelengkungan)",
                                                         "Province model: squared log-cost term (curvature check)"),
    "pooling.dinas_ini": ("Dinas ini dalam model", "This agency in the model"),
    "pooling.dinas_ini.mentah": ("Kenaikan nilai dinas tanpa model", "The agency's score gain without the model"),
    # the gain the comparison of dinas used: the mixed model's, or each dinas's mean without it ("Metode" says which)
    "pooling.dinas_ini.pooled": ("Kenaikan nilai dinas dalam perbandingan dinas",
                                 "The agency's score gain in the agency comparison"),
    "pooling.dinas_ini.selisih_rata": ("Selisih dari rata-rata provinsi (model campuran)",
                                       "Difference from the province mean (mixed model)"),
    "perbandingan_provinsi.indikator": ("Angka kunci dibanding provinsi", "Key figures against the province"),
    "perbandingan_provinsi.perhatian": ("Apa kata daftar perhatian provinsi tentang dinas ini",
                                        "What the province's attention list says about this agency"),
    "perbandingan_provinsi.perhatian.uji": ("Uji untuk daftar perhatian provinsi",
                                            "Tests for the province's attention list"),
    "perhatian.uji": ("Uji untuk daftar perhatian provinsi", "Tests for the province's attention list"),
}
# nested objects named in a column header ('Efek: Batas bawah 95%'), by their key
OWNER_NAMES = {
    "biaya_per_poin": ("Biaya per poin", "Cost per point"), "cakupan_asn": ("Cakupan ASN", "Staff coverage"),
    "disesuaikan": ("Kenaikan disesuaikan (nilai pre sama)", "Adjusted gain (same pre score)"),
    "dosis": ("Per 10 poin persen staf dilatih", "Per 10 percentage points of staff trained"),
    "efek": ("Perbedaan perubahan (DiD)", "Difference in change (DiD)"),
    "rata_rata": ("Rata-rata sel", "Cell mean"), "gain": ("Kenaikan nilai", "Score gain"),
    "gain_pooled": ("Kenaikan nilai (perbandingan dinas)", "Score gain (agency comparison)"),
    "intervensi": ("Kegiatan yang diukur", "Activities measured"),
    "jp_20": ("PNS dengan ≥ 20 JP", "PNS with ≥ 20 JP"),
    "mentah": ("Kenaikan nilai tanpa model", "Score gain without the model"),
    "dilatih": ("Unit dilatih", "Trained units"), "pembanding": ("Unit pembanding", "Comparison units"),
    "pooled": ("Kenaikan nilai (perbandingan dinas)", "Score gain (agency comparison)"),
    "provinsi": ("Provinsi", "Province"), "putusan": ("Aturan kata", "Wording rule"),
    "selisih_rata": ("Selisih dari rata-rata provinsi", "Difference from the province mean"),
    "uji_tren_awal": ("Uji tren awal", "Pre-trend test"), "unsur": ("Rata-rata unsur", "Element mean"),
    "persen_realisasi": ("Realisasi anggaran (%)", "Budget realisation (%)"),
    # its documented meaning names `dinas_dikecualikan` and runs to a paragraph (7 headers of LOOK15 Q-13)
    "selisih_dengan_temuan": ("Selisih dengan dinas yang punya temuan sendiri",
                              "Difference from the agencies with a finding of their own"),
}
TABLE_SHEETS = {  # tables whose sheet name is not their name shortened
    "level4_hasil.ikm_unit[]": ("IKM per Unit", "IKM per Unit"),
    "level1_reaksi.per_metode[]": ("Reaksi per Metode", "Reaction by Method"),
    "level3_perilaku.per_metode[]": ("Perilaku per Metode", "Behaviour by Method"),
    "level2_pembelajaran.per_dinas[]": ("Level 2 per Dinas", "Level 2 per Agency"),
    "pooling.per_dinas[]": ("Model per Dinas", "Model per Agency"),
    "perhatian.uji[]": ("Uji Perhatian", "Attention Tests"),
    # a name of its own (at most 31 characters) for each table whose name was cut around '…' or told apart from
    # another only by a number ("Sampai 10 unit kerja 2"): REVIEW3 18
    "pelaksanaan.cakupan_unit_terendah[]": ("Cakupan terendah (unit)", "Lowest coverage (units)"),
    "pelaksanaan.jp_20.unit_terendah[]": ("20 JP terendah (unit)", "Lowest 20 JP share (units)"),
    "pelaksanaan.jp_20": ("Kewajiban 20 JP per PNS", "20 JP duty per PNS"),
    "pelaksanaan.jp_20.keseluruhan": ("PNS dengan ≥ 20 JP", "PNS with ≥ 20 JP"),
    "pelaksanaan.jp_20.per_golongan[]": ("PNS ≥ 20 JP per golongan", "PNS ≥ 20 JP by rank group"),
    "pelaksanaan.jp_20.per_jenis_jabatan[]": ("PNS ≥ 20 JP per jenis jabatan", "PNS ≥ 20 JP by position type"),
    "pelaksanaan.jp_20.pppk": ("PPPK (di luar kewajiban 20 JP)", "PPPK (outside the 20 JP duty)"),
    "pelaksanaan.jp_20.pppk.ikut": ("PPPK yang ikut kegiatan", "PPPK who took part"),
    "pelaksanaan.jp_20.pppk.di_atas_batas": (f"PPPK lebih dari {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP",
                                             f"PPPK with more than {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP"),
    "pelaksanaan.kegiatan_per_metode[]": ("Kegiatan per metode", "Activities by method"),
    "pelaksanaan.tema[]": ("Tema kegiatan terbanyak", "Top activity themes"),
    "pelaksanaan.realisasi_anggaran[]": ("Pagu dan realisasi per tahun", "Budget and spending by year"),
    "level1_reaksi.sebaran": ("Skor reaksi per pita", "Reaction scores by band"),
    "level2_pembelajaran.ancova.plafon": ("Nilai post di batas atas", "Post scores at the ceiling"),
    "level2_pembelajaran.ancova.kemiringan_pre": ("Koefisien nilai pre", "Pre-score coefficient"),
    "level3_perilaku.per_10_poin_gain": ("Perilaku per 10 poin kenaikan", "Behaviour per 10 gain points"),
    "level4_hasil.ikm_sampel": ("Sampel minimum SKM per unit", "Minimum SKM sample per unit"),
    "level4_hasil.did_ikm": ("IKM unit dilatih dan lainnya", "IKM of trained and other units"),
    # what was declared, not "activities measured for impact": the shipped config declares none (REVIEW5 D6)
    "level4_hasil.did_ikm.intervensi": ("Intervensi yang dinyatakan", "Declared intervention"),
    "level4_hasil.did_ikm.kohort[]": ("Kelompok unit per periode", "Unit groups by period"),
    "level4_hasil.did_ikm.pelatihan_lain.pembanding": ("Unit pembanding di jendela", "Comparison units in window"),
    "level4_hasil.did_ikm.efek": ("Selisih perubahan IKM (DiD)", "Difference in IKM change (DiD)"),
    "level4_hasil.did_ikm.uji_tren_awal": ("Uji tren awal bersama", "Joint pre-trend test"),
    "level4_hasil.did_ikm.dosis": ("Selisih per 10 poin persen", "Difference per 10 pp trained"),
    "level4_hasil.did_kinerja[]": ("DiD indikator kinerja unit", "DiD of unit performance"),
    "anggaran_vs_peningkatan.model.gain_per_dobel": ("Kenaikan bila biaya 2 kali", "Gain when cost doubles"),
    "anggaran_vs_peningkatan.model.gain_per_log_biaya": ("Kenaikan per log biaya", "Gain per log cost"),
    "anggaran_vs_peningkatan.model_provinsi": ("Model biaya provinsi", "Province cost model"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_dobel": ("Model provinsi, biaya 2 kali",
                                                              "Province model, cost doubles"),
    "anggaran_vs_peningkatan.model_provinsi.gain_per_log_biaya": ("Model provinsi, log biaya",
                                                                  "Province model, log cost"),
    "anggaran_vs_peningkatan.model_provinsi.kuadratik": ("Model provinsi, suku kuadrat",
                                                         "Province model, squared term"),
    "anggaran_vs_peningkatan.biaya_per_poin[]": ("Biaya per poin per metode", "Cost per point by method"),
    "anggaran_vs_peningkatan.sedikit_kenaikan[]": ("Anggaran kenaikan sangat kecil", "Money for a very small gain"),
    "anggaran_vs_peningkatan.tanpa_estimasi[]": ("Anggaran tanpa estimasi", "Money with no gain estimate"),
    "anggaran_vs_peningkatan.di_luar_temuan_dinas[]": ("Kenaikan di dinas lain", "Gain in the other agencies"),
    "tantangan.resistensi.gain_per_poin_resistensi": ("Kenaikan per poin resistensi", "Gain per resistance point"),
    "tantangan.resistensi.resistensi_tinggi": ("Resistensi ≥ 3,5", "Resistance ≥ 3.5"),
    "komunikasi.unsur[]": ("Nilai unsur periode terbaru", "Element scores, latest period"),
    "pooling.rata_provinsi": ("Rata-rata provinsi (model)", "Province mean (model)"),
    "pooling.dinas_ini.mentah": ("Kenaikan dinas tanpa model", "Agency gain without the model"),
    "pooling.dinas_ini.pooled": ("Kenaikan dinas (model)", "Agency gain (model)"),
    "pooling.dinas_ini.selisih_rata": ("Selisih dari rata-rata provinsi", "Difference from province mean"),
    "perbandingan_provinsi.perhatian": ("Daftar perhatian provinsi", "Province attention list"),
    "perbandingan_provinsi.perhatian.uji[]": ("Uji daftar perhatian", "Attention list tests"),
    "perbandingan_provinsi.indikator[]": ("Angka kunci dibanding provinsi", "Key figures vs the province"),
}
HIDDEN_PLAN_COLUMNS = ("ukuran",)


def hidden_plan_columns(plan_rows: list) -> tuple[str, ...]:
    """The plan sheet's columns left out: HIDDEN_PLAN_COLUMNS, the dinas's own rows on the same finding
    (plan.PlanRow.dinas_rows) when no row has any (a dinas's workbook), and the province rows a dinas row carries out
    (plan.PlanRow.province_rows) when none does (the province's)."""
    return HIDDEN_PLAN_COLUMNS + (() if any(row.dinas_rows for row in plan_rows) else ("baris_dinas",)) + \
        (() if any(row.province_rows for row in plan_rows) else ("baris_provinsi",))
# the sheet listing every sheet and table (the workbook's first): its name and headers
CONTENTS = {"sheet": ("Daftar Isi", "Contents"), "tab": ("Lembar", "Sheet"), "bagian": ("Bab", "Chapter"),
            "tabel": ("Tabel", "Table"), "baris": ("Baris", "Rows")}
# columns whose values are codes with a label in the report's language
WORDED_CODES = ("metode", "fase", "jenis_jabatan")
CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # a hasil.json code: 'kegiatan_kurang_klaster'
# the regulation's Indonesian words among hasil.json's values (IKM categories, SKM element names), as the English
# report writes them (the English workbook showed "Tidak Baik" and "Penanganan Pengaduan, Saran dan Masukan")
ENGLISH_VALUES = {**{words: english for _, _, words, english in constants.IKM_CATEGORIES},
                  **{constants.IKM_ELEMENTS[key]: constants.IKM_ELEMENTS_EN[key] for key in constants.IKM_ELEMENTS}}
INVALID_SHEET_CHARACTERS = str.maketrans({character: " " for character in "[]:*?/\\"})
ACCENT = "0B5394"
WORD_JOINER = "\u2060"


def build(hasil: dict, lang: str, built: dt.datetime, plan_rows: list | None = None,
          key_facts: Sequence[facts.Fact] | None = None) -> bytes:
    """The workbook of ``hasil`` in ``lang``, as bytes (equal content gives equal bytes): the contents sheet first,
    then the about sheet, the key figures' records (report.facts) when given, the follow-up plan's rows
    (report.chapters.plan) when given, the sections' sheets (_layout) and the definitions."""
    from openpyxl import Workbook

    which = 0 if lang == "id" else 1
    fixed = {name: label(name, lang)[:31] for name in ("tentang", "xf_sheet", "rencana_tindak_lanjut", "definisi")}
    taken = {name.lower() for name in fixed.values()} | {CONTENTS["sheet"][which].lower()}
    layout = _layout(hasil, lang, taken)
    # the sheets before the sections', with the report chapter showing the same (Tabel 1 in the summary, BAB X)
    front: list[tuple[str, str | None, int | None]] = [(fixed["tentang"], None, None)]
    if key_facts is not None:
        front.append((fixed["xf_sheet"], t("ch_summary", lang), len(key_facts)))
    if plan_rows is not None:
        front.append((fixed["rencana_tindak_lanjut"], t("ch_followup", lang), len(plan_rows)))
    book = Workbook(write_only=True)  # rows streamed to the file: the province's thousands of unit rows stay cheap
    _contents(book.create_sheet(CONTENTS["sheet"][which]), front, layout, fixed["definisi"], hasil, lang)
    _about(book.create_sheet(fixed["tentang"]), hasil, lang, built)
    if key_facts is not None:
        _key_figures(book.create_sheet(fixed["xf_sheet"]), key_facts, lang)
    if plan_rows is not None:
        _plan(book.create_sheet(fixed["rencana_tindak_lanjut"]), hasil, plan_rows, lang)
    used: dict[str, str] = {}  # object path -> unit, for the definitions
    columns: set[str] = set()
    for _, name, blocks in layout:
        _section(book.create_sheet(name), blocks, used, columns, lang)
    _definitions(book.create_sheet(fixed["definisi"]), used, columns, lang)
    book.properties.creator = t("doc_author", lang)
    scope = hasil["cakupan"]
    book.properties.title = titles.document_title(scope["slug"], scope["nama"], hasil["tahun"], lang)
    book.properties.created = book.properties.modified = utc(built)
    book.properties.language = lang
    book.properties.keywords = constants.REPORT_WORKBOOK_KEYWORD  # read back when an agency returns it (issue 24)
    return workbook_bytes(book)


def _cell(sheet, value, number_format: str | None = None, bold: bool = False, colour: str | None = None,
          size: float | None = None, fill: bool = False, wrap: bool = False):
    """``value`` for ``sheet.append`` (text kept as text: evalasn.sheets) with the style asked for. A workbook's
    cells share a few styles: each one is built once and copied to the next cell (_styled)."""
    if isinstance(value, str):
        value = value.replace(WORD_JOINER, "")  # the HTML's line-break guard: invisible junk in a cell
    style = (number_format, bold, colour, size, fill, wrap)
    if style == PLAIN:
        return sheets.value_or_cell(sheet, value)
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    _styled(cell, style)
    sheets.set_value(cell, value)  # after the style: text that needs the quote prefix gets it
    return cell


def _number(sheet, value: float, number_format: str):
    """``_cell(sheet, value, number_format)`` for a number (not a bool): the same cell, without the steps only text
    needs, and once its style is known a copy of it (a report workbook's most common cell: 34,000 in the province's)."""
    known = _STYLES.get(sheet.parent)
    style = (number_format, False, None, None, False, False)
    if not STYLE_COPIES or known is None or style not in known:
        return _cell(sheet, value, number_format)
    cell = _write_only_cell(sheet)
    cell._style = copy.copy(known[style])
    cell.value = value
    return cell


def _write_only_cell(sheet):
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet)


PLAIN = (None, False, None, None, False, False)
# workbook -> style -> openpyxl's record of that style's ids (StyleArray); see _styled
_STYLES: weakref.WeakKeyDictionary[object, dict[tuple, object]] = weakref.WeakKeyDictionary()


def _styled(cell, style: tuple) -> None:
    """Give ``cell`` the style (number format, bold, colour, size, header fill, wrap). The first cell of a style
    gets it through openpyxl's attributes (Font, PatternFill, Alignment: each looked up in the workbook's
    lists); later cells of the same workbook get a copy of that cell's ``_style``, the ids it was given.

    Saves: 0.10-0.12 s of a dinas workbook's 0.35 s and 0.4-0.5 s of the province's 1.5 s (with
    sheets.value_or_cell; Jakarta scale, medians of 5, 5 Dec 2026). Relies on openpyxl's ``Cell._style``
    (a StyleArray of ids, copied with copy.copy as openpyxl itself does; pinned openpyxl 3.1);
    tests/unit/test_workbook_styles.py compares the bytes with and without the copies."""
    from openpyxl.styles import Alignment, Font, PatternFill

    known = _STYLES.setdefault(cell.parent.parent, {})
    if STYLE_COPIES and style in known:
        cell._style = copy.copy(known[style])
        return
    number_format, bold, colour, size, fill, wrap = style
    if number_format:
        cell.number_format = number_format
    if bold or colour or size:
        cell.font = Font(bold=bold, color=colour, size=size)
    if fill:
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    known[style] = copy.copy(cell._style)


STYLE_COPIES = True  # False: every cell styled through openpyxl's attributes (tests compare the two)


def _about(sheet, hasil: dict, lang: str, built: dt.datetime) -> None:
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    sheet.freeze_panes = "A2"  # the title: a sheet of label and value rows has no header row
    sheet.append([_cell(sheet, t("title", lang), bold=True, size=14, colour=ACCENT)])
    sheet.append([])
    date_format = "d mmmm yyyy hh:mm" if lang == "en" else "[$-421]d mmmm yyyy hh:mm"
    slug, official = hasil["cakupan"]["slug"], hasil["cakupan"]["nama"]
    english = names.scope_name(slug, official, lang)  # in English: 'Health Agency', its official name once
    rows = [(label("dinas", lang), names.with_official(slug, english)), (label("tahun", lang), hasil["tahun"]),
            (label("data_sintetis", lang), label("ya" if hasil.get("sintetis") else "tidak", lang)),
            (label("dibuat", lang), built)]
    for name, value in rows:
        shown = _cell(sheet, value, date_format if isinstance(value, dt.datetime) else None)
        sheet.append([_cell(sheet, name, bold=True), shown])
    sheet.append([])
    if hasil.get("sintetis"):
        sheet.append([_cell(sheet, t("synthetic_banner", lang), bold=True, colour="8A5A00")])
    for text in (t("xlsx_about", lang, nama=english, tahun=hasil["tahun"],
                   definisi=label("definisi", lang), isi=CONTENTS["sheet"][0 if lang == "id" else 1]),
                 t("xlsx_not_enough", lang)):
        sheet.append([None, _cell(sheet, text, wrap=True)])


def _key_figures(sheet, key_facts: Sequence[facts.Fact], lang: str) -> None:
    """One row per key figure, as the report's tables show it (report.facts): numbers in the target's unit
    (percent for shares), the reason in words where a figure cannot be computed; the header row stays in view. Like
    with like, as Tabel 1 (Angka Kunci): an adjusted gain's earlier years are the mixed model's, each year's
    participants' mean in a column of its own."""
    names = ("indikator_kunci", "xf_definisi", "xf_nilai", "xf_bawah", "xf_atas", "xf_n", "xf_mentah",
             "xf_tahun_lalu", "xf_tahun_lalu_bawah", "xf_tahun_lalu_atas", "xf_tahun_lalu_mentah", "xf_tahun_awal",
             "xf_nilai_awal", "xf_nilai_awal_mentah", "provinsi", "xf_provinsi_bawah", "xf_provinsi_atas",
             "xf_provinsi_mentah", "target", "status", "peringkat_dari", "xf_alasan")
    widths = (28, 50, 12, 12, 12, 8, 14, 12, 12, 12, 14, 10, 12, 14, 12, 12, 12, 14, 14, 30, 16, 40)
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[_letter(col)].width = width
    sheet.freeze_panes = "B2"
    tahun = key_facts[0].tahun if key_facts else 0
    sheet.append([_cell(sheet, label(name, lang, tahun=tahun, tahun_lalu=tahun - 1), bold=True, fill=True, wrap=True)
                  for name in names])
    for fact in key_facts:
        first = fact.first_year
        first_value, first_raw = _first_year(fact)
        target = fact.target.nilai if fact.target is not None else None
        # the province mean the row is set against, with its interval where Tabel 1 prints one: beside an adjusted
        # gain the same model's (the province's own gain row is that mean itself: its Provinsi columns stay empty)
        against, with_ci = fact.province, fact.adjusted
        definition = fact.definition(lang)
        sheet.append([_cell(sheet, fact.name(lang), bold=True), _cell(sheet, definition, wrap=True),
                      _key_number(sheet, fact.key, fact.value), _key_number(sheet, fact.key, fact.value, 1),
                      _key_number(sheet, fact.key, fact.value, 2),
                      _cell(sheet, fact.sample_size) if fact.sample_size is not None else None,
                      _key_number(sheet, fact.key, fact.raw), _key_number(sheet, fact.key, fact.last_year),
                      _key_number(sheet, fact.key, fact.last_year, 1), _key_number(sheet, fact.key, fact.last_year, 2),
                      _key_number(sheet, fact.key, fact.last_year_raw),
                      _cell(sheet, first[0]) if first else None,
                      _key_number(sheet, fact.key, first_value), _key_number(sheet, fact.key, first_raw),
                      _key_number(sheet, fact.key, against),  # an adjusted gain's: the same model's
                      *((_key_number(sheet, fact.key, against, 1), _key_number(sheet, fact.key, against, 2))
                        if with_ci else (None, None)),
                      _key_number(sheet, fact.key, fact.province_raw),
                      _cell(sheet, fact.target_cell(lang)) if target is not None or fact.followup or fact.planned
                      else None,
                      _cell(sheet, fact.status(lang), wrap=True),
                      _cell(sheet, facts.rank_text(fact.rank, lang)) if fact.rank else None,
                      _cell(sheet, reason, wrap=True) if (reason := _key_reason(fact, lang)) else None])


def _first_year(fact: facts.Fact) -> tuple[facts.Figure, facts.Figure]:
    """The first data year's value measured as this year's, and its participants' mean (the adjusted gain only:
    that year's mixed-model estimate, the trend's, REVIEW5 D14)."""
    if fact.first_year is None:
        return None, None
    return fact.first_year[1], (fact.first_year_raw if fact.adjusted else None)


def _key_reason(fact: facts.Fact, lang: str) -> str | None:
    """Why this year's figure, last year's or the first data year's has no value, in words true to the cause
    (facts.year_reason: an adjusted gain without that year's model says why, never 'not run'); None when all
    have."""
    now = fact.reason(lang)
    said = [now] if now else []
    # last year's only when the year has a record (without one, the column is simply empty); the first year's always
    earlier = [(fact.tahun - 1, fact.last_year, fact.last_year_raw)] if (
        fact.last_year is not None or (fact.adjusted and fact.last_year_raw is not None)) else []
    if fact.first_year is not None and fact.first_year[0] != fact.tahun - 1:
        earlier.append((*fact.first_year, fact.first_year_raw))
    for year, figure, raw in earlier:
        if facts.as_target_unit(fact.key, figure) is not None:
            continue
        said.append(label("xf_alasan_tahun", lang, tahun=year, alasan=facts.year_reason(fact, figure, raw, lang)))
    return "; ".join(dict.fromkeys(said)) or None


def _key_number(sheet, key: str, figure, part: int = 0):
    """The value (0), lower (1) or upper (2) bound of a key figure in its target's unit; None without it."""
    values = facts.as_target_unit(key, figure)
    if values is None or (part and not isinstance(figure, dict)):  # a plain number has no interval: empty bounds
        return None
    return _cell(sheet, values[part], FORMATS[facts.kind(key)])


def _plan(sheet, hasil: dict, plan_rows: list, lang: str) -> None:
    """The follow-up plan with its stable row ids, then empty columns for the agency to fill: execution
    (a list to choose from), date, evidence, notes; the header row stays in view."""
    from openpyxl.worksheet.datavalidation import DataValidation

    # the hasil.json key an indicator is read from (plan.PlanRow.measure) is software text: the indicator column
    # names the figure with its unit and population
    shown = [index for index, name in enumerate(plan.SHEET_COLUMNS) if name not in hidden_plan_columns(plan_rows)]
    names = [*(plan.SHEET_COLUMNS[index] for index in shown), *plan.FILL_COLUMNS]
    widths = {"id": 30, "kode": 18, "baris_dinas": 30, "baris_provinsi": 30, "tindak_lanjut": 50, "indikator": 40,
              "ukuran": 40, "nilai_kini": 18, "target": 22, "nilai_kini_angka": 14, "target_angka": 14, "pj": 36,
              "waktu": 18, "pelaksanaan": 16, "tanggal": 14, "bukti": 36, "catatan": 36}
    for col, name in enumerate(names, 1):
        sheet.column_dimensions[_letter(col)].width = widths[name]
    sheet.freeze_panes = "C2"
    execution = _letter(names.index("pelaksanaan") + 1)
    last = len(plan_rows) + 1
    choices = ",".join(plan.EXECUTION[lang])
    check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    check.add(f"{execution}2:{execution}{max(last, 2)}")
    sheet.data_validations.append(check)
    header = [label(f"rtl_{name}", lang, tahun=hasil["tahun"], tahun_berikut=hasil["tahun"] + 1,
                    pilihan=" / ".join(plan.EXECUTION[lang])) for name in names]
    sheet.append([_cell(sheet, text, bold=True, fill=True, wrap=True) for text in header])
    fill = len(plan.FILL_COLUMNS)
    today = names.index("nilai_kini_angka")
    for row, cells in zip(plan_rows, plan.sheet_rows(plan_rows, lang), strict=True):
        kept = [cells[index] for index in shown] + cells[len(cells) - fill:]
        # this year's value as a number ('61,6%' is 61.5854, shown 61.6): next year's check compares numbers
        written = [None if value is None else _cell(sheet, value, wrap=True) for value in kept]
        if isinstance(number := kept[today], (int, float)):  # shown with the decimals of the text beside it
            written[today] = _cell(sheet, round(number, 10), FORMATS.get(row.unit))
        sheet.append(written)


def _blocks(path: str, value, lang: str = "id") -> list[tuple[str, list[dict]]]:
    """(object path, rows) for every table of a section, in the order of hasil.json."""
    if isinstance(value, list):
        records = [v for v in value if isinstance(v, dict)]
        if records:
            return [(path + "[]", [_flat(r, lang=lang) for r in records])]
        return [(path, [{"nilai": ", ".join(str(v) for v in value)}])] if value else []
    if not isinstance(value, dict):
        return []
    if "estimasi" in value or path in walk.free_key_paths():
        return [(path, [_flat(value, lang=lang)])]
    blocks, plain = [], {}
    for key, child in value.items():
        if isinstance(child, dict) or (isinstance(child, list) and child and isinstance(child[0], dict)):
            blocks += _blocks(f"{path}.{key}", child, lang)
        elif child is not None and not isinstance(child, list):
            plain[key] = child
        elif isinstance(child, list) and child:  # an empty list is no column (REVIEW7 R7-6: a blank row under
            plain[key] = ", ".join(str(v) for v in child)  # "Tanpa kenaikan" in the English "Budget and Gain")
    if path == DECLARED:
        plain = declared_intervention(plain, lang)
    return ([(path, [plain])] if plain else []) + blocks


OFFICIAL_NAME = ("Nama resmi", "Official name (Indonesian)")
DECLARED = "level4_hasil.did_ikm.intervensi"
NONE_DECLARED = ("tidak ada yang dinyatakan", "none declared")
# the count of activities matching the declared text over every agency and year: not this scope's (REVIEW5 D6:
# 887 in the Kesehatan workbook, which had 52 in 2025); with nothing declared, every activity of the province
ALL_SCOPES_COUNT = "n_kegiatan"


def declared_intervention(record: dict, lang: str) -> dict:
    """The declared intervention's row as the workbook shows it: what the settings say and whether anything was
    declared; with nothing declared only that (no count of 'measured' activities, no assignment of a programme
    that does not exist); never the province-wide count of matching activities."""
    if not record.get("dipilih"):
        return {"teks": NONE_DECLARED[0 if lang == "id" else 1], "dipilih": False}
    return {key: value for key, value in record.items() if key != ALL_SCOPES_COUNT}


def _flat(record: dict, prefix: str = "", lang: str = "id") -> dict:
    """A record with nested objects as 'parent.field' columns; lists of plain values joined; an estimate
    without a value gets its reason in words (report.words.reasons) in its 'alasan' column, not a code."""
    out = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, name + ".", lang))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = ", ".join(str(v) for v in value)
        else:
            out[name] = value
    if record.get("cukup_data") is False or (isinstance(record.get("alasan"), str) and "cukup_data" not in record):
        # a record without the flag that carries its reason code (anggaran_vs_peningkatan.tanpa_estimasi[]: a method
        # x dinas with too few activities for an interval showed "kegiatan_kurang_klaster", LOOK15 Q-13)
        out[f"{prefix}alasan"] = reasons.reason(record, lang)
    return out


def _section(sheet, blocks: list[tuple[str, list[dict]]], used: dict[str, str], columns: set[str],
             lang: str) -> None:
    """The tables of a sheet, each a heading, a header row and its rows. A table of several rows is alone on its
    sheet with its header row kept in view (and for a list the first column, which names each row); one-row tables
    gathered on a section's sheet (_layout) have each its header right above its row."""
    widths: dict[int, int] = {}
    for path, records in blocks:  # widths first: a streamed sheet takes them before its rows
        names = list(dict.fromkeys(k for r in records for k in r))
        for col, name in enumerate(names, 1):
            longest = max((len(value) for r in records if isinstance(value := r.get(name), str)), default=0)
            shown = header(name, path, lang)
            widths[col] = max(widths.get(col, 8), min(len(shown) + 2, 28), min(longest + 2, 45))
    for col, width in widths.items():
        sheet.column_dimensions[_letter(col)].width = width
    if len(blocks) == 1:  # set before the rows: a streamed sheet writes its view first
        sheet.freeze_panes = "B3" if len(blocks[0][1]) > 1 else "A3"
    yes, no = label("ya", lang), label("tidak", lang)  # Excel's TRUE/FALSE would be English
    for path, records in blocks:
        unit = object_unit(path)
        used[path] = unit
        sheet.append([_cell(sheet, object_name(path, lang), bold=True, colour=ACCENT)])
        names = list(dict.fromkeys(k for r in records for k in r))
        columns.update(name.rsplit(".", 1)[-1] for name in names)
        sheet.append([_cell(sheet, header(name, path, lang), bold=True, fill=True, wrap=True) for name in names])
        # what each column's cells need, worked out once per column, not once per cell (the province has 67,000)
        kinds = [(name, name.rsplit(".", 1)[-1], _format(unit), unit == "proporsi")
                 for name in names for unit in (column_unit(name, path),)]
        for record in records:
            row: list[object] = []
            figure: object = _UNSET  # the record's key figure, for _scale: looked up at its first number
            for name, leaf, number_format, share in kinds:
                value = record.get(name)
                if value is None:
                    row.append(None)
                elif isinstance(value, bool):
                    row.append(yes if value else no)
                elif isinstance(value, (int, float)):
                    if share:
                        scale = 100.0
                    else:
                        if figure is _UNSET:
                            figure = record.get("kunci") or record.get("temuan")
                        scale = _bound_scale(figure, leaf)
                    row.append(_number(sheet, round(value * scale, 10) if scale != 1 else value, number_format))
                elif isinstance(value, str) and (word := worded(leaf, value, record, lang)):
                    row.append(_cell(sheet, word))  # "seminar", "pasca", "kesehatan": the reader's word
                elif isinstance(value, str) and lang == "en" and value in ENGLISH_VALUES:
                    row.append(_cell(sheet, ENGLISH_VALUES[value]))  # an IKM category label, an SKM element: in English
                else:
                    row.append(None if value is None else _cell(sheet, value))
            sheet.append(row)
        sheet.append([])


Block = tuple[str, list[dict]]  # (object path, rows) of one table


def _layout(hasil: dict, lang: str, taken: set[str]) -> list[tuple[str, str, list[Block]]]:
    """(section, sheet name, tables) for every sheet of hasil.json's sections, in its order. A section's one-row
    tables (a single estimate, an object of plain values) are gathered on one sheet named by the section, each
    under its whole name with its header above its row (REVIEW7 R7-4: 52 of 79 sheets held a title, a header and
    one row, and the reader paged through 79 tabs for a figure); a table of several rows has a sheet of its own,
    its one header row kept in view while the reader scrolls (a single rectangle is also what Excel's sort, filter
    and pivot expect). Without one-row tables the section's first table takes the section's name; an empty section
    keeps an empty sheet, so that the reader sees it has nothing."""
    layout: list[tuple[str, str, list[Block]]] = []
    for key, value in hasil.items():
        if key in LEFT_OUT or not isinstance(value, (dict, list)):
            continue
        blocks = _blocks(key, value, lang)
        single = [block for block in blocks if len(block[1]) <= 1]
        tables = [block for block in blocks if len(block[1]) > 1]
        if single or not tables:
            layout.append((key, _sheet_name(key, lang, taken), single))
        for index, block in enumerate(tables):
            named = block[0] if index or single else None
            layout.append((key, _sheet_name(key, lang, taken, named), [block]))
    return layout


def block_rows(blocks: list[Block]) -> list[int]:
    """The row of each table's name on its sheet (_section: a name, a header, the rows, an empty row)."""
    rows, row = [], 1
    for _, records in blocks:
        rows.append(row)
        row += len(records) + 3
    return rows


# the report's chapter that shows each section of hasil.json (the contents sheet's "Bab" column); another section
# is named by its sheet
CHAPTERS = {"data": "ch_intro", "pelaksanaan": "ch_implementation", "level1_reaksi": "ch_results",
            "level2_pembelajaran": "ch_results", "level3_perilaku": "ch_results", "level4_hasil": "ch_results",
            "anggaran_vs_peningkatan": "ch_budget", "tantangan": "ch_challenges", "komunikasi": "ch_communication",
            "pooling": "ch_position", "tren": "ch_position", "perbandingan_provinsi": "ch_position",
            "perbandingan_dinas": "ch_position", "perhatian": "ch_position", "rencana_tahun_lalu": "ch_followup"}


def chapter(key: str, hasil: dict, lang: str) -> str:
    """The report chapter holding section ``key``, as its heading reads ('BAB III Hasil per Level Kirkpatrick')."""
    name = CHAPTERS.get(key)
    if name is None:
        return _sheet_name(key, lang, set())
    if name == "ch_position" and hasil.get("cakupan", {}).get("jenis") == "provinsi":
        name = "ch_position_prov"
    return t(name, lang)


def _contents(sheet, front: list[tuple[str, str | None, int | None]], layout: list[tuple[str, str, list[Block]]],
              definitions: str, hasil: dict, lang: str) -> None:
    """The workbook's first sheet: one row per sheet before the sections' (about, key figures, plan), one row per
    table of the sections, then the definitions: the sheet (a link to the table's name on it), the report chapter
    showing it, the table's whole name and its rows."""
    from openpyxl.worksheet.hyperlink import Hyperlink

    which = 0 if lang == "id" else 1
    for letter, width in (("A", 32), ("B", 40), ("C", 80), ("D", 8)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, CONTENTS[name][which], bold=True, fill=True) for name in ("tab", "bagian", "tabel",
                                                                                          "baris")])

    def link(name: str, row: int = 1):
        cell = _cell(sheet, name, colour=ACCENT)
        quoted = name.replace("'", "''")
        cell.hyperlink = Hyperlink(ref="", location=f"'{quoted}'!A{row}", display=name)
        return cell

    for name, where, rows in front:
        sheet.append([link(name), where, name, rows])
    for key, name, blocks in layout:
        where = chapter(key, hasil, lang)
        if not blocks:
            sheet.append([link(name), where, None, 0])
        for (path, records), row in zip(blocks, block_rows(blocks), strict=True):
            sheet.append([link(name, row), where, object_name(path, lang), len(records)])
    sheet.append([link(definitions), None, definitions, None])


def worded(column: str, value: str, record: dict, lang: str) -> str | None:
    """A code of hasil.json in the reader's words (None: the value is shown as it is): a method, a phase, a
    position type, an effect-size band, an agency's slug, an SKM element (IKM category labels: ENGLISH_VALUES)."""
    if column in ("metode", "metode_fdr", "metode_gain") and value in VALUE_WORDS:  # an estimator, a correction
        return VALUE_WORDS[value][0 if lang == "id" else 1]
    if value in VALUE_WORDS and column in ("desain", "penugasan", "fase", "sumber"):  # before labels: "pasca" has none
        return VALUE_WORDS[value][0 if lang == "id" else 1]
    if column in WORDED_CODES:
        return label(value, lang)
    if column in ("kunci", "temuan") and f"kf_{value}" in LABELS:  # a key figure, named with its unit
        return label(f"kf_{value}", lang)
    if column in ("kontrol", "kontrol_dilepas", "penyesuaian"):  # model terms: 'metode, nilai_pre'
        return ", ".join(CONTROLS[term][lang] if term in CONTROLS else label(term, lang)
                         for term in value.split(", ")) if value else value
    # in English the reports' names (commas)
    if column in ("dinas_dengan_data", "dinas_tanpa_data", "dinas_anggaran", "dinas_dikecualikan"):
        return ("; " if lang == "en" else ", ").join(
            (names.scope_name(slug, official_name(slug), lang) if lang == "en" else compact_name(slug))
            if slug in AGENCIES else slug for slug in value.split(", ")) if value else value
    if column == "alasan" and CODE.fullmatch(value):  # a reason code no sentence of reasons.reason took
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


def _short(meaning: str, limit: int = 45) -> str:
    """The first clause of a documented meaning, in at most ``limit`` characters, as a name."""
    text = meaning.replace("`", "")
    head, colon, rest = text.partition(": ")
    if colon and head.split(" ", 1)[0] in ("Estimasi", "Estimate"):  # "Estimasi per metode: rata-rata skor …"
        text = rest + (f" — {head.split(' ', 1)[1]}" if " " in head else "")
        stops: tuple[str, ...] = (". ", "; ")
    else:
        stops = (". ", "; ", ": ", " (", " — ")
    for stop in stops:
        text = text.split(stop, 1)[0]
    text = text.rstrip(".")
    if limit and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _title(meaning: str) -> str:
    """A whole title from a documented meaning (REVIEW7 R7-4: cut at its first parenthesis, "Uji bersama bahwa
    estimasi pre" stopped before its verb): the asides in parentheses left out, the first sentence up to its
    explanation (': ', '; ', ', seperti '); before a colon, "Estimasi:" is dropped, a short qualifier ("Hanya
    berkas provinsi: satu baris per dinas") goes after a short rest, else the head is the title. Its `keys`
    stay marked for definition_text."""
    text = meaning
    while True:  # innermost asides first: "(a (b) c)"
        shorter = re.sub(r" ?\([^()]*\)", "", text)
        if shorter == text:
            break
        text = shorter
    text = re.split(r"(?<!Art)\. |; |, seperti |, as ", text, maxsplit=1)[0].rstrip(".")
    head, colon, rest = text.partition(": ")
    words = len(head.split())
    if colon and rest and head in ("Estimasi", "Estimate"):
        text = rest
    elif colon and rest and words <= 3 and len(rest.split()) <= 8:
        text = f"{rest} — {head[:1].lower()}{head[1:]}"
    elif colon:
        text = head
    return text[:1].upper() + text[1:]


def _humane(key: str) -> str:
    return key.upper() if len(key) <= 3 else key.replace("_", " ").capitalize()


def object_name(path: str, lang: str) -> str:
    """A block's heading: the object's meaning in a few words (its path stays on the definitions sheet)."""
    bare = path.removesuffix("[]")
    if bare in SHEET_NAMES:
        return SHEET_NAMES[bare][0 if lang == "id" else 1]
    named = OBJECT_NAMES.get(bare) or OBJECT_NAMES.get(bare.rsplit(".", 1)[-1])
    if named:
        return named[0 if lang == "id" else 1]
    doc = walk.object_docs().get(path) or walk.object_docs().get(bare)
    if doc is None:
        return _humane(bare.rsplit(".", 1)[-1])
    # the keys a meaning names ("with `arah` and `membaik`") in the reader's words, as on the definitions sheet
    return definition_text(_title(doc.id if lang == "id" else doc.en), lang, near=path)


def column_name(column: str, path: str, lang: str) -> str:
    """A column header in the report's language: 'efek.ci_bawah' is 'Efek …: Batas bawah 95%'."""
    parent, _, leaf = column.rpartition(".")
    if column == "nama" and path.startswith("perbandingan_dinas"):  # beside the English "Agency" column (REVIEW5 D12)
        return OFFICIAL_NAME[0 if lang == "id" else 1]
    if leaf in COLUMN_NAMES:
        shown = COLUMN_NAMES[leaf][0 if lang == "id" else 1]
    elif leaf in FIELDS:  # its own key never named in it: literals only ('di bawah 3,0644')
        shown = literal_words(_short(FIELDS[leaf].id if lang == "id" else FIELDS[leaf].en, 0), lang)
    else:
        shown = _humane(leaf)
    if not parent:
        return shown
    doc = walk.object_docs().get(f"{path}.{parent}")
    if parent.rsplit(".", 1)[-1] in OWNER_NAMES:
        owner = OWNER_NAMES[parent.rsplit(".", 1)[-1]][0 if lang == "id" else 1]
    elif parent in COLUMN_NAMES:
        owner = COLUMN_NAMES[parent][0 if lang == "id" else 1]
    elif doc:  # the keys it names in words too, as on the definitions sheet
        owner = definition_text(_short(doc.id if lang == "id" else doc.en, 0), lang, near=f"{path}.{parent}")
    elif parent in FIELDS:
        owner = definition_text(_short(FIELDS[parent].id if lang == "id" else FIELDS[parent].en, 0), lang)
    else:
        owner = _humane(parent.rsplit(".", 1)[-1])
    return f"{owner}: {shown}"


def _sheet_name(key: str, lang: str, taken: set[str], path: str | None = None) -> str:
    """A section's sheet name, or with ``path`` the name of one of its tables (the table's own name, shortened:
    _tab_name); at most 31 characters, none of []:*?/\\, unique in the workbook."""
    if path in TABLE_SHEETS:
        name = TABLE_SHEETS[path][0 if lang == "id" else 1]
    elif path is not None:
        name = _tab_name(object_name(path, lang))
    elif key in SHEET_NAMES:
        name = SHEET_NAMES[key][0 if lang == "id" else 1]
    else:
        doc = walk.object_docs().get(key)
        name = literal_words(_short(doc.id if lang == "id" else doc.en, 31), lang) if doc else _humane(key)
    name = name.translate(INVALID_SHEET_CHARACTERS).strip()[:31]
    base, number = name, 2
    while name.lower() in taken:
        name = f"{base[:28]} {number}"
        number += 1
    taken.add(name.lower())
    return name


def _tab_name(name: str, limit: int = 31) -> str:
    """A table's name in at most ``limit`` characters: without its brackets, then its first and last words around
    '…' (the end is what tells 'Proporsi PNS … per golongan' from 'Proporsi PNS … per jenis jabatan')."""
    if len(name) <= limit:
        return name
    name = re.sub(r"\s*\([^()]*\)", "", name).strip()
    words = name.split()
    if len(name) <= limit or len(words) < 2 or len(f"{words[0]} … {words[-1]}") > limit:
        return name if len(name) <= limit else name[:limit + 1].rsplit(" ", 1)[0][:limit]
    head, tail = words[:1], words[-1:]
    start, end = 1, len(words) - 2
    while start <= end:  # a word from the start, then one from the end, while they fit
        grown = (head + [words[start]], tail) if len(head) <= len(tail) else (head, [words[end]] + tail)
        if len(" ".join(grown[0]) + " … " + " ".join(grown[1])) > limit:
            break
        if len(grown[0]) > len(head):
            start += 1
        else:
            end -= 1
        head, tail = grown
    return " ".join(head).rstrip(",;:") + " … " + " ".join(tail)


def object_unit(path: str) -> str:
    """The unit of the object at ``path`` ("-" when it is not a documented object)."""
    doc = walk.object_docs().get(path)
    return doc.unit if doc else "-"


def column_unit(column: str, path: str) -> str:
    """The unit of a column: the object's unit for the estimate and its interval (for a nested column such as
    'cakupan_asn.estimasi' of `tren[]`, the unit of `tren[].cakupan_asn`), the field's own unit otherwise."""
    parent, _, leaf = column.rpartition(".")
    unit_of_object = object_unit(f"{path}.{parent}" if parent else path)
    if leaf in ("estimasi", "ci_bawah", "ci_atas") and unit_of_object in FORMATS:
        return unit_of_object
    return FIELDS[leaf].unit if leaf in FIELDS else "-"


def _format(unit: str) -> str:
    return FORMATS.get(unit, DEFAULT_FORMAT)


def header(column: str, path: str, lang: str) -> str:
    """A column's header: its name, with '(%)' for a share or a percent (both are written in percent)."""
    shown = column_name(column, path, lang)
    percent = column_unit(column, path) in ("proporsi", "persen")
    return f"{shown} (%)" if percent and "(%" not in shown and not shown.startswith("%") else shown


def _scale(column: str, path: str, record: dict) -> float:
    """100 for a share (written in percent), and for the bounds of a key figure that is a share (a row of
    the comparison with the province, named by its key figure: its name says '(%)'); 1 otherwise."""
    if column_unit(column, path) == "proporsi":
        return 100.0
    return _bound_scale(record.get("kunci") or record.get("temuan"), column.rsplit(".", 1)[-1])


def _bound_scale(figure, leaf: str) -> float:
    """100 for the estimate, bounds and comparison value of a row named by a key figure that is a share; else 1."""
    return 100.0 if leaf in FIGURE_VALUES and figure in facts.SHARES else 1.0


FIGURE_VALUES = frozenset(("estimasi", "ci_bawah", "ci_atas", "pembanding"))
_UNSET = object()


def _definitions(sheet, used: dict[str, str], columns: set[str], lang: str) -> None:
    """What each table and column of the workbook means, named as its sheet shows it (not by its hasil.json key:
    docs/hasil-json.md has those), with its unit; keys and codes inside a meaning in words too (definition_text)."""
    lang_index = 0 if lang == "id" else 1
    for letter, width in (("A", 38), ("B", 90), ("C", 30)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"  # one header for both parts: the tables' names, then the columns' names
    sheet.append([_cell(sheet, text, bold=True, fill=True)
                  for text in (label("objek", lang) + " / " + label("field", lang).lower(), label("arti", lang),
                               label("satuan", lang))])
    documented = walk.object_docs()
    rows = [(object_name(path, lang), documented[path], path) for path in used if path in documented]
    rows += [(column_name(name, "", lang), FIELDS[name], "") for name in sorted(columns) if name in FIELDS]
    shown: set[tuple[str, str]] = set()
    for name, doc, path in rows:
        meaning = (doc.id, doc.en)[lang_index]
        text = definition_text(meaning, lang, path)
        if (name, text) not in shown:  # two keys shown under one name with one meaning: one row
            shown.add((name, text))
            sheet.append(sheets.row(sheet, [name, _cell(sheet, text, wrap=True), unit_words(doc.unit, lang)]))


# a key of hasil.json in a documented meaning: `backticked`, "quoted", or bare with an underscore, a dot or []
KEY_IN_TEXT = re.compile(r"`([^`]+)`|\"([a-z0-9_]+)\"|(?<![\w/.-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\[\])?"
                         r"(?:\.[a-z][a-z0-9_]*(?:\[\])?)*|[a-z][a-z0-9_]*(?:\[\])?(?:\.[a-z][a-z0-9_]*(?:\[\])?)+)")
# the domain word "dinas" in an English meaning, with what comes before it (its number: one agency or several)
DINAS_IN_TEXT = re.compile(r"(?P<before>[^;:(]{0,30}?)\b(?P<word>[Dd]inas)(?P<owner>'s)?\b(?P<after>\s+\w+)?")
CONSTANT_IN_TEXT = re.compile(r"(?:constants\.)?\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b")  # a rule of constants.py
TERM_IN_TEXT = re.compile(r"\bC\((\w+)\)")  # a model's factor term, 'C(metode)'
CODE_PATH = re.compile(r"\s*\((?:[\w.-]+/)*[\w-]+\.py\)")  # '(src/evalasn/registry.py)': where the code is
SOFTWARE_PARTS = ("analysis", "report", "ingest", "run")  # a module path in a meaning
PLURAL_BEFORE = re.compile(r"(?:number of|all|across|among|several|other|many|the scope's)\s+$", re.I)
PLURAL_AFTER = ("whose", "without", "that")


# a unit of contract.doc.UNITS as the workbook's cells show it: a yes/no column holds "ya"/"tidak" (_section), an
# empty cell where hasil.json has null (docs/hasil-json.md keeps JSON's true/false/null; LOOK15 Q-2)
CELL_UNITS = {"boolean": ("ya/tidak", "yes/no"), "boolean_null": ("ya/tidak/kosong", "yes/no/empty")}
# JSON's literals in a documented meaning, as the cells show them; not the English adjective ("the false-discovery
# rate", "median(SE / true SE)")
JSON_LITERAL = re.compile(r"\b(true|false|null)\b(?!-| SE\b| discovery)")
LITERAL_WORDS = {"true": ("“ya”", "“yes”"), "false": ("“tidak”", "“no”"), "null": ("kosong", "empty")}
# a decimal point in a meaning (its figures come from f-strings of constants: '3.0644', '0.7 × efek'); the
# Indonesian sheet writes a decimal comma, as its cells and the report do
DECIMAL_POINT = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?!\w|[.,]\d)")  # not a version or a list of them
# a rule constant alone at a bracket's start ('(`constants.X`)' or '(`constants.X`, …')
CONSTANT_ASIDE = re.compile(r"\s*\(`?(?:constants\.)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`?(\)|,\s*)")
EMPTY_BRACKET = re.compile(r"\s*\(\s*\)")  # left where a module path was dropped: 'sangat kecil ():'


def unit_words(unit: str, lang: str) -> str:
    """A unit of contract.doc.UNITS as the definitions sheet gives it: the one its cells are written in
    (WRITTEN_UNIT, CELL_UNITS), in words."""
    written = WRITTEN_UNIT.get(unit, unit)
    return definition_text((CELL_UNITS.get(written) or UNITS[written])[lang != "id"], lang)


def literal_words(text: str, lang: str) -> str:
    """JSON's true/false/null in a documented meaning as the workbook's cells show them (“ya”, “tidak”, kosong;
    “yes”, “no”, empty) and, in Indonesian, a decimal comma ('3,0644'). For a meaning as written in the contract,
    before any figure in the report's own format is put in (a thousands dot, '1.000', is left alone there)."""
    shown = JSON_LITERAL.sub(lambda match: LITERAL_WORDS[match.group(1)][lang != "id"], text)
    return DECIMAL_POINT.sub(r"\1,\2", shown) if lang == "id" else shown


def definition_text(text: str, lang: str, near: str = "") -> str:
    """A documented meaning as the workbook's reader reads it: each hasil.json key named as its sheet or column
    shows it ("persen_memenuhi" is “% PNS dengan ≥ 20 JP”), each code in its words (VALUE_WORDS, the report's
    labels and reasons), a rule's constant by its value, and in English the domain word "dinas" as the report says
    it (agency, agencies). ``near``: the path of the object described (a key shared by several objects is its
    nearest one)."""
    def key_words(match: re.Match) -> str:
        token = next(group for group in match.groups() if group is not None)
        if token.split(".", 1)[0] in SOFTWARE_PARTS:  # 'analysis.key_figures': where the code is, not a meaning
            return ""
        words = _key_words(token, lang, near)
        if words is None:
            return match.group(0)
        return f"“{words}”" if match.group(2) and not words.startswith("“") else words

    shown = KEY_IN_TEXT.sub(key_words, literal_words(CODE_PATH.sub("", text), lang))
    shown = CONSTANT_ASIDE.sub(_repeated_constant, shown)
    shown = CONSTANT_IN_TEXT.sub(lambda match: _constant(match, lang), shown)
    shown = TERM_IN_TEXT.sub(lambda match: CONTROLS[match.group(1)][lang] if match.group(1) in CONTROLS
                             else match.group(0), shown)
    shown = re.sub(r"\(\s*;\s*|\s*;\s*\)", lambda match: "(" if "(" in match.group(0) else ")", shown)
    shown = EMPTY_BRACKET.sub("", shown)
    shown = re.sub(r"\b(\w+)'?\s+“(\1'?\s)", r"“\2", shown)  # "Hedges' “Hedges g …”": the name said once
    shown = re.sub(r"“([^”]+)” \(\1\)", r"“\1”", shown)  # '"besar" (large)' is “large”, not “large” (large)
    shown = shown.replace("`", "")
    return DINAS_IN_TEXT.sub(_agency, shown) if lang == "en" else shown


def _key_words(token: str, lang: str, near: str = "") -> str | None:
    """A key, path or code of hasil.json in the reader's words; None when it is none of them (a file name)."""
    which = 0 if lang == "id" else 1
    documented = walk.object_docs()
    bare = token.removesuffix("[]")
    paths = [path for path in (token, bare, f"{bare}[]") if path in documented]
    paths = paths or [path for path in documented if path.removesuffix("[]").endswith(f".{bare}")]
    if len(paths) > 1 and near:  # 'keseluruhan' in the meaning of level2_pembelajaran.per_dinas[]: its sibling
        shared = {path: len(os.path.commonprefix([path.split("."), near.split(".")])) for path in paths}
        paths = [path for path in paths if shared[path] == max(shared.values())]
    named = {object_name(path, lang) for path in paths}
    if len(named) == 1 and not KEY_IN_TEXT.search(name := named.pop()):
        return f"“{name}”"
    if f"kf_{bare}" in LABELS:  # a key figure ('cakupan_asn' in a list of them), named with its unit
        return f"“{label(f'kf_{bare}', lang)}”"
    leaf = bare.rsplit(".", 1)[-1].removesuffix("[]")
    if leaf in COLUMN_NAMES or leaf in FIELDS or leaf in OWNER_NAMES:
        owner = OWNER_NAMES[leaf][which] if leaf in OWNER_NAMES and leaf not in COLUMN_NAMES else None
        if not KEY_IN_TEXT.search(name := owner or column_name(leaf, "", lang)):
            return f"“{name}”"
    if token in VALUE_WORDS:
        return VALUE_WORDS[token][which]
    for key in (f"es_{token}", token):
        if key in LABELS:
            return label(key, lang)
    table, _, column = bare.partition(".")
    if table in schema.RAW and column in {field.name for field in schema.RAW[table].columns}:  # a raw data column
        return RAW_COLUMN[which].format(kolom=column, tabel=names.table_name(table, lang))
    return code_words(token, lang)  # a reason code ('tanpa_dilatih'), a unit's key ('rp_per_poin')


RAW_COLUMN = ("kolom {kolom} data {tabel}", "column {kolom} of the {tabel} data")  # 'kinerja_unit.nilai'


def _repeated_constant(match: re.Match) -> str:
    """A bracketed rule constant whose value the sentence has just written ('diasumsikan 1000 pengguna …
    (`constants.SKM_SERVICE_USERS_ASSUMED`)', '< 0,2 (`constants.LITTLE_GAIN_EFFECT_UPPER`, …'): dropped, so the
    workbook does not say the number twice; the docs keep the name (where the rule lives)."""
    value = getattr(constants, match.group(1), None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return match.group(0)
    before = match.string[max(0, match.start() - 80):match.start()]
    places = 0 if float(value).is_integer() else 2
    forms = {f"{value:g}", f"{value:g}".replace(".", ","), fmt.number(value, places, "id"),
             fmt.number(value, places, "en")}
    if not any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", before) for form in forms):
        return match.group(0)
    return " (" if match.group(2).strip() == "," else ""


def _constant(match: re.Match, lang: str) -> str:
    """'constants.PRETREND_ALPHA' (or the bare name) in a meaning: the rule's value, as the reader needs it."""
    value = getattr(constants, match.group(1), None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return match.group(0)
    return fmt.number(value, 0 if float(value).is_integer() else 2, lang)


def _agency(match: re.Match) -> str:
    """'dinas' in English: 'agency', or 'agencies' where the sentence counts several (the report's words)."""
    before, after = match.group("before"), (match.group("after") or "").strip()
    starts = not before.strip() or before.rstrip().endswith("+")  # a clause or a sum starts with it
    plural = bool(PLURAL_BEFORE.search(before)) or (starts and after in PLURAL_AFTER)
    word = t("kt_ikm_dinas_word" if plural else "kt_ikm_dinas_word_one", "en")
    if match.group("owner"):
        word += "'" if plural else "'s"
    if match.group("word")[0] == "D":
        word = word[:1].upper() + word[1:]
    return before + word + (match.group("after") or "")


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
