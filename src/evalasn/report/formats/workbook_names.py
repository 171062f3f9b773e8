"""The workbook's names and definitions in the reader's words: sheet, table and column names from hasil.json's
keys and documented meanings (analysis.contract), units and number formats, and a documented meaning with its
keys, codes and rule constants in words (the definitions sheet)."""

from __future__ import annotations

import os
import re

from evalasn import constants, schema
from evalasn.analysis.contract import walk
from evalasn.analysis.contract.doc import COUNTED_PNS, UNITS
from evalasn.analysis.contract.fields import FIELDS
from evalasn.report.formats.workbook_words import VALUE_WORDS, code_words
from evalasn.report.words import fmt, names, phrases
from evalasn.report.words.text import CONTROLS, LABELS, label, t

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
    "dinas_pagu_nol": ("Dinas dengan pagu Rp 0 (tidak terisi)", "Agencies with a ceiling of Rp 0 (not filled in)"),
    "dinas_dikecualikan": ("Dinas dengan temuan sendiri (tidak dihitung)", "Agencies with own finding (left out)"),
    "bobot_data_sendiri": ("Bobot data dinas sendiri", "Weight of the agency's own data"),
    # the report's glossary terms, "besar efek" and "rentang keyakinan 95%" (effect size, 95% CI): the effect size it
    # prints is g_av, the others are named as other ones; a method's name only in brackets after the term, its
    # explanation on the definitions sheet (LOOK23 Z-5: "Hedges g (rata-rata SD)" beside "Ukuran efek d")
    "g_av": ("Besar efek (Hedges g)", "Effect size (Hedges' g)"),
    "g_av_bawah": ("Besar efek: batas bawah rentang keyakinan 95%", "Effect size: lower bound of the 95% CI"),
    "g_av_atas": ("Besar efek: batas atas rentang keyakinan 95%", "Effect size: upper bound of the 95% CI"),
    "d_av": ("Besar efek lain: d (rata-rata SD)", "Other effect size: d (average SD)"),
    "d_z": ("Besar efek lain: berpasangan", "Other effect size: paired"),
    "besar_efek": ("Sebutan besar efek", "Effect size band"),
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
    # a number of units, not a condition ("Bila selang memuat nol" headed it: LOOK21 X-9)
    "unit_untuk_estimasi_ini": ("Unit yang diperlukan (bila rentang keyakinan 95% memuat nol)",
                                "Units needed (when the 95% CI includes zero)"),
    "selisih_minimum_terdeteksi": ("Selisih pra minimum terdeteksi", "Minimum detectable pre-training difference"),
    "e_terdekat": ("Waktu relatif estimasi pra terdekat", "Relative time of the nearest pre estimate"),
    "sebab": ("Mengapa tanpa uji tren awal", "Why there is no pre-trend check"),
    "fase": ("Fase", "Phase"), "jendela_kegiatan": ("Jendela kegiatan", "Activity window"),
    "sumber": ("Sumber", "Source"), "id_dinilai": ("ID baris yang dinilai", "Row IDs judged"),
    # a follow-up plan row's id, named in a definition as the plan sheets head it
    "id": (label("rtl_id", "id"), label("rtl_id", "en")),
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
    # the years those activities span (the budget model's: LOOK33 E-3), as the reason beside them says them
    "tahun_kegiatan": ("Tahun kegiatan", "Years of the activities"),
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
    "gain_rata": ("Kenaikan nilai: rata-rata rentangnya", "Score gain: mean of its interval"),
    "gain_n_kegiatan": ("Kenaikan nilai: jumlah kegiatan rentangnya", "Score gain: activities of its interval"),
    "rata_peserta": ("Rata-rata kenaikan peserta (tanpa rentang)", "Participants' mean gain (no interval)"),
    "rata_unsur": ("Rata-rata unsur (tanpa rentang)", "Element mean (no interval)"),
    "rata_ikm": ("IKM konversi (tanpa rentang)", "Converted IKM (no interval)"),
    "n_unit_layanan": ("Jumlah unit layanan", "Number of service units"),
    "status_kenaikan": ("Kenaikan jelas di atas nol?", "Gain clearly above zero?"),
    # the report's words for the draws: "dihitung ulang 1.000 kali" (its glossary; LOOK23 Z-5)
    "porsi_replikasi_tidak_positif": ("Bagian hitungan ulang tanpa kenaikan positif",
                                      "Share of recomputations without a positive gain"),
    "rata_jp": ("Rata-rata JP per PNS", "Mean JP per PNS"),
    "rata_pre": ("Rata-rata nilai pre", "Mean pre-test score"),
    "rata_post": ("Rata-rata nilai post", "Mean post-test score"),
    "responden_minimum": ("Sampel minimum (Krejcie & Morgan)", "Minimum sample (Krejcie & Morgan)"),
    "sampel_kurang": ("Sampel di bawah minimum", "Sample below the minimum"),
    "se_tanpa_klaster": ("Galat baku tanpa klaster", "Standard error without clustering"),
    "tersedia": ("Dapat dihitung", "Can be computed"),
    "unit_dilatih": ("Unit dilatih", "Trained units"), "unit_pembanding": ("Unit pembanding", "Comparison units"),
    "unit_pembanding_tidak_dilatih": ("Unit pembanding: tidak dilatih", "Comparison units: untrained"),
    "unit_pembanding_dilatih_kemudian": ("Unit pembanding: dilatih kemudian", "Comparison units: trained later"),
    "unit_mencapai_ambang": ("Unit mencapai ambang di jendela", "Units reaching the threshold in the window"),
    "unit_seluruhnya": ("Unit seluruhnya dalam perbandingan", "Units in the comparison in all"),
    # every unit of the scope in one group, in the report's words (hasil.json efek.rincian_unit; LOOK22 Y-4)
    "rincian_unit": ("Rincian semua unit kerja", "Every work unit accounted for"),
    "alasan_pembanding": ("Alasan bukan pembanding", "Why not a comparison"),
    # the judged dinas's money for the method and its share of the method's budget (LOOK23 Z-3; LOOK24 V2-1: named
    # among the owners, the columns took their documented meaning, keys and all, as headers)
    "anggaran_dikecualikan_rp": ("Biaya metode ini di dinas dengan temuan sendiri",
                                 "Cost of this method in the agencies with a finding of their own"),
    "persen_anggaran_dikecualikan": ("Biaya itu: % biaya metode ini di provinsi",
                                     "That cost: % of this method's cost in the province"),
    "periode_dibandingkan": ("Periode unit lain mulai dibandingkan", "Period the other units were compared from"),
    # plan rows: named in words, not by their documented meaning's keys (LOOK24 V2-1)
    "satuan": ("Satuan nilai dan target", "Unit of the value and the target"),
    "target_dinas": ("Target setiap dinas", "Each agency's target"),
    "hitungan_dilatih": ("Yang dihitung sebagai unit dilatih", "What the trained count counts"),
    "unit_sampel_kurang": ("Unit di bawah sampel minimum", "Units below the minimum sample"),
    "unsur": ("Unsur", "Element"), "unsur_terlemah": ("Unsur terlemah", "Weakest element"),
    "dari": ("Jumlah dinas dengan angka ini", "Agencies with this figure"),
    "membaik": ("Membaik", "Improved"),
    # the year-on-year change's design fields (tren[].selisih_tahun_lalu; LOOK27 Y-2: 'Cakupan ASN: True')
    "berpasangan": ("Berpasangan (orang atau unit yang sama)", "Paired (same staff or units)"),
    "n_pasangan": ("Banyaknya pasangan", "Number of pairs"),
    # a census's change (budget realisation; LOOK28 Z-4): exact, no interval
    "sensus": ("Sensus (selisih pasti, tanpa rentang)", "Census (exact difference, no interval)"),
    "alasan_membaik": ("Alasan tanpa putusan membaik atau memburuk", "Why neither better nor worse"),
    # a documented meaning that opens with a symbol ('τ²: ...') or one word ('Upper (worst) bound ...')
    "varians_antar_dinas": ("Varians antardinas (τ²)", "Between-agency variance (τ²)"),
    "varians_antar_kegiatan": ("Varians antarkegiatan (ω²)", "Between-activity variance (ω²)"),
    "varians_dalam_kegiatan": ("Varians dalam kegiatan (σ²)", "Within-activity variance (σ²)"),
    "peringkat_bawah": ("Peringkat: batas terbaik 95%", "Rank: best 95% bound"),
    "peringkat_atas": ("Peringkat: batas terburuk 95%", "Rank: worst 95% bound"),
    "bootstrap_liar": ("Rentang keyakinan 95% juga dihitung ulang (sedikit unit)",
                       "95% CI also recomputed (few units)"),
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
# block headings whose documented meaning is long, names other keys or writes a model as a formula
OBJECT_NAMES = {
    "level4_hasil.did_ikm.intervensi": ("Intervensi yang dinyatakan", "Declared intervention"),
    "pelaksanaan.cakupan_asn": ("Cakupan ASN: proporsi ASN yang ikut sedikitnya satu kegiatan",
                                "Staff coverage: share of ASN who took part in at least one activity"),
    # who the duty counts in the contract's words, which the workbook says in its data's (scope_words)
    "pelaksanaan.jp_20.rata_jp_asn": (f"Rata-rata JP per {COUNTED_PNS[0]}", f"Mean JP per {COUNTED_PNS[1]}"),
    "pelaksanaan.kegiatan_per_metode": ("Kegiatan per metode pada tahun evaluasi",
                                        "Activities by method in the evaluated year"),
    "level2_pembelajaran.per_metode": ("Kenaikan nilai per metode", "Score gain by method"),
    "anggaran_vs_peningkatan.di_luar_temuan_dinas": ("Kenaikan nilai di luar dinas dengan temuan sendiri",
                                                     "Score gain outside the agencies with a finding of their own"),
    # the names in the report's words, not the statistics' shorthand (ANCOVA, OLS, DiD: LOOK16 R-15, LOOK17 S-9)
    "level2_pembelajaran.ancova": ("Nilai akhir disesuaikan dengan nilai awal",
                                   "Final score adjusted to the starting score"),
    "level2_pembelajaran.ancova.per_metode": ("Kenaikan nilai per metode, disesuaikan ke nilai awal yang sama",
                                              "Score gain by method, adjusted to the same starting score"),
    "level3_perilaku.per_10_poin_gain": ("Skor perilaku per 10 poin kenaikan nilai (kemiringan regresi)",
                                         "Behaviour score per 10 points of score gain (regression slope)"),
    "level4_hasil.did_kinerja": ("Selisih-dari-selisih per indikator kinerja unit, dengan “Arah yang baik” dan "
                                 "“Membaik”",
                                 "Difference-in-differences per unit performance indicator, with “Better direction” "
                                 "and “Improved”"),
    # money for no meaningful gain or a very small one, as the report's summary words both (LOOK16 R-11), each with
    # the line the summary's selection rule draws between them (LOOK18 T-7, T-13: the estimate at or below zero)
    "anggaran_vs_peningkatan.sedikit_kenaikan": ("Anggaran tanpa kenaikan yang berarti (estimasi ≤ 0) atau untuk "
                                                 "kenaikan sangat kecil (estimasi > 0)",
                                                 "Money without a meaningful gain (estimate ≤ 0) or for a very small "
                                                 "gain (estimate > 0)"),
    # the IKM difference per period relative to training, in words (LOOK18 T-7: "Event study", the design's name)
    "level4_hasil.did_ikm.studi_peristiwa": ("Selisih IKM unit dilatih per periode relatif terhadap pelatihan",
                                             "IKM difference of trained units by period relative to training"),
    "level4_hasil.ikm_per_periode": ("IKM konversi per periode survei", "Converted IKM per survey period"),
    "level4_hasil.ikm_unit": ("IKM konversi per unit layanan dan periode",
                              "Converted IKM per service unit and period"),
    "level4_hasil.did_ikm": ("Perubahan IKM unit dilatih dan belum dilatih",
                             "IKM change of trained and untrained units"),
    "dosis": ("Perbedaan per 10 poin persen staf dilatih", "Difference per 10 percentage points of staff trained"),
    "pooling.rata_provinsi": ("Rata-rata provinsi pada campuran metode provinsi",
                              "Province mean at the province's mix of methods"),
    "level4_hasil.did_ikm.efek": ("Perbedaan perubahan IKM, unit dilatih dibanding belum dilatih "
                                  "(selisih-dari-selisih)",
                                  "Difference in IKM change, trained against untrained units "
                                  "(difference-in-differences)"),
    "anggaran_vs_peningkatan.model": ("Model biaya dan kenaikan nilai (regresi atas log biaya per peserta, dengan "
                                      "kontrol)",
                                      "Cost and score-gain model (regression on log cost per participant, with "
                                      "controls)"),
    "anggaran_vs_peningkatan.model_provinsi": (
        "Model biaya dan kenaikan nilai seluruh provinsi (regresi atas log biaya per peserta, dengan kontrol)",
        "Province-wide cost and score-gain model (regression on log cost per participant, with controls)"),
    "gain_per_dobel": ("Tambahan kenaikan nilai bila biaya per peserta dua kali lipat",
                       "Extra score gain when the cost per participant doubles"),
    "gain_per_log_biaya": ("Kenaikan nilai per satuan log biaya per peserta",
                           "Score gain per unit of log cost per participant"),
    "kuadratik": ("Suku kuadrat log biaya (uji kelengkungan)", "Squared log-cost term (curvature check)"),
    # its n, activities and mean gain are of the costed activities, not Tabel 8's columns (LOOK13 M-3)
    "anggaran_vs_peningkatan.biaya_per_poin": ("Biaya per poin kenaikan nilai, per metode, atas kegiatan dengan biaya "
                                               "tercatat (tabel biaya per poin di laporan memberi kegiatan, "
                                               "peserta dan kenaikan nilai atas semua kegiatan bernilai)",
                                               "Cost per point of score gain, by method, over the activities with a "
                                               "recorded cost (the report's cost-per-point table gives activities, "
                                               "participants and score gain over every scored activity)"),
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
    # named in a definition only, in words and not as a column: the workbook has none of it (NOT_FOR_READERS, LOOK20
    # W-6, LOOK21 X-9)
    "putusan": ("syarat laporan untuk kata sebab-akibat", "the report's rule for a causal word"),
}
# nested objects named in a column header ('Efek: Batas bawah 95%'), by their key
OWNER_NAMES = {
    "biaya_per_poin": ("Biaya per poin", "Cost per point"), "cakupan_asn": ("Cakupan ASN", "Staff coverage"),
    "disesuaikan": ("Kenaikan disesuaikan (nilai pre sama)", "Adjusted gain (same pre score)"),
    # a 20 JP attention test's comparison, this agency left out (perhatian.uji[].dinas_lain; LOOK32 D-2)
    "dinas_lain": ("Dinas lain (tanpa dinas ini)", "Other agencies (this one left out)"),
    "dosis": ("Per 10 poin persen staf dilatih", "Per 10 percentage points of staff trained"),
    "efek": ("Perbedaan perubahan (selisih-dari-selisih)", "Difference in change (difference-in-differences)"),
    "rata_rata": ("Rata-rata sel", "Cell mean"), "gain": ("Kenaikan nilai", "Score gain"),
    "gain_pooled": ("Kenaikan nilai (perbandingan dinas)", "Score gain (agency comparison)"),
    "intervensi": ("Kegiatan yang diukur", "Activities measured"),
    "jp_20": ("PNS dengan ≥ 20 JP", "PNS with ≥ 20 JP"),
    "mentah": ("Kenaikan nilai tanpa model", "Score gain without the model"),
    # the arms of other training (pelatihan_lain): every unit with data that reached the threshold, not only the
    # ones counted as trained ('Unit dilatih: 5' beside 'Unit dilatih: 2' in KPKP; LOOK22 Y-4)
    "dilatih": ("Unit mencapai ambang di jendela", "Units reaching the threshold in the window"),
    "pembanding": ("Unit tidak dilatih", "Untrained units"),
    "pooled": ("Kenaikan nilai (perbandingan dinas)", "Score gain (agency comparison)"),
    "provinsi": ("Provinsi", "Province"),
    # the gain's comparison row: the province participants' mean beside the model's province mean (LOOK26 X-11)
    "provinsi_rata_peserta": ("Provinsi, rata-rata peserta", "Province, participants' mean"),
    "selisih_rata": ("Selisih dari rata-rata provinsi", "Difference from the province mean"),
    "uji_tren_awal": ("Uji tren awal", "Pre-trend test"), "unsur": ("Rata-rata unsur", "Element mean"),
    "persen_realisasi": ("Realisasi anggaran (%)", "Budget realisation (%)"),
    # a trend row's level and its change (LOOK31 C-1): the report's short name (its trend table row)
    "pppk_di_atas_batas": (t("kfs_pppk_di_atas_batas", "id"), t("kfs_pppk_di_atas_batas", "en")),
    # its documented meaning names `dinas_dikecualikan` and runs to a paragraph (7 headers of LOOK15 Q-13)
    "selisih_dengan_temuan": ("Selisih dengan dinas yang punya temuan sendiri",
                              "Difference from the agencies with a finding of their own"),
}
# columns whose base is not the one the same column has elsewhere: cost per point counts only the activities with a
# recorded cost, the report's Tabel 8 gives activities, participants and gain over every scored activity (LOOK20 W-8:
# n 539 / 26 kegiatan / 10,31 beside Tabel 8's 563 / 27 / 10,4)
_COSTED = "anggaran_vs_peningkatan.biaya_per_poin[]"
PATH_COLUMN_NAMES = {
    (_COSTED, "n"): ("Peserta bernilai di kegiatan dengan biaya tercatat",
                     "Scored participants in activities with a recorded cost"),
    (_COSTED, "n_kegiatan"): ("Kegiatan dengan biaya tercatat", "Activities with a recorded cost"),
    (_COSTED, "rata_gain"): ("Rata-rata kenaikan nilai di kegiatan dengan biaya tercatat",
                             "Mean score gain in activities with a recorded cost"),
    (_COSTED, "biaya_per_peserta_rp"): ("Rata-rata biaya per peserta di kegiatan dengan biaya tercatat",
                                        "Mean cost per participant in activities with a recorded cost"),
    # a share's numerator is "who meet it"; here those above the cap (LOOK31 C-1)
    ("tren[]", "pppk_di_atas_batas.jumlah"): (f"{t('kfs_pppk_di_atas_batas', 'id')}: Jumlah di atas batas",
                                               f"{t('kfs_pppk_di_atas_batas', 'en')}: Number above the cap"),
    # a census figure's rank: its best-worst range is a tie as printed, no 95% range (LOOK32 D-8)
    ("perbandingan_provinsi.indikator[]", "sensus"): (
        "Sensus, tanpa rentang: peringkat terbaik–terburuk = dinas dengan angka sama pada pembulatan",
        "Census, no interval: best–worst rank = agencies with the same figure as rounded"),
}
# a costed table's columns over its costed participants (`n`): empty in a row with none, never a figure over others
# (LOOK36b K-7: the seminar, no recorded cost, showed its mean gain under "… di kegiatan dengan biaya tercatat" beside
# 0 participants there)
COSTED_BASE = {_COSTED: ("n", ("rata_gain", "biaya_per_peserta_rp"))}
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
    "level4_hasil.did_ikm.pelatihan_lain.pembanding": ("Unit tidak dilatih di jendela", "Untrained units in window"),
    "level4_hasil.did_ikm.efek": ("Selisih-dari-selisih IKM", "Difference in IKM change"),
    "level4_hasil.did_ikm.uji_tren_awal": ("Uji tren awal bersama", "Joint pre-trend test"),
    "level4_hasil.did_ikm.dosis": ("Selisih per 10 poin persen", "Difference per 10 pp trained"),
    "level4_hasil.did_kinerja[]": ("Selisih-dari-selisih kinerja", "Difference in change, units"),
    "level2_pembelajaran.ancova.per_metode[]": ("Kenaikan disesuaikan per metode", "Adjusted gain by method"),
    "level4_hasil.did_ikm.studi_peristiwa[]": ("Selisih IKM per periode relatif", "IKM difference, relative period"),
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
    "anggaran_vs_peningkatan.sedikit_kenaikan[]": ("Tak berarti atau sangat kecil", "Not meaningful or very small"),
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
# the program's own switches, not figures: `putusan` (may the report use a causal word, and the codes why not) showed
# as "Aturan kata: Boleh memakai kata sebab-akibat" beside a dose called an effect (LOOK20 W-6); the report's text
# follows it, the reader's workbook has no column of it (a causal word needs a declared intervention)
NOT_FOR_READERS = frozenset({"putusan"})
# the parts of hasil.json no sheet shows: those, and the provenance (workbook.LEFT_OUT: the about sheet gives the scope,
# year and build, not the run's record). A definition names none of them as a column (LOOK21 X-9: "Disebut efek hanya
# bila … “syarat laporan untuk kata sebab-akibat” membolehkan"): a clause about one is left out ('Slug dinas; di
# `provenans.data` daftar slug …', the verdict's codes among the reasons), so is one alone as a list's last item ('(…,
# dosis, `putusan`)'), and any other mention is in words, not quoted as a column (definition_text)
UNSHOWN = NOT_FOR_READERS | {"provenans"}
_UNSHOWN_KEY = "(?:" + "|".join(sorted(UNSHOWN)) + r")\b[\w.\[\]]*"
UNSHOWN_CLAUSE = re.compile(rf";\s+(?:di|in)\b[^;`]*`{_UNSHOWN_KEY}`[^;]*?(?=;|\.(?:\s|$)|$)")
UNSHOWN_ITEM = re.compile(rf",\s*`{_UNSHOWN_KEY}`(?=\))")
# the intervention declared for the year, as its table shows it (workbook.declared_intervention)
DECLARED = "level4_hasil.did_ikm.intervensi"
NONE_DECLARED = ("tidak ada yang dinyatakan", "none declared")
# the meaning of a column or table whose cells the workbook writes otherwise than hasil.json holds them (the
# contract's meaning, docs/hasil-json.md, describes the JSON value): the window's days as the report gives them, not
# its open bounds (LOOK20 W-5); a p-value below 0,001 as the report writes it (LOOK20 W-10); the declared intervention
# without the count of the activities matching it in every agency and year, its text where nothing is declared in
# words, and the settings it comes from in words, not a file's path (LOOK21 X-9)
_SMALL_P = ("; di bawah 0,001 ditulis “< 0,001”, seperti di laporan", "; below 0.001 written “< 0.001”, as in the "
            "report")
