"""Every sentence of the report, in Bahasa Indonesia and English: one catalogue.

``t(key, lang, **values)`` fills a template. Both languages have every key with the same
placeholders (tests/unit/test_text_and_registry.py checks), so the English report is complete.
"""

from __future__ import annotations

import re
import string

from evalasn import constants
from evalasn.report.words.names import ENGLISH_SHORT, PROSE_NAMES

LANGS = constants.LANGUAGES
# the best and worst IKM category (category, letter, Indonesian and English name) the glossary names
IKM_BEST, IKM_WORST = constants.IKM_CATEGORIES[0], constants.IKM_CATEGORIES[-1]

TEXT: dict[str, dict[str, str]] = {
    # --- cover and front matter ---------------------------------------------------------
    "title": {"id": "Laporan Evaluasi Program Pengembangan Kompetensi ASN",
              "en": "Evaluation Report of the ASN Competency Development Programme"},
    "subtitle": {"id": "Pemerintah Provinsi DKI Jakarta", "en": "Jakarta Provincial Government"},
    "year": {"id": "Tahun evaluasi {tahun}", "en": "Evaluation year {tahun}"},
    "skip_to_summary": {"id": "Langsung ke Ringkasan Eksekutif ↓", "en": "Go to the Executive Summary ↓"},
    "synthetic_banner": {"id": "DATA SINTETIS — laporan ini dibuat dari data contoh buatan, bukan data pegawai "
                                "yang sebenarnya. Angka-angkanya tidak menggambarkan kinerja dinas mana pun.",
                         "en": "SYNTHETIC DATA — this report was made from synthetic sample data, not real staff "
                               "records. Its figures describe no real agency."},
    "synthetic_short": {"id": "DATA SINTETIS — bukan data sebenarnya", "en": "SYNTHETIC DATA — not real data"},
    "page_of": {"id": "Halaman", "en": "Page"},
    "of": {"id": "dari", "en": "of"},
    "foreword_title": {"id": "Kata Pengantar", "en": "Foreword"},
    "toc_title": {"id": "Daftar Isi", "en": "Contents"},
    "tables_title": {"id": "Daftar Tabel", "en": "List of Tables"},
    "figures_title": {"id": "Daftar Gambar", "en": "List of Figures"},
    "abbreviations_title": {"id": "Daftar Singkatan", "en": "List of Abbreviations"},
    "figure_label": {"id": "Gambar", "en": "Figure"},
    "table_label": {"id": "Tabel", "en": "Table"},
    # --- document formats: PDF/Word/Excel metadata and labels (issue 13) -----------------------
    "doc_author": {"id": "Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi DKI Jakarta",
                   "en": "Human Resource Development Agency (BPSDM), Jakarta Provincial Government"},
    # Word keeps a core property to 255 characters: short enough for the longest dinas name (a test checks)
    "doc_subject": {"id": "Evaluasi Program Pengembangan Kompetensi ASN {nama} {tahun}: cakupan, 20 JP, Kirkpatrick "
                          "level 1–4, IKM dan anggaran, dengan rentang keyakinan 95%",
                    "en": "Evaluation of the ASN Competency Development Programme, {nama}, {tahun}: reach, 20 JP, "
                          "Kirkpatrick levels 1–4, IKM and budget, with 95% confidence intervals"},
    "doc_keywords": {"id": "evaluasi pelatihan, ASN, pengembangan kompetensi, Kirkpatrick, IKM, 20 JP, DKI Jakarta, "
                           "{nama}, {tahun}",
                     "en": "training evaluation, civil service, competency development, Kirkpatrick, IKM, 20 JP, "
                           "DKI Jakarta, {nama}, {tahun}"},
    "doc_attachment": {"id": "Semua angka laporan ini, dapat dibaca mesin (hasil.json; lihat docs/hasil-json.md)",
                       "en": "Every figure of this report, machine-readable (hasil.json; see docs/hasil-json.md)"},
    "docx_update_fields": {"id": "Nomor halaman daftar ini diisi saat bidang diperbarui: pilih semua (Ctrl+A), "
                                 "lalu perbarui bidang (F9).",
                           "en": "The page numbers of this list are filled in when fields are updated: select all "
                                 "(Ctrl+A), then update fields (F9)."},
    "xlsx_about": {"id": "Angka kunci laporan {nama} tahun {tahun}, dari hasil perhitungan yang sama dengan "
                         "laporan PDF. Tabel satu baris dikumpulkan dalam satu lembar per bagian, tabel lain di "
                         "lembarnya sendiri (daftarnya di lembar pertama, {isi}); estimasi dengan batas bawah dan "
                         "atas rentang keyakinan 95% di kolom sendiri; arti setiap kolom di lembar {definisi}.",
                   "en": "Key figures of the {nama} report for {tahun}, from the same computed results as the "
                         "PDF report. One-row tables are gathered on one sheet per section, every other table has a "
                         "sheet of its own (listed on the first sheet, {isi}); estimates with the lower and upper "
                         "bounds of their 95% confidence interval in columns of their own; what each column means "
                         "is on the {definisi} sheet."},
    "xlsx_not_enough": {"id": "Bila kolom “Cukup data” berisi “tidak”, data terlalu sedikit untuk estimasi: "
                              "kolom Alasan menyebut sebabnya, kolom n jumlah datanya.",
                        "en": "Where the column “Enough data” says “no”, there is too little data for an "
                              "estimate: the Reason column says why, column n how much data there is."},
    "alt_range": {"id": "Tertinggi: {atas_nama}, {atas}; terendah: {bawah_nama}, {bawah}.",
                  "en": "Highest: {atas_nama}, {atas}; lowest: {bawah_nama}, {bawah}."},
    "alt_ikm": {"id": "IKM periode terakhir ({periode}): {nilai}.",
                "en": "IKM in the latest period ({periode}): {nilai}."},
    "alt_did": {"id": "Unit dilatih: {d0} menjadi {d1}; unit pembanding: {p0} menjadi {p1}.",
                "en": "Trained units: {d0} to {d1}; comparison units: {p0} to {p1}."},
    "alt_scatter": {"id": "{n} kegiatan; biaya per peserta {murah} sampai {mahal}.",
                    "en": "{n} {n:activity|activities}; cost per participant {murah} to {mahal}."},
    # --- chapter titles -------------------------------------------------------------------
    "ch_summary": {"id": "Ringkasan Eksekutif", "en": "Executive Summary"},
    "ch_implementation": {"id": "BAB II Pelaksanaan Program", "en": "Chapter II Implementation"},
    "ch_results": {"id": "BAB III Hasil per Level Kirkpatrick", "en": "Chapter III Results by Kirkpatrick Level"},
    "ch_budget": {"id": "BAB IV Anggaran versus Peningkatan", "en": "Chapter IV Budget versus Improvement"},
    "ch_challenges": {"id": "BAB V Tantangan", "en": "Chapter V Challenges"},
    "ch_communication": {"id": "BAB VI Komunikasi ASN dan Masyarakat",
                         "en": "Chapter VI Communication between ASN and the Public"},
    # BAB IX in every report (VII comparison, VIII limitations, X follow-up plan come from text_struktur)
    "ch_conclusion": {"id": "BAB {nomor} Kesimpulan dan Rekomendasi", "en": "Chapter {nomor} Conclusions and "
                                                                          "Recommendations"},
    "ch_annex": {"id": "Lampiran", "en": "Annex"},
    # --- executive summary -------------------------------------------------------------------
    # the agencies' short names the English summary uses, spelled out before it first uses one (LOOK20 W-18: the key
    # was under Table 11, 20 pages on); the Indonesian build names them by their official short names
    "summary_short_names": {"id": "Nama singkat dinas: {daftar}.", "en": "Agencies by short name: {daftar}."},
    "summary_reading": {"id": "Cara membaca: rentang keyakinan 95% (didefinisikan di Kata Pengantar) makin sempit, "
                               "makin pasti. \"Belum dapat dihitung\" selalu disertai alasannya.",
                        "en": "How to read: the narrower the 95% confidence interval (defined in the Foreword), the "
                              "surer the figure. \"Cannot be computed\" always comes with its reason."},
    "f_coverage": {"id": "Cakupan: {persen} ASN ({jumlah} dari {n}) mengikuti sedikitnya satu kegiatan "
                         "pengembangan ({ik}).",
                   "en": "Coverage: {persen} of ASN ({jumlah} of {n}) took part in at least one development "
                         "activity ({ik})."},
    "f_jp": {"id": "Kewajiban 20 JP: {persen} PNS memenuhi sedikitnya 20 JP setahun ({ik}; n = {n}); rata-rata "
                   "{rata} JP per PNS ({ik_rata}).",
             "en": "20-JP duty: {persen} of PNS completed at least 20 JP in the year ({ik}; n = {n}); on average "
                   "{rata} JP per PNS ({ik_rata})."},
    # the pointer only outside BAB II (BAB II once pointed at itself) and only when there are PPPK
    "f_jp_pppk": {"id": "PPPK dilaporkan terpisah (BAB II).", "en": "PPPK are reported apart (Chapter II)."},
    "f_learning_up": {"id": "Pembelajaran: nilai peserta naik rata-rata {besar} poin, dari {pre} menjadi {post} "
                            "({ik}; n = {n}); {naik} peserta nilainya naik ({ik_naik}). Ini perubahan "
                            "sebelum–sesudah, tanpa "
                            "kelompok pembanding.",
                      "en": "Learning: participants' scores rose by {besar} points on average, from {pre} to {post} "
                            "({ik}; n = {n}); {naik} of participants improved ({ik_naik}). This is a before–after "
                            "change, "
                            "without a comparison group."},
    # en "That figure is …" after f_learning_up's "This is a before–after change …" (LOOK31 C-6: "This is … This is")
    # {angka}: the adjusted figure (f_learning_adjusted_value), or, in BAB IX 9.1 right after the finding that states
    # it, where it is (f_learning_adjusted_above; LOOK31 C-4: "6,4 (5,8–6,9)" and "6,4 poin (rentang keyakinan 95%:
    # 5,8 s.d. 6,9)" in two bullets running)
    "f_learning_adjusted": {"id": "Angka ini rata-rata peserta; kenaikan nilai yang disesuaikan (model campuran, "
                                  "seperti di Angka Kunci dan laporan provinsi) {angka}.",
                            "en": "That figure is the participants' mean; the adjusted gain (mixed model, as in the "
                                  "Key Figures and the province report) {angka}."},
    "f_learning_adjusted_province": {"id": "Angka ini rata-rata peserta: setiap peserta sama bobotnya, sehingga "
                                           "dinas dengan banyak peserta paling menentukan. Rata-rata provinsi yang "
                                           "disesuaikan (model campuran, seperti di Angka Kunci dan di laporan "
                                           "setiap dinas) {angka}: dinas besar dan kecil ditimbang lebih setara pada "
                                           "campuran metode provinsi, sehingga keduanya dapat berbeda.",
                                     "en": "That figure is the participants' mean: every participant weighs the "
                                           "same, so the agencies with many participants count most. The adjusted "
                                           "province "
                                           "mean (mixed model, as in the Key Figures and in every agency's report) "
                                           "{angka}: large and small agencies weigh more equally, at the province's "
                                           "mix of methods, so the two can differ."},
    "f_learning_adjusted_value": {"id": "adalah {nilai} poin ({ik})", "en": "is {nilai} points ({ik})"},
    "f_learning_adjusted_above": {"id": "ada di butir sebelumnya", "en": "is in the item above"},
    "f_learning_down": {"id": "Pembelajaran: nilai peserta turun rata-rata {besar} poin ({ik}; n = {n}).",
                        "en": "Learning: participants' scores fell by {besar} points on average ({ik}; n = {n})."},
    # the gain's own answer is "belum_pasti" (hasil.json `status_kenaikan`): not yet certain, with what its interval
    # rests on; never "no meaningful change" when most participants improved (reader review 4, item 1)
    "f_learning_flat": {"id": "Pembelajaran: perubahan nilai peserta belum pasti ({dasar}): rata-rata {besar} poin "
                              "({ik}; n = {n} peserta); {naik} peserta nilainya naik ({ik_naik}).",
                        "en": "Learning: the change in participants' scores is not yet certain ({dasar}): mean "
                              "{besar} points ({ik}; n = {n} participants); {naik} of participants improved "
                              "({ik_naik})."},
    "f_learning_none": {"id": "Pembelajaran: {alasan}.", "en": "Learning: {alasan}."},
    # a declared intervention (report.words.impact.claim): every sentence on its estimate names the programme with the
    # activities the comparison used ({subjek}/{Subjek}), says the threshold ("sedikitnya 50%"), and carries its
    # design and caveat; the causal one in the same sentence, wherever it is printed (3.4, 9.1, the summary; issue
    # 22.3, REVIEW5b 4)
    "f_did_up": {"id": "Layanan: di unit yang sedikitnya {ambang} stafnya mengikuti {program}, IKM naik {besar} poin "
                       "lebih banyak daripada di unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit "
                       "pembanding). {Subjek} berdampak positif pada kepuasan masyarakat menurut desain ini "
                       "({desain}){catatan}.",
                 "en": "Service: in units where at least {ambang} of staff took {program}, the IKM rose {besar} points "
                       "more than in comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} "
                       "comparison {unit_p:unit|units}). "
                       "{Subjek} had a positive effect on public satisfaction by this design ({desain}){catatan}."},
    # the declared intervention by its configured text (hasil.json `intervensi.teks`), in a sentence and at its start
    "did_programme": {"id": "pelatihan \u201c{teks}\u201d", "en": "the \u201c{teks}\u201d training"},
    "did_programme_start": {"id": "Pelatihan \u201c{teks}\u201d", "en": "The \u201c{teks}\u201d training"},
    "did_programme_any": {"id": "pelatihan layanan", "en": "service training"},
    "did_programme_any_start": {"id": "Pelatihan layanan", "en": "Service training"},
    # with the activities the comparison used (hasil.json `intervensi.n_kegiatan_jendela`; REVIEW5b 4)
    "did_subject": {"id": "{program} ({n} kegiatan pada {jendela})",
                    "en": "{program} ({n} {n:activity|activities}, {jendela})"},
    "did_design_words": {"id": "selisih-dari-selisih {penugasan}, {tren}",
                         "en": "difference-in-differences, {penugasan}, {tren}"},
    "did_design_sentence": {"id": "Desain: {desain}{catatan}.", "en": "Design: {desain}{catatan}."},
    "did_assigned_observasional": {"id": "tanpa pengundian unit", "en": "units not drawn by lot"},
    "did_assigned_acak": {"id": "dengan pengundian unit", "en": "units drawn by lot"},
    # the check's p is the annex's (R6-30: no p-values before the annex)
    "did_trend_ok": {"id": "tren sebelum pelatihan tidak berbeda atas {k} periode",
                     "en": "no different trend before the training over {k} {k:period|periods}"},
    # the same when the sentence's reason (why_uji_tren_lemah) already says what it could detect (CHECK10 C10-8)
    "did_trend_not_rejected": {"id": "uji tren sebelum pelatihan atas {k} periode tidak menolak tren sejajar",
                               "en": "the check of the trend before the training over {k} {k:period|periods} does "
                                     "not reject parallel trends"},
    # with the pre-period estimate nearest the training and what the check could detect (REVIEW6b R6b-11)
    "did_trend_seen": {"id": "uji tren sebelum pelatihan atas {k} periode tidak menolak tren sejajar, tetapi "
                             "hanya dapat mendeteksi selisih sekitar {mde} atau lebih; selisih pada periode sebelum "
                             "pelatihan {pre}, {ik}",
                       "en": "the check of the trend before the training over {k} {k:period|periods} does not reject "
                             "parallel trends, but can only detect differences of about {mde} or more; "
                             "pre-training difference {pre}, {ik}"},
    "did_trend_bad": {"id": "tren sebelum pelatihan sudah berbeda atas {k} periode",
                      "en": "an already different trend before the training over {k} {k:period|periods}"},
    "did_trend_none": {"id": "tren sebelum pelatihan tidak dapat diuji",
                       "en": "the trend before the training cannot be checked"},
    "did_trend_none_why": {"id": "tren sebelum pelatihan tidak dapat diuji: {sebab}",
                           "en": "the trend before the training cannot be checked: {sebab}"},
    # why no pre-trend check ran (hasil.json uji_tren_awal.sebab; REVIEW6b R6b-8), from what is missing
    "gap_tanpa_dilatih": {"id": "tidak ada unit dilatih", "en": "there is no trained unit"},
    "gap_tanpa_pembanding": {"id": "tidak ada unit pembanding", "en": "there is no comparison unit"},
    "gap_unit_kurang": {"id": "unit terlalu sedikit ({unit_d} dilatih, {unit_p} pembanding, minimum {min} per "
                              "kelompok)",
                        "en": "too few units ({unit_d} trained, {unit_p} comparison, at least {min} per group)"},
    "gap_satu_periode_sebelum": {"id": "data hanya punya satu periode sebelum pelatihan",
                                 "en": "the data have only one period before the training"},
    "gap_data_sebelum_kurang": {"id": "terlalu sedikit unit punya data pada periode sebelum periode acuan (minimum "
                                      "{min} unit dilatih)",
                                "en": "too few units have data in the periods before the reference period (at "
                                      "least {min} trained units)"},
    "gap_df_kurang": {"id": "unit terlalu sedikit untuk menguji beberapa periode sebelum pelatihan sekaligus",
                      "en": "too few units to test several pre-training periods jointly"},
    "did_caveat_other": {"id": "; catatan: unit yang dilatih juga mendapat lebih banyak pelatihan lain pada jendela "
                               "yang sama (rata-rata {jp_d} JP per pegawai, unit pembanding {jp_p} JP), sehingga "
                               "estimasi ini tidak dapat dipisahkan dari pelatihan lain itu",
                         "en": "; caveat: the trained units also had more other training in the same window "
                               "({jp_d} JP per staff on average, comparison units {jp_p} JP), so this estimate cannot "
                               "be separated from that other training"},
    "did_caveat_observed": {"id": "; catatan: unit tidak diundi, jadi perbedaan lain antara unit yang dilatih dan "
                                  "pembanding dapat ikut menjelaskan selisih",
                            "en": "; caveat: units were not drawn by lot, so other differences between trained and "
                                  "comparison units may explain part of the difference"},
    "f_did_down": {"id": "Layanan: di unit yang sedikitnya {ambang} stafnya mengikuti {subjek}, IKM turun {besar} poin "
                         "dibanding unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit pembanding). Arah ini "
                         "tidak diharapkan; periksa data dan pelaksanaan pelatihan itu di unit-unit tersebut sebelum "
                         "menarik kesimpulan. {desain_kalimat}",
                   "en": "Service: in units where at least {ambang} of staff took {subjek}, the IKM fell {besar} "
                         "points relative to comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} "
                         "comparison "
                         "{unit_p:unit|units}). This direction is not expected; check the data and how that training "
                         "was delivered "
                         "in those units before drawing a conclusion. {desain_kalimat}"},
    # an interval that includes zero: what was observed, and that it is not sure (REVIEW7 R7-14: never "no difference")
    "f_did_flat": {"id": "Layanan: di unit yang sedikitnya {ambang} stafnya mengikuti {subjek}, IKM {gerak} "
                         "({unit_d} unit dilatih, {unit_p} unit pembanding), tetapi belum pasti: {selisih}rentang "
                         "keyakinan 95% {ik} memuat nol. Ini bukan bukti bahwa pelatihan itu tidak mengubah IKM{daya}. "
                         "{desain_kalimat}",
                   "en": "Service: in units where at least {ambang} of staff took {subjek}, the IKM {gerak} "
                         "({unit_d} trained {unit_d:unit|units}, {unit_p} comparison {unit_p:unit|units}), but this "
                         "is not certain: {selisih}the "
                         "95% confidence interval {ik} includes zero. This is not evidence that the training left "
                         "the IKM unchanged{daya}. {desain_kalimat}"},
    "did_flat_up": {"id": "naik {besar} poin lebih banyak daripada di unit pembanding",
                    "en": "rose {besar} points more than in comparison units"},
    # without its size: the signed difference follows (did_flat_signed), the one figure printed (LOOK34 F-3: "naik
    # 1,65 poin lebih sedikit …: selisih −1,65 poin")
    "did_flat_down": {"id": "naik lebih sedikit daripada di unit pembanding",
                      "en": "rose less than in comparison units"},
    # the signed difference before its interval, when the words say "less" (LOOK18 T-1)
    "did_flat_signed": {"id": "selisih {besar} poin, ", "en": "the difference is {besar} points and "},
    "f_did_power": {"id": ": desain ini hanya dapat mendeteksi efek sekitar {mde} poin atau lebih (daya {daya}, taraf "
                          "{taraf})",
                    "en": ": this design can only detect an effect of about {mde} points or more ({daya} power, "
                          "{taraf} level)"},
    "f_did_power_units": {"id": "; efek sebesar estimasi ini akan terdeteksi dengan sekitar {n} unit (kini {kini})",
                          "en": "; an effect the size of this estimate would be detectable with about {n} units "
                                "(now {kini})"},
    "f_did_none": {"id": "Layanan: dampak {subjek} pada IKM belum dapat disimpulkan ({alasan}).",
                   "en": "Service: an effect of {subjek} on the IKM cannot yet be concluded ({alasan})."},
    # --- impact (issue 10) ---
    "f_did_obs_up": {"id": "Layanan: di unit yang sedikitnya {ambang} stafnya mengikuti {subjek}, IKM naik {besar} "
                           "poin lebih banyak daripada di unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit "
                           "pembanding), tetapi ini belum dapat disimpulkan sebagai dampak pelatihan itu: {alasan}. "
                           "{desain_kalimat}",
                     "en": "Service: in units where at least {ambang} of staff took {subjek}, the IKM rose {besar} "
                           "points more than in comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, "
                           "{unit_p} comparison "
                           "{unit_p:unit|units}), but this cannot yet be concluded to be an effect of that training: "
                           "{alasan}. "
                           "{desain_kalimat}"},
    "why_tanpa_dilatih": {"id": "tidak ada unit yang mencapai ambang dilatih di jendela kegiatan ({unit_p} unit "
                                "tidak dilatih); jendela antara periode sebelum dan sesudah mungkin terlalu pendek",
                          "en": "no unit reached the training threshold in the activity window ({unit_p} units "
                                "untrained); the window between the before and after periods may be too short"},
    # no unit trained because the dinas sent no training rows for the year: said as that (findings8, session 8)
    "why_tanpa_data_pelatihan": {"id": "tidak ada data pelatihan {tahun} yang diterima untuk dinas ini, jadi tidak ada "
                                       "unit yang dapat disebut dilatih ({unit_p} unit)",
                                 "en": "no {tahun} training data were received for this agency, so no unit can be "
                                       "called trained ({unit_p} units)"},
    "why_intervensi_tidak_dipilih": {"id": "tidak ada program pelatihan yang dinyatakan sebagai intervensi, jadi "
                                           "setiap pelatihan dihitung dan tidak ada program yang diuji",
                                     "en": "no training programme is declared as the intervention, so every "
                                           "training counts and no programme is tested"},
    "why_tanpa_pembanding": {"id": "tidak ada unit pembanding yang belum dilatih pada periode yang sama",
                             "en": "there are no comparison units still untrained in the same periods"},
    "why_unit_kurang": {"id": "unit terlalu sedikit: {unit_d} dilatih, {unit_p} pembanding, minimum {min} per "
                              "kelompok",
                        "en": "too few units: {unit_d} trained, {unit_p} comparison, at least {min} per group "
                              "needed"},
    "why_tanpa_uji_tren": {"id": "tren sebelum pelatihan tidak dapat diperiksa: {sebab}",
                           "en": "the trend before training cannot be checked: {sebab}"},
    "why_tanpa_uji_tren_also": {"id": "karena itu tren sebelum pelatihan juga tidak dapat diperiksa",
                                "en": "so the trend before training cannot be checked either"},
    "why_tanpa_uji_tren_old": {"id": "tren sebelum pelatihan tidak dapat diperiksa",
                               "en": "the trend before training cannot be checked"},
    "why_uji_tren_lemah": {"id": "uji tren awal belum dapat menyingkirkan selisih sebelum pelatihan sebesar separuh "
                                 "estimasi ini ({separuh}): uji itu hanya dapat mendeteksi selisih sekitar {mde} atau "
                                 "lebih",
                           "en": "the pre-trend check cannot rule out a pre-training difference of half this estimate "
                                 "({separuh}): it can only detect differences of about {mde} or more"},
    "why_uji_tren_lemah_selisih": {"id": "uji tren awal belum dapat menyingkirkan selisih sebelum pelatihan sebesar "
                                         "separuh estimasi ini ({separuh}): selisih pada periode sebelum pelatihan "
                                         "{pre} (rentang keyakinan 95%: {ik_pre})",
                                   "en": "the pre-trend check cannot rule out a pre-training difference of half this "
                                         "estimate ({separuh}): the difference in the period before training was "
                                         "{pre} (95% confidence interval: {ik_pre})"},
    "why_tren_awal_berbeda": {"id": "sebelum pelatihan, unit yang kemudian dilatih sudah bergerak berbeda dari unit "
                                    "pembanding (uji tren awal; angkanya di Lampiran)",
                              "en": "before the training, the units later trained were already moving differently "
                                    "from comparison units (pre-trend check; its figures in the Annex)"},
    "why_selang_memuat_nol": {"id": "rentang keyakinan 95% memuat nol", "en": "the 95% confidence interval includes "
                                                                              "zero"},
    "why_arah_tak_terduga": {"id": "arahnya berlawanan dengan yang diharapkan",
                             "en": "the direction is the opposite of the one expected"},
    "not_yet": {"id": "belum dapat disimpulkan: {alasan}", "en": "cannot yet be concluded: {alasan}"},
    "not_yet_short": {"id": "belum dapat disimpulkan", "en": "cannot yet be concluded"},
    # the reasons shared with the IKM comparison referred to; which ones, when the IKM gave others too (LOOK20 V-3)
    "r_tab_kinerja_same_ikm": {"id": "Kesimpulan setiap indikator belum dapat ditarik, dengan alasan yang sama dengan "
                                     "perbedaan IKM di atas{topik}.",
                               "en": "No indicator's conclusion can be drawn yet, for the same {n:reason|reasons} as "
                                     "the IKM difference above{topik}."},
    "r_tab_kinerja_more": {"id": " Kolom kesimpulan menyebut alasan lain tiap baris.",
                           "en": " The conclusion column gives each row's other reasons."},
    "r_tab_kinerja_same_part": {"id": "Kesimpulan setiap indikator belum dapat ditarik, dengan alasan yang sama dengan "
                                      "perbedaan IKM di atas{topik}, dan: {alasan}.",
                                "en": "No indicator's conclusion can be drawn yet, for the same {n:reason|reasons} as "
                                      "the IKM difference above{topik}, and: {alasan}."},
    "r_tab_kinerja_topic": {"id": " (alasan mengenai {daftar})",
                            "en": " (the {n:reason|reasons} about {daftar})"},
    "topic_intervensi_tidak_dipilih": {"id": "program yang dinyatakan sebagai intervensi",
                                       "en": "the programme declared as the intervention"},
    "topic_selang_memuat_nol": {"id": "rentang keyakinan yang memuat nol",
                                "en": "the confidence interval that includes zero"},
    "topic_rentang_melebihi_skala": {"id": "rentang keyakinan yang melebihi skala",
                                     "en": "the confidence interval wider than the scale"},
    "topic_unit_kurang": {"id": "jumlah unit", "en": "the number of units"},
    "topic_tanpa_pembanding": {"id": "unit pembanding", "en": "the comparison units"},
    "topic_tanpa_dilatih": {"id": "unit dilatih", "en": "the trained units"},
    "topic_tanpa_uji_tren": {"id": "uji tren awal", "en": "the pre-trend check"},
    "topic_uji_tren_lemah": {"id": "uji tren awal", "en": "the pre-trend check"},
    "topic_tren_awal_berbeda": {"id": "tren sebelum pelatihan", "en": "the trend before the training"},
    "topic_arah_tak_terduga": {"id": "arah perubahan", "en": "the direction of the change"},
    "r_tab_kinerja_same": {"id": "Kesimpulan setiap indikator belum dapat ditarik: {alasan}.",
                           "en": "No indicator's conclusion can be drawn yet: {alasan}."},
    # the indicators' own comparison beside the IKM's, when periods, window or unit counts differ (LOOK18 T-10)
    "r_tab_kinerja_group": {"id": "Unit dalam perbandingan indikator kinerja: {kinerja}; dalam perbandingan IKM di "
                                  "atas: {ikm}. {sebab}{rincian}",
                            "en": "Units in the indicator comparison: {kinerja}; in the IKM comparison above: {ikm}. "
                                  "{sebab}{rincian}"},
    "r_tab_kinerja_group_one": {"id": "perubahan dari {sebelum} ke {sesudah}, pelatihan pada {jendela}, {unit_d} unit "
                                      "dilatih dan {unit_p} unit pembanding",
                                "en": "the change from {sebelum} to {sesudah}, training during {jendela}, {unit_d} "
                                      "trained {unit_d:unit|units} and {unit_p} comparison {unit_p:unit|units}"},
    # every unit of a comparison's scope in one group, each left out with its reason (hasil.json efek.rincian_unit,
    # report.words.unit_accounting; LOOK22 Y-4: "5 unit seluruhnya" in a dinas of 6, 1 unit never mentioned)
    "units_account": {"id": "dari {n} unit kerja, {dicapai}. {kelompok}{jumlah}",
                      "en": "of the {n} {n:unit|units}, {dicapai}. {kelompok}{jumlah}"},
    # the lead sentence; each group after it a sentence of its own (LOOK24 V2-3: one 82-word sentence held "8
    # mencapai ambang pelatihan: 4 …; 1 …; 3 tidak dipakai: …", a list inside a list). A group's sentence opens with
    # "Sebanyak", not a figure; in English with its label ("Counted as trained: 4 units."): no sentence starts with a
    # numeral, in either language
    # (no "di jendela": the window is given in the sentences around it, not always before it; LOOK23 Z-1)
    "units_reached": {"id": "{k} mencapai ambang pelatihan", "en": "{k} reached the training threshold"},
    # every unit that reached the threshold counted as trained: one sentence, not the count twice in a row ("16
    # mencapai ambang pelatihan. Sebanyak 16 unit dihitung dilatih")
    "units_reached_all": {"id": "{k} mencapai ambang pelatihan dan {k:dihitung|semuanya dihitung} dilatih",
                          "en": "{k} reached the training threshold and {k:is|all of them are} counted as trained"},
    "units_reached_none": {"id": "tidak ada yang mencapai ambang pelatihan",
                           "en": "none reached the training threshold"},
    "units_group": {"id": "Sebanyak {rincian}. ", "en": "{rincian}. "},
    "units_total_with": {"id": "Ditambah {rincian}, perbandingan memuat {total} unit: {d} dilatih dan {p} pembanding",
                         "en": "With {rincian}, the comparison holds {total} {total:unit|units}: {d} trained and {p} "
                               "comparison {p:unit|units}"},
    "units_total": {"id": "Perbandingan memuat {total} unit: {d} dilatih dan {p} pembanding",
                    "en": "The comparison holds {total} {total:unit|units}: {d} trained and {p} comparison "
                          "{p:unit|units}"},
    "units_dilatih": {"id": "{k} unit dihitung dilatih", "en": "Counted as trained: {k} {k:unit|units}"},
    "units_also_comparison": {"id": " ({k} di antaranya juga menjadi pembanding sebelum pelatihannya)",
                              "en": " ({k} of them also a comparison before their training)"},
    "units_dilatih_kemudian_pembanding": {"id": "{k} unit dilatih kemudian, menjadi pembanding sebelum pelatihannya, "
                                                "tetapi tidak dihitung dilatih karena {sebab}",
                                          "en": "Trained later: {k} {k:unit|units}, a comparison before {k:its|their} "
                                                "training but not counted as trained because {sebab}"},
    "units_dilatih_tidak_dipakai": {"id": "{k} unit tidak dipakai karena {sebab}",
                                    "en": "Left out: {k} {k:unit|units}, because {sebab}"},
    # a unit left out for one reason as trained and another as a comparison: both (LOOK23 Z-1)
    "units_dilatih_tidak_dipakai_both": {"id": "{k} unit tidak dipakai: tidak dihitung dilatih karena {sebab}, dan "
                                               "tidak menjadi pembanding karena {sebab_p}",
                                         "en": "Left out: {k} {k:unit|units}, not counted as trained because {sebab}, "
                                               "and not a comparison because {sebab_p}"},
    # an untrained group in a sentence of its own says it is untrained
    "units_tidak_dilatih_pembanding": {"id": "{k} unit tidak dilatih dan menjadi pembanding",
                                       "en": "Untrained and in the comparison: {k} {k:unit|units}"},
    "units_tidak_dilatih_tidak_dipakai": {"id": "{k} unit tidak dilatih dan tidak dipakai karena {sebab}",
                                          "en": "Untrained and left out: {k} {k:unit|units}, because {sebab}"},
    # the untrained units when all of them are a comparison: 'Ditambah 1 unit tidak dilatih, perbandingan memuat …'
    "units_untrained": {"id": "{k} unit tidak dilatih", "en": "{k} untrained {k:unit|units}"},
    # why a unit is not counted in its own arm (analysis.unit_accounting.REASONS)
    "units_why_di_luar_periode": {"id": "mencapai ambang di luar periode data yang dipakai",
                                  "en": "{k:it|they} reached the threshold outside the periods of data used"},
    "units_why_tanpa_data": {"id": "tidak punya data pada periode sebelum dan sesudah pelatihan",
                             "en": "{k:it has|they have} no data in the periods before and after the training"},
    "units_why_sendirian_di_kohort": {"id": "kurang dari {min} unit dengan data mencapai ambang pada periode yang "
                                            "sama (perlu sedikitnya {min} unit dilatih per periode)",
                                      "en": "fewer than {min} units with data reached the threshold in the same "
                                            "period (at least {min} trained units per period needed)"},
    "units_why_tanpa_pembanding_sesudah": {"id": "sesudah pelatihannya kurang dari {min} unit yang belum dilatih punya "
                                                 "data pada periode yang sama",
                                           "en": "after {k:its|their} training fewer than {min} still-untrained "
                                                 "units had data in the same period"},
    # why a unit left out is not a comparison either (analysis.unit_accounting.COMPARISON_REASONS; LOOK23 Z-1)
    # {banding}: the first period after the training of the units compared (LOOK24 V2-3: "dibandingkan pada 2025-Q2"
    # beside "perubahan dari 2024-Q4 ke 2025-Q4" read as two comparison periods)
    "units_whyc_acuan_sudah_lewat": {"id": "periode terakhir sebelum pelatihannya, {acuan}, sudah lewat pada "
                                           "{banding}, periode pertama sesudah pelatihan unit yang dibandingkan",
                                     "en": "the last period before {k:its|their} training, {acuan}, had already "
                                           "passed in {banding}, the first period after the training of the units "
                                           "compared"},
    "units_whyc_tanpa_data": {"id": "selagi belum dilatih, tidak punya data pada periode yang dibandingkan",
                              "en": "while still untrained, {k:it|they} had no data in the periods compared"},
    "units_whyc_tanpa_perbandingan_lain": {"id": "selagi belum dilatih, tidak ada unit lain yang dapat dibandingkan",
                                           "en": "while {k:it was|they were} still untrained, no other units could "
                                                 "be compared"},
    "units_whyc_di_luar_periode": {"id": "mencapai ambang di luar periode data yang dipakai",
                                   "en": "{k:it|they} reached the threshold outside the periods of data used"},
    # the accounting as a sentence of its own: the IKM design note, Tabel 7's note
    "r_did_design_units": {"id": " Rincian unit: {rincian}.", "en": " The units: {rincian}."},
    "r_tab_kinerja_units": {"id": " Rincian unit dalam perbandingan indikator kinerja: {rincian}.",
                            "en": " The units of the indicator comparison: {rincian}."},
    "r_tab_kinerja_group_when": {"id": "perubahan dari {sebelum} ke {sesudah}, pelatihan pada {jendela}",
                                 "en": "the change from {sebelum} to {sesudah}, training during {jendela}"},
    "r_tab_kinerja_group_window": {"id": "Indikator diukur pada periode lain daripada survei IKM, jadi jendela "
                                         "pelatihannya lain, dan unit yang sedikitnya {ambang} stafnya dilatih di "
                                         "dalamnya dapat berbeda.",
                                   "en": "The indicators are measured in other periods than the IKM survey, so their "
                                         "training window differs, and so can the units with at least {ambang} of "
                                         "staff trained in it."},
    "r_tab_kinerja_group_units": {"id": "Unit yang punya data indikator tidak sama dengan unit yang disurvei IKM.",
                                  "en": "The units with indicator data are not the units the IKM survey covered."},
    # no indicator's difference could be computed: one sentence instead of a table of reasons (LOOK18 T-5)
    "r_kin_none": {"id": "Indikator kinerja unit, yaitu {daftar}, belum dapat dibandingkan antara unit dilatih "
                         "dan unit pembanding: {alasan}.",
                   "en": "The unit performance indicators, {daftar}, cannot yet be compared between trained and "
                         "comparison units: {alasan}."},
    # the count spans every year and agency of the data (`intervensi.n_kegiatan`), said so as the window's form says
    # it, beside the evaluated year's counts (LOOK33 E-3's class)
    "r_impact_intervention": {"id": "Intervensi yang diukur: kegiatan yang tema, nama atau kodenya cocok dengan "
                                    "\"{teks}\" ({n} kegiatan pada semua tahun data dan dinas).",
                              "en": "Intervention measured: activities whose theme, name or code matches \"{teks}\" "
                                    "({n} {n:activity|activities} in all data years and agencies)."},
    "r_impact_intervention_window": {"id": "Intervensi yang diukur: kegiatan yang tema, nama atau kodenya cocok dengan "
                                           "\"{teks}\": {n} kegiatan selesai pada {jendela} dan diikuti pegawai "
                                           "yang dibandingkan ({semua} pada semua tahun data dan dinas).",
                                     "en": "Intervention measured: activities whose theme, name or code matches "
                                           "\"{teks}\": {n} {n:activity|activities} finished during {jendela} and "
                                           "attended by the staff compared ({semua} in all data years and agencies)."},
    # one wording for this caveat in every report (R6-14), as the summary's (sum_compared_none)
    # how much of the comparison units was trained is not in the record (pelatihan_lain counts activities other than
    # the intervention, none when every activity is one): their line is, fewer than the threshold's share of staff
    # (LOOK36b K-4: "banyak unit pembanding juga dilatih" had no figure behind it)
    "r_impact_no_intervention": {"id": "Tidak ada program pelatihan yang dinyatakan sebagai intervensi, jadi setiap "
                                       "kegiatan dihitung sebagai pelatihan, termasuk pelatihan rutin. Unit "
                                       "pembanding adalah unit dengan kurang dari {ambang} staf dilatih; sebagian "
                                       "stafnya dapat juga sudah dilatih, dan itu melemahkan perbandingan.",
                                 "en": "No training programme is declared as the intervention, so every activity "
                                       "counts as training, routine training included. Comparison units are those "
                                       "with fewer than {ambang} of staff trained; some of their staff may have been "
                                       "trained too, which weakens the comparison."},
    "r_impact_design": {"id": "Semua {n_periode} periode sampai {sesudah} dipakai. Unit yang dilatih pada waktu "
                              "berbeda dibandingkan dengan unit yang pada periode yang sama belum atau tidak dilatih "
                              "(rinciannya di Lampiran); periode saat ambang tercapai adalah masa transisi.",
                        "en": "All {n_periode} periods up to {sesudah} are used. Units trained at different times "
                              "are compared with units not (yet) trained in the same periods (details in the "
                              "Annex); the period in which the threshold was reached is a transition period."},
    "r_impact_other": {"id": "Pelatihan lain pada jendela yang sama: unit dilatih rata-rata {jp_d} JP per pegawai "
                             "({persen_d} pegawai ikut), unit pembanding {jp_p} JP ({persen_p}).",
                       "en": "Other training in the same window: trained units {jp_d} JP per staff on average "
                             "({persen_d} of staff took part), comparison units {jp_p} JP ({persen_p})."},
    "r_impact_pretrend_ok": {"id": "Uji tren awal: sebelum pelatihan, selisih unit dilatih dan pembanding tidak "
                                   "berbeda bermakna dari nol (uji{k:| bersama} atas {k} periode sebelum "
                                   "pelatihan; angka ujinya di Lampiran).",
                             "en": "Pre-trend check: before the training, the gap between trained and comparison "
                                   "units did not differ meaningfully from zero ({k:test|joint test} over {k} "
                                   "pre-training {k:period|periods}; its figures in the Annex)."},
    "r_impact_pretrend_bad": {"id": "Uji tren awal: sebelum pelatihan, selisih unit dilatih dan pembanding sudah "
                                    "berubah (uji{k:| bersama} atas {k} periode sebelum pelatihan; angka ujinya di "
                                    "Lampiran); selisih "
                                    "sesudah pelatihan belum dapat disebut hasil pelatihan.",
                              "en": "Pre-trend check: before the training, the gap between trained and comparison "
                                    "units was already changing ({k:test|joint test} over {k} pre-training "
                                    "{k:period|periods}; its figures in the Annex); "
                                    "the gap after training cannot be called a result of the training."},
    "r_impact_pretrend_none": {"id": "Uji tren awal tidak dapat dilakukan: {sebab}.",
                               "en": "No pre-trend check is possible: {sebab}."},
    "r_impact_pretrend_seen": {"id": "Uji tren awal: sebelum pelatihan, uji{k:| bersama} atas {k} periode tidak "
                                     "menolak tren sejajar (angka ujinya di Lampiran); selisih unit dilatih dan "
                                     "pembanding {kapan}: {pre} ({ik}). Uji ini "
                                     "hanya dapat mendeteksi selisih sekitar {mde} atau lebih (daya {daya}, taraf "
                                     "{taraf}), jadi tidak ditolaknya tren sejajar bukan bukti bahwa trennya sama.",
                               "en": "Pre-trend check: before the training, the {k:test|joint test} over {k} "
                                     "{k:period|periods} does not reject parallel trends (its figures in the Annex); "
                                     "the gap between trained and comparison units {kapan} is {pre} ({ik}). This "
                                     "check can only detect differences "
                                     "of about {mde} or more ({daya} power, {taraf} level), so not rejecting is no "
                                     "proof that the trends were the same."},
    # {kapan} of r_impact_pretrend_seen: the period as the event-study figure numbers it, the nearest one before the
    # training that is not the reference (fixed at 0); LOOK37 L-14: "periode sebelum pelatihan yang terdekat" of a
    # value plotted at −3 while −2, the reference, is nearer (impact.pre_estimate)
    "did_pre_when_ref": {"id": "pada periode {e} (periode sebelum pelatihan terdekat selain periode acuan {acuan}, "
                               "yang ditetapkan 0)",
                         "en": "in period {e} (the nearest pre-training period other than the reference period "
                               "{acuan}, fixed at 0)"},
    "did_pre_when": {"id": "pada periode {e} (periode sebelum pelatihan terdekat selain periode acuan, yang "
                           "ditetapkan 0)",
                     "en": "in period {e} (the nearest pre-training period other than the reference periods, fixed "
                           "at 0)"},
    "r_impact_pretrend_said": {"id": "Uji tren awal (angkanya ada di kalimat temuan di atas; daya {daya}, taraf "
                                     "{taraf}): tidak ditolaknya tren sejajar bukan bukti bahwa trennya sama.",
                               "en": "Pre-trend check (its figures are in the finding above; {daya} power, {taraf} "
                                     "level): not rejecting parallel trends is no proof that the trends were the "
                                     "same."},
    "r_impact_pretrend_two": {"id": "Uji tren awal tidak mungkin dengan dua periode ({sebelum} dan {sesudah}): satu "
                                    "periode survei lagi sebelum {sebelum}, di unit dilatih dan pembanding yang sama, "
                                    "memungkinkannya.",
                              "en": "No pre-trend check is possible with two periods ({sebelum} and {sesudah}): one "
                                    "more survey period before {sebelum}, in the same trained and comparison units, "
                                    "would allow one."},
    "r_impact_random": {"id": "Penugasan unit dinyatakan acak (unit diundi untuk dilatih), dijamin oleh {penjamin}; "
                              "karena itu selisih dua periode boleh disebut dampak tanpa uji tren awal.",
                        "en": "The assignment of units was declared random (units drawn by lot for training), "
                              "vouched for by {penjamin}; so a two-period difference may be called an effect "
                              "without a pre-trend check."},
    "r_impact_random_nobody": {"id": "yang menjalankan analisis (parameter DESAIN), tanpa penjamin yang disebut",
                               "en": "whoever ran the analysis (parameter DESAIN), with no guarantor named"},
    "r_impact_dose": {"id": "Dosis: setiap tambahan 10 poin persen staf yang dilatih berkaitan dengan perubahan "
                            "IKM {besar} poin ({ik}; semua {n} unit; hubungan, bukan bukti sebab-akibat).",
                      "en": "Dose: each 10 more percentage points of staff trained goes with an IKM change of "
                            "{besar} points ({ik}; all {n} units; an association, not proof of cause)."},
    "r_impact_dose_flat": {"id": "Dosis: perubahan IKM tidak berbeda bermakna menurut persen staf yang dilatih "
                                 "({besar} poin per 10 poin persen; {ik}; semua {n} unit).",
                           "en": "Dose: the IKM change did not differ meaningfully with the percent of staff trained "
                                 "({besar} points per 10 percentage points; {ik}; all {n} units)."},
    "r_impact_dose_units": {"id": "Dosis (perubahan IKM menurut persen staf yang dilatih): belum dapat dihitung: "
                                  "hanya {k} unit layanan dengan data sebelum dan sesudah, perlu sedikitnya {min} "
                                  "unit untuk kemiringan dengan rentang keyakinan.",
                            "en": "Dose (IKM change by percent of staff trained): cannot be computed yet: only {k} "
                                  "service {k:unit|units} with before and after data, at least {min} are needed for "
                                  "a slope with a confidence interval."},
    "r_impact_dose_wide": {"id": "Dosis (perubahan IKM menurut persen staf yang dilatih): tidak ditampilkan: dari "
                                 "{k} unit layanan rentang keyakinannya lebih lebar dari seluruh skala IKM "
                                 "({bawah}–{atas}), jadi datanya belum cukup untuk mengukurnya.",
                           "en": "Dose (IKM change by percent of staff trained): not shown: from {k} service "
                                 "{k:unit|units} its confidence interval is wider than the whole IKM scale "
                                 "({bawah}–{atas}), so the data cannot yet measure it."},
    "r_impact_dose_pretrend": {"id": "Dosis: {besar} poin per 10 poin persen staf yang dilatih ({ik}; semua {n} unit), "
                                     "tetapi uji tren awal menolak, jadi angka ini tidak ditafsirkan sebagai "
                                     "hubungan dengan pelatihan.",
                               "en": "Dose: {besar} points per 10 percentage points of staff trained ({ik}; all "
                                     "{n} units), but the pre-trend check rejects, so this figure is not read as "
                                     "an association with training."},
    # how the interval was computed, in reader words; the technical words are the annex's (text_method, REVIEW5 D10)
    "r_impact_inference": {"id": "Rentang keyakinan di bagian ini dihitung per unit, karena staf satu unit saling "
                                 "mirip, dengan cara yang tetap benar bila unitnya sedikit{boot}; rinciannya di "
                                 "Lampiran.",
                           "en": "The confidence intervals here are computed by unit, because staff of one unit are "
                                 "alike, in a way that stays right when units are few{boot}; details in the Annex."},
    "r_impact_boot": {"id": "; karena unit kurang dari {min}, rentangnya juga dihitung dengan cara kedua dan yang "
                            "lebih lebar dipakai",
                      "en": "; with fewer than {min} units they are also computed a second way and the wider is "
                            "kept"},
    "r_fig_event": {"id": "Selisih perubahan IKM unit dilatih dan pembanding menurut periode relatif terhadap "
                          "pelatihan (0 = periode pertama sesudahnya), dengan rentang keyakinan 95%; abu-abu: "
                          "sebelum pelatihan (uji tren awal); kotak biru muda: masa transisi; belah ketupat: "
                          "periode acuan, ditetapkan 0",
                    "en": "Difference in IKM change between trained and comparison units by period relative to "
                          "training (0 = the first period after it), with 95% CI; grey: before training (pre-trend "
                          "check); light-blue square: transition period; diamond: the reference period, set to 0"},
    # one sentence for every slope, with its n and the model's controls (REVIEW2 3: the flat one had neither)
    "f_budget": {"id": "Anggaran: {hubungan} ({ik}; {n_keg} kegiatan, {n} peserta, semua tahun data, regresi yang "
                       "memperhitungkan {kontrol}){turun}.{catatan}",
                 "en": "Budget: {hubungan} ({ik}; {n_keg} activities, {n} participants, all years of data, a "
                       "regression allowing for {kontrol}){turun}.{catatan}"},
    "f_budget_up": {"id": "menggandakan biaya per peserta berkaitan dengan kenaikan nilai {besar} poin",
                    "en": "doubling the cost per participant goes with {besar} more points of gain"},
    "f_budget_down": {"id": "menggandakan biaya per peserta berkaitan dengan kenaikan nilai yang {besar} poin lebih "
                            "kecil",
                      "en": "doubling the cost per participant goes with {besar} fewer points of gain"},
    # an interval that holds zero does not show that there is no relation (R6-20): "belum jelas", as elsewhere
    "f_budget_flat": {"id": "hubungan antara biaya per peserta dan kenaikan nilai belum jelas (rentang memuat nol): "
                            "per penggandaan {besar} poin",
                      "en": "the relation between cost per participant and gain is not clear yet (the interval "
                            "includes zero): {besar} points per doubling"},
    "f_budget_association": {"id": " Ini hubungan, bukan bukti sebab-akibat.",
                             "en": " This is an association, not proof of cause."},
    "b_no_controls": {"id": "tidak ada faktor lain", "en": "no other factor"},
    "f_budget_none": {"id": "Anggaran: hubungan biaya dan hasil tidak dapat diukur ({alasan}).",
                      "en": "Budget: the relation between cost and result cannot be measured ({alasan})."},
    "f_budget_falls": {"id": ", dan tambahan hasilnya makin kecil pada biaya tinggi",
                       "en": ", with smaller returns at high cost"},
    # the counts of the cost per point are of its costed activities, said so (LOOK13 M-2)
    "f_cheapest_tie": {"id": "Efisiensi: biaya terendah per poin kenaikan ada pada {metode}, {biaya} per poin ({ik}; "
                             "{n_keg} kegiatan dengan biaya tercatat, {n} peserta); selisihnya dengan {setara} belum "
                             "pasti (rentang keyakinan 95% selisihnya memuat nol), jadi belum jelas mana yang lebih "
                             "murah.",
                       "en": "Efficiency: the lowest cost per point of gain is {metode}'s, {biaya} per point ({ik}; "
                             "{n_keg} activities with a recorded cost, {n} participants); its difference from "
                             "{setara} is not certain (the difference's 95% CI includes zero), so it is not clear "
                             "which is cheaper."},
    "f_cheapest": {"id": "Efisiensi: metode dengan biaya terendah per poin kenaikan adalah {metode}, {biaya} per "
                         "poin ({ik}; {n_keg} kegiatan dengan biaya tercatat, {n} peserta).",
                   "en": "Efficiency: the method with the lowest cost per point of gain is {metode}, {biaya} per "
                         "point ({ik}; {n_keg} activities with a recorded cost, {n} participants)."},
    "f_weakest": {"id": "Komunikasi: unsur layanan terlemah adalah {unsur} ({nilai} dari 4; {ik}); IKM "
                        "keseluruhan {ikm}, kategori {kategori}{rentang}.",
                  "en": "Communication: the weakest service element is {unsur} ({nilai} of 4; {ik}); the overall "
                        "IKM is {ikm}, category {kategori}{rentang}."},
    # the slope and its interval signed, as c_resist_flat prints them (phrases.signed_with_ci; LOOK37b M-16)
    "f_resistance": {"id": "Resistensi: setiap kenaikan 1 poin skor resistensi terhadap perubahan berkaitan dengan "
                           "kenaikan nilai yang {arah}: {besar} poin per poin resistensi ({ik}; n = {n}).",
                     "en": "Resistance: each extra point of resistance to change goes with a {arah} gain: {besar} "
                           "points per point of resistance ({ik}; n = {n})."},
    "lower": {"id": "lebih rendah", "en": "lower"},
    "higher": {"id": "lebih tinggi", "en": "higher"},
    # --- method chapter ----------------------------------------------------------------------
    # associations, not causes (LOOK36 J-7: "paling efektif", "tambahan anggaran menambah hasil" framed a causal
    # question the report answers with associations only)
    "m_purpose": {"id": "Program Pengembangan Kompetensi ASN bertujuan meningkatkan kompetensi dan profesionalisme "
                        "ASN agar "
                        "pelayanan publik membaik, melalui pelatihan, workshop, seminar, mentoring dan e-learning. "
                        "Evaluasi ini menjawab: apakah kompetensi naik, metode mana yang kenaikan nilainya paling "
                        "besar dan dengan biaya berapa, apakah kegiatan dengan biaya per peserta lebih tinggi disertai "
                        "kenaikan nilai lebih besar, apakah kepuasan masyarakat naik di "
                        "unit yang stafnya dilatih, dan apakah setiap dinas memenuhi kewajiban 20 JP.",
                  "en": "The ASN Development Programme aims to raise civil servants' competence and "
                        "professionalism so that public service improves, through classroom training, workshops, "
                        "seminars, mentoring and e-learning. This evaluation asks: did competence rise, which "
                        "method has the largest gain and at what cost, do activities with a higher cost per "
                        "participant come with a larger gain, did public "
                        "satisfaction rise in units whose staff were trained, and does each agency meet the 20-JP "
                        "duty."},
    "m_scope": {"id": "Cakupan: {nama}, tahun {tahun}. Data: {n_pegawai} ASN di {n_unit} unit kerja, {n_kegiatan} "
                      "kegiatan dan {n_partisipasi} keikutsertaan pada tahun {tahun}, serta {n_skm} responden survei "
                      "kepuasan masyarakat (SKM). Satu ASN dapat ikut beberapa kegiatan; \"peserta\" dalam laporan ini "
                      "berarti satu keikutsertaan.",
                "en": "Scope: {nama}, {tahun}. Data: {n_pegawai} civil servants in {n_unit} work units, "
                      "{n_kegiatan} activities and {n_partisipasi} participations in {tahun}, and {n_skm} "
                      "respondents of the public satisfaction survey (SKM). One civil servant may attend several "
                      "activities; a \"participant\" in this report is one participation."},
    "m_methods_h": {"id": "Metode", "en": "Methods"},
    "m_glossary_h": {"id": "Daftar istilah", "en": "Glossary"},
    "m_glossary_tab": {"id": "Istilah statistik dan program dalam laporan ini", "en": "Statistical and programme terms "
                                                                                   "used in this report"},
    "m_l1": {"id": "Level 1 (reaksi): rata-rata skor kepuasan peserta (1–5).",
             "en": "Level 1 (reaction): participants' mean satisfaction score (1–5)."},
    "m_l2": {"id": "Level 2 (pembelajaran): selisih nilai post-test dan pre-test peserta yang sama, dengan galat "
                   "baku dikelompokkan per kegiatan (peserta satu kelas tidak saling bebas), dan nilai akhir yang "
                   "disesuaikan dengan nilai awal di samping kenaikan mentah (untuk regresi ke rata-rata dan batas "
                   "atas tes). Besar efek dan uji pembanding ada di Lampiran.",
             "en": "Level 2 (learning): post-test minus pre-test of the same participants, with standard errors "
                   "clustered by activity (participants of one class are not independent), and the post-test "
                   "adjusted for the pre-test beside the raw gain (for regression to the mean and the test's "
                   "ceiling). Effect sizes and check tests are in the Annex."},
    "m_l3": {"id": "Level 3 (perilaku): penilaian atasan beberapa bulan setelah kegiatan (1–5) dan hubungannya "
                   "dengan kenaikan nilai.",
             "en": "Level 3 (behaviour): supervisors' rating some months after the activity (1–5) and its relation "
                   "to the gain."},
    "m_l4": {"id": "Level 4 (hasil): Indeks Kepuasan Masyarakat (IKM) menurut PermenPAN-RB 14/2017 (jumlah "
                   "nilai rata-rata sembilan unsur × 1/9 × 25, sama dengan rata-rata kesembilan nilai itu × 25; "
                   "bobot 1/9 persis, yang dicetak peraturan sebagai 0,11) dan "
                   "indikator kinerja unit. IKM dinas dan provinsi dihitung dari semua responden unit-unitnya "
                   "sekaligus, bukan rata-rata IKM unit; kategorinya disertai kategori yang dicapai rentang keyakinan "
                   "95%. Perbedaan "
                   "perubahan diukur dengan selisih-dari-selisih (difference-in-differences): "
                   "perubahan di unit yang sedikitnya {ambang} stafnya dilatih dibanding perubahan di unit lain, "
                   "dengan galat baku yang dikelompokkan per unit.",
             "en": "Level 4 (results): the IKM by PermenPAN-RB 14/2017 (the sum of the nine element means × 1/9 × "
                   "25, the same as the mean of the nine × 25; the exact weight 1/9, which the regulation prints as "
                   "0.11) and unit performance indicators. An "
                   "agency's and the province's IKM are computed from all their units' respondents together, not "
                   "as a mean of unit IKMs; each category comes with the categories its 95% CI reaches. The "
                   "difference in change is measured by difference-in-differences: the change "
                   "in units where at least {ambang} of staff were trained against the change in other units, "
                   "with standard errors clustered by unit."},
    "m_budget": {"id": "Anggaran: regresi kenaikan nilai terhadap logaritma biaya per peserta, dengan {kontrol} "
                       "sebagai kontrol; biaya per poin kenaikan dengan rentang keyakinan 95% yang dihitung ulang "
                       "{ulangan} kali dari kegiatan yang diambil acak (rinciannya di Lampiran).",
                 "en": "Budget: regression of the gain on the logarithm of cost per participant, with {kontrol} "
                       "as controls; cost per point of gain with a 95% confidence interval recomputed {ulangan} "
                       "times from randomly drawn activities (details in the Annex)."},
    "m_pooling": {"id": "Perbandingan dinas: model campuran agar dinas dengan sedikit peserta tidak diperingkat "
                        "berdasarkan kebetulan, peserta satu kegiatan (pengajar dan tes yang sama) tidak dihitung "
                        "saling bebas, dan campuran metode "
                        "tiap dinas diperhitungkan; peringkat disertai rentang 95%. Temuan per dinas (IKM, 20 JP) "
                        "dengan koreksi untuk banyak uji (rinciannya di Lampiran).",
                  "en": "Agency comparison: a mixed model so that agencies with few participants are not ranked "
                        "on chance, participants of one activity (the same trainer and test) are not counted as "
                        "independent, and each "
                        "agency's mix of methods is allowed for; ranks come with 95% intervals. Per-agency findings "
                        "(IKM, 20 JP) with a correction for many tests (details in the Annex)."},
    # one rounding rule for differences (REVIEW6 R6-17): computed from the unrounded figures, as a statistician
    # reports them, said once here and once under the summary's findings (kt_rounding)
    # the example's figures lie above 100, where no score, gain, IKM or percentage of a report can (scales of at most
    # 0-100), so it never prints a report's own pair beside another difference (LOOK32 D-9: Kesehatan's '6,35 − 9,21
    # = −2,86 tercetak 6,4, 9,2 dan −2,9' in every report, beside Satpol PP's '6,4 … 9,2 … selisih −2,8'); no figure
    # ends in a 5 at the second decimal, whose rounding in binary goes either way (fmt prints 6,35 as 6,3)
    "m_rounding": {"id": "Selisih, perubahan dan rasio dihitung dari angka sebelum pembulatan, lalu dibulatkan; "
                         "karena itu selisih yang tercetak dapat berbeda 0,1 dari selisih dua angka yang tercetak "
                         "(misalnya 104,38 − 102,24 = 2,14 tercetak 104,4, 102,2 dan 2,1).",
                   "en": "Differences, changes and ratios are computed from the figures before rounding, then "
                         "rounded; a printed difference can therefore differ by 0.1 from the difference of two "
                         "printed figures (for example, 104.38 − 102.24 = 2.14 prints as 104.4, 102.2 and 2.1)."},
    # the glossary's trained unit as the comparison defines it (analysis.treatment.exposure: TREATED_SHARE of the
    # unit's staff in the declared intervention's activities, or in any activity when none is declared, within the
    # window; CHECK10 C10-6: 'unit yang stafnya mengikuti kegiatan pengembangan apa pun' left no comparison group)
    "gl_trained_h": {"id": "Unit dilatih", "en": "Trained unit"},
    "gl_trained": {"id": "Unit layanan yang sedikitnya {ambang} stafnya mengikuti {program}{jendela}; unit lain, "
                         "termasuk yang stafnya hanya mengikuti kegiatan pengembangan lain, menjadi unit pembanding.",
                   "en": "A service unit where at least {ambang} of the staff took {program}{jendela}; the other "
                         "units, including those whose staff took only other development activities, are the "
                         "comparison units."},
    "gl_trained_any": {"id": "Unit layanan yang sedikitnya {ambang} stafnya mengikuti kegiatan pengembangan apa "
                             "pun{jendela} (tidak ada intervensi yang dinyatakan); unit lain menjadi unit pembanding.",
                       "en": "A service unit where at least {ambang} of the staff took any development "
                             "activity{jendela} (no intervention is declared); the other units are the comparison "
                             "units."},
    "gl_trained_window": {"id": " pada {jendela}", "en": " in {jendela}"},
    "m_min_n": {"id": "Angka yang datanya terlalu sedikit (misalnya kurang dari {min_n} pengamatan) ditulis \"belum "
                      "dapat dihitung\" beserta alasannya. Sebuah perubahan disebut hasil pelatihan hanya bila "
                      "program pelatihannya dinyatakan sebagai intervensi, ada kelompok pembanding dengan "
                      "sedikitnya {min_unit} unit per kelompok, uji tren awal ada dan tidak menolak tren sejajar "
                      "(taraf {alpha}), uji itu dapat menyingkirkan selisih sebelum pelatihan sebesar {gap} × "
                      "estimasi (selisih terkecil yang dapat dideteksinya paling besar {mde} × estimasi, dan "
                      "rentang keyakinan 95% selisih periode tepat sebelum pelatihan di dalam ± {gap} × estimasi), "
                      "dan rentang keyakinan 95% estimasinya tidak memuat nol; selain itu laporan menulis apa yang "
                      "teramati dan mengapa belum dapat disimpulkan.",
                "en": "Figures with too little data (for instance fewer than {min_n} observations) read \"cannot be "
                      "computed\" with the reason. A change is called a result of the training only where the "
                      "programme is declared as the intervention, a comparison group exists with at least {min_unit} "
                      "units per group, the pre-trend check exists and does not reject parallel trends (at the "
                      "{alpha} level), that check rules out a pre-training difference of {gap} × the estimate (the "
                      "smallest difference it can detect is at most {mde} × the estimate, and the 95% interval of "
                      "the difference in the period just before training lies within ± {gap} × the estimate), and "
                      "the estimate's interval excludes zero; otherwise the report says what was observed and why "
                      "it cannot yet be concluded."},
    # --- implementation ---------------------------------------------------------------------
    "i_coverage_h": {"id": "Cakupan dan kewajiban 20 JP", "en": "Coverage and the 20-JP duty"},
    # {pppk}: i_jp_pppk_apart, or i_jp_no_pppk where the scope has none (CHECK11 C11-5: "dilaporkan terpisah"
    # pointed to a PPPK paragraph that an agency without PPPK does not have)
    "i_jp_rule": {"id": "PP 11/2017 Pasal 203 ayat (4) mewajibkan setiap PNS mendapat pengembangan kompetensi "
                        "sedikitnya 20 jam pelajaran (JP) setahun; 1 JP = 45 menit. Kewajiban ini dihitung atas PNS; "
                        "{pppk}",
                  "en": "PP 11/2017 Article 203(4) obliges every civil servant (PNS) to take at least 20 "
                        "lesson hours (JP) "
                        "of competency development a year; 1 JP = 45 minutes. The duty is counted over PNS; {pppk}"},
    "i_jp_pppk_apart": {"id": "PPPK diatur PP 49/2018 dan dilaporkan terpisah.",
                        "en": "PPPK (contract staff) fall under PP 49/2018 and are reported apart."},
    "i_jp_no_pppk": {"id": "{nama} tidak mempunyai PPPK.", "en": "{nama} has no PPPK (contract staff)."},
    # --- estimates (issue 10.6) ---
    "i_pppk": {"id": "PPPK ({n} orang) tidak dihitung dalam kewajiban 20 JP: PP 49/2018 Pasal 39 membatasi "
                     "pengembangan kompetensi PPPK paling lama {batas} JP per tahun masa perjanjian kerja. Rata-rata "
                     "{rata} JP per PPPK ({ik}); {atas} PPPK melebihi {batas} JP ({ik_atas}).",
               "en": "PPPK ({n} {n:person|people}) {n:is|are} not counted in the 20-JP duty: PP 49/2018 "
                     "Article 39 caps PPPK "
                     "competency development at {batas} JP per contract year. On average {rata} JP per PPPK ({ik}); "
                     "{atas} of PPPK exceeded {batas} JP ({ik_atas})."},
    "i_pppk_few": {"id": "PPPK ({n} orang) tidak dihitung dalam kewajiban 20 JP (batas {batas} JP per tahun, PP "
                         "49/2018).",
                   "en": "PPPK ({n} {n:person|people}) {n:is|are} not counted in the 20-JP duty (cap of "
                         "{batas} JP a year, PP 49/2018)."},
    # the count above the legal cap is a census of a compliance rule: stated at any n with its money; only the share
    # and the mean wait for constants.MIN_N, and say so (CHECK10 C10-4: "terlalu sedikit" hid 7 of 9 above the cap)
    "i_pppk_over": {"id": "{k} dari {n} PPPK mengikuti lebih dari {batas} JP{biaya}.",
                    "en": "{k} of {n} PPPK took more than {batas} JP{biaya}."},
    "i_pppk_over_cost": {"id": "; biaya jam pelajaran di atas batas {rp} (jumlah biaya, bukan estimasi)",
                         "en": "; the lesson hours beyond the cap cost {rp} (a sum of costs, not an estimate)"},
    # last year's share above the cap, as the trend table defines it (key_findings.pppk_last_year; LOOK37 item 2);
    # {rujukan}: i_pppk_then_where where the trend table has the PPPK row
    "i_pppk_then": {"id": "Pada {tahun}, dengan definisi yang sama: {nilai} di atas {batas} JP{rujukan}.",
                    "en": "In {tahun}, by the same definition: {nilai} above {batas} JP{rujukan}."},
    "i_pppk_then_where": {"id": " ({rujukan})", "en": " ({rujukan})"},
    "i_pppk_then_none": {"id": "Angka {tahun} untuk PPPK di atas batas tidak ada: {alasan}.",
                         "en": "There is no {tahun} figure for PPPK above the cap: {alasan}."},
    "i_pppk_then_no_year": {"id": "tidak ada data {tahun}", "en": "there are no {tahun} data"},
    "i_pppk_then_no_pppk": {"id": "data {tahun} tidak mencatat PPPK", "en": "the {tahun} data record no PPPK"},
    "i_pppk_then_not_held": {"id": "hasil tren {tahun} tidak memuat hitungannya",
                             "en": "the {tahun} trend results do not hold the count"},
    "i_pppk_few_why": {"id": "Porsi dan rata-rata JP PPPK tanpa rentang keyakinan: hanya {n} PPPK, perlu sedikitnya "
                             "{min}.",
                       "en": "The PPPK share and mean JP have no interval: only {n} PPPK, at least {min} needed."},
    "i_status_unknown": {"id": "{n} ASN yang statusnya tidak tercatat dalam data dihitung bersama PNS.",
                         "en": "{n} ASN without a recorded status in the data {n:is|are} counted with the PNS."},
    "i_fig_jp": {"id": "Persentase PNS yang memenuhi 20 JP menurut golongan dan jenis jabatan, dengan rentang "
                       "keyakinan 95%; "
                       "garis putus-putus: keseluruhan",
                 "en": "Share of PNS meeting 20 JP by rank group and position type, with 95% CI; dashed line: "
                       "overall"},
    # Gambar 1's rows with their n, and the groups too small to draw (sections.group_labels; LOOK37 L-20, M-24)
    "i_fig_jp_group": {"id": "{nama} (n = {n})", "en": "{nama} (n = {n})"},
    "i_fig_jp_group_count": {"id": "{nama} ({n} PNS)", "en": "{nama} ({n} PNS)"},
    "i_fig_jp_not_shown": {"id": "Tidak digambar: {daftar}; sedikitnya {min} PNS diperlukan untuk persen dengan "
                                 "rentang keyakinan.",
                           "en": "Not drawn: {daftar}; at least {min} PNS are needed for a share with a confidence "
                                 "interval."},
    # who was counted, in the workbook's words, the unrecorded status only when the data have such staff (R6-21)
    "i_tab_units": {"id": "Unit kerja dengan pemenuhan 20 JP terendah ({siapa}; unit dengan sedikitnya {min_n} orang)",
                    "en": "Work units with the lowest 20-JP compliance ({siapa}; units with at least {min_n} people)"},
    # the same table when it lists every unit (jp_rule.all_ranked; LOOK36 K-10: "lowest" over all 8 units)
    "i_tab_units_all": {"id": "Unit kerja menurut pemenuhan 20 JP, diurutkan dari yang terendah ({siapa}; unit "
                               "dengan sedikitnya {min_n} orang)",
                        "en": "Work units by 20-JP compliance, lowest first ({siapa}; units with at least {min_n} "
                              "people)"},
    # the units where the coverage recommendation starts, with the figures it quotes (LOOK37 L-5: "Suku Dinas
    # Perhubungan Jakarta Timur 23,1% (11,0–42,1; 26 ASN)" was in no table)
    "i_tab_coverage_units": {"id": "Unit kerja dengan cakupan terendah, diurutkan dari yang terendah (ASN; unit "
                                   "dengan sedikitnya {min_n} orang)",
                             "en": "Work units with the lowest coverage, lowest first (staff; units with at least "
                                   "{min_n} people)"},
    # the small units together, as the coverage recommendation quotes them (coverage_rule.coverage_small)
    "i_coverage_small_row": {"id": "{k:satu unit kecil (< {min} ASN)|{k} unit kecil (< {min} ASN) bersama-sama}{nama}",
                             "en": "{k:the one small unit (< {min} staff)|{k} small units (< {min} staff) "
                                   "together}{nama}"},
    "i_counted_pns": {"id": "PNS", "en": "PNS"},
    "i_counted_pns_unknown": {"id": "PNS dan ASN yang statusnya tidak tercatat",
                              "en": "PNS and ASN without a recorded status"},
    "i_methods_h": {"id": "Metode dan tema", "en": "Methods and themes"},
    "i_tab_methods": {"id": "Kegiatan per metode, tahun {tahun}", "en": "Activities by method, {tahun}"},
    # an activity at Rp 0 or blank has no recorded cost (analysis.budget.recorded_cost; CHECK11 C11-1): never "Rp 0"
    "i_cost_unrecorded_cell": {"id": "tidak tercatat", "en": "not recorded"},
    "i_cost_partly_cell": {"id": "{biaya} ({k} tidak tercatat)", "en": "{biaya} ({k} not recorded)"},
    "i_tab_methods_unrecorded": {"id": "Tidak tercatat: kegiatan dengan anggaran Rp 0 atau kosong; biayanya ada di "
                                       "mata anggaran lain, jadi data yang hilang, bukan kegiatan gratis (BAB VIII).",
                                 "en": "Not recorded: activities with a budget of Rp 0 or blank; their cost sits in "
                                       "another budget line, so missing data, not free activities (Chapter VIII)."},
    "i_tab_themes": {"id": "Tema kegiatan dengan peserta terbanyak, tahun {tahun}",
                     "en": "Activity themes with most participants, {tahun}"},
    "i_budget_h": {"id": "Anggaran: pagu dan realisasi", "en": "Budget: ceiling and realisation"},
    "i_tab_budget": {"id": "Pagu dan realisasi anggaran pengembangan ASN per tahun",
                     "en": "ASN development budget ceiling and realisation by year"},
    "i_budget_basis": {"id": "Realisasi {tahun}: {persen}.", "en": "Realisation in {tahun}: {persen}."},
    # a province's budget table whose years are summed over different dinas (words.coverage.budget_years)
    "budget_dinas_cell": {"id": "{k} dari {n}", "en": "{k} of {n}"},
    # who is left out of a province's budget sum (words.coverage.budget_lists): no rows, or a ceiling of Rp 0
    "budget_none_list": {"id": "tanpa data anggaran: {daftar}", "en": "no budget data: {daftar}"},
    "budget_zero_list": {"id": "pagu Rp 0, kemungkinan tidak terisi: {daftar}",
                         "en": "a ceiling of Rp 0, probably not filled in: {daftar}"},
    "budget_dinas_year": {"id": "{tahun}: {daftar}", "en": "{tahun}: {daftar}"},
    "budget_basis_same": {"id": "Setiap tahun dijumlah atas {k} dinas yang mengirim data anggaran; {daftar}. Biaya "
                                "kegiatan per metode di atas mencakup kegiatan {n} dinas.",
                          "en": "Every year is summed over the {k} agencies that sent budget data; {daftar}. The cost "
                                "of activities by method above covers the activities of {n} agencies."},
    "budget_basis_years": {"id": "Pagu dan realisasi setiap tahun dijumlah atas dinas yang mengirim data anggaran "
                                 "tahun itu (kolom Dinas), jadi tahun-tahunnya tidak atas dasar yang sama; "
                                 "{daftar}. Biaya kegiatan per metode di atas mencakup kegiatan {n} "
                                 "dinas.",
                           "en": "Each year's ceiling and realisation are summed over the agencies that sent budget "
                                 "data for that year (column Agencies), so the years do not share one basis; "
                                 "{daftar}. The cost of activities by method above covers the activities of "
                                 "{n} agencies."},
    "i_no_budget": {"id": "Data yang diterima tidak memuat pagu dan realisasi anggaran; realisasi anggaran tidak "
                          "dapat dinilai (catatan kualitas data di Lampiran menyebut berkas dan langkahnya).",
                    "en": "The data received hold no budget ceiling or realisation; budget realisation cannot be "
                          "assessed (the data-quality notes in the annex name the file and what to do)."},
    # --- results ---------------------------------------------------------------------------
    "r_l1_h": {"id": "Level 1 — Reaksi", "en": "Level 1 — Reaction"},
    "r_l1": {"id": "Rata-rata skor reaksi peserta {nilai} dari 5 ({ik}; n = {n}).",
             "en": "Participants' mean reaction score is {nilai} of 5 ({ik}; n = {n})."},
    "r_fig_l1": {"id": "Rata-rata skor reaksi (1–5) per metode, dengan rentang keyakinan 95%",
                 "en": "Mean reaction score (1–5) by method, with 95% CI"},
    "r_l2_h": {"id": "Level 2 — Pembelajaran", "en": "Level 2 — Learning"},
    "r_l2_detail": {"id": "Galat baku dikelompokkan per kegiatan ({n_keg} kegiatan), karena peserta satu kelas tidak "
                          "saling bebas: {se} poin, bukan {se0} bila peserta dianggap bebas. Besar efek (Hedges' g: "
                          "kenaikan dibagi rata-rata simpangan baku nilai sebelum dan sesudah) {g} ({g_ik}): {besar} "
                          "menurut patokan Cohen (0,2 kecil; 0,5 sedang; 0,8 besar); besar efek berpasangan "
                          "(kenaikan dibagi simpangan baku kenaikan) {dz}; uji t {p}; uji Wilcoxon {pw}.",
                    "en": "Standard errors are clustered by activity ({n_keg} activities), because participants of one "
                          "class are not independent: {se} points, not {se0} if participants were independent. "
                          "Effect size (Hedges' g: the gain over the mean standard deviation of the scores before and "
                          "after) {g} ({g_ik}): {besar} by Cohen's bands (0.2 small; 0.5 medium; 0.8 large); paired "
                          "effect size (the gain over the standard deviation of the gains) {dz}; t-test {p}; Wilcoxon "
                          "test {pw}."},
    # --- estimates (issue 10.6) ---
    "r_l2_ancova": {"id": "Regresi ke rata-rata: setiap 1 poin nilai awal lebih tinggi berkaitan dengan nilai akhir "
                          "{b} poin lebih tinggi ({ik}); {makna}{plafon}{metode}",
                    "en": "Regression to the mean: each point of higher starting score goes with a final score {b} "
                          "points higher ({ik}); {makna}{plafon}{metode}"},
    # what follows the ANCOVA sentence, by how many methods have an adjusted gain with an interval
    # (uncertainty.adjusted_by_method, which also decides whether the figure is drawn; LOOK36 K-1)
    "r_l2_fig_next": {"id": " Gambar berikut membandingkan kenaikan mentah per metode dengan kenaikan bila semua "
                             "peserta mulai dari nilai awal yang sama ({pre}).",
                      "en": " The next figure compares each method's raw gain with its gain if every participant "
                            "started from the same score ({pre})."},
    "r_l2_adjusted_one": {"id": " Hanya {metode} yang datanya cukup untuk rentang keyakinan; kenaikannya bila semua "
                                 "peserta mulai dari nilai awal yang sama ({pre}) {nilai} poin ({ik}).",
                          "en": " Only {metode} has enough data for an interval; its gain if every participant "
                                "started from the same score ({pre}) is {nilai} points ({ik})."},
    "r_l2_rtm": {"id": "di bawah 1, jadi peserta dengan nilai awal rendah naik lebih banyak daripada yang tinggi, dan "
                       "sebagian kenaikan mentah adalah regresi ke rata-rata, bukan hasil belajar.",
                 "en": "below 1, so low starters gain more than high starters, and part of a raw gain is regression "
                       "to the mean, not learning."},
    "r_l2_no_rtm": {"id": "tidak jelas di bawah 1, jadi tidak tampak regresi ke rata-rata.",
                    "en": "not clearly below 1, so no regression to the mean shows."},
    "r_l2_ceiling": {"id": " {persen} nilai akhir ada di batas atas {atas} ({ik}): kenaikan peserta terbaik tidak "
                           "terukur penuh.",
                     "en": " {persen} of final scores are at the top of the scale, {atas} ({ik}): the best "
                           "participants' gains are not fully measured."},
    "r_fig_l2": {"id": "Perubahan nilai (sesudah − sebelum, poin) per metode: disesuaikan ke nilai awal yang sama "
                       "(titik, dengan rentang keyakinan 95%) dan mentah (silang); di bawah nol berarti turun",
                 "en": "Score change (post − pre, points) by method: adjusted to the same starting score "
                       "(dots, with 95% CI) and raw (crosses); below zero means a fall"},
    "r_l3_h": {"id": "Level 3 — Perilaku", "en": "Level 3 — Behaviour"},
    "r_l3": {"id": "Rata-rata penilaian perilaku oleh atasan {nilai} dari 5 ({ik}; n = {n}).",
             "en": "Supervisors' mean behaviour rating is {nilai} of 5 ({ik}; n = {n})."},
    "r_l3_rel": {"id": "Setiap 10 poin kenaikan nilai berkaitan dengan penilaian perilaku {besar} poin {arah} "
                       "({ik}; n = {n}).",
                 "en": "Each 10 points of gain go with a behaviour rating {besar} points {arah} ({ik}; n = {n})."},
    "r_l4_h": {"id": "Level 4 — Hasil bagi organisasi dan masyarakat", "en": "Level 4 — Results for the "
                                                                             "organisation and the public"},
    "r_ikm_latest": {"id": "IKM periode {periode}: {nilai} ({ik}; n = {n} responden), kategori {kategori} "
                           "({label}){rentang}.",
                     "en": "IKM in {periode}: {nilai} ({ik}; n = {n} respondents), category {kategori} "
                           "({label}){rentang}."},
    "k_not_received": {"id": "Unsur layanan {tahun} dan IKM unit layanan {tahun} belum dapat dinilai: {alasan}; "
                             "tindak lanjut unsur layanan menunggu SKM {tahun}.",
                       "en": "The {tahun} service elements and service units' IKM cannot be judged: {alasan}; the "
                             "follow-up of service elements waits for the {tahun} SKM."},
    "r_ikm_not_received": {"id": "IKM {tahun}: {teks}. Grafik di bawah hanya memuat periode sebelumnya.",
                           "en": "IKM {tahun}: {teks}. The chart below shows earlier periods only."},
    # an IKM from too few service units (reasons.without_interval): its value, n and why no category is judged
    "r_ikm_latest_withheld": {"id": "IKM periode {periode}: {teks}; kategorinya belum dapat dinilai.",
                              "en": "IKM in {periode}: {teks}; its category cannot be judged."},
    # --- estimates (issue 10.6) ---
    "ikm_cat_same": {"id": "; seluruh rentang keyakinan 95% dalam kategori {kategori}", "en": "; the whole 95% CI is "
                                                                                              "in category "
                                                                             "{kategori}"},
    "ikm_cat_reach": {"id": "; rentang keyakinan 95% mencapai kategori {lain}, jadi kategorinya belum pasti",
                      "en": "; the 95% CI reaches category {lain}, so the category is not certain"},
    "ikm_sample_low": {"id": "{kurang} dari {unit} unit layanan periode {periode} memiliki responden kurang dari "
                             "sampel minimum {min} (tabel Krejcie & Morgan yang dipakai PermenPAN-RB 14/2017, dengan "
                             "asumsi {pengguna} pengguna layanan per unit per periode, karena jumlah pengguna tidak "
                             "ada dalam data): kategori unit-unit itu indikatif (bertanda * di BAB VI).",
                       "en": "{kurang} of {unit} service units in {periode} {kurang:has|have} fewer "
                             "respondents than the minimum "
                             "sample of {min} (Krejcie & Morgan's table as PermenPAN-RB 14/2017 uses it, assuming "
                             "{pengguna} service users per unit per period, since the data do not give that number): "
                             "their categories are indicative (marked * in Chapter VI)."},
    # every one of several units below the sample: "All 8", not "8 of 8 service units" (LOOK36 K-8)
    "ikm_sample_low_all": {"id": "Semua {unit} unit layanan periode {periode} memiliki responden kurang dari sampel "
                                 "minimum {min} (tabel Krejcie & Morgan yang dipakai PermenPAN-RB 14/2017, dengan "
                                 "asumsi {pengguna} pengguna layanan per unit per periode, karena jumlah pengguna "
                                 "tidak ada dalam data): kategori unit-unit itu indikatif (bertanda * di BAB VI).",
                           "en": "All {unit} service units in {periode} have fewer respondents than the minimum sample "
                                 "of {min} (Krejcie & Morgan's table as PermenPAN-RB 14/2017 uses it, assuming "
                                 "{pengguna} service users per unit per period, since the data do not give that "
                                 "number): their categories are indicative (marked * in Chapter VI)."},
    # one service unit: its name is in BAB VI; a count of one read "1 dari 1 unit … unit-unit itu" (CHECK12 C12-6)
    "ikm_sample_low_one": {"id": "Satu-satunya unit layanan periode {periode} memiliki responden kurang dari sampel "
                                 "minimum {min} (tabel Krejcie & Morgan yang dipakai PermenPAN-RB 14/2017, dengan "
                                 "asumsi {pengguna} pengguna layanan per unit per periode, karena jumlah pengguna "
                                 "tidak ada dalam data): kategorinya indikatif (bertanda * di BAB VI).",
                           "en": "The only service unit in {periode} has fewer respondents than the minimum sample of "
                                 "{min} (Krejcie & Morgan's table as PermenPAN-RB 14/2017 uses it, assuming {pengguna} "
                                 "service users per unit per period, since the data do not give that number): its "
                                 "category is indicative (marked * in Chapter VI)."},
    "ikm_sample_ok_one": {"id": "Satu-satunya unit layanan periode {periode} memenuhi sampel minimum {min} responden "
                                "(Krejcie & Morgan, asumsi {pengguna} pengguna layanan per unit per periode).",
                          "en": "The only service unit in {periode} meets the minimum sample of {min} respondents "
                                "(Krejcie & Morgan, assuming {pengguna} service users per unit per period)."},
    "ikm_sample_ok": {"id": "Semua {unit} unit layanan periode {periode} memenuhi sampel minimum {min} responden "
                            "(Krejcie & Morgan, asumsi {pengguna} pengguna layanan per unit per periode).",
                      "en": "All {unit} service units in {periode} meet the minimum sample of {min} respondents "
                            "(Krejcie & Morgan, assuming {pengguna} service users per unit per period)."},
    "r_fig_ikm": {"id": "IKM (skala 25–100) per periode, dengan rentang keyakinan 95%; pita latar: batas kategori A–D",
                  "en": "IKM (scale 25–100) by period, with 95% CI; background bands: categories A–D"},
    "r_fig_ikm_open": {"id": "; titik kosong: tanpa rentang (kurang dari {min} unit layanan)",
                       "en": "; open points: no interval (fewer than {min} service units)"},
    # the counts before their nouns: '1 unit lain', '1 other unit' (FOUND words12: 'unit lain (1 unit)')
    "r_did_design": {"id": "Desain perbandingan: {unit_d} unit dengan sedikitnya {ambang} staf dilatih pada {jendela} "
                           "dibandingkan dengan {unit_p} unit lain, periode {sebelum} "
                           "(sebelum) dan {sesudah} (sesudah). Unit tidak dipilih secara acak: selisih-dari-selisih "
                           "menghapus perbedaan tingkat awal antara kedua kelompok, tetapi mengandaikan bahwa tanpa "
                           "pelatihan IKM keduanya akan berubah sejajar.",
                     "en": "Comparison design: {unit_d} {unit_d:unit|units} with at least {ambang} of staff trained "
                           "during {jendela} against {unit_p} other {unit_p:unit|units}, periods {sebelum} "
                           "(before) and {sesudah} (after). Units were not chosen at random: the "
                           "difference-in-differences removes the difference in starting level between the groups, but "
                           "assumes that without "
                           "training their IKM would have moved in parallel."},
    # the same groups when the comparison is withheld for its units: what would be compared, as the summary's
    # sum_compared_none, no estimator named as having run (LOOK16 R-16), and why no figure of the groups (LOOK26 X-4)
    "r_did_design_withheld": {"id": "Yang hendak dibandingkan: {unit_d} unit dengan sedikitnya {ambang} staf dilatih "
                                    "pada {jendela} dengan {unit_p} unit lain, periode {sebelum} (sebelum) dan "
                                    "{sesudah} (sesudah). Rata-rata IKM kedua kelompok tidak digambar: kelompok "
                                    "sekecil ini tidak dapat dibandingkan.",
                              "en": "To be compared: {unit_d} {unit_d:unit|units} with at least {ambang} of staff "
                                    "trained during {jendela} with {unit_p} other {unit_p:unit|units}, periods "
                                    "{sebelum} (before) and {sesudah} (after). The two groups' mean IKM is not "
                                    "charted: groups this small cannot be compared."},
    # an arm with no unit at all is said in words, not as '0 unit lain' (LOOK26, seen: Kominfotik p. 15)
    "r_did_design_no_comparison": {"id": "Yang hendak dibandingkan: {unit_d} unit dengan sedikitnya {ambang} staf "
                                         "dilatih pada {jendela}, periode {sebelum} (sebelum) dan {sesudah} "
                                         "(sesudah); tidak ada unit lain sebagai pembanding, jadi tidak ada yang "
                                         "digambar atau dibandingkan.",
                                   "en": "To be compared: {unit_d} {unit_d:unit|units} with at least {ambang} of "
                                         "staff trained during {jendela}, periods {sebelum} (before) and {sesudah} "
                                         "(after); there is no other unit to compare with, so nothing is charted or "
                                         "compared."},
    "r_did_design_no_trained": {"id": "Yang hendak dibandingkan: unit dengan sedikitnya {ambang} staf dilatih pada "
                                      "{jendela} dengan {unit_p} unit lain, periode {sebelum} (sebelum) dan {sesudah} "
                                      "(sesudah); tidak ada unit yang mencapai ambang itu, jadi tidak ada yang "
                                      "digambar atau dibandingkan.",
                                "en": "To be compared: units with at least {ambang} of staff trained during {jendela} "
                                      "with {unit_p} other {unit_p:unit|units}, periods {sebelum} (before) and "
                                      "{sesudah} (after); no unit reached that share, so nothing is charted or "
                                      "compared."},
    "r_fig_did": {"id": "IKM rata-rata unit dilatih dan unit pembanding, sebelum dan sesudah pelatihan",
                  "en": "Mean IKM of trained and comparison units, before and after training"},
    "r_tab_kinerja": {"id": "Perbedaan perubahan indikator kinerja unit dilatih dan unit pembanding "
                             "(selisih-dari-selisih; n = pengamatan unit × periode); kolom kesimpulan menyatakan "
                             "apakah dapat disebut hasil pelatihan",
                      "en": "Difference in the change of unit performance indicators between trained and comparison "
                            "units (difference-in-differences; n = unit × period observations); the conclusion column "
                            "says whether it may be called a result of the training"},
    "r_no_skm": {"id": "Data survei kepuasan masyarakat (tabel skm) tidak tersedia; IKM tidak dihitung.",
                 "en": "No public satisfaction survey data (table skm); the IKM is not computed."},
    "r_no_kinerja": {"id": "Data yang diterima tidak memuat indikator kinerja unit; perubahan kinerja unit yang "
                           "dilatih tidak dapat dihitung.",
                     "en": "The data received hold no unit performance indicators; the change in trained units' "
                           "performance cannot be computed."},
    "r_no_tests": {"id": "Tidak ada nilai pre-test dan post-test untuk tahun ini; level 2 tidak dapat diukur.",
                   "en": "No pre- and post-test scores for this year; level 2 cannot be measured."},
    "better": {"id": "membaik", "en": "better"},
    # Tabel 7's conclusion column says whether a result may be called an effect, and if not why (REVIEW6b R6b-10);
    # the causal cell only where the verdict (putusan.boleh_kausal, which needs a declared intervention) allows it
    "kin_effect": {"id": "berdampak ({gerak} {besar})", "en": "an effect ({gerak} {besar})"},
    "kin_not_effect": {"id": "{arah}; belum dapat disebut hasil pelatihan: {alasan}",
                       "en": "{arah}; cannot yet be called a result of the training: {alasan}"},
    "kin_not_effect_bare": {"id": "belum dapat disebut hasil pelatihan: {alasan}",
                            "en": "cannot yet be called a result of the training: {alasan}"},
    "kin_not_concluded": {"id": "{arah}; belum dapat disimpulkan: {alasan}", "en": "{arah}; cannot yet be concluded: "
                                                                               "{alasan}"},
    "kin_fell": {"id": "turun", "en": "fell"},
    "kin_rose": {"id": "naik", "en": "rose"},
    # the summary's short form of the earned effects (impact.earned_brief): one design clause, the caveat once (did8)
    "sum_earned": {"id": "Layanan: {program} berdampak positif menurut desain ini: {efek}. Desain: "
                         "selisih-dari-selisih {penugasan}; {tren} (rinciannya di BAB III){catatan}.",
                   "en": "Service: {program} had a positive effect by this design: {efek}. Design: "
                         "difference-in-differences, {penugasan}; {tren} (details in Chapter III){catatan}."},
    "sum_earned_ikm": {"id": "di unit yang sedikitnya {ambang} stafnya mengikutinya, IKM naik {besar} poin lebih "
                             "banyak daripada di unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit "
                             "pembanding)",
                       "en": "in units where at least {ambang} of staff took it, the IKM rose {besar} points more than "
                             "in comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} comparison "
                             "{unit_p:unit|units})"},
    "sum_earned_ind": {"id": "{indikator} {gerak} {besar} lebih banyak ({ik}; {unit_d} unit dilatih, {unit_p} unit "
                             "pembanding)",
                       "en": "{indikator} {gerak} {besar} more ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} "
                             "comparison "
                             "{unit_p:unit|units})"},
    "sum_earned_trend": {"id": "uji tren sebelum pelatihan tidak menolak tren sejajar",
                         "en": "the check of the trend before the training does not reject parallel trends"},
    "sum_earned_trend_mde": {"id": ", tetapi hanya dapat mendeteksi selisih sekitar {daftar}",
                             "en": ", but can only detect differences of about {daftar}"},
    "sum_earned_mde": {"id": "{mde} atau lebih pada {apa}", "en": "{mde} or more in {apa}"},
    "sum_earned_mde_ikm": {"id": "IKM", "en": "the IKM"},
    # an indicator whose effect is earned, in the text and the summary like the IKM's (f_did_up; REVIEW6b R6b-10)
    "f_did_ind_up": {"id": "{Subjek} berdampak pada {indikator}: di unit dilatih nilainya {gerak} {besar} lebih "
                           "banyak daripada di unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit pembanding) "
                           "menurut desain ini ({desain}){catatan}.",
                     "en": "{Subjek} had an effect on {indikator}: in trained units it {gerak} {besar} more than in "
                           "comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} comparison "
                           "{unit_p:unit|units}) by this design "
                           "({desain}){catatan}."},
    "worse": {"id": "memburuk", "en": "worse"},
    "no_change": {"id": "tidak bermakna", "en": "not significant"},
    # --- budget -----------------------------------------------------------------------------
    # what the data can answer without a declared intervention: 'berkaitan dengan', not 'menghasilkan' (LOOK9)
    "b_intro": {"id": "Pertanyaan: apakah kegiatan yang lebih mahal per peserta berkaitan dengan kenaikan nilai yang "
                      "lebih besar, dan di mana tambahan kenaikannya mulai menurun?",
                "en": "Question: do activities that cost more per participant go with larger gains, and where does "
                      "the extra gain start to fall off?"},
    # the curvature's figure (points per squared log of cost) is the annex's (text_method a_curve, REVIEW5 D10)
    "b_curve_none": {"id": "Dalam rentang biaya yang diamati tidak ada tanda tambahan hasil mulai menurun "
                           "(rinciannya di Lampiran).",
                     "en": "Within the observed range of costs there is no sign of returns starting to fall (details "
                           "in the Annex)."},
    "b_curve_falls": {"id": "Tambahan hasil makin kecil pada biaya tinggi: setiap penggandaan berikutnya menambah "
                            "hasil lebih sedikit (rinciannya di Lampiran).",
                      "en": "Returns get smaller at high cost: each further doubling adds less (details in the "
                            "Annex)."},
    # the province's method x dinas pairs with money and no gain estimate (dinas_pairs.without_estimate_said): the rule
    # once, then one line per method (LOOK10 N-2)
    "b_no_estimate": {"id": "Anggaran yang kenaikan nilainya tidak dapat diestimasi per dinas: {jumlah} pada {k} "
                            "pasangan metode × dinas{bebas} dengan terlalu sedikit kegiatan atau peserta untuk "
                            "dinilai sendiri.{aturan} Pasangan ini tidak masuk daftar anggaran dengan nilai tidak "
                            "naik, tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil, tetapi pesertanya "
                            "masuk angka seluruh provinsi metodenya.",
                      "en": "Money whose gain cannot be estimated per agency: {jumlah} in {k} method × agency "
                            "{k:pair|pairs}{bebas} with too few activities or participants to be judged alone.{aturan} "
                            "These pairs are not in the lists of money for which scores did not rise, without a "
                            "meaningful gain or for a very small gain, but their participants are in the province-wide "
                            "figure of their method."},
    # the pairs of the same rule whose activities recorded no cost, listed after each method's (LOOK22 Y-5)
    "b_no_estimate_unpriced": {"id": " dengan biaya tercatat dan {bebas} pasangan tanpa biaya tercatat, "
                                     "semuanya",
                               "en": " with a recorded cost, and {bebas} more {bebas:pair|pairs} with no cost "
                                     "recorded, all"},
    "b_no_estimate_rule": {"id": " Kenaikan nilai satu metode di satu dinas diestimasi, dengan rentang keyakinan, "
                                 "bila ada sedikitnya {min_keg} kegiatan dan {min_n} peserta dengan nilai pre dan "
                                 "post.",
                           "en": " A method's gain in one agency is estimated, with its confidence interval, from "
                                 "at least {min_keg} activities and {min_n} participants with pre and post scores."},
    # the pairs of the same rule whose activities recorded no cost (dinas_pairs.unpriced_pairs; LOOK11 L-7)
    "b_no_estimate_free": {"id": " Tanpa biaya tercatat: {daftar}.", "en": " With no cost recorded: {daftar}."},
    "b_no_estimate_free_item": {"id": "{dinas} ({keg} kegiatan, {n} peserta)",
                                "en": "{dinas} ({keg} {k_keg:activity|activities}, {n} participants)"},
    "b_no_estimate_group": {"id": "{metode} {biaya} di {k} dinas: {daftar}.",
                            "en": "{metode} {biaya} in {k} {k:agency|agencies}: {daftar}."},
    "b_no_estimate_item": {"id": "{dinas} {biaya} ({alasan}{keg} kegiatan, {n} peserta)",
                           "en": "{dinas} {biaya} ({alasan}{keg} {k_keg:activity|activities}, {n} participants)"},
    # the summary's money finding: the unjudged pairs of the finding's own methods; the all-method total stays in
    # BAB IV (LOOK13 M-9: "Rp 1,4 miliar" of four methods read as seminar money; LOOK18 T-6)
    "kt_no_estimate": {"id": " Belum dapat dinilai per dinas: {daftar} dengan terlalu sedikit kegiatan atau "
                             "peserta{bab}.",
                       "en": " Not yet judged per agency: {daftar} with too few activities or participants{bab}."},
    "kt_no_estimate_group": {"id": "{metode} {biaya} di {k} dinas",
                             "en": "{metode} {biaya} in {k} {k:agency|agencies}"},
    # dinas of the same method too small to judge whose activities recorded no cost: counted beside the money's, as
    # 9.1's list of dinas names them (LOOK20 W-3: a list of 13 dinas, then "Rp 320 juta di 11 dinas")
    "kt_no_estimate_free": {"id": " Belum dapat dinilai per dinas karena terlalu sedikit kegiatan atau peserta: "
                                  "{daftar}{bab}.",
                            "en": " Not yet judged per agency, with too few activities or participants: "
                                  "{daftar}{bab}."},
    "kt_no_estimate_group_free": {"id": "{metode} {biaya} di {k} dinas dengan biaya tercatat dan {bebas} dinas lain "
                                        "tanpa biaya tercatat",
                                  "en": "{metode} {biaya} in {k} {k:agency|agencies} with a recorded cost and {bebas} "
                                        "more {bebas:agency|agencies} with no cost recorded"},
    "kt_chapter_iv": {"id": " (BAB IV)", "en": " (Chapter IV)"},
    # the province-wide figure of a method driven by the dinas with a finding of their own (dinas_pairs.spread)
    "b_driven": {"id": "Angka seluruh provinsi ini terutama dari dinas yang dinilai sendiri ({daftar}); di dinas lain "
                       "peserta {metode} rata-rata berubah {nilai}{banding}, jadi temuan ini tentang dinas itu, bukan "
                       "tentang {metode} di semua dinas.",
                 "en": "This province-wide figure comes mainly from the agencies judged on their own ({daftar}); in "
                       "the other agencies {metode} participants changed on average by {nilai}{banding}, so the "
                       "finding is about those agencies, not {metode} everywhere."},
    # the same, when the other dinas's interval overlaps the province-wide one (LOOK11 L-3): what was observed
    "b_driven_observed": {"id": "Dinas yang dinilai sendiri: {daftar}; di dinas lain peserta {metode} rata-rata "
                                "berubah {nilai}{banding}.",
                          "en": "Agencies judged on their own: {daftar}; in the other agencies {metode} participants "
                                "changed on average by {nilai}{banding}."},
    # the counts of the cost's own base, named as the summary's temuan 4 names them (LOOK13 M-2: "353 kegiatan"
    # stood above a Tabel 8 whose Kegiatan column sums to 369, every scored activity)
    "b_cost_all": {"id": "Biaya per poin kenaikan nilai untuk semua metode, tahun {tahun}: {biaya} ({ik}; {n_keg} "
                         "kegiatan dengan biaya tercatat, {n} peserta).",
                   "en": "Cost per point of gain over all methods, {tahun}: {biaya} ({ik}; {n_keg} activities with a "
                         "recorded cost, {n} participants)."},
    # what it rests on, the figures the BIAYA-POIN plan row cites (words.cost_basis, LOOK22 Y-1)
    "b_cost_all_basis": {"id": "Dasarnya: biaya per peserta {biaya} dan rata-rata kenaikan nilai {kenaikan}{semua}.",
                         "en": "Its basis: a cost per participant of {biaya} and a mean gain of {kenaikan}{semua}."},
    "b_cost_all_everyone": {"id": " ({semua})", "en": " ({semua})"},
    # a method's cost per point withheld as a finding (reasons.FINDINGS), said after the overall one (LOOK25 W-8: a
    # bare "seminar: rata-rata kenaikan …" read as a list item without its lead-in); {alasan}: reasons.reason
    "b_cost_withheld": {"id": "Biaya per poin {metode} belum dapat dihitung: {alasan}.",
                        "en": "The cost per point of {metode} cannot yet be computed: {alasan}."},
    "b_cost_withheld_not": {"id": "Biaya per poin {metode} tidak dapat dihitung: {alasan}.",
                            "en": "The cost per point of {metode} cannot be computed: {alasan}."},
    "b_scope_prov": {"id": "Sebagai pembanding, estimasi seluruh provinsi (lebih banyak data; poin kenaikan nilai "
                           "per penggandaan biaya per peserta, seperti di atas): {teks}.",
                     "en": "For comparison, the province-wide estimate (more data; points of gain per doubling of "
                           "cost per participant, as above): {teks}."},
    # reader words; the correction, the bootstrap and the dropped terms are named in the annex (text_method)
    # {pada}: the years the model pools (why_in_years), beside Tabel 4's activities of the year (LOOK33 E-3)
    "b_few": {"id": "Model ini hanya memakai {n} kegiatan{pada} (kurang dari {min}), jadi rentang keyakinannya "
                    "dihitung dengan cara yang tetap benar bila kegiatannya sedikit{lepas}; rinciannya di Lampiran.",
              "en": "This model uses only {n} activities{pada} (fewer than {min}), so its confidence interval is "
                    "computed in a way that stays right when activities are few{lepas}; details in the Annex."},
    "b_dropped": {"id": ", dan perbedaan menurut {daftar} tidak ikut diperhitungkan agar model tetap sederhana untuk "
                        "kegiatan sesedikit ini",
                  "en": ", and differences by {daftar} are not adjusted for, to keep the model simple enough for so "
                        "few activities"},
    "b_ctl_dinas": {"id": "dinas", "en": "agency"},
    "b_ctl_tahun_kegiatan": {"id": "tahun", "en": "year"},
    "b_ctl_metode": {"id": "metode", "en": "method"},
    "b_ctl_log_ukuran_kelas": {"id": "ukuran kelas", "en": "class size"},
    "b_ctl_jp": {"id": "JP", "en": "JP"},
    # a method's mean gain in the cost table whose own interval is withheld (fewer activities than MIN_CLUSTERS)
    "b_gain_no_interval": {"id": "(tanpa rentang: hanya {k} kegiatan, perlu sedikitnya {min})",
                           "en": "(no interval: only {k} {k:activity|activities}, at least {min} needed)"},
    # a cost of Rp 0 or blank is missing, not zero (analysis.budget.recorded_cost; CHECK11 C11-1)
    "b_zero": {"id": "{n} kegiatan tanpa biaya tercatat (anggaran Rp 0 atau kosong: data yang hilang, bukan kegiatan "
                     "gratis) tidak masuk model (log nol tidak terdefinisi) dan tidak dihitung dalam biaya per poin.",
               "en": "{n} {n:activity|activities} without a recorded cost (budget Rp 0 or blank: missing data, not "
                     "free activities) {n:is|are} left out of the model (log of zero is undefined) and of the cost "
                     "per point."},
    # the model runs over every year of data, the cost per point over the evaluated year: two counts, each with its
    # year (LOOK16 R-1: "23 … tidak dihitung dalam biaya per poin" beside Tabel 1's 16 of 2025)
    "b_zero_years": {"id": "{n} kegiatan tanpa biaya tercatat dalam semua tahun data model (anggaran Rp 0 atau "
                           "kosong: data yang hilang, bukan kegiatan gratis) tidak masuk model (log nol tidak "
                           "terdefinisi); {k} di antaranya dari tahun {tahun}, yang juga tidak dihitung dalam biaya "
                           "per poin.",
                     "en": "{n} {n:activity|activities} without a recorded cost in all years of the model's data "
                           "(budget Rp 0 or blank: missing data, not free activities) {n:is|are} left out of the model "
                           "(log of zero is undefined); {k} of them {k:is|are} from {tahun} and {k:is|are} also left "
                           "out of the cost per point."},
    "b_zero_past": {"id": "{n} kegiatan tanpa biaya tercatat dari tahun sebelum {tahun} (anggaran Rp 0 atau kosong: "
                          "data yang hilang, bukan kegiatan gratis) tidak masuk model (log nol tidak terdefinisi); "
                          "biaya per poin {tahun} memuat semua kegiatan {tahun}, yang semuanya tercatat biayanya.",
                    "en": "{n} {n:activity|activities} without a recorded cost from the years before {tahun} (budget "
                          "Rp 0 or blank: missing data, not free activities) {n:is|are} left out of the model (log of "
                          "zero is undefined); the {tahun} cost per point includes every {tahun} activity, all of "
                          "them with their cost recorded."},
    "b_fig": {"id": "Rata-rata kenaikan nilai per kegiatan terhadap biaya per peserta (skala log); garis: kemiringan "
                    "model yang disesuaikan, seperti di teks, ditarik "
                    "melalui rata-rata kegiatan; tanpa garis bila model tidak cukup data",
              "en": "Mean gain per activity against cost per participant (log scale); line: the slope of the adjusted "
                    "model, as in the text, drawn through the "
                    "activities' mean; no line when the model has too little data"},
    # the years the scatter's points are from (results.scatter_years), after either caption above
    "b_fig_years": {"id": "; titik: kegiatan tahun {tahun}", "en": "; points: activities of {tahun}"},
    # a dinas whose own cost model has too few data, the province's slope drawn in its place (results.budget; LOOK26
    # X-9: the caption said no line is drawn then, and one was)
    "b_fig_province": {"id": "Rata-rata kenaikan nilai per kegiatan terhadap biaya per peserta (skala log); garis: "
                             "kemiringan model seluruh provinsi, seperti di teks, ditarik melalui rata-rata kegiatan "
                             "dinas ini (model dinas ini tidak cukup data)",
                       "en": "Mean gain per activity against cost per participant (log scale); line: the slope of the "
                             "province-wide model, as in the text, drawn through this agency's activities' mean (the "
                             "agency's own model has too little data)"},
    # the costed activities' scored participants, as the note's next sentence says (b_costed_note); "(kolom Peserta)"
    # named the column of every scored activity (LOOK13 M-3)
    "b_basis_note": {"id": "Dasar biaya tabel ini: peserta yang memiliki nilai sebelum dan sesudah pada kegiatan "
                           "dengan biaya tercatat, karena hanya kenaikan mereka yang terukur; tabel kegiatan per "
                           "metode di BAB II menghitung anggaran untuk semua peserta, jadi anggarannya lebih besar di "
                           "sana (peserta bernilai dari semua peserta: {daftar}).",
                     "en": "Cost basis of this table: the participants with a score before and after in the activities "
                           "with a recorded cost, since only their gain is measured; the activities-by-method table in "
                           "Chapter II counts the budget for all participants, so the budget there is larger "
                           "(participants with both scores out of all participants: {daftar})."},
    # the Rp columns of Tabel 8 over the costed activities, the gain over all scored ones (LOOK12 K-3)
    # the counts without the columns' own (Kegiatan, Peserta): the note of "198 dari 202 kegiatan, 3.832 dari 3.903
    # peserta" for five methods ran over a page end (LOOK14 P-1)
    "b_costed_note": {"id": "Biaya per poin dan biaya per peserta hanya atas kegiatan dengan biaya tercatat "
                            "({daftar}); kolom Kegiatan, Peserta dan kenaikan atas semua kegiatan bernilai.",
                      "en": "Cost per point and cost per participant are over the activities with a recorded cost "
                            "only ({daftar}); the Activities, Participants and gain columns over every scored "
                            "activity."},
    "b_costed_item": {"id": "{metode} {k} kegiatan, {n} peserta",
                      "en": "{metode} {k} activities, {n} participants"},
    "b_basis_item": {"id": "{metode} {n} dari {semua}", "en": "{metode} {n} of {semua}"},
    # the interval in the reader's words; "bootstrap" is the annex's word (LOOK20 W-13, after LOOK10 N-20)
    "b_tab_cost": {"id": "Biaya per poin kenaikan nilai menurut metode, tahun {tahun} (rentang keyakinan 95% dihitung "
                         "ulang dari kegiatan yang diambil acak)",
                   "en": "Cost per point of gain by method, {tahun} (95% CI recomputed from randomly drawn "
                         "activities)"},
    # --- challenges ----------------------------------------------------------------------------
    "c_resist_h": {"id": "Resistensi terhadap perubahan", "en": "Resistance to change"},
    "c_resist_share": {"id": "{persen} peserta memiliki skor resistensi tinggi (≥ 3,5 dari 5; {ik}; n = {n} "
                             "partisipasi dengan skor resistensi).",
                       "en": "{persen} of participants have a high resistance score (≥ 3.5 of 5; {ik}; n = {n} "
                             "participations with a resistance score)."},
    "c_budget_h": {"id": "Penyerapan anggaran", "en": "Budget realisation"},
    # {basis}: the dinas without anggaran rows (words.coverage.budget_basis), '' when none
    "c_realisation_zero": {"id": "Realisasi anggaran tahun {tahun} tidak dapat dihitung: pagu tercatat Rp 0 "
                                 "(realisasi {realisasi}), kemungkinan tidak terisi; periksa data anggaran.",
                           "en": "Budget realisation in {tahun} cannot be computed: the ceiling is recorded as Rp 0 "
                                 "(spent {realisasi}), probably not filled in; check the budget data."},
    "c_realisation": {"id": "Realisasi anggaran tahun {tahun}: {persen} dari pagu ({realisasi} dari {pagu}){basis}.",
                      "en": "Budget realisation in {tahun}: {persen} of the ceiling ({realisasi} of {pagu}){basis}."},
    # --- communication ------------------------------------------------------------------------
    "k_intro": {"id": "Unsur U7 (Perilaku Pelaksana) dan U8 (Penanganan Pengaduan, Saran dan Masukan) paling dekat "
                      "dengan komunikasi antara ASN dan masyarakat. Unsur di bawah {batas} (skala 1–4) berada di "
                      "bawah kategori Baik. Nilai unsur ditulis empat desimal, seperti batas itu di PermenPAN-RB "
                      "14/2017 ({batas} = {konversi} : 25): ketelitian yang sama dengan IKM konversi dua desimal.",
                "en": "Elements U7 (staff behaviour) and U8 (handling of complaints and suggestions) are closest to "
                      "communication between civil servants and the public. Elements below {batas} (scale 1–4) "
                      "are under the Good band. Element scores are written to four decimals, as PermenPAN-RB "
                      "14/2017 writes that threshold ({batas} = {konversi} / 25): the same precision as the "
                      "converted IKM to two decimals."},
    # the mark follows the element's estimate (ikm.elements' `lemah`), so the caption says so (LOOK37b M-4)
    "k_fig": {"id": "Nilai rata-rata unsur pelayanan (1–4) periode {periode}, dengan rentang keyakinan 95%; {penanda}: "
                    "estimasi di bawah kategori Baik",
              "en": "Mean score of each service element (1–4), {periode}, with 95% CI; {penanda}: estimate below the "
                    "Good band"},
    "k_tab_units": {"id": "Unit layanan dengan IKM terendah, periode {periode}",
                    "en": "Service units with the lowest IKM, {periode}"},
    # the same table when it lists every unit of the period (ikm_units.ikm_table_all; LOOK36 K-10)
    "k_tab_units_all": {"id": "Unit layanan menurut IKM, diurutkan dari yang terendah, periode {periode}",
                        "en": "Service units by IKM, lowest first, {periode}"},
    # --- estimates (issue 10.6) ---
    "k_tab_units_note": {"id": "Kategori: kategori IKM, dengan kategori kedua ujung rentang keyakinan 95% dalam "
                               "kurung bila "
                               "berbeda. *: responden kurang dari sampel minimum {min}; kategorinya indikatif.",
                         "en": "Category: the IKM category, with the categories of the two ends of the 95% CI in "
                               "brackets when they differ. *: fewer respondents than the minimum sample of {min}; the "
                               "category is indicative."},
    # an agency IKM withheld for too few units beside its units' own intervals (CHECK11 C11-4: one unit was "79,17
    # tanpa rentang" in Tabel 1 and "79,17 (77,03–81,31) B" here, one number read two ways)
    "k_tab_units_agency_open": {"id": " IKM dinas ({nilai}) tidak diberi rentang atau kategori karena hanya dari {k} "
                                      "unit layanan (angka dinas perlu sedikitnya {min} unit); rentang dan kategori "
                                      "setiap unit di tabel ini dihitung dari responden unit itu dan menilai unit itu "
                                      "sendiri.",
                                "en": " The agency's IKM ({nilai}) has no interval or category because it rests on "
                                      "only {k} service {k:unit|units} (an agency figure needs at least {min}); each "
                                      "unit's interval and category in this table come from that unit's own "
                                      "respondents and judge that unit only."},
    # not BAB X's name: the contents listed "6.1 Rencana Tindak Lanjut" and "BAB X Rencana Tindak Lanjut" (REVIEW4 17)
    "k_rtl_h": {"id": "Tindak lanjut unsur layanan", "en": "Follow-up on service elements"},
    "k_tab_rtl": {"id": "Rencana tindak lanjut untuk unsur pelayanan yang lemah",
                  "en": "Follow-up plan for weak service elements"},
    "k_no_weak": {"id": "Tidak ada unsur di bawah kategori Baik; rencana tindak lanjut difokuskan pada unit dengan "
                        "IKM terendah.",
                  "en": "No element is below the Good band; follow-up focuses on the units with the lowest IKM."},
    "r_l2_withheld": {"id": "Kenaikan nilai tanpa rentang keyakinan (tidak digambar dan tidak menjadi temuan): "
                            "{daftar}.",
                      "en": "Score gains without an interval (not drawn and no finding): {daftar}."},
    "k_not_judged": {"id": "Unsur layanan belum dapat dinilai lemah atau tidak: {alasan}. Rencana tindak lanjut "
                           "unsur belum disusun; tindak lanjut difokuskan pada unit dengan IKM terendah.",
                     "en": "The service elements cannot yet be judged weak or not: {alasan}. No element follow-up "
                           "is planned; follow-up focuses on the units with the lowest IKM."},
    # --- comparison (province) -------------------------------------------------------------
    "p_intro": {"id": "Peringkat dinas memakai model campuran: {penyesuaian} dan dinas dengan sedikit peserta ditarik "
                      "ke rata-rata provinsi sehingga tidak diperingkat berdasarkan kebetulan. Setiap peringkat "
                      "disertai rentang 95%-nya. Bila rentang peringkat dua dinas tidak tumpang tindih, urutannya "
                      "jelas; bila tumpang tindih, urutan keduanya tidak ditunjukkan oleh peringkat saja.",
                "en": "The ranking of agencies uses a mixed model: {penyesuaian} and agencies with few participants "
                      "are pulled toward the province mean so they are not ranked on chance. Each rank comes with its "
                      "95% interval. Where two agencies' rank intervals do not overlap, their order is clear; where "
                      "they overlap, the order of the two is not shown by the ranks alone."},
    # --- estimates (issue 10.6) ---
    "p_intro_boundary": {"id": "Peringkat dinas memakai model campuran ({penyesuaian}). Model tidak menemukan "
                               "perbedaan antar-dinas melebihi kebetulan (varians antar-dinas 0): setiap dinas "
                               "mendapat rata-rata provinsi, {rata} poin ({ik}), dan urutan {jumlah} dinas tidak dapat "
                               "dibedakan (rentang peringkat 1–{jumlah}).",
                         "en": "The ranking of agencies uses a mixed model ({penyesuaian}). The model finds no "
                               "difference between agencies beyond chance (between-agency variance 0): every agency "
                               "gets the province mean, {rata} points ({ik}), and the order of the {jumlah} agencies "
                               "cannot be told (rank interval 1–{jumlah})."},
    "p_intro_none": {"id": "Peringkat dinas memakai rata-rata kenaikan nilai peserta setiap dinas (rata-rata mentah), "
                           "dengan rentang keyakinan 95% berkelompok per kegiatan dan rentang peringkat 95%: "
                           "{alasan}, jadi tidak ada penyesuaian untuk campuran metode setiap dinas dan dinas dengan "
                           "sedikit peserta tidak ditarik ke rata-rata provinsi. Selisih antar-dinas dapat "
                           "mencerminkan campuran metode dan kebetulan. Bila rentang peringkat dua dinas tidak "
                           "tumpang tindih, urutannya jelas; bila tumpang tindih, urutan keduanya tidak ditunjukkan "
                           "oleh peringkat saja.",
                     "en": "Agencies are ranked by each agency's participants' mean gain (the raw mean), with a 95% "
                           "CI clustered by activity and a 95% rank interval: {alasan}, so there is no allowance for "
                           "each agency's mix of methods and agencies with few participants are not pulled toward "
                           "the province mean. Differences between agencies can reflect their mix of methods and "
                           "chance. Where two agencies' rank intervals do not overlap, their order is clear; where "
                           "they overlap, the order of the two is not shown by the ranks alone."},
    "p_adjust_methods": {"id": "kenaikan nilai disesuaikan dengan campuran metode setiap dinas,",
                         "en": "gains are adjusted for each agency's mix of methods,"},
    "p_adjust_none": {"id": "hanya ada satu metode, jadi tidak ada penyesuaian campuran metode,",
                      "en": "there is a single method, so no adjustment for the mix of methods,"},
    "p_fig_forest": {"id": "Kenaikan nilai rata-rata per dinas: estimasi model campuran (titik) dan mentah (silang), "
                           "dengan "
                           "rentang keyakinan 95%",
                     "en": "Mean gain by agency: mixed-model (dots) and raw (crosses) estimates, with 95% CI"},
    "p_tab": {"id": "Angka kunci per dinas, tahun {tahun}", "en": "Key figures by agency, {tahun}"},
    "p_tab_province_row": {"id": "Baris Provinsi: kenaikan nilai yang disesuaikan, rata-rata provinsi dari model "
                                 "campuran yang sama (pada campuran metode provinsi), seperti di Angka Kunci "
                                 "provinsi dan pembanding kenaikan setiap dinas di laporannya; rata-rata peserta "
                                 "provinsi {mentah}.",
                           "en": "Province row: the adjusted gain, the province mean of the same mixed model (at the "
                                 "province's mix of methods), as in the province's Key Figures and what each "
                                 "agency's report compares its gain with; the province participants' mean is "
                                 "{mentah}."},
    # the cost per point's own base, as Tabel 1's n note and the XLSX give it (LOOK14 P-14: the gain's participants
    # with both scores, 7.811, and the cost's, 7.455, named alike)
    "p_tab_note": {"id": "Peringkat: menurut kenaikan nilai. {peringkat} Kenaikan: {kenaikan}. Biaya per poin: "
                         "biaya peserta dinas itu yang bernilai pre dan post pada kegiatan dengan biaya tercatat "
                         "dibagi total poin kenaikan mereka (efisiensi anggaran); rentang keyakinannya ada di BAB "
                         "IV laporan setiap dinas.",
                   "en": "Rank: by the gain. {peringkat} Gain: {kenaikan}. Cost per point: the cost of the "
                         "agency's participants with both scores in the activities with a recorded cost over their "
                         "total gain points (budget efficiency); each agency report gives its interval in Chapter "
                         "IV."},
    "p_tab_gain": {"id": "poin nilai (sesudah − sebelum) yang disesuaikan dengan campuran metode, dengan rentang "
                         "keyakinan 95% dari galat prediksi model campuran; laporan setiap dinas memakai angka dan "
                         "peringkat yang sama, dengan rata-rata peserta (mentah) di sampingnya",
                   "en": "test points (post − pre) adjusted for the mix of methods, with the 95% CI of the mixed "
                         "model's prediction error; each agency report uses the same figure and rank, with the "
                         "participants' raw mean beside it"},
    "p_abbreviations": {"id": "Nama singkat: {daftar}.", "en": "Short names: {daftar}."},
    # a dash, not a colon: each dinas's reasons follow a colon of their own (p_attention_reason)
    "p_attention": {"id": "Dinas yang perlu perhatian, diurutkan menurut jumlah alasan — {daftar}.",
                    "en": "Agencies needing attention, those with most reasons first — {daftar}."},
    # --- estimates (issue 10.6) ---
    "p_attention_rule": {"id": "Aturannya: IKM di bawah kategori B dan pemenuhan 20 JP PNS di bawah dinas lain diuji "
                               "per dinas atas {m} uji dengan koreksi untuk banyak uji (rinciannya di Lampiran), "
                               "agar temuan kebetulan di antara banyak dinas tidak ikut terdaftar; {kenaikan}",
                         "en": "The rule: an IKM below category B and a PNS 20-JP compliance below the other agencies "
                               "are tested per agency over {m} tests with a correction for many tests "
                               "(details in the Annex), so that chance findings among many agencies are not listed; "
                               "{kenaikan}"},
    "p_attention_gain": {"id": "kenaikan nilai di bawah rata-rata provinsi memakai model campuran (rentangnya "
                               "seluruhnya di bawah nol).",
                         "en": "a gain below the province mean uses the mixed model (its interval wholly below "
                               "zero)."},
    # a reason holds a bracketed interval, so the dinas's reasons follow a colon (LOOK14 P-7, the summary; LOOK15 Q-4,
    # BAB VII: "Satpol PP (20 JP 52,5% (46,2–58,7), jelas di bawah …)")
    "p_attention_reason": {"id": "{nama}: {alasan}", "en": "{nama}: {alasan}"},
    "p_reason_jp": {"id": "20 JP {persen}, jelas di bawah dinas lain, {pembanding}",
                    "en": "20 JP {persen}, clearly below the other agencies' {pembanding}"},
    # whose the comparison's count is, inside its brackets (uncertainty.others_share; LOOK32 D-2)
    "p_reason_jp_others": {"id": "PNS dinas lain, tanpa {nama}", "en": "PNS, {nama} left out"},
    "p_reason_ikm": {"id": "IKM {nilai}, di bawah kategori B", "en": "IKM {nilai}, below category B"},
    "p_reason_gain_values": {"id": "kenaikan nilai {nilai}, di bawah rata-rata provinsi {provinsi}{selisih}",
                             "en": "gain {nilai}, below the province mean {provinsi}{selisih}"},
    "p_reason_gain_below": {"id": "kenaikan nilai jelas di bawah rata-rata provinsi",
                            "en": "gain clearly below the province mean"},
    "p_reason_gain": {"id": "kenaikan nilai di bawah rata-rata provinsi{selisih}",
                      "en": "gain below the province mean{selisih}"},
    # the verdict's own figure: the difference from the province mean with its interval (REVIEW5b 13: two
    # overlapping intervals beside "di bawah" read as a contradiction of the glossary)
    "p_reason_gain_diff": {"id": ": selisih {selisih} poin ({ik})", "en": ": difference {selisih} points ({ik})"},
    # the same in BAB VII's list, where the dinas's colon comes first: one bracket (LOOK15 Q-4: "kenaikan nilai di
    # bawah rata-rata provinsi: selisih −2,8 poin (rentang keyakinan 95%: …))")
    "p_reason_gain_gap": {"id": " (selisih {selisih} poin; {ik})", "en": " (difference {selisih} points; {ik})"},
    # dinas whose IKM rests on too few service units for an interval (reasons.without_interval): not tested
    # a dinas whose last SKM is of another period than the province's (analysis.attention): not tested
    "p_attention_ikm_other": {"id": "IKM {daftar} tidak diuji: {alasan}.",
                              "en": "The IKM of {daftar} is not tested: {alasan}."},
    "p_attention_ikm_untested": {"id": "IKM {daftar} tidak diuji: kurang dari {min} unit layanan, tanpa rentang "
                                       "keyakinan.",
                                 "en": "The IKM of {daftar} is not tested: fewer than {min} service units, no "
                                       "interval."},
    "p_none": {"id": "Tidak ada dinas yang berbeda dari yang lain melebihi kebetulan.",
               "en": "No agency differs from the others beyond chance."},
    # --- conclusions --------------------------------------------------------------------------
    "k_conclusions_h": {"id": "Kesimpulan", "en": "Conclusions"},
    "k_recommend_h": {"id": "Rekomendasi", "en": "Recommendations"},
    "k_rules": {"id": "Rekomendasi diturunkan dari temuan dengan aturan tetap yang terdokumentasi; "
                      "misalnya tambahan biaya per peserta tidak pernah direkomendasikan dari hubungan biaya dan hasil "
                      "saja, dan tidak sama sekali bila ada metode yang jelas lebih murah per poin kenaikan. "
                      "Urutannya mengikuti temuan utama Ringkasan Eksekutif: rekomendasi untuk temuan itu lebih "
                      "dulu, dalam urutannya, lalu yang lain.",
                "en": "Recommendations follow from the findings by fixed, documented rules; for "
                      "example, a higher cost per participant is never recommended from the cost–result association "
                      "alone, and not at all when another method is clearly cheaper per point of gain. They follow "
                      "the order of the Executive Summary's main findings: the recommendations for those findings "
                      "first, in that order, then the others."},
    "rec_jp": {"id": "Naikkan pemenuhan 20 JP (kini {persen}); utamakan unit terendah: {unit}.",
               "en": "Raise 20-JP compliance (now {persen}); start with the lowest units: {unit}."},
    "rec_budget_more": {"id": "Biaya per peserta yang lebih tinggi berkaitan dengan kenaikan nilai yang lebih besar "
                              "({besar} poin per penggandaan; {ik}){catatan}. Ini hubungan, bukan bukti sebab-akibat: "
                              "uji dulu biaya per peserta yang lebih tinggi pada sebagian kegiatan, dengan pembanding, "
                              "sebelum menambah anggaran.",
                        "en": "A higher cost per participant goes with larger gains ({besar} points per doubling; "
                              "{ik}){catatan}. This is an association, not proof of cause: try a higher cost per "
                              "participant in some activities, with a comparison, before adding budget."},
    # --- estimates (issue 10.6) ---
    "rec_budget_cheaper": {"id": "Jangan menambah biaya per peserta atas dasar hubungan biaya dan hasil saja ({besar} "
                                 "poin per penggandaan; {ik}): {metode} sudah memberi satu poin kenaikan dengan biaya "
                                 "lebih rendah ({biaya}; {ik_biaya}); lihat rekomendasi metode.",
                           "en": "Do not raise the cost per participant on the cost–result association alone "
                                 "({besar} points per doubling; {ik}): {metode} already buys a point of gain for less "
                                 "({biaya}; {ik_biaya}); see the method recommendation."},
    # a dinas on the province's cost model (budget_rule.cheaper_way, CHECK11 C11-13): the cheaper method is the
    # province's, compared in the province report, not in this report's method recommendation
    "rec_budget_cheaper_province": {"id": "Jangan menambah biaya per peserta atas dasar hubungan biaya dan hasil saja "
                                          "({besar} poin per penggandaan; {ik}): di seluruh provinsi {metode} sudah "
                                          "memberi satu poin kenaikan dengan biaya lebih rendah ({biaya}; {ik_biaya}); "
                                          "lihat rekomendasi metode laporan provinsi.",
                                    "en": "Do not raise the cost per participant on the cost–result association alone "
                                          "({besar} points per doubling; {ik}): across the province, {metode} already "
                                          "buys a point of gain for less ({biaya}; {ik_biaya}); see the method "
                                          "recommendation of the province report."},
    "rec_budget_falls": {"id": "; namun hasilnya menurun pada biaya tinggi, jadi utamakan kegiatan yang biayanya masih "
                               "rendah", "en": "; but returns fall at high cost, so favour activities whose cost is "
                                              "still low"},
    # no clear positive slope: what was observed and what it does not show, no prescription (REVIEW4 12: "tambahan
    # anggaran lebih baik dipakai untuk memperluas cakupan peserta" rested on no estimate: coverage's value per rupiah
    # is not measured)
    "rec_budget_reach": {"id": "Tidak ada hubungan yang jelas antara biaya per peserta dan kenaikan nilai: per "
                               "penggandaan biaya {besar} poin ({ik}), rentang yang memuat nol. Data ini tidak "
                               "menunjukkan bahwa biaya per peserta yang lebih tinggi menaikkan hasil belajar, dan "
                               "tidak mengukur apa yang dihasilkan tambahan anggaran bila dipakai untuk cakupan "
                               "peserta; jadi tidak ada dasar dari data ini untuk menambah biaya per peserta.",
                         "en": "There is no clear relation between cost per participant and gain: {besar} points per "
                               "doubling of cost ({ik}), an interval that includes zero. These data do not show that "
                               "a higher cost per participant raises learning, nor do they measure what extra budget "
                               "would yield if spent on coverage; so they give no basis for raising the cost per "
                               "participant."},
    "rec_budget_reach_down": {"id": "Menggandakan biaya per peserta berkaitan dengan kenaikan nilai yang {besar} poin "
                                    "lebih kecil ({ik}). Ini hubungan, bukan bukti "
                                    "sebab-akibat, dan data ini tidak mengukur apa yang dihasilkan tambahan anggaran "
                                    "bila dipakai untuk cakupan peserta; jadi tidak ada dasar dari data ini untuk "
                                    "menambah biaya per peserta.",
                              "en": "Doubling the cost per participant goes with {besar} fewer points of gain "
                                    "({ik}). This is an association, not proof of cause, and these "
                                    "data do not measure what extra budget would yield if spent on coverage; so they "
                                    "give no basis for raising the cost per participant."},
    "rec_method": {"id": "Alihkan sebagian kegiatan {pembanding} ke {metode} bila tujuan belajarnya sama: biaya "
                         "{metode} per poin kenaikan ({biaya}; {ik}) jelas lebih rendah daripada {pembanding} "
                         "({biaya_p}; {ik_p}){per_peserta}. Perbandingan antar-metode ini indikatif: tes tiap "
                         "metode berbeda (BAB VIII).",
                   "en": "Move part of the {pembanding} activities to {metode} where the learning aims are the same: "
                         "{metode}'s cost per point of gain ({biaya}; {ik}) is clearly lower than {pembanding}'s "
                         "({biaya_p}; {ik_p}){per_peserta}. This comparison between methods is indicative: the "
                         "tests differ by method (Chapter VIII)."},
    # the cheaper method gains clearly less per participant (method_choice.less_per_participant; REVIEW5b 8): no shift
    "rec_method_lower": {"id": "Jangan mengalihkan kegiatan {pembanding} ke {metode} hanya karena biaya per poinnya: "
                               "biaya {metode} per poin kenaikan ({biaya}; {ik}) jelas lebih rendah daripada "
                               "{pembanding} ({biaya_p}; {ik_p}), tetapi kenaikan per pesertanya jelas lebih "
                               "kecil{rincian}. Pakai {metode} "
                               "untuk tujuan belajar yang memang dapat dicapainya.{lain} Perbandingan antar-metode ini "
                               "indikatif: tes tiap metode berbeda (BAB VIII).",
                         "en": "Do not move {pembanding} activities to {metode} for its cost per point alone: "
                               "{metode}'s cost per point of gain ({biaya}; {ik}) is clearly lower than "
                               "{pembanding}'s ({biaya_p}; {ik_p}), but its gain per participant is clearly "
                               "smaller{rincian}. Use {metode} for the learning "
                               "aims it can reach.{lain} This comparison between methods is indicative: the tests "
                               "differ by method (Chapter VIII)."},
    # one rule, judged per scope (method_choice.method_scope; LOOK9 #16): why the province and a dinas can advise
    # otherwise
    "rec_method_scope_province": {"id": " Laporan setiap dinas menerapkan aturan yang sama pada pesertanya sendiri: "
                                        "di dinas yang selisih kenaikan per pesertanya belum pasti (lebih sedikit "
                                        "kegiatan, rentang lebih lebar), laporan dinas itu dapat menyarankan "
                                        "mengalihkan sebagian kegiatan {pembanding} ke {metode}, dengan syarat "
                                        "tujuan belajarnya sama.",
                                  "en": " Each agency's report applies the same rule to its own participants: where "
                                        "the difference in gain per participant is not certain (fewer activities, a "
                                        "wider interval), that report can advise moving part of the {pembanding} "
                                        "activities to {metode}, where the learning aims are the same."},
    "rec_method_scope_dinas": {"id": " Aturannya sama dengan laporan provinsi (tidak mengalihkan bila kenaikan per "
                                     "peserta {metode} jelas lebih kecil), tetapi dinilai pada peserta dinas ini: di "
                                     "sini selisihnya belum pasti, sedangkan laporan provinsi, dengan lebih banyak "
                                     "kegiatan, menyarankan tidak mengalihkan.",
                               "en": " The rule is the province report's (no shift when {metode}'s gain per "
                                     "participant is clearly smaller), judged on this agency's participants: here the "
                                     "difference is not certain, while the province report, with more activities, "
                                     "advises against the shift."},
    # rule 3 under the summary's finding that gave both costs per point (method_choice.method_brief; LOOK11 L-12)
    "rec_method_brief": {"id": "Alihkan sebagian kegiatan {pembanding} ke {metode} bila tujuan belajarnya sama, karena "
                               "biaya per poin {metode} di atas jelas lebih rendah{per_peserta}. Perbandingan ini "
                               "indikatif (tes tiap metode berbeda); rinciannya di BAB IX, 9.2.",
                         "en": "Move part of the {pembanding} activities to {metode} where the learning aims are the "
                               "same, as {metode}'s cost per point above is clearly lower{per_peserta}. The comparison "
                               "is indicative (the tests differ by method); details in Chapter IX, 9.2."},
    "rec_method_lower_brief": {"id": "Jangan mengalihkan kegiatan {pembanding} ke {metode} hanya karena biaya per "
                                     "poinnya di atas: kenaikan per peserta {metode} jelas lebih kecil (selisih "
                                     "{selisih} poin; {ik}).{lain} "
                                     "Perbandingan ini indikatif (tes tiap metode berbeda); rinciannya di BAB IX, 9.2.",
                               "en": "Do not move {pembanding} activities to {metode} only because of the lower cost "
                                     "per point above: {metode}'s gain per participant is clearly smaller (difference "
                                     "{selisih} points; {ik}).{lain} The "
                                     "comparison is indicative (the tests differ by method); details in Chapter IX, "
                                     "9.2."},
    # the cheaper method ruled out for learning less: the next cheaper one that does not, or that none exists
    # (method_choice.next_method_words; CHECK12 C12-15: "don't" with no alternative for 65% of the money)
    "rec_method_next": {"id": " Alihkan sebagian kegiatan {pembanding} ke {metode} bila tujuan belajarnya sama: biaya "
                              "{metode} per poin kenaikan ({biaya}; {ik}) juga jelas lebih rendah daripada "
                              "{pembanding}, tanpa kenaikan per peserta yang jelas lebih kecil{per_peserta}.",
                        "en": " Move part of the {pembanding} activities to {metode} where the learning aims are the "
                              "same: {metode}'s cost per point of gain ({biaya}; {ik}) is also clearly lower than "
                              "{pembanding}'s, without a clearly smaller gain per participant{per_peserta}."},
    "rec_method_next_brief": {"id": " Alihkan sebagian kegiatan {pembanding} ke {metode} bila tujuan belajarnya sama: "
                                    "{biaya} per poin ({ik}), kenaikan {besar} poin ({ik_g}).",
                              "en": " Move part of the {pembanding} activities to {metode} where the learning aims "
                                    "are the same: {biaya} per point ({ik}), gain {besar} points ({ik_g})."},
    "rec_method_next_none": {"id": " Tidak ada metode lain yang biaya per poinnya jelas lebih rendah daripada "
                                   "{pembanding} tanpa kenaikan per peserta yang jelas lebih kecil.",
                             "en": " No other method has a cost per point clearly below {pembanding}'s without a "
                                   "clearly smaller gain per participant."},
    "rec_method_gain": {"id": "; kenaikan per peserta: {daftar}", "en": "; gain per participant: {daftar}"},
    # the shift waits for the review of the same method (method_choice.after_review; LOOK11 L-4)
    "rec_after_review": {"id": " Lakukan pengalihan ini sesudah tinjauan {metode} (rekomendasi tinjauan kenaikan "
                               "nilai), agar peserta tidak dialihkan ke kegiatan yang sedang ditinjau.",
                         "en": " Make this shift after the review of {metode} (the recommendation to review the "
                               "gain), so that participants are not moved into activities under review."},
    # the cheaper method's gain lower by its estimate, its difference's interval reaching zero (REVIEW6 R6-3): the
    # most a participant moved to it may lose, the lower end of the difference (analysis.difference)
    "rec_method_gain_loss": {"id": "; kenaikan per peserta: {daftar}; selisihnya {selisih} poin ({ik}) belum pasti, "
                                   "tetapi peserta yang dialihkan dapat belajar hingga {rugi} poin lebih sedikit",
                             "en": "; gain per participant: {daftar}; the difference, {selisih} points ({ik}), is "
                                   "not certain, but participants moved could learn up to {rugi} points less"},
    "rec_method_gap": {"id": "selisih {selisih} poin ({ik})", "en": "difference {selisih} points ({ik})"},
    "rec_method_gain_item": {"id": "{metode} {besar} poin ({ik})", "en": "{metode} {besar} points ({ik})"},
    # the units named, as the 20 JP rule names its own (REVIEW2 17: 'dimulai dari unit dengan cakupan terendah: cakupan
    # 71,0%, target 100%' named none)
    "rec_coverage": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut (cakupan kini {persen}; "
                           "target {target}), dimulai dari {siapa} dengan cakupan terendah: {unit}{tabel}.",
                     "en": "Schedule at least one activity for staff who have taken none (coverage now {persen}; "
                           "target {target}), starting with the {siapa} with the lowest coverage: {unit}{tabel}."},
    # where the units' figures are (BAB II's table of units by coverage; html.table_ref gives ', Tabel 4')
    "rec_coverage_table": {"id": " (BAB II{tabel})", "en": " (Chapter II{tabel})"},
    "rec_coverage_all": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, di setiap unit "
                               "(cakupan kini {persen}; target {target}).",
                         "en": "Schedule at least one activity for staff who have taken none, in every unit (coverage "
                               "now {persen}; target {target})."},
    # every unit ranked on its own at or above the dinas's coverage, the small ones together below it (CHECK11 C11-2)
    "rec_coverage_small": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut (cakupan kini "
                                 "{persen}; target {target}), dimulai dari {kecil}, sedangkan tidak ada unit yang "
                                 "lebih besar dengan estimasi di bawah angka itu.",
                           "en": "Schedule at least one activity for staff who have taken none (coverage now "
                                 "{persen}; target {target}), starting with {kecil}, while no larger unit has an "
                                 "estimate below that figure."},
    # every unit of the dinas too small to rank (PPAPP, set F: three units of 9 ASN): no "larger unit" to speak of
    "rec_coverage_small_all": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut ({belum} dari "
                                     "{n} ASN; cakupan kini {persen}; target {target}), dimulai dari {kecil}; semua "
                                     "unit kurang dari {min} ASN.",
                               "en": "Schedule at least one activity for staff who have taken none ({belum} of {n} "
                                     "staff; coverage now {persen}; target {target}), starting with {kecil}; every "
                                     "unit has fewer than {min} staff."},
    # one of them is "satu unit kecil", never "(1 unit), bersama" (LOOK12 K-5)
    "rec_coverage_small_units": {"id": "{k:satu unit kecil (< {min} ASN)|{k} unit kecil (< {min} ASN) bersama-sama}"
                                       "{nama}: {jumlah}, dengan estimasi di bawah {persen}",
                                 "en": "{k:the one small unit (< {min} staff)|the {k} small units (< {min} staff) "
                                       "together}{nama}: {jumlah}, with an estimate below {persen}"},
    # the small units below the figure beside ranked units below it, as the 20 JP step says them (LOOK12 K-6)
    "rec_coverage_small_also": {"id": "; {k:satu unit kecil (< {min} ASN)|{k} unit kecil (< {min} ASN) bersama-sama}"
                                      "{nama}: {jumlah}, juga dengan estimasi di bawah {persen}",
                                "en": "; {k:one small unit (< {min} staff)|{k} small units (< {min} staff) together}"
                                      "{nama}: {jumlah}, also with an estimate below {persen}"},
    "rec_coverage_small_count": {"id": "{jumlah} dari {n} ASN ikut ({persen})",
                                 "en": "{jumlah} of {n} staff took part ({persen})"},
    "rec_coverage_units": {"id": "unit", "en": "units"},
    "rec_coverage_dinas": {"id": "dinas", "en": "agencies"},
    # the recommendation carries its number (a reader acts on the size, not on "larger")
    "rec_did_expand": {"id": "Perluas {program} ke unit yang belum mengikutinya: di unit yang sedikitnya {ambang} "
                             "stafnya mengikutinya IKM naik {besar} poin lebih banyak daripada di unit pembanding "
                             "({ik}; desain {desain}){catatan}.",
                       "en": "Extend {program} to units that have not taken it: in units where at least {ambang} of "
                             "staff took it the IKM rose {besar} points more than in comparison units ({ik}; design: "
                             "{desain}){catatan}."},
    # the summary's form: the finding above it carries the figures, the design and the caveat (did8)
    "rec_did_expand_brief": {"id": "Perluas {program} ke unit yang belum mengikutinya, dan ukur IKM-nya sebelum dan "
                                   "sesudahnya (BAB X).",
                             "en": "Extend {program} to units that have not taken it, and measure their IKM before "
                                   "and after (Chapter X)."},
    # the intervention's price (report.words.intervention_cost; CHECK10 C10-9)
    "rec_did_extension": {"id": " Perkiraan biaya perluasan pada biaya tahun ini: {total} ({per_unit} per unit "
                                "dilatih × {unit_p} unit pembanding).",
                          "en": " Expected cost of the extension at this year's cost: {total} ({per_unit} per "
                                "trained unit × {unit_p} comparison {unit_p:unit|units})."},
    "kt_did_money": {"id": "Biaya {program} {tahun}: {biaya} untuk {n} kegiatan ({persen} biaya kegiatan {tahun}; "
                           "{per_unit} per unit dilatih).",
                     "en": "Cost of {program} in {tahun}: {biaya} for {n} {n:activity|activities} ({persen} of the "
                           "{tahun} activity cost; {per_unit} per trained unit)."},
    # a dinas whose own comparison does not earn the word beside the province's that does (CHECK10 C10-1)
    "f_did_province": {"id": " Di tingkat provinsi, dengan {n} unit ({unit_d} dilatih, {unit_p} pembanding; unit "
                             "dinas ini termasuk di dalamnya), {program} berdampak positif menurut desain yang sama: "
                             "IKM naik {besar} poin lebih banyak daripada di unit pembanding ({ik}); rinciannya di "
                             "BAB III laporan provinsi (3.4).",
                       "en": " At province level, with {n} units ({unit_d} trained, {unit_p} comparison; this "
                             "agency's units among them), {program} had a positive effect by the same design: the "
                             "IKM rose {besar} points more than in comparison units ({ik}); details in Chapter III of "
                             "the province report (3.4)."},
    "rec_did_province": {"id": "Ikuti rekomendasi provinsi tentang {program} (BAB X laporan provinsi, baris IKM): "
                               "perbandingan di dinas ini saja belum dapat menyimpulkannya (selisih {besar} poin; "
                               "{ik}), perbandingan provinsi atas {n} unit dapat; karena itu rencana dinas ini tidak "
                               "memuat baris pengukuran dampak sendiri.",
                         "en": "Follow the province's recommendation on {program} (Chapter X of the province report, "
                               "row IKM): this agency's comparison alone cannot conclude it (difference {besar} "
                               "points; {ik}), the province's over {n} units can; this agency's plan therefore has no "
                               "impact-measurement row of its own."},
    "rec_did_review": {"id": "Periksa data dan pelaksanaan {program}, lalu tinjau isinya: di unit yang "
                             "dilatih IKM turun {besar} poin dibanding unit pembanding ({ik}), arah yang tidak "
                             "diharapkan.",
                       "en": "Check the data and delivery of {program}, then review its content: in trained "
                             "units the IKM fell {besar} points relative to comparison units ({ik}), a direction not "
                             "expected."},
    "rec_did_measure": {"id": "Ukur dampak {program} dengan desain yang dapat menyimpulkannya; isi pelatihan "
                              "tidak dinilai dari hasil ini (selisih {besar} poin; {ik}){saran}.",
                        "en": "Measure the effect of {program} with a design that can conclude it; the "
                              "training's content is not judged from this result (difference {besar} points; "
                              "{ik}){saran}."},
    "rec_did_pretrend_units": {"id": "; uji tren awal dapat menyingkirkan selisih sebelum pelatihan sebesar separuh "
                                     "estimasi ini dengan sekitar {n} unit (kini {kini})",
                               "en": "; the pre-trend check could rule out a pre-training difference of half this "
                                     "estimate with about {n} units (now {kini})"},
    "rec_did_beyond_dinas": {"id": "; itu lebih dari {k} unit layanan dinas ini, jadi pengukurannya perlu bersama "
                                   "dinas lain (perbandingan tingkat provinsi) dan rencana dinas ini tidak memuat "
                                   "baris sendiri untuknya",
                             "en": "; that is more than this agency's {k} service units, so it needs measuring with "
                                   "other agencies (the province-level comparison) and this agency's plan has no row "
                                   "of its own for it"},
    "rec_did_more_units": {"id": ": desain ini hanya mendeteksi efek sekitar {mde} poin atau lebih; efek sebesar "
                                 "estimasi ini butuh sekitar {n} unit (kini {kini})",
                           "en": ": this design only detects effects of about {mde} points or more; an effect the "
                                 "size of this estimate needs about {n} units (now {kini})"},
    "rec_did_mde": {"id": ": desain ini hanya mendeteksi efek sekitar {mde} poin atau lebih",
                    "en": ": this design only detects effects of about {mde} points or more"},
    "rec_did_period": {"id": "; tambahkan satu periode survei sebelum pelatihan agar tren awal dapat diperiksa",
                       "en": "; add one survey period before training so that the pre-trend can be checked"},
    "rec_did_pre_data": {"id": "; lengkapi data periode sebelum pelatihan di unit yang dibandingkan agar tren awal "
                               "dapat diperiksa",
                         "en": "; complete the pre-training data of the units compared so that the pre-trend can be "
                               "checked"},
    "rec_did_pre_units": {"id": "; tren awal baru dapat diperiksa dengan lebih banyak unit dilatih dan pembanding",
                          "en": "; the pre-trend can only be checked with more trained and comparison units"},
    "rec_weak": {"id": "Jalankan rencana tindak lanjut untuk unsur {unsur} (lihat BAB VI).",
                 "en": "Carry out the follow-up plan for {unsur} (see Chapter VI)."},
    # more weak elements than the recommendation puts first (rules.weak_step; LOOK28 Z-6): every one named, as the
    # plan has a row for each (LOOK35 G-7); {tabel}: ', Tabel 9' once the report's tables are numbered (html.table_ref)
    # {posisi}: below the band only where every named element's whole 95% interval is, else "with an estimate below"
    # and which interval reaches the band (weak_position; LOOK37b M-4: U2, U5 and U6 "below the Good band" here while
    # BAB X's table said "cannot be judged" of the same values, their intervals holding 3,0644)
    "rec_weak_more": {"id": "Jalankan rencana tindak lanjut untuk {semua} unsur {posisi}, mulai dari "
                            "{n} yang terlemah: {unsur}; lalu {lalu} (semuanya di BAB VI{tabel}).",
                      "en": "Carry out the follow-up plan for the {semua} elements {posisi}, starting "
                            "with the {n} weakest: {unsur}; then {lalu} (all of them in Chapter VI{tabel})."},
    "rec_weak_all_below": {"id": "di bawah kategori Baik (seluruh rentang keyakinan 95% masing-masing di bawah "
                                 "{batas})",
                           "en": "below the Good band (each one's whole 95% CI below {batas})"},
    "rec_weak_none_below": {"id": "dengan estimasi di bawah kategori Baik (rentang keyakinan 95% masing-masing "
                                  "mencapai {batas}, jadi belum pasti di bawahnya)",
                            "en": "with an estimate below the Good band (each one's 95% CI reaches {batas}, so "
                                  "none is surely below it)"},
    "rec_weak_some_below": {"id": "dengan estimasi di bawah kategori Baik ({pasti} dengan seluruh rentang keyakinan "
                                  "95% di bawah {batas}; {mungkin} dengan rentang yang mencapai {batas})",
                            "en": "with an estimate below the Good band ({pasti} with the whole 95% CI below "
                                  "{batas}; {mungkin} with a 95% CI reaching it)"},
    "rec_weak_count": {"id": "{n} {siapa} yang disebut di atas", "en": "the {n} {siapa} named above"},
    # how many the finding named and how many others, as its list reads ('A, B, C … dan 7 unit lain'), not the names
    # again (REVIEW7 R7-16) nor "di antaranya" (LOOK35 G-8: "(3 di antaranya disebut namanya)" after the finding's
    # "7 unit lain (3 di antaranya di tabel …)" gave one phrase two meanings in one item)
    "rec_weak_count_some": {"id": "{n} {siapa} yang dihitung di atas ({k} yang disebut namanya dan {lain} {siapa} "
                                  "lain)",
                            "en": "the {n} {siapa} counted above (the {k} named and {lain} other {siapa})"},
    "rec_weak_units": {"id": " Mulai dari {lalu}, yang estimasi IKM-nya di bawah kategori B.",
                       "en": " Start with {lalu}, whose IKM estimate is below category B."},
    # units surely below B first, then those whose estimate is (ikm_units.weak_start; REVIEW5b 9)
    "rec_weak_units_sure": {"id": " Mulai dari {daftar}, yang seluruh rentang keyakinan 95% IKM-nya di bawah "
                                  "kategori B.",
                            "en": " Start with {daftar}, whose IKM's whole 95% CI is below category B."},
    "rec_weak_units_then": {"id": " Mulai dari {daftar}, yang seluruh rentang keyakinan 95% IKM-nya di bawah "
                                  "kategori B; lalu {lalu}, yang estimasi IKM-nya di bawah kategori B.",
                            "en": " Start with {daftar}, whose IKM's whole 95% CI is below category B; then {lalu}, "
                                  "whose IKM estimate is below category B."},
    # with the figure BAB V gives (f_resistance; LOOK9 #12): the rule fires only when the slope is clearly below zero
    "rec_resist": {"id": "Tangani resistensi terhadap perubahan sebelum pelatihan (pendampingan dan komunikasi "
                         "perubahan): resistensi tinggi berkaitan dengan kenaikan nilai yang lebih kecil, {besar} "
                         "poin per poin skor resistensi ({ik}; n = {n}).",
                   "en": "Address resistance to change before training (change coaching and communication): high "
                         "resistance goes with smaller gains, {besar} points per point of resistance ({ik}; "
                         "n = {n})."},
    "rec_realisation": {"id": "Perbaiki perencanaan dan penyerapan anggaran: realisasi {persen} dari pagu.",
                        "en": "Improve budget planning and realisation: budget realisation {persen} of the ceiling."},
    "rec_data": {"id": "Lanjutkan evaluasi berkelanjutan: kumpulkan nilai pre/post, penilaian perilaku, SKM dan "
                       "indikator kinerja setiap tahun{kurang}.",
                 "en": "Keep evaluating continuously: collect pre/post scores, behaviour ratings, the SKM and "
                       "performance indicators every year{kurang}."},
    "rec_data_missing": {"id": " (kini belum ada: {daftar})", "en": " (missing now: {daftar})"},
    # --- evaluator cells (report/evaluator.py) ---------------------------------------------------
    "evaluator_rows_shown": {"id": "Ditampilkan {n} baris pertama dari {total}.",
                             "en": "The first {n} of {total} rows are shown."},
    # --- annex --------------------------------------------------------------------------------
    "a_method_h": {"id": "Catatan metode", "en": "Method notes"},
    # every minimum the body cites, from constants (REVIEW7 R7-18)
    "a_method": {"id": "Batas data minimum: {min_n} pengamatan untuk rata-rata dan uji; {min_klaster} kegiatan untuk "
                       "rentang keyakinan kenaikan nilai dan {min_klaster} unit layanan untuk rentang keyakinan "
                       "unsur layanan dan IKM dinas dari beberapa unit (dari {min_klaster} sampai di bawah "
                       "{sedikit} klaster dipakai rentang yang lebih lebar dari galat berklaster dan galat tanpa "
                       "klaster); {min_biaya} kegiatan dan {min_n} peserta untuk biaya per poin; {min_tren} "
                       "kegiatan untuk kenaikan satu tahun dalam tren; {min_reg} peserta dan {min_reg_keg} "
                       "kegiatan untuk regresi biaya; {min_unit} unit per kelompok untuk selisih-dari-selisih; "
                       "{min_resp} responden untuk IKM satu unit. Rentang keyakinan 95%. Bootstrap {reps} ulangan "
                       "dengan seed {seed}. Ambang unit dilatih: {ambang} staf.",
                 "en": "Minimum data: {min_n} observations for means and tests; {min_klaster} activities for a "
                       "gain's confidence interval and {min_klaster} service units for a service element's and "
                       "for an agency IKM over several units (from {min_klaster} to below {sedikit} clusters the "
                       "wider of the clustered and the unclustered interval is used); {min_biaya} activities and "
                       "{min_n} participants for a cost per point; {min_tren} activities for one year's gain in the "
                       "trend; {min_reg} participants and {min_reg_keg} activities for the cost regression; "
                       "{min_unit} units per group for "
                       "difference-in-differences; {min_resp} respondents for a unit's IKM. 95% confidence "
                       "intervals. Bootstrap with {reps} resamples and seed {seed}. Trained-unit threshold: {ambang} "
                       "of staff."},
    "a_quality_h": {"id": "Ringkasan log kualitas data", "en": "Data-quality log summary"},
    # the absent table of signed follow-up sheets: what this report did without it (R6-9: "bagian laporannya dilewati"
    # beside a chapter that reviewed last year's plan in full)
    "a_quality_no_tindak": {"id": "tabel opsional tidak ada: status pelaksanaan rencana tindak lanjut {tahun_lalu} "
                                  "tidak dilaporkan dinas; rencana {tahun_lalu} {asal} dan dinilai pada bab "
                                  "Evaluasi Tindak Lanjut {tahun_lalu}",
                            "en": "optional table absent: the agencies did not report the execution of the "
                                  "{tahun_lalu} follow-up plan; the {tahun_lalu} plan was {asal} and is reviewed in "
                                  "the chapter Review of the {tahun_lalu} Follow-up"},
    # a dinas new in the data had no plan last year (followup_review.no_plan; CHECK14 E14-2)
    "a_quality_no_tindak_new": {"id": "tabel opsional tidak ada: tidak ada rencana tindak lanjut {tahun_lalu} yang "
                                      "dinilai ({nama} belum ada dalam data {tahun_lalu})",
                                "en": "optional table absent: there is no {tahun_lalu} follow-up plan to review "
                                      "({nama} is not yet in the {tahun_lalu} data)"},
    "a_quality_plan_regenerated": {"id": "dibuat ulang dari data", "en": "reconstructed from the data"},
    "a_quality_plan_published": {"id": "diambil dari rencana yang terbit", "en": "taken from the published plan"},
    "a_tab_quality": {"id": "Catatan kualitas data dari tahap pembersihan (seluruh data provinsi: satu tahap untuk "
                             "semua dinas)",
                      "en": "Data-quality notes from the cleaning stage (all of the province's data: one stage "
                            "for every agency)"},
    "a_prov_h": {"id": "Asal-usul data dan kode", "en": "Provenance of data and code"},
    "a_tab_prov": {"id": "Asal-usul data dan kode laporan ini", "en": "Provenance of this report's data and code"},
    "a_tab_files": {"id": "Berkas data mentah yang dibaca", "en": "Raw data files read"},  # LOOK10 N-20: not 'File'
}