_SETTINGS = ("pengaturan evaluasi", "the evaluation's settings")
SHOWN_MEANINGS: dict[str, tuple[str, str]] = {
    "jendela_kegiatan": ("Hari pertama dan terakhir jendela kegiatan (keduanya termasuk), seperti tanggal di laporan: "
                         "kegiatan yang selesai dari hari pertama sampai hari terakhir itu dihitung sebagai pelatihan.",
                         "First and last day of the activity window (both included), as the report's dates give them: "
                         "activities ending from the first to the last of those days count as training."),
    **{key: (f"{FIELDS[key].id.rstrip('.')}{_SMALL_P[0]}.", f"{FIELDS[key].en.rstrip('.')}{_SMALL_P[1]}.")
       for key in ("p", "p_wilcoxon", "q_bh") if key in FIELDS},
    DECLARED: (f"Intervensi yang dinyatakan di {_SETTINGS[0]}: `teks` dan `dipilih`; bila ada yang dinyatakan, juga "
               "`tema_cocok` dan penugasannya (`penugasan`, `penjamin`). Bila tidak ada yang dinyatakan, semua "
               "kegiatan dihitung sebagai pelatihan, pembandingnya lebih lemah, dan tidak ada kata sebab-akibat.",
               f"The intervention declared in {_SETTINGS[1]}: `teks` and `dipilih`; when one is declared, also "
               "`tema_cocok` and its assignment (`penugasan`, `penjamin`). When none is declared every activity "
               "counts as training, the comparison is weaker, and no causal word is used."),
    "teks": (f"Teks intervensi seperti tertulis di {_SETTINGS[0]}; “{NONE_DECLARED[0]}” bila tidak ada yang "
             "dinyatakan.",
             f"The intervention's text as written in {_SETTINGS[1]}; “{NONE_DECLARED[1]}” when none is declared."),
    "penjamin": (f"Siapa yang menjamin penugasan acak, seperti tertulis di {_SETTINGS[0]}; kosong bila tidak disebut.",
                 f"Who vouches for the random assignment, as written in {_SETTINGS[1]}; empty when not named."),
    # the comparison with the province holds each figure as the report prints it (report.formats.workbook_against):
    # the adjusted gain with the mixed model's rank range, as hasil.json holds it (LOOK22 Y-3, LOOK26 X-11)
    **{key: (f"{FIELDS[key].id.rstrip('.')}; kenaikan nilai yang disesuaikan (model campuran): batas {word[0]} "
             "rentang 95% peringkatnya dalam tarikan acak dari model itu, seperti di laporan.",
             f"{FIELDS[key].en.rstrip('.')}; the adjusted gain (mixed model): the {word[1]} bound of the 95% range "
             "of its rank over random draws from that model, as in the report.")
       for key, word in (("peringkat_terbaik", ("terbaik", "best")), ("peringkat_terburuk", ("terburuk", "worst")))},
    "perbandingan_provinsi.indikator[]": (
        "Setiap angka kunci dinas ini seperti tabel angka kunci laporan: angka provinsi di sampingnya, peringkat dinas "
        "ini di antara dinas yang punya angka itu dan rentang peringkatnya. Kenaikan nilai: bila model campuran "
        "dijalankan, kenaikan yang disesuaikan dengan peringkat dari model itu, dibanding rata-rata provinsi model "
        "yang sama (seperti di laporan); tanpa model, rata-rata peserta.",
        "Each key figure of this agency as the report's key-figure table gives it: the province's figure beside it, "
        "this agency's rank among the agencies with the figure and the range of that rank. Gain: where the mixed model "
        "was fitted, the adjusted gain with that model's rank, against the same model's province mean (as in the "
        "report); without the model, the participants' mean."),
}
INVALID_SHEET_CHARACTERS = str.maketrans({character: " " for character in "[]:*?/\\"})
OFFICIAL_NAME = ("Nama resmi", "Official name (Indonesian)")
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


# the change of a key figure from the year before (tren[].selisih_tahun_lalu.<figure>.<field>): its own name before
# the figure's, so that no difference column carries a level's header ('Cakupan ASN: Estimasi (%)' held 89,5 and 26,3
# on one sheet; LOOK27 Y-2); a difference of two shares is in percentage points
YEAR_CHANGE = "selisih_tahun_lalu"
YEAR_CHANGE_NAME = ("Selisih dari tahun sebelumnya", "Change from the year before")
POINTS_OF_PERCENT = ("poin persen", "percentage points")
YEAR_CHANGE_FIGURES = {"gain_model": ("Kenaikan nilai disesuaikan", "Adjusted score gain"),
                       # its level's '(%)' is not the difference's unit (percentage points)
                       "persen_realisasi": ("Realisasi anggaran", "Budget realisation")}
# a census's change is an exact difference, not an estimate (analysis.year_change.CENSUS_DECIMALS, whose keys these are:
# tests/unit/test_workbook_year_change.py; not imported here, the analysis's estimators stay out of the renderer)
CENSUS_CHANGES = ("persen_realisasi",)
EXACT_DIFFERENCE = ("Selisih pasti", "Exact difference")


def year_change_name(column: str, path: str, lang: str) -> str | None:
    """The header of a column of a year's change ('selisih_tahun_lalu.cakupan_asn.ci_bawah'): 'Selisih dari tahun
    sebelumnya — Cakupan ASN: Batas bawah 95% (poin persen)'; None for any other column."""
    first, _, rest = column.partition(".")
    if first != YEAR_CHANGE or not rest:
        return None
    figure, _, leaf = rest.partition(".")
    side = 0 if lang == "id" else 1
    named = (YEAR_CHANGE_FIGURES.get(figure) or OWNER_NAMES.get(figure) or (_humane(figure),) * 2)[side]
    field = COLUMN_NAMES[leaf][side] if leaf in COLUMN_NAMES else _humane(leaf)
    if figure in CENSUS_CHANGES and leaf == "estimasi":
        field = EXACT_DIFFERENCE[side]
    shown = f"{YEAR_CHANGE_NAME[side]} — {named}: {field}"
    if column_unit(column, path) in ("proporsi", "persen"):
        shown += f" ({POINTS_OF_PERCENT[side]})"
    return shown