# Terms a head of dinas may not know, in the order the report uses them (BAB I, Daftar istilah).
# the budget model's controls (hasil.json anggaran_vs_peningkatan.model.kontrol) in words
CONTROLS: dict[str, dict[str, str]] = {
    "metode": {"id": "metode", "en": "method"},
    "jp": {"id": "JP", "en": "JP"},
    "nilai_pre": {"id": "nilai awal", "en": "starting score"},
    "log_ukuran_kelas": {"id": "ukuran kelas", "en": "class size"},
    "ukuran_kelas": {"id": "ukuran kelas", "en": "class size"},
    "tahun_kegiatan": {"id": "tahun", "en": "year"},
    "dinas": {"id": "dinas", "en": "agency"},
}

GLOSSARY: dict[str, dict[str, tuple[str, str]]] = {
    # two overlapping intervals can still differ clearly: a difference is judged on its own interval (REVIEW5b 13:
    # Sosial 0,8 (−0,5 s.d. 2,1) below the province 3,4 (1,7–5,1), difference −2,6 (−4,6 s.d. −0,6))
    # 95%, not "almost surely": about 1 in 20 such ranges misses (REVIEW7 R7-20)
    "ik": {"id": ("Rentang keyakinan 95%",
                  "Rentang yang memuat nilai sebenarnya dengan keyakinan 95% (kira-kira 1 dari 20 rentang seperti "
                  "ini meleset). Makin sempit, makin pasti angkanya. Apakah dua angka jelas berbeda dinilai dari "
                  "rentang selisihnya: dua rentang yang tumpang tindih belum tentu berarti bedanya belum pasti."),
           "en": ("95% CI",
                  "95% confidence interval: a range that holds the true value with 95% confidence (about 1 in 20 "
                  "such ranges misses it). The narrower, the surer. Whether two figures clearly differ is judged "
                  "on the interval of their difference: two overlapping intervals do not by themselves mean the "
                  "difference is uncertain.")},
    "n": {"id": ("n", "Banyaknya data di balik angka: ASN, keikutsertaan, responden atau unit."),
          "en": ("n", "How much data lies behind a number: civil servants, participations, respondents or units.")},
    # the cap from its one place (constants.PPPK_JP_MAXIMUM_PER_YEAR, with its regulation)
    "jp": {"id": ("JP", "Jam pelajaran, 45 menit. Setiap PNS wajib sedikitnya 20 JP setahun (PP 11/2017); "
                        f"pengembangan PPPK dibatasi {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per tahun kontrak "
                        "(PP 49/2018), dilaporkan terpisah."),
           "en": ("JP", "Lesson hour, 45 minutes. Every PNS must complete at least 20 JP a year (PP 11/2017); "
                        f"PPPK development is capped at {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per contract year "
                        "(PP 49/2018), reported apart.")},
    "ikm": {"id": ("IKM", "Indeks Kepuasan Masyarakat dari survei kepuasan masyarakat (SKM), skala 25–100, kategori "
                          f"A ({IKM_BEST[2].lower()}) sampai D ({IKM_WORST[2].lower()}), menurut "
                          "PermenPAN-RB 14/2017."),
            "en": ("IKM", "Public Satisfaction Index from the public satisfaction survey (SKM), scale 25–100, category "
                          f"A ({IKM_BEST[3].lower()}) to D ({IKM_WORST[3].lower()}), per PermenPAN-RB 14/2017.")},
    "did": {"id": ("Selisih-dari-selisih", "Perubahan di unit yang stafnya dilatih dikurangi perubahan di unit "
                                           "pembanding pada periode yang sama: perubahan yang terjadi di semua unit "
                                           "tidak ikut terhitung sebagai hasil pelatihan."),
            "en": ("Difference-in-differences", "The change in units whose staff were trained minus the change in "
                                                "comparison units over the same periods: change that happened "
                                                "everywhere is not counted as a result of training.")},
    "metode": {"id": ("Metode pengembangan", "Bentuk kegiatan pengembangan kompetensi: pelatihan (kelas terstruktur), "
                                             "workshop, seminar, mentoring dan e-learning."),
               "en": ("Classroom training", "The development method “pelatihan”: a structured course in class, one of "
                                            "five methods (classroom training, workshop, seminar, mentoring, "
                                            "e-learning). \"Training\" elsewhere means any development "
                                            "activity; a trained unit is defined in its own row.")},
    # --- estimates (issue 10.6) ---
    "gav": {"id": ("Besar efek", "Besar kenaikan nilai dibanding sebaran nilai peserta: sekitar 0,2 kecil, 0,5 sedang, "
                           "0,8 besar (rumusnya di Lampiran)."),
            "en": ("Effect size", "Size of the gain relative to the spread of scores: about 0.2 small, 0.5 medium, 0.8 "
                           "large (its formula in the Annex).")},
    "cluster": {"id": ("Galat baku berkelompok", "Galat baku yang memperhitungkan bahwa peserta satu kegiatan (atau "
                                                 "responden satu unit) saling mirip; rentang keyakinannya "
                                                 "lebih lebar dan lebih jujur."),
                "en": ("Clustered standard error", "A standard error that allows for participants of one activity "
                                                   "(or respondents of one unit) being alike; its interval is wider "
                                                   "and more honest.")},
    "dz": {"id": ("Besar efek berpasangan", "Kenaikan nilai dibanding keragaman kenaikan antar-peserta (Cohen): "
                                            "sekitar 0,2 kecil, 0,5 sedang, 0,8 besar."),
           "en": ("Paired effect size", "The gain relative to the spread of the participants' gains (Cohen): about "
                                        "0.2 small, 0.5 medium, 0.8 large.")},
    "p": {"id": ("p (uji t, Wilcoxon)", "Peluang mendapat perbedaan sebesar itu bila sebenarnya tidak ada perbedaan; "
                                        "p < 0,05 berarti kecil kemungkinan hanya kebetulan."),
          "en": ("p (t-test, Wilcoxon)", "The chance of a difference this large if there were none; p < 0.05 means "
                                         "it is unlikely to be chance alone.")},
    "doubling": {"id": ("Penggandaan biaya", "Biaya per peserta menjadi dua kali lipat; laporan menyebut berapa "
                                             "poin kenaikan nilai yang menyertainya dan apakah tambahan itu mengecil "
                                             "pada biaya tinggi."),
                 "en": ("Doubling the cost", "The cost per participant twice as high; the report gives the points of "
                                             "gain that go with it and whether that extra gets smaller at high "
                                             "cost.")},
    # the number of draws the cost per point's interval takes (LOOK22 Y-8: "ribuan kali" for the annex's 1.000)
    "bootstrap": {"id": ("Bootstrap", f"Angka dihitung ulang {constants.BOOTSTRAP_REPS:_} kali dari kegiatan yang "
                                      "diambil acak, untuk mendapatkan rentang keyakinannya.".replace("_", ".")),
                  "en": ("Bootstrap", f"The figure is recomputed {constants.BOOTSTRAP_REPS:,} times from randomly "
                                      "drawn activities, to obtain its interval.")},
    "fdr": {"id": ("Kendali FDR (Benjamini-Hochberg)", "Cara membaca banyak uji sekaligus (satu per dinas): "
                                                       "menjaga agar paling banyak sekitar 5% temuan yang "
                                                       "dilaporkan hanya kebetulan."),
            "en": ("FDR control (Benjamini-Hochberg)", "A way to read many tests at once (one per agency): it keeps "
                                                       "at most about 5% of the reported findings down to chance.")},
    "mixed": {"id": ("Model campuran", "Model yang menarik estimasi dinas dengan data sedikit ke arah rata-rata "
                                       "provinsi, supaya peringkat tidak ditentukan kebetulan."),
              "en": ("Mixed model", "A model that pulls the estimates of agencies with little data toward the province "
                                    "mean, so that ranks are not decided by chance.")},
}