def column_name(column: str, path: str, lang: str) -> str:
    """A column header in the report's language: 'efek.ci_bawah' is 'Efek …: Batas bawah 95%'."""
    owner, shown = column_parts(column, path, lang)
    return f"{owner}: {shown}" if owner else shown


def column_parts(column: str, path: str, lang: str) -> tuple[str, str]:
    """A column header's two parts: what its nested object is ('' for a plain column or a year's change) and its
    own name: 'efek.ci_bawah' is ('Efek …', 'Batas bawah 95%')."""
    change = year_change_name(column, path, lang)
    if change is not None:
        return "", change
    parent, _, leaf = column.rpartition(".")
    if (path, column) in PATH_COLUMN_NAMES:
        return "", PATH_COLUMN_NAMES[path, column][0 if lang == "id" else 1]
    if column == "nama" and path.startswith("perbandingan_dinas"):  # beside the English "Agency" column (REVIEW5 D12)
        return "", OFFICIAL_NAME[0 if lang == "id" else 1]
    if leaf in COLUMN_NAMES:
        shown = COLUMN_NAMES[leaf][0 if lang == "id" else 1]
    elif leaf in FIELDS:  # its own key never named in it: literals only ('di bawah 3,0644')
        shown = literal_words(_short(FIELDS[leaf].id if lang == "id" else FIELDS[leaf].en, 0), lang)
    else:
        shown = _humane(leaf)
    if not parent:
        return "", shown
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
    return owner, shown


def sheet_name(key: str, lang: str, taken: set[str], path: str | None = None) -> str:
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


def unit_format(unit: str) -> str:
    return FORMATS.get(unit, DEFAULT_FORMAT)


def header(column: str, path: str, lang: str) -> str:
    """A column's header: its name, with '(%)' for a share or a percent (both are written in percent)."""
    owner, shown = header_parts(column, path, lang)
    return f"{owner}: {shown}" if owner else shown


def header_parts(column: str, path: str, lang: str) -> tuple[str, str]:
    """A column's header in its two parts (column_parts), the '(%)' of a share or a percent on its own name."""
    owner, shown = column_parts(column, path, lang)
    change = column.startswith(YEAR_CHANGE + ".")  # its name says its unit: percentage points (year_change_name)
    percent = column_unit(column, path) in ("proporsi", "persen") and not change
    whole = f"{owner}: {shown}" if owner else shown
    return owner, f"{shown} (%)" if percent and "(%" not in whole and not whole.startswith("%") else shown


# a nested object's name longer than this, shared by several columns of one table, heads them once in a title row
# above their own short names (LOOK37b M-29(b): seven headers of "Lowest coverage (units)" all began with the same
# 87 characters, so at a column's width of at most 28 characters (workbook._section) no two could be told apart)
GROUP_TITLE_MIN = 28