# Follow-up actions per IKM element (Rencana Tindak Lanjut), with who acts. Each follows from the finding (the
# element is weak) without claiming an effect: no estimate links a training to an element, and with no intervention
# declared (issue 22.3) no action prescribes a specific training; where training touches an element (U6, U7) the
# action reviews the training already running and measures the element where its participants work (REVIEW4 16).
# each SKM element's follow-up action (its responsible unit: recommendation.ELEMENT_OWNER, from config/laporan.yml); a
# partner unit is named in the action, never as a second owner (REVIEW6 R6-6)
ACTIONS: dict[str, dict[str, str]] = {
    "u1": {"id": "Sederhanakan dan umumkan persyaratan layanan secara jelas",
           "en": "Simplify and publish service requirements clearly"},
    "u2": {"id": "Tinjau SOP dan alur layanan bersama unit pelayanan",
           "en": "Review procedures and service flow with the service units"},
    "u3": {"id": "Tetapkan dan pantau standar waktu penyelesaian",
           "en": "Set and monitor completion-time standards"},
    "u4": {"id": "Umumkan tarif resmi dan hapus pungutan tidak resmi, dengan pengawasan Inspektorat",
           "en": "Publish official tariffs and stop unofficial charges, overseen by the Inspectorate"},
    "u5": {"id": "Perjelas standar produk layanan", "en": "Clarify service product standards"},
    "u6": {"id": "Petakan bersama dinas keterampilan teknis yang kurang pada petugas layanan; tinjau materi dan cara "
                 "pelatihan teknis yang sudah berjalan; ukur U6 di unit peserta",
           "en": "Map with the agency the technical skills service staff lack; review the content and delivery of the "
                 "technical training already running; measure U6 in the participants' units"},
    "u7": {"id": "Tinjau materi dan cara pelatihan layanan yang sudah berjalan bersama kepala unit peserta; ukur U7 di "
                 "unit peserta",
           "en": "Review the content and delivery of the service training already running with the heads of the "
                 "participants' units; measure U7 in those units"},
    "u8": {"id": "Perkuat kanal pengaduan (mis. CRM Jakarta) dan tetapkan batas waktu tanggapan",
           "en": "Strengthen complaint channels and set response deadlines"},
    "u9": {"id": "Perbaiki sarana dan prasarana layanan", "en": "Improve service facilities"},
}