def header_groups(names: list[str], path: str, lang: str) -> list[tuple[str, str]] | None:
    """Each column's (title, header) where some nested object's long name (over GROUP_TITLE_MIN characters) is
    shared by two or more columns: those columns get their own names as headers under the shared name as title (the
    title given once, over the first column of each run); every other column its whole header and no title. None
    when no table's columns share such a name (the table keeps one header row)."""
    parts = [header_parts(name, path, lang) for name in names]
    counts: dict[str, int] = {}
    for owner, _ in parts:
        if owner:
            counts[owner] = counts.get(owner, 0) + 1
    shared = {owner for owner, count in counts.items() if count > 1 and len(owner) > GROUP_TITLE_MIN}
    if not shared:
        return None
    out: list[tuple[str, str]] = []
    for index, (owner, shown) in enumerate(parts):
        if owner in shared:
            first = index == 0 or parts[index - 1][0] != owner
            out.append((owner if first else "", shown))
        else:
            out.append(("", f"{owner}: {shown}" if owner else shown))
    return out


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
# an SKM element's code (u7, u1–u9) as the sheets show it (U7), and the model's JP term (jp) as the report names it
# (LOOK35b H-11: "(u7, u8)", "(jp, method, agency)" on the Definitions sheet)
ELEMENT_CODE = re.compile(r"(?<![\w-])u([1-9])\b")
JP_TERM = re.compile(r"(?<![\w-])jp(?![\w-])")
EMPTY_BRACKET = re.compile(r"\s*\(\s*\)")  # left where a module path was dropped: 'sangat kecil ():'
# the contract's word for an interval in the report's (its glossary's "rentang keyakinan 95%"; LOOK22 Y-8 moved the
# body to it, LOOK23 Z-5 the workbook): 'selang Wilson 95%' is 'rentang Wilson 95%', 'selangnya' 'rentangnya'
SELANG = re.compile(r"(?<![\w-])([Ss])elang(?P<conf> kepercayaan)?(?!_)")
# a word just before a quoted name that holds it in brackets: "Hedges' “Besar efek (Hedges g)”" says it once
WORD_IN_NAME = re.compile(r"\b(\w+)'?\s+(“[^”(]*\(\1\b)")


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


# the contract's word for what a report is about, "cakupan" ("scope"), in the reports' words (LOOK37 item 4: the
# workbook's "Budget efficiency of this scope", "Jumlah ASN cakupan ini" where the reports say the agency or the
# province): (pattern, agency report's words, province report's words), in order, the longer phrases first; a
# capital kept. "cakupan" alone is coverage ("Cakupan ASN") and is left as it is.
SCOPE_PHRASES: dict[str, tuple[tuple[re.Pattern[str], str, str], ...]] = {
    "id": ((re.compile(r"\bsetiap dinas cakupan ini\b"), "dinas ini", "setiap dinas provinsi"),
           (re.compile(r"\b(d)inas cakupan ini\b", re.I), r"\1inas ini", r"\1inas provinsi"),
           (re.compile(r"\b(u)nit (kerja )?cakupan\b(?! ini)", re.I), r"\1nit \2dinas ini", r"\1nit \2provinsi"),
           (re.compile(r"\bcakupan ini\b"), "dinas ini", "provinsi")),
    "en": ((re.compile(r"\bevery agency of the scope\b"), "the agency", "every agency of the province"),
           (re.compile(r"\b(t)he scope's agencies\b", re.I), r"\1he agency", r"\1he province's agencies"),
           (re.compile(r"\b(t)(?:he|his) scope's\b", re.I), r"\1he agency's", r"\1he province's"),
           (re.compile(r"\b(t)(?:he|his) scope\b", re.I), r"\1he agency", r"\1he province")),
}