LABELS: dict[str, dict[str, str]] = {
    "metode": {"id": "Metode", "en": "Method"},
    "n_kegiatan": {"id": "Kegiatan", "en": "Activities"},
    "n_peserta": {"id": "Peserta", "en": "Participants"},
    "jp_total": {"id": "Total JP", "en": "Total JP"},
    "anggaran": {"id": "Biaya", "en": "Cost"},
    "tema": {"id": "Tema", "en": "Theme"},
    "tahun": {"id": "Tahun", "en": "Year"},
    "pagu": {"id": "Pagu", "en": "Ceiling"},
    "dinas_anggaran": {"id": "Dinas", "en": "Agencies"},
    "realisasi": {"id": "Realisasi", "en": "Realised"},
    "persen_realisasi": {"id": "% realisasi", "en": "% realised"},
    "dinas": {"id": "Dinas", "en": "Agency"},
    "unit": {"id": "Unit kerja", "en": "Work unit"},
    # who the 20 JP share of a unit counts (contract.scope.LowUnit.n): PNS, and ASN whose status is not known
    "n_pns_dihitung": {"id": "PNS dihitung", "en": "PNS counted"},
    "n_pns_status_dihitung": {"id": "PNS dihitung (dan ASN yang statusnya tidak tercatat)",
                              "en": "PNS counted (and ASN without a recorded status)"},
    "n_asn": {"id": "ASN", "en": "Staff"},
    "persen_cakupan_ik": {"id": "% ASN ikut sedikitnya satu kegiatan (rentang keyakinan 95%)",
                          "en": "% staff in at least one activity (95% CI)"},
    "persen_20jp": {"id": "% PNS ≥ 20 JP", "en": "% PNS ≥ 20 JP"},
    "persen_20jp_ik": {"id": "% PNS ≥ 20 JP (rentang keyakinan 95%)", "en": "% PNS ≥ 20 JP (95% CI)"},
    "rata_jp": {"id": "Rata-rata JP", "en": "Mean JP"},
    "indikator": {"id": "Indikator", "en": "Indicator"},
    "arah": {"id": "Arah baik", "en": "Better when"},
    "naik_baik": {"id": "naik", "en": "higher"},
    "turun_baik": {"id": "turun", "en": "lower"},
    "efek": {"id": "Selisih-dari-selisih (rentang keyakinan 95%)", "en": "Difference-in-differences (95% CI)"},
    "ik95": {"id": "Rentang keyakinan 95%", "en": "95% CI"},
    # --- an interval inside a sentence (fmt.interval) ---
    "ik95_in_text": {"id": "rentang keyakinan 95%", "en": "95% CI"},
    "ik_to": {"id": "s.d.", "en": "to"},
    "kesimpulan": {"id": "Kesimpulan", "en": "Conclusion"},
    "biaya_per_poin": {"id": "Biaya per poin", "en": "Cost per point"},
    "rata_gain": {"id": "Rata-rata kenaikan (poin)", "en": "Mean gain (points)"},
    # the participants' mean, named as gain_raw names it beside the adjusted gain (LOOK37b M-15: Tabel 7's "12,7
    # (8,2–17,1)" read as 3.2's adjusted "12,7 (8,4 s.d. 17,0)" with another interval)
    "rata_gain_ik": {"id": "Kenaikan nilai, rata-rata peserta (poin; rentang 95%)",
                     "en": "Participants' mean gain (points; 95% CI)"},
    "biaya_per_peserta": {"id": "Biaya per peserta", "en": "Cost per participant"},
    "ikm": {"id": "IKM", "en": "IKM"},
    "ikm_ik": {"id": "IKM (rentang keyakinan 95%)", "en": "IKM (95% CI)"},
    "istilah": {"id": "Istilah", "en": "Term"},
    "arti": {"id": "Arti", "en": "Meaning"},
    "kategori": {"id": "Kategori", "en": "Category"},
    # --- estimates (issue 10.6) ---
    "es_besar": {"id": "besar", "en": "large"},
    "es_sedang": {"id": "sedang", "en": "medium"},
    "es_kecil": {"id": "kecil", "en": "small"},
    "es_sangat_kecil": {"id": "sangat kecil", "en": "negligible"},
    # Gambar 3's legend in the reader's words, as its caption (LOOK11 L-6: no statistics acronym in the body)
    "disesuaikan": {"id": "disesuaikan ke nilai awal yang sama", "en": "adjusted to the same starting score"},
    "mentah": {"id": "mentah", "en": "raw"},
    "responden": {"id": "Responden", "en": "Respondents"},
    "unsur_terlemah": {"id": "Unsur terlemah", "en": "Weakest element"},
    "unsur": {"id": "Unsur", "en": "Element"},
    "nilai": {"id": "Nilai (1–4)", "en": "Score (1–4)"},
    "tindakan": {"id": "Tindakan", "en": "Action"},
    "pj": {"id": "Penanggung jawab", "en": "Responsible"},
    "tenggat": {"id": "Tenggat", "en": "Deadline"},
    # --- document formats (issue 13) ---
    "axis_not_zero": {"id": "sumbu tidak mulai dari nol", "en": "axis does not start at zero"},
    "axis_scale_min": {"id": "sumbu mulai dari nilai terendah skala, {min}",
                       "en": "axis starts at the scale's minimum, {min}"},
    "definisi": {"id": "Definisi", "en": "Definitions"},
    "tentang": {"id": "Tentang", "en": "About"},
    "objek": {"id": "Objek", "en": "Object"},
    "satuan": {"id": "Satuan", "en": "Unit"},
    "field": {"id": "Kolom", "en": "Column"},
    "word": {"id": "Word", "en": "Word"},
    "excel": {"id": "Excel", "en": "Excel"},
    "cakupan": {"id": "Cakupan ASN", "en": "ASN reached"},
    "gain": {"id": "Kenaikan nilai", "en": "Gain"},
    "gain_pooled": {"id": "Kenaikan nilai, disesuaikan (model campuran; rentang keyakinan 95%)",
                    "en": "Gain, adjusted (mixed model; 95% CI)"},
    "peringkat": {"id": "Peringkat (rentang 95%)", "en": "Rank (95% interval)"},
    "otomatis": {"id": "(otomatis)", "en": "(automatic)"},
    "tabel": {"id": "Tabel", "en": "Table"},
    "catatan": {"id": "Catatan", "en": "Note"},
    "file": {"id": "File", "en": "File"},
    "ukuran": {"id": "Ukuran (byte)", "en": "Size (bytes)"},
    "item": {"id": "Butir", "en": "Item"},
    "isi": {"id": "Isi", "en": "Value"},
    "sebelum": {"id": "Sebelum", "en": "Before"},
    "sesudah": {"id": "Sesudah", "en": "After"},
    "dilatih": {"id": "Unit dilatih", "en": "Trained units"},
    "pembanding": {"id": "Unit pembanding", "en": "Comparison units"},
    "waktu_relatif": {"id": "Periode relatif terhadap pelatihan", "en": "Periods relative to training"},
    # the event-study legend: one colour and marker per phase, as the caption names them (issue 22.7)
    "fase_pre": {"id": "sebelum pelatihan (uji tren awal)", "en": "before training (pre-trend check)"},
    "fase_transisi": {"id": "masa transisi", "en": "transition period"},
    "fase_pasca": {"id": "sesudah pelatihan", "en": "after training"},
    "fase_acuan": {"id": "periode acuan (= 0)", "en": "reference period (= 0)"},
    "garis_per_dobel": {"id": "model disesuaikan: {nilai} poin per biaya 2×",
                        "en": "adjusted model: {nilai} points per doubling of cost"},
    # the province's slope over a dinas's points, its own model short of data (LOOK26 X-9: "model disesuaikan" read
    # as the dinas's own fit)
    "garis_per_dobel_provinsi": {"id": "model seluruh provinsi: {nilai} poin per biaya 2×",
                                 "en": "province-wide model: {nilai} points per doubling of cost"},
    "selisih_ikm": {"id": "Selisih IKM (poin)", "en": "IKM difference (points)"},
    "golongan": {"id": "Golongan", "en": "Rank group"},
    "jenis_jabatan": {"id": "Jenis jabatan", "en": "Position type"},
    "struktural": {"id": "struktural", "en": "structural"},
    "fungsional": {"id": "fungsional", "en": "functional"},
    "pelaksana": {"id": "pelaksana", "en": "administrative"},
    # the method: 'classroom training' in English, as 'training' there also means any development activity
    "pelatihan": {"id": "pelatihan", "en": "classroom training"},
    "workshop": {"id": "workshop", "en": "workshop"},
    "seminar": {"id": "seminar", "en": "seminar"},
    # the countable methods as a sentence's object in English (phrases.method_noun): 'on seminars'
    "workshop_jamak": {"id": "workshop", "en": "workshops"},
    "seminar_jamak": {"id": "seminar", "en": "seminars"},
    "mentoring": {"id": "mentoring", "en": "mentoring"},
    "e-learning": {"id": "e-learning", "en": "e-learning"},
    "skor_reaksi": {"id": "Skor reaksi (1–5)", "en": "Reaction score (1–5)"},
    "perubahan_nilai": {"id": "Perubahan nilai (poin)", "en": "Score change (points)"},
    "persen": {"id": "Persen ASN (%)", "en": "Share of ASN (%)"},
    "persen_pns": {"id": "Persen PNS (%)", "en": "Share of PNS (%)"},
    "periode": {"id": "Periode", "en": "Period"},
    "biaya_log": {"id": "Biaya per peserta (Rp, skala log)", "en": "Cost per participant (Rp, log scale)"},
    "gain_kegiatan": {"id": "Rata-rata kenaikan nilai per kegiatan (poin)", "en": "Mean gain per activity (points)"},
    "unsur_nilai": {"id": "Nilai rata-rata unsur (1–4)", "en": "Mean element score (1–4)"},
    "dinas_gain": {"id": "Kenaikan nilai rata-rata (poin)", "en": "Mean gain (points)"},
    "data_sintetis": {"id": "Data sintetis", "en": "Synthetic data"},
    "ya": {"id": "ya", "en": "yes"},
    "tidak": {"id": "tidak", "en": "no"},
    "sumber_data": {"id": "Sumber data", "en": "Data source"},
    "versi_kode": {"id": "Versi kode", "en": "Code version"},
    "paket": {"id": "Paket", "en": "Packages"},
    "parameter": {"id": "Parameter", "en": "Parameters"},
    "pengaturan": {"id": "Pengaturan analisis", "en": "Analysis settings"},
    "berkas_pengaturan": {"id": "Berkas pengaturan", "en": "Settings files"},
    "dibuat": {"id": "Dibuat pada", "en": "Built at"},
    "kunci": {"id": "Sidik kunci pseudonim", "en": "Pseudonym key fingerprint"},
    "semua": {"id": "semua", "en": "all"},
    "tes": {"id": "nilai pre/post", "en": "pre/post scores"},
    "skm": {"id": "SKM", "en": "SKM"},
    "kinerja": {"id": "indikator kinerja", "en": "performance indicators"},
    "anggaran_tabel": {"id": "data anggaran", "en": "budget data"},
}