def reader_scope(text: str, lang: str, province: bool) -> str:
    """``text`` with the contract's "cakupan ini" ("this scope") in the report's words: "dinas ini" ("the agency") in
    a dinas report, "provinsi" ("the province") in the province's (SCOPE_PHRASES)."""
    for pattern, agency, whole in SCOPE_PHRASES.get(lang, ()):
        text = pattern.sub(whole if province else agency, text)
    return text


def scope_words(text: str, lang: str, unknown: bool, province: bool = False) -> str:
    """``text`` with who the 20 JP duty counts in the words of this scope's data: the contract's phrase, true of any
    data (contract.doc.COUNTED_PNS, "PNS (dan ASN tanpa status)", as docs/hasil-json.md keeps it), becomes the one the
    key-figure sheet and the report use (report.words.phrases.counted_pns_words: "PNS", or "PNS dan ASN yang statusnya
    tidak tercatat" where the data have staff without a recorded status, ``unknown``; LOOK21 X-9); and what the data
    are of in the reports' words, the dinas or the province (``province``; reader_scope)."""
    return reader_scope(text.replace(COUNTED_PNS[lang != "id"], phrases.counted_pns_words(unknown, lang)), lang,
                        province)


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
        if UNSHOWN & {part.removesuffix("[]") for part in token.split(".")}:  # no sheet has it: words, no column
            return words.strip("“”")
        return f"“{words}”" if match.group(2) and not words.startswith("“") else words

    said = UNSHOWN_ITEM.sub("", UNSHOWN_CLAUSE.sub("", CODE_PATH.sub("", text)))
    shown = KEY_IN_TEXT.sub(key_words, literal_words(said, lang))
    shown = CONSTANT_ASIDE.sub(_repeated_constant, shown)
    shown = CONSTANT_IN_TEXT.sub(lambda match: _constant(match, lang), shown)
    shown = TERM_IN_TEXT.sub(lambda match: CONTROLS[match.group(1)][lang] if match.group(1) in CONTROLS
                             else match.group(0), shown)
    shown = re.sub(r"\(\s*;\s*|\s*;\s*\)", lambda match: "(" if "(" in match.group(0) else ")", shown)
    shown = EMPTY_BRACKET.sub("", shown)
    shown = JP_TERM.sub(CONTROLS["jp"][lang], ELEMENT_CODE.sub(r"U\1", shown))
    shown = re.sub(r"\b(\w+)'?\s+“(\1'?\s)", r"“\2", shown)  # "Hedges' “Hedges g …”": the name said once
    shown = re.sub(r"“([^”]+)” \(\1\)", r"“\1”", shown)  # '"besar" (large)' is “large”, not “large” (large)
    shown = WORD_IN_NAME.sub(r"\2", shown)
    shown = shown.replace("`", "")
    if lang == "id":
        return SELANG.sub(lambda match: ("R" if match.group(1) == "S" else "r") + "entang"
                          + (" keyakinan" if match.group("conf") else ""), shown)
    # "a dinas" is "an agency" (LOOK24 V2-1: "a agency" in the English definitions)
    return re.sub(r"\b([Aa]) (?=agency\b)", r"\1n ", DINAS_IN_TEXT.sub(_agency, shown))


def _key_words(token: str, lang: str, near: str = "") -> str | None:
    """A key, path or code of hasil.json in the reader's words; None when it is none of them (a file name)."""
    which = 0 if lang == "id" else 1
    documented = walk.object_docs()
    bare = token.removesuffix("[]")
    if (near, bare) in PATH_COLUMN_NAMES:  # a column of the table described, headed otherwise there (LOOK21 X-9)
        return f"“{PATH_COLUMN_NAMES[near, bare][which]}”"
    paths = [path for path in (token, bare, f"{bare}[]") if path in documented]
    paths = paths or [path for path in documented if path.removesuffix("[]").endswith(f".{bare}")]
    if len(paths) > 1 and near:  # 'keseluruhan' in the meaning of level2_pembelajaran.per_dinas[]: its sibling
        shared = {path: len(os.path.commonprefix([path.split("."), near.split(".")])) for path in paths}
        paths = [path for path in paths if shared[path] == max(shared.values())]
    # an object inside a list's rows is no table of its own but columns headed 'Rata-rata unsur: U1 Persyaratan': named
    # as those headers begin (LOOK21 X-9: “Rata-rata tiap unsur u1–u9 pada periode itu” was no header of the sheet)
    named = {OWNER_NAMES[leaf][which] if "[]." in path and (leaf := path.rsplit(".", 1)[-1]) in OWNER_NAMES
             else object_name(path, lang) for path in paths}
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