# --- report shape, comparison/trend/targets, limitations, follow-up, reasons (own module) ---------
from evalasn.report.words import text_struktur as _struktur  # noqa: E402  (entries merged into the one catalogue)

assert not set(_struktur.TEXT) & set(TEXT) and not set(_struktur.LABELS) & set(LABELS), "duplicate catalogue keys"
TEXT.update(_struktur.TEXT)
LABELS.update(_struktur.LABELS)
from evalasn.report.words import text_temuan as _temuan  # noqa: E402  (findings and follow-up plan, issue 22)

assert not set(_temuan.TEXT) & set(TEXT) and not set(_temuan.LABELS) & set(LABELS), "duplicate catalogue keys"
TEXT.update(_temuan.TEXT)
LABELS.update(_temuan.LABELS)

from evalasn.report.words import text_cakupan as _cakupan  # noqa: E402  (the registry's coverage, issue 20.7)

assert not set(_cakupan.TEXT) & set(TEXT), "duplicate catalogue keys"
TEXT.update(_cakupan.TEXT)
from evalasn.report.words import text_gain as _gain  # noqa: E402  (the gain without a model, issue 22)

assert not set(_gain.TEXT) & set(TEXT) and not set(_gain.LABELS) & set(LABELS), "duplicate catalogue keys"
TEXT.update(_gain.TEXT)
LABELS.update(_gain.LABELS)
class _Formatter(string.Formatter):
    """str.format, plus number agreement for English: '{k:period|periods}' is 'period' when ``k`` is 1 and
    'periods' otherwise ('1 pre-training period(s)', '1 of 10 targets were met' read wrong)."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if str(value).strip() == "1" else many
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()
SENTENCE_ENDS = (".", "!", "?")
# English agreement after a count of one that no '{n:x|xs}' field covers: a count filled in as 1 takes the
# singular noun ('dibandingkan dengan unit lain (1 unit)' is right in Indonesian, '(1 units)' is not English).
# Scores are decimals ('1,0 poin') and plural in English, so 'points' is not here.
ONE_COUNTED = re.compile(r"(?<![\d.,\-\u2212\u2013])\b1 (units|activities|participants|agencies|respondents|periods"
                         r"|rows|days|targets|observations|methods|people|PNS members)\b")
SINGULAR = {"units": "unit", "activities": "activity", "participants": "participant", "agencies": "agency",
            "respondents": "respondent", "periods": "period", "rows": "row", "days": "day", "targets": "target",
            "observations": "observation", "methods": "method", "people": "person", "PNS members": "PNS member"}


def _format(template: str, values: dict[str, object]) -> str:
    """``template.format(**values)`` with the number agreement of ``_Formatter``; a template without '|' has no
    agreement field, so Python's own str.format fills it (the same text, without string.Formatter's Python loop:
    the province report fills ~9,500 sentences)."""
    return _FORMATTER.vformat(template, (), values) if "|" in template else template.format(**values)


# the agencies' English names that end in a plural noun ('Social Affairs', 'Food Security and Marine Affairs',
# 'Water Resources'): a template's "{nama}'s" takes the apostrophe alone after them (LOOK20 W-18: "Food Security and
# Marine Affairs's adjusted gain")
PLURAL_NAMES = frozenset(name for name in {*ENGLISH_SHORT.values(), *PROSE_NAMES} if name.endswith("s"))


def _fill(template: str, lang: str, values: dict[str, object]) -> str:
    """``template`` filled in. In English a scope's name in a sentence takes its article: 'of the Health Agency',
    'The Jakarta Provincial Government …' after a full stop; a name opening a template is a label (the cover, a
    list item) and, like a table cell, has none."""
    if lang != "en":
        return _format(template, values)
    parts: list[str] = []
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal.startswith("'s") and not literal[2:3].isalnum() and parts and parts[-1] in PLURAL_NAMES:
            literal = "'" + literal[2:]  # "Social Affairs' gain", not "Affairs's"
        parts.append(literal)
        if field is None:
            continue
        value = _FORMATTER.convert_field(_FORMATTER.get_field(field, (), values)[0], conversion)
        if spec and "{" in spec:  # a nested field, as str.format allows: '{k:the one|all {k}}'
            spec = _FORMATTER.vformat(spec, (), values)
        shown = _FORMATTER.format_field(value, spec or "")
        before = "".join(parts).rstrip()
        if shown in PROSE_NAMES and before and before.split()[-1].lower() not in {"the", "("}:
            shown = ("The " if before.endswith(SENTENCE_ENDS) else "the ") + shown
        parts.append(shown)
    filled = "".join(parts)
    return ONE_COUNTED.sub(lambda match: f"1 {SINGULAR[match.group(1)]}", filled) if "1 " in filled else filled


def t(key: str, lang: str = "id", **values) -> str:
    """The sentence ``key`` in ``lang`` with ``values`` filled in."""
    return _fill(TEXT[key][lang], lang, values)


def label(key: str, lang: str = "id", **values) -> str:
    """A short label (table header, axis, category name); unknown keys come back as they are."""
    entry = LABELS.get(key)
    return _format(entry[lang], values) if entry else key
from evalasn.report.words import text_facts as _facts  # noqa: E402  (key figures as records, issue 22.1)

assert not set(_facts.TEXT) & set(TEXT) and not set(_facts.LABELS) & set(LABELS), "duplicate catalogue keys"
TEXT.update(_facts.TEXT)
LABELS.update(_facts.LABELS)
from evalasn.report.words import text_tindak as _tindak  # noqa: E402  (review of last year's plan, issue 24)

assert not set(_tindak.TEXT) & set(TEXT), "duplicate catalogue keys"
TEXT.update(_tindak.TEXT)
from evalasn.report.words import text_settings as _settings  # noqa: E402  (the annex's settings in words)

assert not set(_settings.TEXT) & set(TEXT), "duplicate catalogue keys"
TEXT.update(_settings.TEXT)
from evalasn.report.words import text_method as _method  # noqa: E402  (interval machinery for the annex, REVIEW5 D10)

assert not set(_method.TEXT) & set(TEXT), "duplicate catalogue keys"
TEXT.update(_method.TEXT)
