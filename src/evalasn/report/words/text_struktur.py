"""Catalogue entries of the report's shape (cover, Kata Pengantar, BAB I Pendahuluan), of the
comparison/trend/target chapter, the limitations, the follow-up plan and the reasons a figure is
missing. Merged into ``text.TEXT`` and ``text.LABELS`` (one catalogue; ``t`` and ``label`` read
them), kept in their own module so that the chapters they serve can change without touching the
rest of the catalogue.
"""

from __future__ import annotations

from evalasn import constants

TEXT: dict[str, dict[str, str]] = {
    # --- reasons (report.words.reasons) ------------------------------------------------------------
    "not_enough_because": {"id": "belum dapat dihitung: {alasan}", "en": "cannot be computed: {alasan}"},
    "why_no_data": {"id": "tidak ada data pada periode ini", "en": "no data in this period"},
    # 20 JP where every ASN is a PPPK (alasan "tanpa_pns"; CHECK13 D13-5): complete data, a duty that does not apply
    "why_no_pns": {"id": "tidak berlaku: tidak ada PNS ({n} ASN, semuanya PPPK; kewajiban 20 JP hanya untuk PNS)",
                   "en": "does not apply: no PNS ({n} staff, all of them PPPK; the 20 JP duty is for PNS only)"},
    "why_short_no_pns": {"id": "tidak ada PNS", "en": "no PNS"},
    "why_units": {"id": "hanya {d} unit dilatih dan {p} unit pembanding, perlu sedikitnya {min} di setiap "
                        "kelompok{rincian}",
                  "en": "only {d} trained {d:unit|units} and {p} comparison {p:unit|units}, at least {min} needed in "
                        "each group{rincian}"},
    "why_dose_units": {"id": "hanya {k} unit layanan dengan data sebelum dan sesudah, perlu sedikitnya {min} unit",
                       "en": "only {k} service {k:unit|units} with before and after data, at least {min} needed"},
    "why_wider_than_scale": {"id": "rentang keyakinan dari {k} unit lebih lebar dari seluruh skala, jadi tidak "
                                   "ditampilkan",
                             "en": "the confidence interval from {k} {k:unit|units} is wider than the whole scale, "
                                   "so it is not shown"},
    "why_periods": {"id": "survei tidak mencakup periode sebelum dan sesudah pelatihan",
                    "en": "the survey does not cover periods before and after the training"},
    # {biaya}: the activities' whole cost, as Tabel 4 and 6 and the summary give it (analysis.budget.activity_cost:
    # one cost basis, REVIEW6 R6-25); {n}: the participants with both scores the mean rests on (R6-11)
    # the cost per point is priced on the participants' own mean gain, not the adjusted gain Tabel 1 leads with:
    # every reason names that measure (REVIEW7 R7-13: "kenaikan nilai belum pasti di atas nol" beside an adjusted
    # gain clearly above zero)
    "why_gain_not_positive": {"id": "rata-rata kenaikan nilai peserta tidak positif ({gain} poin{ik}; {n_keg} "
                                    "kegiatan, {n} peserta bernilai pre dan post), jadi biaya kegiatannya {biaya} "
                                    "tidak dapat dibagi per poin kenaikan",
                              "en": "the participants' mean gain is not positive ({gain} points{ik}; {n_keg} "
                                    "activities, {n} participants with both scores), so the activities' cost of "
                                    "{biaya} cannot be divided per point of gain"},
    # the gain's own answer (hasil.json `status_kenaikan`) is "belum_pasti": the reason the data support, the
    # activities its interval rests on; "no upper bound" only when the bootstrap has unbounded replicates
    "why_gain_unclear": {"id": "rata-rata kenaikan nilai peserta belum pasti di atas nol ({dasar}; {gain} poin, {ik}), "
                               "jadi biaya kegiatannya {biaya} belum dapat dibagi per poin kenaikan{tak_terbatas}",
                         "en": "the participants' mean gain is not yet certain to be above zero ({dasar}; {gain} "
                               "points, {ik}), so the activities' cost of {biaya} cannot yet be divided per point of "
                               "gain{tak_terbatas}"},
    # the three causes a cost per point is withheld for (hasil.json `alasan`), in one wording everywhere: the
    # workbook's reason words (report.formats.workbook_words.VALUE_WORDS reads these), Tabel 1's Status cell
    # (reasons.brief, with what the gain rests on) and Tabel 8's cost cell (results._cost_cell: their closing words)
    "why_gain_tidak_positif": {"id": "rata-rata kenaikan peserta tidak positif",
                               "en": "participants' mean gain not positive"},
    "why_gain_belum_jelas": {"id": "rata-rata kenaikan peserta belum pasti di atas nol",
                             "en": "participants' mean gain not yet certain to be above zero"},
    # the unbounded ratio in the reader's words (REVIEW6 R6-34: "tidak punya batas atas" was shorthand)
    "why_rasio_tak_terbatas": {"id": "biaya per poin bisa sangat tinggi, karena kenaikannya bisa mendekati nol",
                               "en": "cost per point could be very high, as the gain may be close to zero"},
    # an activity recorded at Rp 0 or blank has no recorded cost (analysis.budget.recorded_cost; CHECK11 C11-1): the
    # missing cost is said, never priced at Rp 0 per point
    "why_cost_unrecorded": {"id": "biaya {metode}tidak tercatat: {k} kegiatan dengan anggaran Rp 0 atau kosong{sisa}",
                            # a sentence, not a label (LOOK13 M-10: "because mentoring cost not recorded: …")
                            "en": "the cost of {k} {metode}{k:activity|activities} is not recorded (budget Rp 0 or "
                                  "blank){sisa}"},
    "why_cost_unrecorded_left": {"id": "; hanya {c} kegiatan dengan biaya tercatat, perlu sedikitnya {min} untuk "
                                       "biaya per poin",
                                 "en": ": only {c} {c:activity has|activities have} a recorded cost, and a cost per "
                                       "point needs at least {min}"},
    "why_biaya_tidak_tercatat": {"id": "biaya tidak tercatat", "en": "cost not recorded"},
    # the cause alone, beside a cell that gives the whole reason (reasons.short; LOOK13 M-1)
    # a cost per point withheld for want of recorded cost while some activities have one (LOOK36 J-2: "biaya tidak
    # tercatat" beside Rp 153 juta realised read as "no cost recorded" where 4 activities had one and 5 were needed)
    "why_short_costed": {"id": "kegiatan berbiaya tercatat kurang dari {min}",
                         "en": "fewer than {min} activities with a recorded cost"},
    "why_short_activities": {"id": "hanya {k} kegiatan", "en": "only {k} {k:activity|activities}"},
    "why_short_participants": {"id": "hanya {n} peserta", "en": "only {n} participants"},
    "why_short_units": {"id": "hanya {k} unit layanan", "en": "only {k} service {k:unit|units}"},
    # Tabel 8's cost cell of a method without a cost per point: one format for every reason, "tidak dihitung: " and
    # a short reason (LOOK13 M-7: a bare "1 kegiatan (min. 5)" read as a value; M-6: the long reasons stood a word a
    # line at 390 px); the full reason is said above the table (results.budget) or in 9.1
    # the label on one line (LOOK14: en "not" / "computed:" opened a 6-line cell; held, a table whose columns then
    # do not fit is set smaller, .tight, and the cell's column gets the room)
    "b_cell_not_computed": {"id": "tidak\u00a0dihitung: {alasan}", "en": "not\u00a0computed: {alasan}"},
    "b_cell_unrecorded": {"id": "biaya tidak tercatat ({k} kegiatan Rp\u00a00)",
                          "en": "cost not recorded ({k} {k:activity|activities} at Rp\u00a00)"},
    # the count's unit is the Kegiatan column's beside it (LOOK14: four lines in Tabel 8's cost column)
    "b_cell_few_costed": {"id": "hanya {c} berbiaya tercatat (min.\u00a0{min})",
                          "en": "only {c} costed (min.\u00a0{min})"},
    # the cause words' (why_*) closing words, so the cell names a withheld cost as the workbook does
    "b_cell_gain_tidak_positif": {"id": "kenaikan peserta tidak positif", "en": "mean gain not positive"},
    "b_cell_gain_belum_jelas": {"id": "kenaikan belum pasti di atas nol",
                                "en": "gain not clearly above zero"},
    "b_cell_rasio_tak_terbatas": {"id": "kenaikannya bisa mendekati nol", "en": "the gain may be close to zero"},
    "cost_unrecorded_item": {"id": "{k} kegiatan {metode}", "en": "{k} {metode} {k:activity|activities}"},
    "cost_unrecorded_not_compared": {"id": " Tidak dibandingkan karena biayanya tidak tercatat (anggaran Rp 0 atau "
                                           "kosong, data yang hilang): {daftar}.",
                                     "en": " Not compared because the cost is not recorded (budget Rp 0 or blank, "
                                           "missing data): {daftar}."},
    "cost_too_few_costed": {"id": " Biaya per poin {metode} tidak dihitung: hanya {c} kegiatan dengan biaya tercatat, "
                                  "perlu sedikitnya {min} ({k} kegiatan beranggaran Rp 0 atau kosong).",
                            "en": " The cost per point of {metode} is not computed: only {c} activities with a "
                                  "recorded cost, at least {min} needed ({k} {k:activity|activities} with a budget of "
                                  "Rp 0 or blank)."},
    "cost_unrecorded_share": {"id": " Biaya {daftar} tidak tercatat (anggaran Rp 0 atau kosong), jadi porsi dan "
                                    "jumlah ini hanya atas biaya yang tercatat.",
                              "en": " The cost of {daftar} is not recorded (budget Rp 0 or blank), so these shares "
                                    "and sums are of the recorded cost only."},
    "lim_cost_unrecorded": {"id": "Biaya tidak tercatat: {k} dari {n} kegiatan tahun {tahun} beranggaran Rp 0 atau "
                                  "kosong ({daftar}). Ekspor SIMDIKLAT mengisi 0 bila biayanya ada di mata anggaran "
                                  "lain, jadi ini data yang hilang, bukan kegiatan gratis: kegiatan itu tidak dihitung "
                                  "dalam biaya per poin, rentang keyakinannya dan model anggaran.",
                            "en": "Cost not recorded: {k} of the {n} activities of {tahun} {k:has|have} a budget of "
                                  "Rp 0 or blank ({daftar}). SIMDIKLAT exports leave 0 when the cost sits in another "
                                  "budget line, so this is missing data, not free activities: they are left out of "
                                  "the cost per point, its confidence interval and the budget model."},
    "rec_data_cost": {"id": "; catat biaya setiap kegiatan (kini tanpa biaya tercatat: {daftar})",
                      "en": "; record each activity's cost (now without a recorded cost: {daftar})"},
    "why_brief": {"id": "{sebab} ({dasar})", "en": "{sebab} ({dasar})"},
    # a mean above zero whose interval, on few activities, reaches zero: the width is the reason (LOOK14 P-10)
    "why_gain_basis_few": {"id": "{k} kegiatan, jadi rentangnya lebar",
                           "en": "{k} {k:activity|activities}, so the interval is wide"},
    "why_gain_basis": {"id": "{k} kegiatan", "en": "{k} {k:activity|activities}"},
    "why_cost_no_upper": {"id": "; biaya per poin bisa sangat tinggi, karena kenaikannya bisa mendekati nol",
                          "en": "; the cost per point could be very high, as the gain may be close to zero"},
    "why_ratio_unbounded": {"id": "rata-rata kenaikan nilai peserta jelas di atas nol ({gain} poin dari {n_keg} "
                                  "kegiatan), tetapi pada {porsi} penarikan ulang {kegiatan} totalnya tidak positif, "
                                  "jadi biaya per poin bisa sangat tinggi",
                            "en": "the participants' mean gain is clearly above zero ({gain} points over {n_keg} "
                                  "activities), but {porsi} of resamples of {kegiatan} have no positive total, so the "
                                  "cost per point could be very high"},
    # what the bootstrap of a cost per point resamples: every scored activity, or only those with a recorded cost
    "why_ratio_all": {"id": "kegiatan", "en": "the activities"},
    "why_ratio_costed": {"id": "{k} kegiatan dengan biaya tercatat (rata-rata {gain} poin)",
                         "en": "the {k} activities with a recorded cost (mean {gain} points)"},
    # the minimum names what it is for: 3 (a gain's interval) and 5 (a cost per point) stood side by side (LOOK10 N-17);
    # en without a bracket of its own, as id: the reason often stands in one ("cannot be computed (too few activities
    # (10; at least 15 needed …))", kebudayaan en summary; LOOK15 Q-4's class)
    # {pada}: the years a pooled count spans (why_in_years), '' for one year's count (LOOK33 E-3: the cost regression's
    # "hanya 14 kegiatan" of 2023-2025 on the page whose first line gives the year's 8)
    "why_activities": {"id": "hanya {n_keg} kegiatan{pada}, perlu sedikitnya {min} {untuk}",
                       "en": "only {n_keg} {n_keg:activity|activities}{pada}, at least {min} needed {untuk}"},
    "why_in_years": {"id": " pada {tahun}", "en": " in {tahun}"},
    "why_for_cost": {"id": "untuk biaya per poin", "en": "for a cost per point"},
    "why_for_trend": {"id": "untuk tren", "en": "for the trend"},
    "why_for_regression": {"id": "untuk regresi biaya", "en": "for the cost regression"},
    "why_no_periods": {"id": "data tidak mencakup periode sebelum dan sesudah pelatihan",
                       "en": "the data do not cover periods before and after the training"},
    "why_adjacent_periods": {"id": "periode sebelum ({sebelum}) dan sesudah ({sesudah}) berurutan, tanpa jendela "
                                   "pelatihan di antaranya",
                             "en": "the periods before ({sebelum}) and after ({sesudah}) follow each other, with no "
                                   "training window between them"},
    "why_no_budget": {"id": "tidak ada data anggaran untuk tahun itu", "en": "no budget data for the year"},
    # a ceiling of Rp 0: a figure not recorded, as an activity at Rp 0 (analysis.budget.recorded_ceiling)
    "why_zero_ceiling": {"id": "pagu tahun itu tercatat Rp 0, kemungkinan tidak terisi",
                         "en": "the year's ceiling is recorded as Rp 0, probably not filled in"},
    "why_no_survey": {"id": "tidak ada data survei kepuasan masyarakat", "en": "no public satisfaction survey data"},
    "why_no_activities": {"id": "tidak ada kegiatan pada periode ini", "en": "there were no activities in this period"},
    "why_no_activity_data": {"id": "tidak ada data kegiatan tahun itu", "en": "no training data for that year"},
    # an IKM of the evaluated year without that year's SKM (alasan "skm_tidak_diterima", analysis.results.key_ikm)
    "why_skm_not_received": {"id": "SKM {tahun} tidak diterima (terakhir {terakhir})",
                             "en": "no {tahun} SKM was received (latest {terakhir})"},
    "why_short_skm": {"id": "SKM {tahun} tidak diterima", "en": "no {tahun} SKM received"},
    # a dinas whose last SKM of the year is earlier than the province's period (alasan "skm_periode_lain",
    # analysis.results.in_period; CHECK13 D13-3): the province compares one period
    "why_skm_other_period": {"id": "hanya SKM {lain}; SKM {periode} tidak diterima, dan angka {lain} tidak "
                                   "dibandingkan dengan angka {periode} dinas lain (terakhir {terakhir})",
                             "en": "only a {lain} SKM; no {periode} SKM was received, and the {lain} figure is not "
                                   "compared with other agencies' {periode} figures (latest {terakhir})"},
    "why_short_skm_other": {"id": "hanya SKM {lain}", "en": "only a {lain} SKM"},
    "why_skm_last": {"id": "{periode}: {nilai}; {ik}; {n} responden",
                     "en": "{periode}: {nilai}; {ik}; {n} respondents"},
    # en without 'only': 'not computed:' / 'only 4' / 'activities' / '(min. 5)' stood in four lines (set E, LOOK14)
    "b_cell_few": {"id": "hanya {n} kegiatan (min.\u00a0{min})",
                   "en": "{n} {n:activity|activities} (min.\u00a0{min})"},
    "why_respondents": {"id": "hanya {n} responden, perlu sedikitnya {min}",
                        "en": "only {n} respondents, at least {min} needed"},
    "why_n": {"id": "hanya {n} data, perlu sedikitnya {min}", "en": "only {n} data points, at least {min} needed"},
    # a gain or an element withheld by its own rule (reasons.few_clusters): the rule, its n, its clusters
    "why_participants": {"id": "hanya {n} peserta dengan nilai pre dan post, perlu sedikitnya {min} ({k} kegiatan)",
                         "en": "only {n} participants with pre and post scores, at least {min} needed "
                               "({k} {k:activity|activities})"},
    # a clause that reads after "karena"/"because" as well as alone (LOOK14 P-6: "because only 1 activity (…), at
    # least 3 needed for an interval"); {metode} is " seminar" for a method's gain, empty for a dinas's
    "why_clusters": {"id": "hanya {k} kegiatan{metode} ({n} peserta{rata}), perlu sedikitnya {min} kegiatan untuk "
                           "rentang keyakinan",
                     "en": "there {k:was|were} only {k}{metode} {k:activity|activities} ({n} participants{rata}), "
                           "and an interval needs at least {min}"},
    "why_mean_no_interval": {"id": ", rata-rata kenaikan {rata} poin tanpa rentang",
                             "en": ", mean gain {rata} points, no interval"},
    "why_unit_clusters": {"id": "hanya {k} unit layanan ({n} jawaban{rata}), perlu sedikitnya {min} unit untuk "
                                "rentang keyakinan dan penilaian unsur lemah",
                          "en": "only {k} service {k:unit|units} ({n} answers{rata}), at least {min} needed for "
                                "an interval and a weak-element judgement"},
    "why_element_no_interval": {"id": ", rata-rata {rata} tanpa rentang", "en": ", mean {rata} without an interval"},
    # an agency's IKM from too few service units (analysis.small_clusters.too_few_units; REVIEW7 R7-11)
    "why_ikm_unit_clusters": {"id": "hanya {k} unit layanan ({n} responden{rata}), perlu sedikitnya {min} unit untuk "
                                    "rentang keyakinan",
                              "en": "only {k} service {k:unit|units} ({n} respondents{rata}), at least {min} needed "
                                    "for an interval"},
    "why_ikm_no_interval": {"id": ", IKM {rata} tanpa rentang", "en": ", IKM {rata} without an interval"},
    "ikm_no_interval_cell": {"id": "{nilai} (tanpa rentang)", "en": "{nilai} (no interval)"},
    "ikm_no_interval_because": {"id": "{nilai} tanpa rentang keyakinan: {alasan}",
                                "en": "{nilai} without an interval: {alasan}"},
    "why_n_regression": {"id": "hanya {n} data{pada}, regresi perlu sedikitnya {min}",
                         "en": "only {n} data points{pada}, a regression needs at least {min}"},
    "why_no_variation": {"id": "{n} data{pada} tanpa keragaman yang cukup (biaya atau nilai hampir sama semua)",
                         "en": "{n} data points{pada} without enough variation (costs or scores nearly all alike)"},
    # a record without a known reason code (reasons.reason's last resort): what is known, no cause
    "why_unknown": {"id": "{n} data, tetapi perhitungannya tidak memberi angka yang dapat dilaporkan",
                    "en": "{n} data points, but the computation gave no figure that can be reported"},
    # --- cover, Kata Pengantar ---------------------------------------------------------------
    "cover_number": {"id": "Nomor: {nomor}", "en": "Number: {nomor}"},
    "cover_scope": {"id": "{nama}", "en": "{nama}"},
    "foreword_text": {"id": "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya laporan "
                            "evaluasi "
                            "Program Pengembangan Kompetensi ASN {nama}{singkat} tahun {tahun}. Laporan ini menjawab "
                            "tiga "
                            "pertanyaan pimpinan: apakah hasilnya baik dibanding dinas lain dan target, apakah makin "
                            "baik dari tahun ke tahun, dan apa yang perlu dilakukan selanjutnya, oleh siapa dan kapan.",
                      "en": "We present the evaluation of the ASN Competency Development Programme of "
                            "{nama}{singkat} for {tahun}. The report answers three questions of leadership: is the "
                            "result good compared with other agencies and with the target, is it getting better "
                            "year by year, and what should be done next, by whom and by when."},
    # {singkat} of foreword_text: the short name the running text goes on with, after a long English one's first
    # mention (names.running_text_name; LOOK37 item 4); '' otherwise
    "foreword_hereafter": {"id": " (selanjutnya {nama})", "en": " (hereafter the {nama})"},
    "foreword_ci": {"id": "Setiap angka disertai banyaknya data (n) dan rentang keyakinan 95%: rentang yang memuat "
                          "nilai sebenarnya dengan keyakinan 95% (kira-kira 1 dari 20 rentang seperti ini meleset); "
                          "makin sempit, makin pasti. Istilah ini dipakai di "
                          "seluruh laporan.",
                    "en": "Every figure comes with its amount of data (n) and its 95% confidence interval: the range "
                          "that holds the true value with 95% confidence (about 1 in 20 such ranges misses it); the "
                          "narrower, the surer. The term is used "
                          "throughout the report."},
    "foreword_thanks": {"id": "Terima kasih kami sampaikan kepada seluruh dinas yang telah menyediakan data. Semoga "
                              "laporan ini bermanfaat bagi perbaikan pengembangan kompetensi ASN.",
                        "en": "We thank every agency that provided data, and hope the report helps improve the "
                              "development of ASN competence."},
    "sign_place_date": {"id": "{tempat}, {tanggal}", "en": "{tempat}, {tanggal}"},
    # the Word version's date before signature: day and month left for the editor (cells.UNSIGNED_DATE)
    "docx_unsigned_date": {"id": "…………… {tahun}", "en": "…………… {tahun}"},
    "sign_nip": {"id": "NIP {nip}", "en": "NIP {nip}"},
    # --- BAB I Pendahuluan ---------------------------------------------------------------------
    "ch_intro": {"id": "BAB I Pendahuluan", "en": "Chapter I Introduction"},
    "intro_background_h": {"id": "Latar Belakang", "en": "Background"},
    "intro_background": {"id": "Pengembangan kompetensi adalah hak dan kewajiban setiap ASN, dan setiap PNS wajib "
                               "mengikuti sedikitnya 20 jam pelajaran (JP) setahun. Pemerintah Provinsi DKI Jakarta "
                               "menyelenggarakan Program Pengembangan Kompetensi ASN melalui pelatihan, workshop, "
                               "seminar, mentoring dan e-learning. Agar anggaran program dipakai untuk hal yang "
                               "terbukti berhasil, program perlu dievaluasi terus-menerus dengan data yang sama dari "
                               "tahun ke tahun. {cakupan}",
                         "en": "Competency development is every civil servant's right and duty, and every PNS must "
                               "complete at least 20 lesson hours (JP) a year. The Jakarta Provincial "
                               "Government runs the ASN Competency Development Programme through classroom "
                               "training, workshops, seminars, mentoring and e-learning. So that its budget goes "
                               "to what is shown to work, the programme must be evaluated continuously, with the "
                               "same data year after year. {cakupan}"},
    # with one data year there is nothing to compare with ('data tahun 2025–2025 sebagai pembanding')
    "intro_years": {"id": "Laporan ini mengevaluasi {nama} untuk tahun {tahun}, dengan data tahun {tahun_awal}–"
                          "{tahun} sebagai pembanding.",
                    "en": "This report evaluates {nama} for {tahun}, with data for {tahun_awal}–{tahun} as "
                          "comparison."},
    "intro_one_year": {"id": "Laporan ini mengevaluasi {nama} untuk tahun {tahun}; data tahun-tahun sebelumnya "
                             "belum ada, sehingga evaluasi ini menjadi titik awal pembanding.",
                       "en": "This report evaluates {nama} for {tahun}; there are no data for earlier years yet, so "
                             "this evaluation is the baseline for later ones."},
    "intro_legal_h": {"id": "Dasar Hukum", "en": "Legal Basis"},
    "intro_legal_note": {"id": "Yang dicantumkan hanya peraturan yang diterapkan dalam laporan ini.",
                         "en": "Only the regulations that this report applies are listed."},
    "law_uu_asn": {"id": "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (pengembangan kompetensi "
                         "sebagai hak dan kewajiban ASN; dasar target cakupan).",
                   "en": "Law 20/2023 on the State Civil Apparatus (competency development as every civil servant's "
                         "right and duty; basis of the coverage target)."},
    "law_pp_11": {"id": "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS sebagaimana diubah dengan "
                        "Peraturan Pemerintah Nomor 17 Tahun 2020, Pasal 203 (sedikitnya 20 JP setahun).",
                  "en": "Government Regulation 11/2017 on Civil Servant Management as amended by Government "
                        "Regulation 17/2020, Article 203 (at least 20 JP a year)."},
    # the cap from its one place (constants.PPPK_JP_MAXIMUM_PER_YEAR): BAB II's 20-JP rule, the glossary, the PPPK
    # finding and plan row apply it (REVIEW7 R7-15)
    "law_pp_49": {"id": "Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan "
                        "Perjanjian Kerja, Pasal 39 (pengembangan kompetensi PPPK paling lama "
                        f"{constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per tahun masa perjanjian kerja).",
                  "en": "Government Regulation 49/2018 on the Management of Government Employees with Work "
                        "Agreements (PPPK), Article 39 (PPPK competency development at most "
                        f"{constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per contract year)."},
    "law_lan": {"id": "Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan Kompetensi "
                      "PNS (1 JP = 45 menit; perencanaan, pelaksanaan dan evaluasi pengembangan kompetensi).",
                "en": "National Institute of Public Administration Regulation 10/2018 on Civil Servant Competency "
                      "Development (1 JP = 45 minutes; planning, delivery and evaluation of development)."},
    "law_skm": {"id": "Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan "
                      "Masyarakat (IKM, sembilan unsur, kategori A–D).",
                "en": "Minister of Administrative and Bureaucratic Reform Regulation 14/2017 on the Public "
                      "Satisfaction Survey (IKM, nine elements, categories A–D)."},
    "intro_purpose_h": {"id": "Maksud dan Tujuan", "en": "Purpose and Objectives"},
    "intro_purpose": {"id": "Maksud evaluasi ini adalah memberi pimpinan dasar yang terukur untuk memutuskan "
                            "kelanjutan, perbaikan dan anggaran program. Tujuannya:",
                      "en": "The evaluation gives leadership a measured basis for deciding how the programme "
                            "continues, improves and is funded. Its objectives:"},
    "intro_goal_1": {"id": "mengukur jangkauan program dan pemenuhan kewajiban 20 JP;",
                     "en": "measure the programme's reach and compliance with the 20-JP duty;"},
    "intro_goal_2": {"id": "mengukur hasil pada empat level Kirkpatrick: reaksi, pembelajaran, perilaku dan hasil "
                           "bagi layanan;",
                     "en": "measure results at Kirkpatrick's four levels: reaction, learning, behaviour and results "
                           "for public service;"},
    "intro_goal_3": {"id": "menilai biaya per hasil menurut metode dan hubungan anggaran dengan hasil;",
                     "en": "assess cost per result by method and the link between budget and result;"},
    "intro_goal_4": {"id": "membandingkan capaian dengan provinsi, tahun-tahun sebelumnya dan target;",
                     "en": "compare the results with the province, earlier years and targets;"},
    "intro_goal_5": {"id": "menyusun rekomendasi dan rencana tindak lanjut yang dapat dipantau.",
                     "en": "set out recommendations and a follow-up plan that can be monitored."},
    "intro_outline_h": {"id": "Sistematika Penulisan", "en": "Structure of the Report"},
    "intro_outline": {"id": "Sesudah Ringkasan Eksekutif, laporan ini tersusun atas: {daftar}. Lampiran memuat "
                            "rincian teknis, catatan kualitas data dan asal-usul angka.",
                      "en": "After the Executive Summary, this report is organised as follows: {daftar}. The Annex "
                            "holds the technical details, data-quality notes and the provenance of the figures."},
    "outline_item": {"id": "{bab} ({isi})", "en": "{bab} ({isi})"},
    "outline_intro": {"id": "latar belakang, dasar hukum, tujuan, ruang lingkup dan metode",
                      "en": "background, legal basis, purpose, scope and methods"},
    "outline_implementation": {"id": "cakupan dan kewajiban 20 JP", "en": "coverage and the 20-JP duty"},
    "outline_results": {"id": "reaksi, pembelajaran, perilaku dan hasil", "en": "reaction, learning, behaviour "
                                                                                "and results"},
    "outline_budget": {"id": "biaya dan kenaikan nilai", "en": "cost and gain"},
    "outline_challenges": {"id": "kendala pelaksanaan", "en": "obstacles in delivery"},
    "outline_communication": {"id": "kepuasan masyarakat per unsur layanan", "en": "public satisfaction by "
                                                                                   "service element"},
    "outline_position": {"id": "posisi terhadap provinsi, dinas lain dan target dari tahun ke tahun",
                         "en": "standing against the province, other agencies and targets over the years"},
    "outline_limits": {"id": "batas-batas kesimpulan", "en": "how far the conclusions reach"},
    "outline_conclusion": {"id": "jawaban atas pertanyaan evaluasi dan rekomendasi", "en": "answers to the "
                                                                                          "evaluation questions "
                                                                                          "and recommendations"},
    "outline_followup": {"id": "evaluasi rencana tindak lanjut tahun lalu, lalu rencana tahun berikutnya: tindakan, "
                                "penanggung jawab, indikator, target dan waktu",
                         "en": "the review of last year's follow-up plan, then next year's plan: actions, owners, "
                               "indicators, targets and timing"},
    "ch_closing": {"id": "BAB XI Penutup", "en": "Chapter XI Closing"},
    "closing_text": {"id": "Laporan ini disusun sebagai dasar bagi pimpinan untuk memutuskan kelanjutan, perbaikan "
                           "dan pendanaan Program Pengembangan Kompetensi ASN di {nama} tahun {tahun}. Rencana "
                           "Tindak Lanjut pada BAB X menetapkan penanggung jawab, indikator, target dan triwulan "
                           "setiap tindakan; capaiannya dinilai dalam evaluasi tahun {tahun_depan}. Koreksi dan "
                           "masukan atas laporan ini disampaikan kepada {unit}.",
                     "en": "This report gives leadership a basis for deciding how the ASN Competency Development "
                           "Programme of {nama} continues, improves and is funded after {tahun}. The Follow-up Plan "
                           "in Chapter X sets an owner, indicator, target and quarter for each action; what was "
                           "achieved is judged in the {tahun_depan} evaluation. Corrections and comments on this "
                           "report go to the {unit}."},
    "outline_closing": {"id": "penutup", "en": "closing remarks"},
    "intro_scope_h": {"id": "Ruang Lingkup", "en": "Scope"},
    # --- comparison, trend and targets ---------------------------------------------------------
    "ch_position": {"id": "BAB VII Perbandingan, Tren dan Target", "en": "Chapter VII Comparison, Trend and Targets"},
    "ch_position_prov": {"id": "BAB VII Perbandingan antar-Dinas, Tren dan Target",
                         "en": "Chapter VII Comparison of Agencies, Trend and Targets"},
    "pos_intro": {"id": "Apakah hasil {nama} baik? Setiap angka kunci tahun {tahun} di bawah diletakkan di samping "
                        "angka provinsi, peringkat {nama} di antara {jumlah} dinas, dan targetnya.",
                  "en": "Is the result of {nama} good? Each key figure for {tahun} below is set beside the province "
                        "figure, the rank of {nama} among {jumlah} agencies, and its target."},
    "pos_intro_prov": {"id": "Angka kunci provinsi tahun {tahun} dibandingkan dengan targetnya dan dengan "
                             "tahun-tahun sebelumnya.",
                       "en": "The province's key figures for {tahun} compared with their targets and with earlier "
                             "years."},
    "pos_tab": {"id": "Angka kunci {nama} {tahun} dibanding provinsi, peringkat dan target",
                "en": "Key figures of {nama}, {tahun}, against the province, rank and target"},
    "pos_tab_prov": {"id": "Angka kunci provinsi {tahun} dan target", "en": "Province key figures, {tahun}, and "
                                                                            "targets"},
    "pos_rank_note": {"id": "Peringkat 1 = terbaik (biaya per poin: termurah). Dalam kurung, untuk angka selain "
                            "kenaikan nilai: rentang peringkat yang "
                            "mungkin menurut rentang keyakinan 95% semua dinas (peringkat terbaik: satu ditambah "
                            "banyaknya dinas yang rentangnya seluruhnya lebih baik; terburuk: banyaknya dinas "
                            "dikurangi "
                            "yang rentangnya seluruhnya lebih buruk). Realisasi anggaran adalah angka pembukuan, tanpa "
                            "rentang.",
                      "en": "Rank 1 = best (cost per point: cheapest). In brackets, for the figures other than the "
                            "gain: the range of ranks the 95% "
                            "confidence intervals of all agencies allow (best: one plus the agencies whose interval "
                            "is wholly better; worst: the number of agencies minus those wholly worse). Budget "
                            "realisation is an accounting figure, without an interval."},
    # the gain's rank and its interval, by the method that ranked it (hasil.json `pooling.metode`)
    "rank_gain_mixedlm": {"id": "Kenaikan nilai: peringkat menurut estimasi model campuran; rentang peringkatnya "
                                "adalah 95% tengah peringkat dalam {tarikan} tarikan acak yang dapat diulang dari "
                                "estimasi semua dinas beserta galat prediksi bersamanya.",
                          "en": "Gain: ranked by the mixed model's estimate; its rank range is the middle 95% of the "
                                "ranks in {tarikan} repeatable random draws of all agencies' estimates with their "
                                "joint prediction error."},
    "rank_gain_mixedlm_batas": {"id": "Kenaikan nilai: model campuran tidak menemukan perbedaan antar-dinas "
                                      "melebihi kebetulan, jadi setiap dinas mendapat rata-rata provinsi dan rentang "
                                      "peringkatnya 1–{jumlah}.",
                                "en": "Gain: the mixed model finds no difference between agencies beyond chance, so "
                                      "every agency gets the province mean and its rank range is 1–{jumlah}."},
    "rank_gain_tanpa_pooling": {"id": "Kenaikan nilai: peringkat menurut rata-rata mentah setiap dinas; rentang "
                                      "peringkatnya adalah 95% tengah peringkat dalam {tarikan} tarikan acak yang "
                                      "dapat diulang dari rata-rata setiap dinas, masing-masing menurut galat bakunya.",
                                "en": "Gain: agencies are ranked by their raw means; its rank range is the middle 95% "
                                      "of the ranks in {tarikan} repeatable random draws of each agency's mean, each "
                                      "by its standard error."},
    "pos_judge_note": {"id": "Cara menilai target: \"tercapai\" bila seluruh rentang keyakinan 95% berada pada atau "
                             "di atas target (biaya per poin: pada atau di bawah); \"belum tercapai\" bila seluruh "
                             "rentang di sisi yang lain; target 100% atas hitungan semua orang (ASN; untuk 20 JP: PNS) "
                             "dinilai dengan hitungannya: \"tercapai\" bila semua yang dihitung memenuhinya, "
                             "\"belum tercapai\" bila tidak; "
                             "\"belum dapat dinilai\" bila rentang memuat target atau angkanya tidak dapat dihitung. "
                             "Target dan dasarnya: Tabel target di bawah.",
                       "en": "How a target is judged: \"met\" when the whole 95% confidence interval lies at or above "
                             "the target (cost per point: at or below); \"not met\" when the whole interval lies on "
                             "the other side; a 100% target on a count of everyone (ASN; for 20 JP: PNS) is judged "
                             "by the count: \"met\" when everyone counted reached it, \"not met\" otherwise; "
                             "\"cannot be judged\" when the interval holds the target or the figure cannot be "
                             "computed. Targets and their basis: the targets table below."},
    "pos_trend_h": {"id": "Tren {tahun_awal}–{tahun}", "en": "Trend {tahun_awal}–{tahun}"},
    "pos_trend_tab": {"id": "Angka kunci {nama} per tahun (rentang keyakinan 95%)",
                      "en": "Key figures of {nama} by year (95% confidence interval)"},
    # what comparison.trend_targets draws: a configured target in every year that sets it, a plan row's only in the
    # year it is for (LOOK20 W-16: "hanya pada tahun yang menjadi sasarannya" beside lines across 2023-2025)
    "pos_trend_fig": {"id": "Angka kunci {nama} per tahun, dengan rentang keyakinan 95%; garis putus-putus: target, "
                            "di setiap tahun yang menetapkannya (target tahunan: setiap tahun; target rencana tindak "
                            "lanjut: hanya tahun sasarannya)",
                      "en": "Key figures of {nama} by year, with 95% confidence intervals; dashed line: target, in "
                            "every year that sets it (an annual target: every year; a follow-up plan target: only "
                            "the year it is for)"},
    # the trend figure's PPPK panel (comparison.trend_figure; LOOK33 E-1): the one figure the summary calls worse, lower
    # is better; short, as the caption's last line has room for it (a longer one put Kominfotik's figure on a page of
    # its own); the alt text adds the panel's years as the table's cells give them
    "pos_trend_fig_pppk": {"id": "; panel PPPK: makin kecil makin baik", "en": "; PPPK panel: lower is better"},
    # the trend table's change column (comparison.trend_table, chapters.year_difference; LOOK28 Z-1): the difference
    # from last year with its 95% interval and the verdict the summary's "membaik"/"memburuk" says
    "pos_trend_change_h": {"id": "Selisih dari {tahun}", "en": "Change from {tahun}"},
    "pos_trend_change_note": {"id": "Selisih dari {tahun_lalu}: angka {tahun} dikurangi angka {tahun_lalu}, dengan "
                                    "rentang keyakinan 95% selisih itu (ASN atau unit layanan yang sama di kedua "
                                    "tahun dihitung berpasangan); membaik atau memburuk bila seluruh rentang itu di "
                                    "sisi yang lebih baik atau lebih buruk, belum pasti bila memuat nol. Dua rentang "
                                    "tahunan yang tumpang tindih belum tentu berarti selisihnya belum pasti. Realisasi "
                                    "anggaran adalah sensus seluruh anggaran: selisihnya pasti, tanpa rentang, "
                                    "membaik atau memburuk menurut tandanya. Kedua aturan itu punya satu pengecualian: "
                                    "bila tahun itu belum berakhir pada tanggal laporan, cakupan, 20 JP, realisasi "
                                    "anggaran dan porsi PPPK di atas batas masih bertambah sampai akhir tahun, jadi "
                                    "penurunannya belum dapat dinilai. Selisih dihitung dari angka sebelum "
                                    "pembulatan, jadi angka terakhirnya dapat berbeda satu dari selisih dua angka "
                                    "yang dicetak.",
                              "en": "Change from {tahun_lalu}: the {tahun} figure minus the {tahun_lalu} figure, with "
                                    "the 95% confidence interval of that difference (the same staff or service units "
                                    "in both years counted as pairs); improved or worse when the whole interval lies "
                                    "on the better or worse side, uncertain when it contains zero. Two overlapping "
                                    "yearly intervals do not by themselves make the difference uncertain. Budget "
                                    "realisation is a census of the whole budget: its difference is exact, without "
                                    "an interval, improved or worse by its sign. One exception to both rules: if the "
                                    "year had not ended by the report's date, coverage, 20 JP, budget realisation and "
                                    "the share of PPPK above the cap are still growing, so a fall cannot be judged "
                                    "yet. "
                                    "Differences are computed from the "
                                    "figures before rounding, so their last digit can differ by one from the "
                                    "difference of the two printed figures."},
    "pos_change_better": {"id": "membaik", "en": "improved"},
    "pos_change_worse": {"id": "memburuk", "en": "worse"},
    "pos_change_unsure": {"id": "belum pasti", "en": "uncertain"},
    # a year's total lower than last year's whole year in a year not over yet (facts.OPEN_YEAR): as Tabel 1's status
    "pos_change_open_word": {"id": "belum dapat dinilai", "en": "cannot be judged yet"},
    "pos_change_same": {"id": "tidak berubah", "en": "unchanged"},
    # a count of everyone (budget realisation, `sensus`): the exact difference, no interval
    "pos_change_census": {"id": "sensus, tanpa rentang", "en": "census, no interval"},
    # PPPK above the cap where either year has fewer than MIN_N PPPK: both counts, no verdict (pppk_cap.unjudged_change;
    # LOOK34 F-5)
    "pos_change_pppk_counts_same": {"id": "{dulu} → {kini} dari {n} PPPK", "en": "{dulu} → {kini} of {n} PPPK"},
    "pos_change_pppk_counts": {"id": "{dulu} dari {n_dulu} → {kini} dari {n} PPPK",
                               "en": "{dulu} of {n_dulu} → {kini} of {n} PPPK"},
    "pos_change_pppk_unjudged": {"id": "{hitungan} (hitungan; tidak dinilai: kurang dari {min} PPPK)",
                                 "en": "{hitungan} (a count; not judged: fewer than {min} PPPK)"},
    "pos_change_pppk_unjudged_year": {"id": "{hitungan} (hitungan; tidak dinilai: kurang dari {min} PPPK pada "
                                            "{tahun})",
                                      "en": "{hitungan} (a count; not judged: fewer than {min} PPPK in {tahun})"},
    # a dinas's adjusted gain whose verdict the analysis withheld (`alasan_membaik`, analysis.year_change)
    # its cell's word (year_difference.withheld_word) is not "belum pasti", the word for an interval that holds zero
    # (LOOK36 J-3)
    "pos_change_withheld_better": {"id": "tidak dinilai membaik", "en": "not judged an improvement"},
    "pos_change_withheld_worse": {"id": "tidak dinilai memburuk", "en": "not judged a worsening"},
    "pos_change_withheld": {"id": "rentang selisihnya tidak memuat nol, tetapi putusannya ditahan: {alasan} (aturan "
                                  "(6) BAB IX)",
                            "en": "the difference's interval excludes zero, but its verdict is withheld: {alasan} "
                                  "(rule (6) of Chapter IX)"},
    "pos_change_withheld_rule": {"id": "rentang selisihnya tidak memuat nol, tetapi putusannya ditahan menurut aturan "
                                       "(6) BAB IX",
                                 "en": "the difference's interval excludes zero, but its verdict is withheld by rule "
                                       "(6) of Chapter IX"},
    # a figure that grows until the year ends (facts.GROWING_IN_YEAR: coverage, 20 JP, realisation, the PPPK share
    # above the cap) lower than last year's whole year in a year not over yet: a fall, whichever way is better
    "pos_change_open": {"id": "tahun ini belum berakhir pada tanggal laporan, jadi angka tahunannya masih bertambah "
                              "sampai akhir tahun: penurunannya belum dapat dinilai",
                        "en": "the year had not ended by the report's date, so this figure is still growing: a "
                              "fall cannot be judged yet"},
    "pos_change_why_rata_peserta_tidak_sejalan": {
        "id": "rata-rata kenaikan peserta tidak jelas berubah ke arah yang sama",
        "en": "the participants' mean gain did not clearly change the same way"},
    "pos_change_why_rata_peserta_tidak_dapat_dibandingkan": {
        "id": "rata-rata kenaikan peserta salah satu tahun belum dapat dihitung, jadi perubahannya tidak dapat "
              "dibandingkan",
        "en": "either year's participants' mean gain could not be computed, so its change cannot be compared"},
    "pos_trend_note": {"id": "Setiap tahun dihitung dengan definisi dan cara tahun evaluasi: 20 JP atas PNS (tanpa "
                             "PPPK), rentang kenaikan nilai berkelompok per kegiatan, IKM periode survei terakhir "
                             "tahun itu (seperti angka kunci; semua periode di bab hasil).",
                       "en": "Every year is computed with the evaluated year's definitions and methods: 20 JP over "
                             "PNS (PPPK excluded), gain intervals clustered by activity, the IKM of the year's last "
                             "survey period (as the key figure; every period in the results chapter)."},
    # the trend table's row on PPPK above the cap, under the key figures (comparison.pppk_trend; LOOK31 C-1)
    "pos_trend_pppk_note": {"id": "PPPK di atas batas {batas} JP: proporsi PPPK yang mengikuti lebih dari {batas} JP "
                                  "dalam setahun (batas PP 49/2018 Pasal 39), dari semua PPPK; makin kecil makin baik.",
                            "en": "PPPK above the {batas}-JP cap: the share of PPPK who took more than {batas} JP in "
                                  "the year (the cap of PP 49/2018 Art. 39), out of every PPPK; lower is better."},
    # which staff list each year's coverage and 20 JP count (hasil.json `tren[].daftar_pegawai`; CHECK15 E15-2)
    "pos_trend_staff_latest": {"id": "Data pegawai adalah daftar terakhir, sehingga cakupan dan 20 JP "
                                     "tahun-tahun lalu dihitung atas ASN yang kini ada.",
                               "en": "Staff data are the latest list, so earlier years' coverage and 20 JP are "
                                     "computed over today's civil servants."},
    "pos_trend_staff_own": {"id": "Cakupan dan 20 JP {tahun} dihitung atas ekspor pegawai tahun itu.",
                            "en": "Coverage and 20 JP of {tahun} are counted over that year's staff export."},
    "pos_trend_staff_mixed": {"id": "Cakupan dan 20 JP {tahun} dihitung atas ekspor pegawai tahun itu bagi dinas yang "
                                    "mengirimnya, dinas lain atas daftar pegawai terakhir.",
                              "en": "Coverage and 20 JP of {tahun} are counted over that year's staff export for the "
                                    "agencies that sent one, the other agencies over the latest staff list."},
    "pos_trend_staff_rest": {"id": "Cakupan dan 20 JP {tahun} dihitung atas daftar pegawai terakhir, karena tidak ada "
                                   "ekspor pegawai tahun itu.",
                             "en": "Coverage and 20 JP of {tahun} are counted over the latest staff list, as there is "
                                   "no staff export of that year."},
    "pos_trend_missing": {"id": "Cakupan dan 20 JP {tahun} tidak menghitung pegawai {dinas}: tidak ada data kegiatan "
                                "atau peserta dinas itu untuk tahun tersebut, dan data yang tidak ada bukan berarti "
                                "tidak ada pelatihan.",
                          "en": "Coverage and 20 JP in {tahun} leave out the staff of {dinas}, for whom there are no "
                                "activity or participant data that year; missing data do not mean no training."},
    "pos_trend_one": {"id": "Data hanya memuat tahun {tahun}; tren belum dapat ditunjukkan.",
                      "en": "The data hold only {tahun}; no trend can be shown yet."},
    "pos_trend_change": {"id": "Perubahan {indikator} dari {awal} ke {tahun}: {teks}.",
                         "en": "Change in {indikator} from {awal} to {tahun}: {teks}."},
    "pos_targets_h": {"id": "Target dan dasarnya", "en": "Targets and their basis"},
    "pos_target_pppk": {"id": "PPPK di atas batas {batas} JP", "en": "PPPK above the {batas}-JP cap"},
    "pos_target_pppk_basis": {"id": "PP 49/2018 Pasal 39 (batas hukum: tidak ada PPPK di atas batas; baris BAB X "
                                    "PPPK-JP)",
                              "en": "PP 49/2018 Art. 39 (legal cap: no PPPK above it; Chapter X row PPPK-JP)"},
    "pos_targets_tab": {"id": "Target yang dipakai laporan ini dan dasarnya",
                        "en": "Targets used in this report and their basis"},
    # --- the dinas on the province's attention list (issue 12.1) ---
    # 'karena', not a colon before reasons that carry their own figures (LOOK14 P-12: "… perlu perhatian: kenaikan
    # nilai di bawah rata-rata provinsi: selisih …")
    "pos_attention_listed": {"id": "Laporan provinsi mencantumkan {nama} di antara dinas yang perlu perhatian karena "
                                   "{alasan}.",
                             "en": "The province report lists {nama} among the agencies needing attention for "
                                   "{alasan}."},
    "pos_reason_gain": {"id": "kenaikan nilainya di bawah rata-rata provinsi{selisih}",
                        "en": "a gain below the province mean{selisih}"},
    "pos_reason_gain_diff": {"id": " (selisih {selisih} poin; {ik})", "en": " (difference {selisih} points; {ik})"},
    # what each check found, in the words of its own test (R6-15: "tidak ada yang lebih rendah dari dinas lain" beside
    # an IKM last of 21 whose test is against the category-B line, not against other agencies)
    "pos_attention_clear": {"id": "Laporan provinsi tidak mencantumkan {nama} di antara dinas yang perlu perhatian: "
                                  "{hasil}.",
                            "en": "The province report does not list {nama} among the agencies needing attention: "
                                  "{hasil}."},
    "pos_clear_ikm_above": {"id": "IKM {nilai} tidak di bawah batas kategori B {batas}",
                            "en": "IKM {nilai} is not below the category-B line {batas}"},
    "pos_clear_ikm_unsure": {"id": "IKM {nilai} di bawah kategori B belum pasti (rentang keyakinan 95%: {bawah} s.d. "
                                   "{atas} memuat batas {batas})",
                             "en": "an IKM of {nilai} below category B is not certain (95% confidence interval: "
                                   "{bawah} to {atas} includes the line {batas})"},
    "pos_clear_ikm_chance": {"id": "IKM {nilai} di bawah batas kategori B {batas}, tetapi belum melebihi kebetulan "
                                   "bila semua uji semua dinas diperhitungkan",
                             "en": "IKM {nilai} is below the category-B line {batas}, but not beyond chance once every "
                                   "test of every agency is counted"},
    "pos_clear_jp_above": {"id": "pemenuhan 20 JP {persen} tidak di bawah dinas lain, {pembanding}",
                           "en": "20-JP compliance {persen} is not below the other agencies' {pembanding}"},
    "pos_clear_jp_chance": {"id": "pemenuhan 20 JP {persen} di bawah dinas lain, {pembanding}, tetapi belum melebihi "
                                  "kebetulan bila semua uji semua dinas diperhitungkan",
                            "en": "20-JP compliance {persen} is below the other agencies' {pembanding}, but not beyond "
                                  "chance once every test of every agency is counted"},
    "pos_clear_gain": {"id": "kenaikan nilai tidak jelas di bawah rata-rata provinsi",
                       "en": "the score gain is not clearly below the province mean"},
    # the gain above the province mean, its status in Tabel 1 (vs_province_above; LOOK26 X-5)
    "pos_clear_gain_above": {"id": "kenaikan nilai {status}", "en": "the score gain is {status}"},
    "pos_attention_untested": {"id": "Laporan provinsi belum dapat menilai apakah {nama} perlu perhatian: data IKM "
                                     "dan 20 JP-nya terlalu sedikit untuk diuji.",
                               "en": "The province report cannot yet judge whether {nama} needs attention: there is "
                                     "too little IKM and 20-JP data to test."},
    "pos_attention_rule": {"id": "Aturannya (BAB VII laporan provinsi): IKM di bawah kategori B dan pemenuhan 20 JP "
                                 "di bawah dinas lain diuji atas {m} uji semua dinas dengan koreksi untuk banyak uji "
                                 "(rinciannya di Lampiran); {kenaikan}",
                           "en": "The rule (Chapter VII of the province report): an IKM below category B and a 20-JP "
                                 "compliance below the other agencies are tested over all agencies' {m} tests with a "
                                 "correction for many tests (details in the Annex); {kenaikan}"},
    "pos_attention_gain": {"id": "kenaikan nilai memakai model campuran.", "en": "the gain uses the mixed model."},
    "pos_pooled_rank": {"id": "Laporan provinsi memeringkat kenaikan nilai dengan model campuran (disesuaikan dengan "
                              "campuran metode; dinas dengan sedikit peserta ditarik ke rata-rata provinsi): {nama} "
                              "{peringkat}, {nilai} poin ({ik}). Tabel di atas memakai angka dan peringkat ini; "
                              "rata-rata mentah peserta ada di sampingnya.",
                        "en": "The province report ranks the gain with the mixed model (adjusted for the mix of "
                              "methods; agencies with few participants pulled toward the province mean): {nama} "
                              "{peringkat}, {nilai} points ({ik}). The table above uses this figure and rank; the "
                              "participants' raw mean stands beside it."},
    # a dinas's rank in BAB VII's sentence (REVIEW7 R7-17, CHECK15 E15-7: "peringkat 1 dari 5 (1–5)" when the range
    # spans every place, while Tabel 1 said "tidak dapat dibedakan")
    "pos_rank_place": {"id": "peringkat {r} dari {n} (rentang peringkat 95%: {a}–{b})",
                       "en": "ranks {r} of {n} (95% rank range: {a}–{b})"},
    # the same in a list of figures (the summary's opening line: 'gain 11.9 points (…), rank 1 of 21 (…)')
    "pos_rank_place_noun": {"id": "peringkat {r} dari {n} (rentang peringkat 95%: {a}–{b})",
                            "en": "rank {r} of {n} (95% rank range: {a}–{b})"},
    "pos_rank_apart_noun": {"id": "peringkat tidak dapat dibedakan dari dinas lain (rentang peringkat 95%: {a}–{b} "
                                  "dari {n})",
                            "en": "rank not distinguishable from the other agencies (95% rank range: {a}–{b} of "
                                  "{n})"},
    "pos_rank_apart": {"id": "tidak dapat dibedakan peringkatnya dari dinas lain (rentang peringkat 95%: {a}–{b} dari "
                             "{n})",
                       "en": "cannot be told apart in rank from the other agencies (95% rank range: {a}–{b} of {n})"},
    # a dinas whose own data carry (almost) no weight in the model's figure (analysis.contract.budget.own_data_weighed):
    # the figure is the province mean, so its reports print its participants' own mean and say why (CHECK15 E15-7)
    "gain_weightless_boundary": {"id": "model campuran tidak menemukan perbedaan antardinas melebihi kebetulan, jadi "
                                       "angka disesuaikan setiap dinas = rata-rata provinsi",
                                 "en": "the mixed model finds no difference between agencies beyond chance, so every "
                                       "agency's adjusted figure is the province mean"},
    "gain_weightless_floor": {"id": "data dinas ini sendiri hanya berbobot {bobot} dalam angka disesuaikannya dari "
                                    "model campuran (kurang dari {batas}), jadi angka itu praktis rata-rata provinsi",
                              "en": "the agency's own data carry only {bobot} of its adjusted figure from the mixed "
                                    "model (less than {batas}), so that figure is in effect the province mean"},
    "pos_pooled_rank_weightless": {"id": "Laporan provinsi membandingkan kenaikan nilai dinas dengan model campuran: "
                                         "{sebab} ({nilai} poin; {ik}), bukan estimasi dinas ini; {nama} {peringkat}. "
                                         "Angka disesuaikan di tabel di atas adalah rata-rata provinsi itu; angka "
                                         "dinas ini sendiri adalah rata-rata pesertanya di sampingnya, {sendiri} "
                                         "poin ({ik_sendiri}).",
                                   "en": "The province report compares the agencies' gain with the mixed model: "
                                         "{sebab} ({nilai} points; {ik}), not an estimate of this agency; {nama} "
                                         "{peringkat}. The adjusted figure in the table above is that province mean; "
                                         "this agency's own figure is its participants' mean beside it, {sendiri} "
                                         "points ({ik_sendiri})."},
    "fact_gain_why_weightless": {"id": "Untuk dinas ini, kenaikan nilai yang disesuaikan bukan estimasinya sendiri: "
                                       "{sebab} ({nilai}; {ik}). Angka dinas ini sendiri adalah rata-rata pesertanya "
                                       "di sampingnya ({sendiri}; {ik_sendiri}), dengan rentang keyakinan 95% "
                                       "berkelompok per kegiatan.",
                                 "en": "For this agency the adjusted gain is not its own estimate: {sebab} ({nilai}; "
                                       "{ik}). This agency's own figure is its participants' mean beside it "
                                       "({sendiri}; {ik_sendiri}), with a 95% CI clustered by activity."},
    # --- reports/index.html (through the catalogue like every reader-facing sentence) ---
    "index_reports": {"id": "Laporan", "en": "Report"},
    # over a report's table that scrolls sideways on a phone, as the index's line (render.scroll_hint; LOOK25 W-3):
    # its pinned column named (the first text column: Indikator, Kode, Dinas)
    "table_scroll_hint": {"id": "Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom; kolom "
                                "{kolom} tetap di kiri.",
                          "en": "The table is wider than the screen: scroll sideways to see every column; the "
                                "{kolom} column stays on the left."},
    "figure_scroll_hint": {"id": "Gambar lebih lebar dari layar: geser ke samping untuk melihat semua panel.",
                           "en": "The figure is wider than the screen: scroll sideways to see every panel."},
    "table_scroll_hint_all": {"id": "Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom.",
                              "en": "The table is wider than the screen: scroll sideways to see every column."},
    "index_scroll_hint": {"id": "Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom; nama dinas "
                                "tetap di kiri.",
                          "en": "The tables are wider than the screen: scroll sideways to see every column; the "
                                "agency names stay on the left."},
    # the index's IKM cell is the province table's form, '78,09 B (C–B)'; the report's own key-figure table adds the
    # numeric interval, '78,09 B (C–B; 76,55–79,63)': one form per place, said here (LOOK10 N-13)
    "index_note": {"id": "Klik judul kolom untuk mengurutkan. Kenaikan nilai yang disesuaikan dan peringkatnya "
                         "dengan rentang keyakinan 95%; IKM dengan kategorinya dan, bila rentang keyakinan 95%-nya "
                         "mencapai kategori lain, rentang kategori itu (C–B), tanpa rentang angkanya; rentang "
                         "angka IKM dan angka lain ada di tabel angka kunci setiap laporan.",
                   "en": "Click a column header to sort. The adjusted gain and its rank with their 95% intervals; "
                         "the IKM with its category and, where its 95% interval reaches another category, that "
                         "range (C–B), without its numeric interval; the numeric intervals of the IKM and the other "
                         "figures are in each report's key-figures table."},
    # --- a figure that cannot be given names what it is (a bare "belum dapat dihitung" said nothing) ---
    "r_l1_none": {"id": "Rata-rata skor reaksi peserta {alasan}.", "en": "Participants' mean reaction score {alasan}."},
    "r_l3_none": {"id": "Rata-rata penilaian perilaku oleh atasan {alasan}.",
                  "en": "Supervisors' mean behaviour rating {alasan}."},
    "c_resist_flat": {"id": "Resistensi: hubungan antara skor resistensi terhadap perubahan dan kenaikan nilai belum "
                            "jelas (rentang memuat nol): {besar} poin per poin resistensi; {ik}; n = {n}.",
                      "en": "Resistance: the relation between resistance to change and gain is not clear yet (the "
                            "interval includes zero): {besar} points per point of resistance; {ik}; n = {n}."},
    "c_resist_none": {"id": "Resistensi: hubungan skor resistensi dan kenaikan nilai {alasan}.",
                      "en": "Resistance: the relation between resistance and gain {alasan}."},
    "i_no_activities": {"id": "Tidak ada kegiatan pengembangan yang selesai pada tahun {tahun}.",
                        "en": "No development activity ended in {tahun}."},
    "not_computed": {"id": "belum dapat dihitung", "en": "cannot be computed"},
    "no_data": {"id": "tidak ada data", "en": "no data"},
    "status_met": {"id": "tercapai", "en": "met"},
    "status_not_met": {"id": "belum tercapai", "en": "not met"},
    "status_cannot": {"id": "belum dapat dinilai", "en": "cannot be judged"},
    "status_not_applicable": {"id": "tidak berlaku", "en": "does not apply"},
    "status_ci_holds": {"id": "rentang memuat target", "en": "interval holds the target"},
    # a total of a year not over on the report's date (report.facts.year_open; CHECK15 E15-6)
    "status_year_open": {"id": "sementara per {tanggal}: tahun belum berakhir",
                         "en": "provisional as of {tanggal}: the year is not over"},
    "status_provisional": {"id": "sementara", "en": "provisional"},
    "kt_tab_note_open": {"id": "\"Sementara\": tahun {tahun} belum berakhir pada tanggal laporan ({tanggal}); angka "
                               "tahunan (cakupan, 20 JP, PPPK di atas batas JP, realisasi anggaran) dapat bertambah "
                               "sampai 31 Desember, jadi belum dinilai terhadap targetnya.",
                         "en": "\"Provisional\": {tahun} is not over on the report's date ({tanggal}); annual figures "
                               "(coverage, 20 JP, PPPK above the JP cap, budget realisation) can still grow until 31 "
                               "December, so they are not yet judged against their targets."},
    "year_open_note": {"id": "Data sampai {tanggal}; tahun {tahun} belum berakhir: cakupan ASN, pemenuhan 20 JP dan "
                             "realisasi anggaran {tahun} masih sementara (dapat bertambah sampai 31 Desember), jadi "
                             "targetnya belum dinilai tercapai atau tidak{survei}.",
                       "en": "Data up to {tanggal}; {tahun} is not over: the {tahun} staff coverage, 20 JP compliance "
                             "and budget realisation are provisional (they can still grow until 31 December), so "
                             "their targets are not yet judged met or missed{survei}."},
    "year_open_survey": {"id": "; periode SKM {periode} belum selesai (jawaban sampai tanggal itu)",
                         "en": "; the SKM period {periode} is not over (answers up to that date)"},
    "status_no_target": {"id": "tidak ada target", "en": "no target"},
    "points": {"id": "{nilai} poin", "en": "{nilai} points"},
    "kfs_cakupan_asn": {"id": "cakupan", "en": "coverage"},
    "kfs_jp_20": {"id": "20 JP", "en": "20 JP"},
    "kfs_gain": {"id": "kenaikan nilai", "en": "gain"},
    "kfs_ikm": {"id": "IKM", "en": "IKM"},
    "kfs_persen_realisasi": {"id": "realisasi", "en": "budget realisation"},
    "kfs_biaya_per_poin": {"id": "biaya per poin", "en": "cost per point"},
    "kfs_pppk_di_atas_batas": {"id": f"PPPK di atas batas {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP",
                               "en": f"PPPK above the {constants.PPPK_JP_MAXIMUM_PER_YEAR}-JP cap"},
    # a rank kept on one line (it wrapped to "17 of / 21 (7–21)" in a narrow column), its range on the next line when
    # the column is narrow ("17 dari 21" / "(7–21)"; held whole it kept Tabel 1's indicator and status columns at a
    # word a line: REVIEW6 R6-12)
    "rank_of": {"id": "{r}\u00a0dari\u00a0{n}", "en": "{r}\u00a0of\u00a0{n}"},
    "rank_range": {"id": "{r}\u00a0dari\u00a0{n} ({a}–\u2060{b})",
                   "en": "{r}\u00a0of\u00a0{n} ({a}–\u2060{b})"},
    # a census figure (budget realisation, no interval) ranked level with {k} others as printed (LOOK32 D-8)
    "rank_tied": {"id": "{r}\u00a0dari\u00a0{n} (sama dengan {k}\u00a0dinas pada pembulatan)",
                  "en": "{r}\u00a0of\u00a0{n} (tied with {k}\u00a0{k:agency|agencies} as rounded)"},
    # a figure with an interval printed the same as {k} other dinas (trend.ranks `sama_pembulatan`; LOOK37 L-18)
    "rank_tied_also": {"id": ", sama dengan {k}\u00a0dinas pada pembulatan",
                       "en": ", tied with {k}\u00a0{k:agency|agencies} as rounded"},
    # a rank whose 95% range spans every place (e.g. the mixed model finds no difference between agencies): no place
    # is printed, a shared "1 of 6" reads as first (REVIEW7 R7-17)
    "rank_apart_cell": {"id": "tidak dapat dibedakan", "en": "cannot be told apart"},
    "rank_apart": {"id": "tidak dapat dibedakan ({a}–\u2060{b} dari\u00a0{n})",
                   "en": "cannot be told apart ({a}–\u2060{b} of\u00a0{n})"},
    # --- BAB VIII Keterbatasan evaluasi --------------------------------------------------------
    "ch_limits": {"id": "BAB VIII Keterbatasan Evaluasi", "en": "Chapter VIII Limitations of the Evaluation"},
    "lim_intro": {"id": "Temuan laporan ini perlu dibaca dengan keterbatasan berikut, yang dihitung dari data yang "
                        "sama.",
                  "en": "The findings should be read with the following limitations, computed from the same data."},
    "lim_design_h": {"id": "Asumsi desain", "en": "Design assumptions"},
    "lim_design_nonrandom": {"id": "Peserta tidak dipilih secara acak: ASN dan unit yang dilatih dapat berbeda sejak "
                                   "awal dari yang tidak. Kenaikan nilai sebelum–sesudah tidak punya kelompok "
                                   "pembanding dan dapat memuat kenaikan yang biasa terjadi bila tes yang sama "
                                   "diulang.",
                             "en": "Participants were not chosen at random: trained staff and units may differ from "
                                   "the others from the start. The before–after gain has no comparison group and may "
                                   "include a rise that comes from taking the same test again."},
    "lim_design_did": {"id": "Selisih-dari-selisih mengandaikan unit yang dilatih dan unit pembanding akan berubah "
                             "sejajar tanpa pelatihan; asumsi ini tidak dapat dibuktikan dengan dua periode.",
                       "en": "The difference-in-differences assumes trained and comparison units would have moved in "
                             "parallel without training; two periods cannot prove this."},
    "lim_design_did_many": {"id": "Selisih-dari-selisih mengandaikan unit yang dilatih dan unit pembanding akan "
                                  "berubah sejajar tanpa pelatihan; dengan {n} periode ({awal} s.d. {akhir}) uji "
                                  "tren awal dapat mendukung asumsi ini, tetapi tidak dapat membuktikannya.",
                            "en": "The difference-in-differences assumes trained and comparison units would have "
                                  "moved in parallel without training; with {n} periods ({awal} to {akhir}) the "
                                  "pre-trend check can support this assumption but cannot prove it."},
    # no pre-trend check ran although the periods exist: what is missing (uji_tren_awal.sebab; REVIEW6b R6b-8)
    "lim_design_did_unchecked": {"id": "Selisih-dari-selisih mengandaikan unit yang dilatih dan unit pembanding akan "
                                       "berubah sejajar tanpa pelatihan; walau ada {n} periode ({awal} s.d. {akhir}), "
                                       "uji tren awal tidak dapat dilakukan karena {sebab}, jadi asumsi ini "
                                       "belum diperiksa.",
                                 "en": "The difference-in-differences assumes trained and comparison units would have "
                                       "moved in parallel without training; although there are {n} periods ({awal} "
                                       "to {akhir}), no pre-trend check was possible because {sebab}, so this "
                                       "assumption is unchecked."},
    "lim_design_budget": {"id": "Hubungan biaya dan kenaikan nilai adalah korelasi antar-kegiatan, bukan akibat: "
                                "kegiatan mahal dapat berbeda dalam hal lain.",
                          "en": "The link between cost and gain is a correlation across activities, not a cause: "
                                "costly activities may differ in other ways."},
    # the years the trend table's note says are counted over the latest staff list (limitations.staff_list_item)
    "lim_design_staff_list": {"id": "Cakupan dan 20 JP {tahun} dihitung atas daftar pegawai terakhir, bukan daftar "
                                    "pegawai tahun itu: ASN yang masuk sesudahnya dihitung belum dilatih pada tahun "
                                    "itu dan ASN yang sudah keluar tidak dihitung, jadi kenaikan sejak itu mungkin "
                                    "terlalu besar.",
                              "en": "Coverage and 20 JP of {tahun} are computed over today's staff list, not "
                                    "{k:that year's|those years'}: staff who joined later count as untrained in "
                                    "{k:that year|those years} and staff who have left are not counted, so a rise "
                                    "since then may be overstated."},
    "lim_missing_h": {"id": "Data yang tidak lengkap", "en": "Incomplete data"},
    "lim_missing_tab": {"id": "Data yang hilang menurut variabel, keikutsertaan tahun {tahun}",
                        "en": "Missing data by variable, participations in {tahun}"},
    "lim_missing_note": {"id": "Bila data hilang tidak secara acak (misalnya penilaian perilaku lebih sering diisi "
                               "untuk peserta yang berhasil), angka di atasnya dapat bias.",
                         "en": "If data are not missing at random (for instance behaviour ratings filled in more "
                               "often for successful participants), the figures built on them may be biased."},
    "lim_missing_none": {"id": "Tidak ada keikutsertaan pada tahun {tahun}.", "en": "No participations in {tahun}."},
    "lim_tests_h": {"id": "Keterbandingan tes", "en": "Comparability of tests"},
    "lim_tests": {"id": "Pre-test dan post-test disusun per kegiatan, tidak dari bank soal yang sama; skala 0–100 "
                        "sama, tetapi tingkat kesulitannya dapat berbeda antar-metode ({metode}). Perbandingan "
                        "kenaikan dan biaya per poin antar-metode karena itu indikatif.",
                  "en": "Pre- and post-tests are set per activity, not from one question bank; the 0–100 scale is "
                        "shared, but difficulty may differ across methods ({metode}). Comparisons of gain and cost "
                        "per point across methods are therefore indicative."},
    "lim_survey_h": {"id": "Ukuran sampel survei", "en": "Survey sample sizes"},
    # BAB VIII says what BAB III says about the regulation's minimum sample (one assumption, one answer)
    "lim_survey": {"id": "Responden SKM per periode: {daftar}.", "en": "SKM respondents per period: {daftar}."},
    "lim_survey_not_received": {"id": "SKM {tahun} tidak diterima: ukuran sampel {tahun} tidak dapat diperiksa, dan "
                                      "periode sebelumnya tidak dipakai sebagai angka {tahun}.",
                                "en": "No {tahun} SKM was received: the {tahun} sample sizes cannot be checked, and "
                                      "earlier periods are not used as {tahun}'s figures."},
    "lim_survey_small": {"id": "{kecil} dari {unit} unit pada periode {periode} punya kurang dari {min} responden "
                               "sehingga IKM-nya tidak ditampilkan sendiri.",
                         "en": "{kecil} of {unit} units in {periode} had fewer than {min} respondents, so their IKM "
                               "is not shown on its own."},
    "lim_survey_small_one": {"id": "Satu-satunya unit pada periode {periode} punya kurang dari {min} responden "
                                   "sehingga IKM-nya tidak ditampilkan sendiri.",
                             "en": "The only unit in {periode} had fewer than {min} respondents, so its IKM is not "
                                   "shown on its own."},
    "lim_survey_all_one": {"id": "Satu-satunya unit pada periode {periode} punya sedikitnya {min} responden, sehingga "
                                 "IKM-nya dapat ditampilkan.",
                           "en": "The only unit in {periode} had at least {min} respondents, so its IKM can be "
                                 "shown."},
    "lim_survey_all": {"id": "Setiap unit ({unit}) pada periode {periode} punya sedikitnya {min} responden, sehingga "
                             "IKM setiap unit dapat ditampilkan.",
                       "en": "Every unit ({unit}) in {periode} had at least {min} respondents, so each unit's IKM "
                             "can be shown."},
    "lim_survey_users": {"id": "Jumlah pengguna layanan tidak ada dalam data, sehingga kecukupan sampel menurut tabel "
                               "Krejcie-Morgan (PermenPAN-RB 14/2017) tidak dapat diperiksa.",
                         "en": "The number of service users is not in the data, so the sample size required by the "
                               "Krejcie-Morgan table (PermenPAN-RB 14/2017) cannot be checked."},
    "lim_no_survey": {"id": "Tidak ada data SKM: hasil bagi layanan (level 4) tidak dapat dinilai.",
                      "en": "No SKM data: results for public service (level 4) cannot be assessed."},
    "lim_boundary_h": {"id": "Kategori yang belum pasti", "en": "Uncertain categories"},
    "lim_boundary": {"id": "Rentang keyakinan 95% IKM berikut melintasi batas kategori, sehingga kategorinya belum "
                           "pasti: {daftar}.",
                     "en": "The 95% confidence interval of these IKM values crosses a category boundary, so the "
                           "category is not certain: {daftar}."},
    "lim_boundary_none": {"id": "Tidak ada IKM yang rentang keyakinan 95%-nya melintasi batas kategori.",
                          "en": "No IKM has a 95% confidence interval crossing a category boundary."},
    "lim_boundary_item": {"id": "{nama} {periode}: {nilai} ({bawah}–{atas}), kategori {kategori}, mungkin {mungkin}",
                          "en": "{nama} {periode}: {nilai} ({bawah}–{atas}), category {kategori}, possibly {mungkin}"},
    "lim_boundary_more": {"id": "dan {n} unit lain", "en": "and {n} other {n:unit|units}"},
    "lim_next_h": {"id": "Yang akan memperkuat evaluasi berikutnya", "en": "What would strengthen the next evaluation"},
    "lim_next_order": {"id": "giliran pelatihan antar-unit yang direncanakan (misalnya undian urutan unit), sehingga "
                             "unit yang menunggu menjadi pembanding yang sah;",
                       "en": "a planned order of training across units (for instance drawing lots), so that units "
                             "still waiting are a fair comparison;"},
    "lim_next_missing": {"id": "penilaian perilaku yang lengkap untuk semua peserta, sekitar tiga bulan setelah "
                               "kegiatan;",
                         "en": "complete behaviour ratings for every participant, about three months after the "
                               "activity;"},
    "lim_next_tests": {"id": "bank soal bersama per kompetensi agar nilai antar-kegiatan sebanding;",
                       "en": "a shared question bank per competency so that scores compare across activities;"},
    "lim_next_survey": {"id": "jumlah pengguna layanan per unit dan sampel SKM sesuai tabel Krejcie-Morgan;",
                        "en": "the number of service users per unit and an SKM sample following Krejcie-Morgan;"},
    "lim_next_series": {"id": "data dengan bentuk yang sama setiap tahun, agar tren dan status tindak lanjut dapat "
                              "dipantau.",
                        "en": "data in the same shape every year, so trends and follow-up status can be tracked."},
    # --- BAB X Rencana Tindak Lanjut ------------------------------------------------------------
    "ch_followup": {"id": "BAB X Rencana Tindak Lanjut", "en": "Chapter X Follow-up Plan"},
    "fu_intro": {"id": "Setiap rekomendasi BAB IX dengan indikator, target, unit penanggung jawab dan batas waktu "
                       "pada tahun {tahun_berikut}. Status setiap baris dinilai pada evaluasi tahun {tahun_berikut}.",
                 "en": "Each recommendation of Chapter IX with its indicator, target, responsible unit and deadline "
                       "in {tahun_berikut}. Each row's status is assessed in the {tahun_berikut} evaluation."},
    "fu_tab": {"id": "Rencana tindak lanjut {nama}", "en": "Follow-up plan of {nama}"},
    # said beside a row's step (phrases.aside): in brackets, or after a semicolon when the step ends in a bracket
    "fu_basis_prov": {"id": "berdasarkan estimasi provinsi", "en": "based on the province's estimate"},
    "fu_deadline": {"id": "Triwulan {kuartal} {tahun}", "en": "Quarter {kuartal} {tahun}"},
    "fu_deadline_now": {"id": "segera", "en": "immediately"},
    "every_dinas": {"id": "setiap dinas", "en": "each agency"},
    # per rule: the follow-up action (its indicator and target: report.chapters.plan)
    # the units named, as 9.2 names them and as the CAKUPAN row names its own (LOOK12 K-10)
    # "with an estimate below": a unit is chosen by its estimate, whose interval may hold the figure (LOOK37b M-5:
    # "units below 75,0%: … 70,0% (39,7–89,2)"), in every key of this list below
    "fu_rec_jp": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP, mulai dari unit dengan estimasi di bawah "
                        "{persen}: {unit}",
                  "en": "Schedule development for PNS below 20 JP, starting with the {n:unit|units} with an estimate "
                        "below {persen}: {unit}"},
    # the lowest few of more units below the figure: counted (jp_rule; LOOK18 T-3)
    "fu_rec_jp_of": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP, mulai dari {n} unit terendah dari "
                           "{semua} unit dengan estimasi di bawah {persen}: {unit}",
                     "en": "Schedule development for PNS below 20 JP, starting with the lowest {n} of {semua} units "
                           "with an estimate below {persen}: {unit}"},
    "fu_jp_dinas": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP, mulai dari {dinas}{lalu}",
                    "en": "Schedule development for PNS below 20 JP, starting with {dinas}{lalu}"},
    "fu_jp_then_units": {"id": ", lalu unit dengan estimasi di bawah {persen}: {unit}",
                         "en": ", then the {n:unit|units} with an estimate below {persen}: {unit}"},
    "fu_jp_then_units_of": {"id": ", lalu {n} unit terendah dari {semua} unit dengan estimasi di bawah {persen}: "
                                  "{unit}",
                            "en": ", then the lowest {n} of {semua} units with an estimate below {persen}: {unit}"},
    "fu_jp_start_small": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP, mulai dari {k:satu unit kecil|{k} "
                                "unit kecil} dengan kurang dari {min} PNS{nama}",
                          "en": "Schedule development for PNS below 20 JP, starting with {k:the one small unit|the "
                                "{k} small units} with fewer than {min} PNS{nama}"},
    "fu_jp_short": {"id": ", dengan kegiatan sedikitnya 20 JP atau rangkaian kegiatan yang bersama mencapai 20 JP",
                    "en": ", through activities of at least 20 JP or series of activities that together reach 20 JP"},
    # the small units are not among the units counted or named before them (compliance.jp_share ranks and counts
    # units of MIN_N PNS or more only): 'juga', apart, as Rekomendasi 4 and the summary say (LOOK21 X-12: 'termasuk 8
    # unit kecil' made them part of the 70 units below the figure)
    "fu_jp_small": {"id": "; juga {k:satu unit kecil (< {min} PNS){nama}: {persen}|{k} unit kecil (< {min} "
                          "PNS){nama}, bersama-sama {persen}}",
                    "en": "; also {k:the one small unit (< {min} PNS){nama}: {persen}|the {k} small units (< {min} "
                          "PNS){nama}, together {persen}}"},
    "fu_rec_jp_all": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP di semua unit",
                      "en": "Schedule development for PNS below 20 JP in every unit"},
    # worded from the recommendation that raised the row (budget_rule.budget_action; REVIEW6 R6-22: the row shifted to
    # the cheapest method per point, which rule 3 had just said not to move participants to); one ceiling per method at
    # its cost per participant of the year (constants.FOLLOW_UP_COST_CAP_FIELD; LOOK20 W-1: a ceiling at the median
    # across methods ruled out pelatihan, the method the plan moved seminar and e-learning money to)
    # (the reason, a shift the ceiling must not rule out, is not said here: the shift, where rule 3 advises one, is
    # the row's or the PORSI row's own clause; a method rule 3 keeps out is never pointed at, R6-22)
    "fu_rec_budget_cap": {"id": "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada {tahun} "
                                "(BAB IV): {daftar} per peserta; plafon per metode, bukan satu plafon untuk semua "
                                "metode",
                          "en": "Do not raise any method's cost per participant above its {tahun} level (Chapter IV): "
                                "{daftar} per participant; a ceiling per method, not one for all methods"},
    # BIAYA-POIN's target at this year's cost per participant (plan_targets.gain_needed, LOOK21 X-3); {kini}: the gain
    # with its base, as BAB IV prints it (words.cost_basis, LOOK22 Y-1)
    "pl_cost_gain_needed": {"id": "; pada biaya per peserta {tahun} ({biaya}, BAB IV), target ini berarti kenaikan "
                                  "nilai rata-rata {perlu} poin ({tahun}: {kini})",
                            "en": "; at the {tahun} cost per participant ({biaya}, Chapter IV), this target means a "
                                  "mean gain of {perlu} points ({tahun}: {kini})"},
    # the gain BIAYA-POIN's target needs, as a reader dividing the printed figures gets it (plan_targets.least)
    "pl_cost_gain_at_least": {"id": "sedikitnya {nilai}", "en": "at least {nilai}"},
    "pl_cost_gain_more_than": {"id": "lebih dari {nilai}", "en": "more than {nilai}"},
    # the gain the overall cost per point divides by, with its base, and the gain over every scored participant
    # (words.cost_basis.costed_gain)
    "cost_costed_gain": {"id": "{gain} poin pada {n} peserta di kegiatan dengan biaya tercatat",
                         "en": "{gain} points over the {n} participants in activities with a recorded cost"},
    "cost_all_gain": {"id": "{gain} poin atas semua {n} peserta bernilai",
                      "en": "{gain} points over all {n} scored participants"},
    # a target far above this year's gain (plan_targets.far_from_gain, constants.FOLLOW_UP_FAR_GAIN_RATIO; LOOK36b K-2):
    # why it stands when it is last year's (rule 10.2), and that the step, not the target, is what is checked
    # short: the row's own "(diteruskan dari baris ini … belum tercapai)" follows with last year's figures
    "pl_cost_gain_far_kept": {"id": "; target tahun lalu ini dipertahankan sesuai aturan (tidak pernah dilemahkan)",
                              "en": "; last year's target, kept as the rule requires (never weakened)"},
    "pl_cost_gain_far": {"id": "; pada biaya per peserta ini target itu memerlukan kira-kira {kali} kali kenaikan "
                               "nilai {tahun}, jadi tidak diharapkan tercapai pada {berikut} hanya dengan kenaikan "
                               "nilai: yang diperiksa adalah langkahnya, tidak ada biaya per peserta metode mana pun "
                               "yang naik di atas tingkatnya pada {tahun}",
                         "en": "; at this cost per participant it needs about {kali} times the {tahun} gain, so it "
                               "is not expected to be met in {berikut} by a higher gain alone: what will be checked "
                               "is the step, no method's cost per participant rising above its {tahun} level"},
    "pl_cost_gain_out_of_reach": {"id": ", lebih dari yang dimungkinkan skala tes ({ruang} poin): tidak tercapai "
                                        "hanya dengan kenaikan nilai",
                                  "en": ", more than the test scale allows ({ruang} points): not reachable by a "
                                        "higher gain alone"},
    # a dinas row whose recommendation rests on the province's estimate (too few data of its own): the ceilings are
    # still the dinas's own levels, said apart from the estimate (LOOK21 X-4)
    "fu_rec_budget_cap_basis": {"id": "rekomendasinya berdasarkan estimasi provinsi; plafon: tingkat {tahun} dinas ini "
                                      "sendiri per metode",
                                "en": "the recommendation is based on the province's estimate; ceilings: this "
                                      "agency's own {tahun} level per method"},
    # the province row: one ceiling per finance unit and method, the one its own dinas plan states (LOOK10 N-21: the
    # province's and each dinas's ceiling gave one subbagian two); the province's levels for a dinas whose plan has
    # no BIAYA-POIN row (its budget rule asked something else, e.g. to spend what was granted first)
    "fu_rec_budget_cap_province": {"id": "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada "
                                         "{tahun}: plafon per dinas dan per metode, lihat baris BIAYA-POIN rencana "
                                         "dinas itu (tingkat {tahun} metode itu di dinas itu; tingkat provinsi bila "
                                         "rencananya tidak memuat baris ini: {daftar} per peserta)",
                                   "en": "Do not raise any method's cost per participant above its {tahun} level: a "
                                         "ceiling per agency and per method, see the BIAYA-POIN row of that agency's "
                                         "plan (the method's {tahun} level in that agency; the province level where "
                                         "its plan has no such row: {daftar} per participant)"},
    # the province row once the dinas plans are known (province_rows.budget_pointer, CHECK11 C11-13): it points only
    # at BIAYA-POIN rows that exist, and states the province's levels for the dinas without one
    "fu_rec_budget_cap_every": {"id": "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada "
                                      "{tahun}: plafon per dinas dan per metode, lihat baris BIAYA-POIN rencana setiap "
                                      "dinas (tingkat {tahun} metode itu di dinas itu), bukan satu plafon untuk semua "
                                      "metode",
                                "en": "Do not raise any method's cost per participant above its {tahun} level: a "
                                      "ceiling per agency and per method, see the BIAYA-POIN row of each agency's plan "
                                      "(the method's {tahun} level in that agency), not one for all methods"},
    "fu_rec_budget_cap_named": {"id": "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada "
                                      "{tahun}: plafon per dinas dan per metode, lihat baris BIAYA-POIN rencana "
                                      "{dinas}; dinas lain: tingkat provinsi {tahun}, {daftar} per peserta",
                                "en": "Do not raise any method's cost per participant above its {tahun} level: a "
                                      "ceiling per agency and per method, see the BIAYA-POIN row of the plans of "
                                      "{dinas}; other agencies: the province's {tahun} level, {daftar} per "
                                      "participant"},
    "fu_rec_budget_cap_all": {"id": "Jangan menaikkan biaya per peserta setiap metode di setiap dinas di atas tingkat "
                                    "provinsi {tahun}: {daftar} per peserta; plafon per metode, bukan satu plafon "
                                    "untuk semua metode",
                              "en": "Do not raise any method's cost per participant in any agency above the "
                                    "province's {tahun} level: {daftar} per participant; a ceiling per method, not one "
                                    "for all methods"},
    "fu_rec_budget_hold": {"id": "Jangan menaikkan biaya per peserta", "en": "Do not raise the cost per participant"},
    # a method with too few activities for a cost per point gets no ceiling (budget_rule.uncapped; LOOK37b M-11: its
    # current level as the ceiling read as approval of it)
    "fu_rec_budget_uncapped": {"id": "; tanpa plafon: {daftar}, kegiatannya terlalu sedikit untuk biaya per poin "
                                     "(sedikitnya {minimum})",
                               "en": "; not given a ceiling: {daftar}, too few activities for a cost per point (at "
                                     "least {minimum})"},
    "fu_rec_budget_uncapped_item": {"id": "{metode} ({n} kegiatan)", "en": "{metode} ({n} {n:activity|activities})"},
    "fu_rec_budget_shift": {"id": "; alihkan sebagian kegiatan {pembanding} ke {metode} bila tujuan belajarnya sama",
                            "en": "; move part of the {pembanding} activities to {metode} where the learning aims "
                                  "are the same"},
    "fu_rec_more": {"id": "Uji biaya per peserta yang lebih tinggi pada sebagian kegiatan, dengan kegiatan pembanding, "
                          "sebelum menambah anggaran",
                    "en": "Try a higher cost per participant in some activities, against comparison activities, "
                          "before adding budget"},
    "fu_rec_absorb": {"id": "Susun rencana penarikan anggaran per triwulan dan pantau serapannya",
                      "en": "Draw up a quarterly spending plan and monitor it"},
    # where the participants come from, said in this row since BIAYA-POIN leaves the shift to it (plan.shift_in_one_row)
    "fu_rec_method": {"id": "Tambah porsi {metode} dalam rencana kegiatan: alihkan sebagian kegiatan {pembanding} ke "
                            "{metode} bila tujuan belajarnya sama",
                      "en": "Raise the share of {metode} in the activity plan: move part of the {pembanding} "
                            "activities to {metode} where the learning aims are the same"},
    # last year's share row of a method the year held no activity of (plan.unheld_shares; LOOK18 T-12)
    "pl_act_share_none": {"id": "Adakan kembali {metode} sesuai rencana {tahun_lalu}: tidak ada kegiatan {metode} "
                                "pada {tahun}; biaya per poinnya dinilai lagi begitu ada kegiatan",
                          "en": "Hold {metode} again as the {tahun_lalu} plan set: there were no {metode} activities "
                                "in {tahun}; its cost per point is judged again once there are activities"},
    "fu_rec_method_lower": {"id": "Tetapkan tujuan belajar yang dapat dicapai {metode} sebelum mengalihkan kegiatan "
                                  "{pembanding}",
                            "en": "Set the learning aims {metode} can reach before moving {pembanding} activities"},
    # {program}: the declared intervention (report.words.impact.programme), 'pelatihan “layanan prima”'
    "fu_rec_did": {"id": "Selenggarakan {program} bagi unit layanan yang belum mengikutinya dan ukur IKM-nya sebelum "
                         "dan sesudahnya",
                   "en": "Run {program} for service units that have not taken it and measure their IKM before and "
                         "after"},
    "fu_rec_review": {"id": "Tinjau kurikulum {program} bersama unit pelayanan",
                      "en": "Review the curriculum of {program} with the service units"},
    "fu_rec_measure": {"id": "Rancang pengukuran dampak {program}: unit dilatih dan pembanding yang cukup, survei SKM "
                             "sebelum dan sesudah pelatihan",
                       "en": "Design the impact measurement of {program}: enough trained and comparison units, SKM "
                             "surveys before and after training"},
    "fu_rec_weak": {"id": "Perbaiki unsur {unsur} (tabel rencana tindak lanjut BAB VI)",
                    "en": "Improve {unsur} (follow-up table in Chapter VI)"},
    "fu_rec_resist": {"id": "Adakan pendampingan perubahan sebelum pelatihan bagi unit dengan resistensi tinggi",
                      "en": "Hold change coaching before training for units with high resistance"},
    "fu_rec_data": {"id": "Kumpulkan data evaluasi lengkap dalam bentuk yang sama",
                    "en": "Collect complete evaluation data in the same shape"},
    # a dinas whose evaluated year was not received (rules.year_not_received; CHECK11 C11-7)
    "fu_rec_data_send": {"id": "Kirim ekspor kegiatan dan peserta {tahun} (SIMDIKLAT atau LMS) serta pagu dan "
                               "realisasi {tahun}, lalu kumpulkan data evaluasi lengkap dalam bentuk yang sama",
                         "en": "Send the {tahun} activity and participant exports (SIMDIKLAT or LMS) and the {tahun} "
                               "budget ceiling and realisation, then collect complete evaluation data in the same "
                               "shape"},
    # --- recommendations added by the rules of issue 12 ---------------------------------------
    # every number with its interval (the extra point's from the doubling's, REVIEW2 16); what the costs show is said
    # as observed, not as a prescription (cost per point is descriptive, the slope an association)
    "rec_budget_marginal": {"id": "Jangan menambah biaya per peserta: menggandakan biaya median ({median}) berkaitan "
                                 "dengan tambahan {besar} poin ({ik}), jadi sekitar {marginal} per poin tambahan "
                                 "({ik_marginal}; {asosiasi}) — {kali} kali biaya per poin {metode} ({biaya}; "
                                 "{ik_biaya}); ujung "
                                 "bawah rentang yang pertama pun masih {kali_min} kali ujung atas rentang {metode}. "
                                 "Menurut biaya per poin yang teramati, satu poin kenaikan lewat {metode} lebih "
                                 "murah daripada poin tambahan yang menyertai biaya per peserta yang lebih tinggi.",
                           "en": "Do not raise the cost per participant: doubling the median cost ({median}) goes with "
                                 "{besar} more points ({ik}), about {marginal} per extra point ({ik_marginal}; "
                                 "{asosiasi}) — {kali} times the cost per point of {metode} ({biaya}; {ik_biaya}); "
                                 "even the lower "
                                 "end of the first interval is {kali_min} times the upper end of {metode}'s. By the "
                                 "observed cost per point, a point of gain through {metode} costs less than the "
                                 "extra point that goes with a higher cost per participant."},
    # what the extra point's price is, beside it in every form of the sentence (LOOK37b M-6: "the extra point that goes
    # with a higher cost per participant costs about Rp 882.461" read as what more money buys; the slope is an
    # association across activities, as BAB IV and 8.1 say)
    "rec_marginal_association": {"id": "keterkaitan yang teramati antarkegiatan, bukan hasil yang dibeli oleh tambahan "
                                       "biaya",
                                 "en": "an association observed across activities, not what extra spending would "
                                       "buy"},
    # the summary's form of rec_budget_marginal (rules.recommendations: its figures, the detail in 9.2); the ratio's
    # base named a method with its figure (LOOK35 G-2: "3,2 kali biaya per poin pelatihan" beside the finding's overall
    # cost per point, of which the extra point is 3,5 times, read as that one)
    "rec_budget_marginal_brief": {"id": "Jangan menambah biaya per peserta: satu poin tambahan yang menyertai "
                                        "biaya per peserta yang lebih tinggi sekitar {marginal} ({ik_marginal}; "
                                        "{asosiasi}), "
                                        "{kali} kali biaya per poin metode {metode} ({biaya}; BAB IX, 9.2).",
                                  "en": "Do not raise the cost per participant: the extra point that goes with a "
                                        "higher cost per participant costs about {marginal} ({ik_marginal}; "
                                        "{asosiasi}), {kali} "
                                        "times the {metode} method's cost per point ({biaya}; Chapter IX, 9.2)."},
    # a missed cost-per-point target no rule answers (chapters.cost_target; LOOK35 H-1): the summary's form of the
    # BIAYA-POIN row's step, its ceilings, one a method, in 9.2
    "rec_cost_hold_brief": {"id": "Jangan menaikkan biaya per peserta setiap metode di atas tingkatnya pada {tahun}; "
                                  "plafon per metode di BAB IX, 9.2.",
                            "en": "Do not raise any method's cost per participant above its {tahun} level; the "
                                  "ceiling for each method is in Chapter IX, 9.2."},
    # rec_budget_marginal on the province's cost model (rules.recommendations, ``borrowed``): the median, the slope and
    # the method's cost per point are all the province's (LOOK26 X-3: "2,9 kali biaya per poin pelatihan" quoted the
    # province's Rp 300.339 in a report whose own pelatihan costs Rp 477.475), said once, with why, before the figures
    # (LOOK27 Y-5: "seluruh provinsi" six times in one paragraph, and rec_province_basis after it once more); the
    # method's cost per point named the province's where it is quoted, with where it is printed (LOOK37 L-3: Dispora's
    # Rp 300.339 read as its own, its Tabel 7 saying pelatihan "tidak dihitung")
    "rec_budget_marginal_province": {"id": "Jangan menambah biaya per peserta. Hitungan ini memakai angka seluruh "
                                          "provinsi, karena estimasi dinas ini belum dapat dihitung ({alasan}): "
                                          "menggandakan biaya median per peserta ({median}) berkaitan dengan tambahan "
                                          "{besar} poin ({ik}), jadi sekitar {marginal} per poin tambahan "
                                          "({ik_marginal}; {asosiasi}) — {kali} kali biaya per poin {metode} seluruh "
                                          "provinsi ({biaya}; {ik_biaya}; laporan provinsi BAB IV); ujung bawah "
                                          "rentang yang pertama pun masih {kali_min} kali "
                                          "ujung atas rentang {metode}. Menurut biaya per poin yang teramati itu, "
                                          "satu poin kenaikan lewat {metode} lebih murah daripada poin tambahan yang "
                                          "menyertai biaya per peserta yang lebih tinggi.",
                                    "en": "Do not raise the cost per participant. This reckoning uses province-wide "
                                          "figures, because this agency's own estimate cannot be computed "
                                          "({alasan}): doubling the median cost per participant ({median}) goes with "
                                          "{besar} more points ({ik}), about {marginal} per extra point "
                                          "({ik_marginal}; {asosiasi}) — {kali} times the province-wide cost per "
                                          "point of {metode} ({biaya}; {ik_biaya}; province report, Chapter IV); even "
                                          "the lower end of the first interval is {kali_min} times "
                                          "the upper end of the {metode} interval. By that observed cost per point, "
                                          "a point of gain through {metode} costs less than the extra point that goes "
                                          "with a higher cost per participant."},
    # the dinas's own cost per point of that method, where it has one, beside the province's comparison and not in
    # its ratio: the extra point's price exists only on the province's basis, so its comparator is on that basis too
    "rec_budget_marginal_own": {"id": " Biaya per poin {metode} dinas ini sendiri {biaya} ({ik}; BAB IV). "
                                      "Pembandingnya angka provinsi, agar dasarnya sama dengan harga poin tambahan "
                                      "itu.",
                                "en": " This agency's own cost per point of {metode} is {biaya} ({ik}; Chapter IV). "
                                      "The comparison uses the province's figure, so that its basis is the same as "
                                      "the price of the extra point."},
    # ... and where the dinas has none, said briefly with BAB IV's cell reason (LOOK37 L-3)
    "rec_budget_marginal_own_none": {"id": " Biaya per poin {metode} dinas ini sendiri belum dapat dihitung (BAB IV): "
                                           "{alasan}.",
                                     "en": " This agency's own cost per point of {metode} cannot be computed "
                                           "(Chapter IV): {alasan}."},
    "rec_budget_marginal_brief_province": {"id": "Jangan menambah biaya per peserta: satu poin tambahan yang "
                                                 "menyertai biaya per peserta yang lebih tinggi sekitar {marginal} "
                                                 "({ik_marginal}; {asosiasi}), {kali} kali biaya per poin metode "
                                                 "{metode} "
                                                 "seluruh provinsi ({biaya}; BAB IX, 9.2).",
                                           "en": "Do not raise the cost per participant: the extra point that goes "
                                                 "with a higher cost per participant costs about {marginal} "
                                                 "({ik_marginal}; {asosiasi}), {kali} times the province-wide cost "
                                                 "per point of "
                                                 "the {metode} method ({biaya}; Chapter IX, 9.2)."},
    "rec_province_basis": {"id": " Dasar rekomendasi ini estimasi seluruh provinsi, karena estimasi dinas ini belum "
                                 "dapat dihitung ({alasan}).",
                           "en": " This rests on the province's estimate, because this agency's own cannot be "
                                 "computed ({alasan})."},
    "f_budget_province": {"id": " Angka ini dari model seluruh provinsi, karena estimasi dinas ini belum dapat "
                                "dihitung ({alasan}).",
                          "en": " This figure is the province-wide model's, because this agency's own cannot be "
                                "computed ({alasan})."},
    # the 20 JP recommendation: from the dinas flagged for 20 JP, then the units below the figure (jp_rule; LOOK11
    # L-2, L-8)
    "jp_rec": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}); {mulai}{kecil}.",
               "en": "Raise 20-JP compliance (now {persen}; target {target}); {mulai}{kecil}."},
    "jp_rec_all": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}) di semua unit{kecil}.",
                   "en": "Raise 20-JP compliance (now {persen}; target {target}) in every unit{kecil}."},
    "jp_start_dinas": {"id": "mulai dari dinas yang jelas di bawah dinas lain: {dinas}",
                       "en": "start with the agencies clearly below the others: {dinas}"},
    "jp_then_units": {"id": ", lalu unit terendah dengan estimasi di bawah {persen}: {unit}",
                      "en": ", then the lowest units with an estimate below {persen}: {unit}"},
    "jp_then_units_of": {"id": ", lalu {n} unit terendah dari {semua} unit dengan estimasi di bawah {persen}: {unit}",
                         "en": ", then the lowest {n} of {semua} units with an estimate below {persen}: {unit}"},
    "jp_start_units": {"id": "utamakan unit dengan estimasi di bawah {persen}: {unit}",
                       "en": "start with the units with an estimate below {persen}: {unit}"},
    "jp_start_units_of": {"id": "utamakan {n} unit terendah dari {semua} unit dengan estimasi di bawah {persen}: "
                                "{unit}",
                          "en": "start with the lowest {n} of {semua} units with an estimate below {persen}: {unit}"},
    # the units too small to rank on their own, together; one of them is "satu unit kecil", never "(1 unit), bersama"
    # (LOOK12 K-5)
    "jp_small": {"id": "; {k:satu unit kecil (< {min} PNS)|{k} unit kecil (< {min} PNS) bersama-sama}{nama}: "
                       "{jumlah}, juga dengan estimasi di bawah {persen}",
                 "en": "; {k:one small unit (< {min} PNS)|{k} small units (< {min} PNS) together}{nama}: {jumlah}, "
                       "also with an estimate below {persen}"},
    # no unit ranked on its own below the scope's figure, the small ones together below it (jp_rule, CHECK11 C11-2)
    "jp_start_small": {"id": "mulai dari {k:satu unit kecil (< {min} PNS)|{k} unit kecil (< {min} PNS) bersama-sama}"
                             "{nama}: {jumlah}, dengan estimasi di bawah {persen}, sedangkan tidak ada unit yang lebih "
                             "besar dengan estimasi di bawah angka itu",
                       "en": "start with {k:the one small unit (< {min} PNS)|the {k} small units (< {min} PNS) "
                             "together}{nama}: {jumlah}, with an estimate below {persen}, while no larger unit has an "
                             "estimate below that figure"},
    # more than three units tied at the printed share, named together (jp_rule._units, CHECK11 C11-12)
    "jp_units_tied": {"id": "{k}{dari} unit sama-sama {persen}: {unit}",
                      "en": "{k}{dari} units all at {persen}: {unit}"},
    "jp_units_of": {"id": " dari {n}", "en": " of {n}"},
    # activities too short rather than staff left out (jp_rule.short_activities, CHECK11 C11-12)
    "jp_short": {"id": "; hampir semua ASN ikut kegiatan (cakupan {cakupan}), tetapi rata-rata {rata} JP per PNS: "
                       "kegiatannya terlalu singkat, jadi rencanakan kegiatan sedikitnya 20 JP atau rangkaian kegiatan "
                       "yang bersama mencapai 20 JP",
                 "en": "; nearly all staff take part (coverage {cakupan}), but PNS average {rata} JP: the activities "
                       "are too short, so plan activities of at least 20 JP or series of activities that together "
                       "reach 20 JP"},
    "jp_small_count": {"id": "{jumlah} dari {n} PNS memenuhi 20 JP ({persen})",
                       "en": "{jumlah} of {n} PNS met 20 JP ({persen})"},
    "jp_brief_dinas": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}), mulai dari {dinas}{lalu} "
                             "(BAB IX, 9.2).",
                       "en": "Raise 20-JP compliance (now {persen}; target {target}), starting with {dinas}{lalu} "
                             "(Chapter IX, 9.2)."},
    "jp_brief_then_units": {"id": ", lalu {n} unit terendah", "en": ", then the {n} lowest {n:unit|units}"},
    "jp_brief_units": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}), mulai dari {n} unit dengan "
                             "estimasi di bawah {persen} (BAB IX, 9.2).",
                       "en": "Raise 20-JP compliance (now {persen}; target {target}), starting with the {n} "
                             "{n:unit|units} with an estimate below {persen} (Chapter IX, 9.2)."},
    # the lowest few of more units below the figure (LOOK16 R-13: '3 unit di bawah 61,6%' where 9 are)
    "jp_brief_units_of": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}), mulai dari {n} unit "
                                "terendah dari {semua} unit dengan estimasi di bawah {persen} (BAB IX, 9.2).",
                          "en": "Raise 20-JP compliance (now {persen}; target {target}), starting with the lowest {n} "
                                "of {semua} units with an estimate below {persen} (Chapter IX, 9.2)."},
    "jp_brief_count": {"id": "{m}", "en": "the {m}"},
    "jp_brief_at_least": {"id": "sedikitnya {m}", "en": "at least {m}"},
    # a dinas whose PNS are all in one work unit (jp_rule.only_unit; CHECK15 E15-10): no "mulai dari" its only unit
    "jp_only_unit": {"id": "semua PNS-nya ada di {unit}, satu-satunya unit kerja dinas ini",
                     "en": "all its PNS are in {unit}, the agency's only work unit"},
    "fu_jp_only_unit": {"id": "Jadwalkan pengembangan untuk PNS yang belum 20 JP di {unit}, satu-satunya unit kerja "
                              "dinas ini",
                        "en": "Schedule development for PNS below 20 JP in {unit}, the agency's only work unit"},
    "jp_brief_only_unit": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}) di {unit}, satu-satunya "
                                 "unit kerja dinas ini (BAB IX, 9.2).",
                           "en": "Raise 20-JP compliance (now {persen}; target {target}) in {unit}, the agency's only "
                                 "work unit (Chapter IX, 9.2)."},
    "i_jp_only_unit": {"id": "Semua {n} PNS yang dihitung ada di {unit}, satu-satunya unit kerja dinas ini: pemenuhan "
                             "20 JP unit itu adalah angka dinas di atas, jadi tidak ada tabel unit terendah.",
                       "en": "All {n} PNS counted are in {unit}, the agency's only work unit: that unit's 20-JP "
                             "compliance is the agency's figure above, so there is no table of lowest units."},
    "jp_brief_unit_one": {"id": "Naikkan pemenuhan 20 JP (kini {persen}; target {target}), mulai dari {unit} (BAB IX, "
                                "9.2).",
                          "en": "Raise 20-JP compliance (now {persen}; target {target}), starting with {unit} "
                                "(Chapter IX, 9.2)."},
    "jp_brief_small": {"id": " dan {k:satu unit|{k} unit} dengan kurang dari {min} PNS{nama} (BAB IX, 9.2).",
                       "en": " and the {k:one unit|{k} units} with fewer than {min} PNS{nama} (Chapter IX, 9.2)."},
    # the small units a step starts with, by name (jp_rule.small_named; LOOK37 L-4)
    "small_units_namely": {"id": ", yaitu {nama}", "en": ", namely {nama}"},
    "rec_coverage_brief": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut (cakupan kini "
                                 "{persen}; target {target}), mulai dari {n} {siapa} dengan cakupan terendah{kecil} "
                                 "(BAB IX, 9.2).",
                           "en": "Schedule at least one activity for staff who have taken none (coverage now "
                                 "{persen}; target {target}), starting with the {n} {siapa} with the lowest "
                                 "coverage{kecil} (Chapter IX, 9.2)."},
    # one unit (dinas) by its name (LOOK12 K-5)
    "rec_coverage_brief_one": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut (cakupan "
                                     "kini {persen}; target {target}), mulai dari {unit}{kecil} (BAB IX, 9.2).",
                               "en": "Schedule at least one activity for staff who have taken none (coverage now "
                                     "{persen}; target {target}), starting with {unit}{kecil} (Chapter IX, 9.2)."},
    "rec_coverage_brief_small": {"id": " dan {k:satu unit|{k} unit} dengan kurang dari {min} ASN{nama}",
                                 "en": " and the {k:one unit|{k} units} with fewer than {min} staff{nama}"},
    # realisation below its target, by rule 7 or by rule 2 beside a rising cost slope (rec_budget_absorb_first): one
    # sentence for both, no step towards more money per participant after it (LOOK35 G-3, H-1: "Serap dulu … sebelum
    # menaikkan biaya per peserta" read as a rise to come, against the BIAYA-POIN row's "Jangan menaikkan")
    "rec_realisation_target": {"id": "Perbaiki perencanaan dan penyerapan anggaran: realisasi {persen} dari pagu, "
                                     "target {target}.",
                               "en": "Improve budget planning and realisation: budget realisation "
                                     "{persen} of the ceiling, "
                                     "target {target}."},
    # 9.2's form: the step and the 9.1 conclusion it answers, as 9.2's other steps point back ("temuan 9.1: …",
    # rec_little_listed; LOOK37 item 5: the realisation step alone had no pointer); the summary keeps the sentence
    # above, beside its finding
    "rec_realisation_listed": {"id": "Perbaiki perencanaan dan penyerapan anggaran: realisasi {persen} dari pagu, "
                                     "target {target} (temuan 9.1: realisasi anggaran di bawah target).",
                               "en": "Improve budget planning and realisation: budget realisation "
                                     "{persen} of the ceiling, target {target} (finding in 9.1: budget realisation "
                                     "below its target)."},
    # --- province summary (first page) ----------------------------------------------------------
    "prov_first_cost": {"id": "Biaya program {tahun}: {realisasi} terealisasi dari pagu {pagu} ({persen}; target "
                              "{target}, {status}); {n_keg} kegiatan, {n} keikutsertaan.",
                        "en": "Programme cost {tahun}: {realisasi} realised of a ceiling of {pagu} "
                              "(budget realisation {persen}; target "
                              "{target}, {status}); {n_keg} activities, {n} participations."},
    # the summary's first line when the year's ceiling is Rp 0 (analysis.budget.recorded_ceiling; CHECK14 E14-6:
    # "(–; target 95%, tidak ada target)")
    "first_cost_zero": {"id": "{awal}: pagu tercatat Rp 0 (realisasi {realisasi}), kemungkinan tidak terisi, jadi "
                              "realisasi anggaran tidak dapat dihitung dan target {target} belum dapat dinilai; "
                              "periksa data anggaran; {n_keg} kegiatan, {n} keikutsertaan.",
                        "en": "{awal}: the ceiling is recorded as Rp 0 (spent {realisasi}), probably not filled in, so "
                              "budget realisation cannot be computed and the target of {target} cannot be judged; "
                              "check the budget data; {n_keg} activities, {n} participations."},
    "first_cost_prov": {"id": "Biaya program {tahun}", "en": "Programme cost {tahun}"},
    "first_cost_dinas": {"id": "Biaya program {nama} {tahun}", "en": "Programme cost of {nama} in {tahun}"},
    # a dinas summary's first line, as the province's (CHECK10 C10-10)
    "dinas_first_cost": {"id": "Biaya program {nama} {tahun}: {realisasi} terealisasi dari pagu {pagu} ({persen}; "
                               "target {target}, {status}); {n_keg} kegiatan, {n} keikutsertaan.",
                         "en": "Programme cost of {nama} in {tahun}: {realisasi} realised of a ceiling of {pagu} "
                               "(budget realisation {persen}; target {target}, {status}); {n_keg} activities, {n} "
                               "participations."},
    "prov_cost_basis": {"id": ", atas {n} dinas; {daftar}", "en": ", over {n} {n:agency|agencies}; {daftar}"},
    # a dash, not a colon: each dinas's reasons follow a colon of their own (text.p_attention_reason; LOOK14 P-7)
    "prov_first_lagging": {"id": "Dinas yang perlu perhatian (BAB VII) — {daftar}.",
                           "en": "{n:Agency|Agencies} needing attention (Chapter VII) — {daftar}."},
    "prov_first_lagging_gain": {"id": " Angka kenaikan nilainya ada pada temuan di bawah.",
                                "en": " {n:Its gain figure is|Their gain figures are} in the finding below."},
    # --- annex: technical terms -----------------------------------------------------------------
    "a_terms_h": {"id": "Istilah teknis", "en": "Technical terms"},
    "a_terms_tab": {"id": "Istilah teknis yang dipakai dalam lampiran", "en": "Technical terms used in the annex"},
    "a_config_h": {"id": "Konfigurasi laporan", "en": "Report configuration"},
}

LABELS: dict[str, dict[str, str]] = {
    "indikator_kunci": {"id": "Indikator", "en": "Indicator"},
    "provinsi": {"id": "Provinsi", "en": "Province"},
    "peringkat_dari": {"id": "Peringkat (rentang)", "en": "Rank (range)"},
    "target": {"id": "Target", "en": "Target"},
    "status": {"id": "Status", "en": "Status"},
    "dasar": {"id": "Dasar", "en": "Basis"},
    "variabel": {"id": "Variabel", "en": "Variable"},
    "hilang": {"id": "Hilang", "en": "Missing"},
    "dari_total": {"id": "Dari", "en": "Of"},
    "persen_hilang": {"id": "% hilang", "en": "% missing"},
    "no": {"id": "No", "en": "No"},
    "tindak_lanjut": {"id": "Kegiatan tindak lanjut", "en": "Follow-up action"},
    "waktu": {"id": "Waktu", "en": "When"},
    "kf_cakupan_asn": {"id": "Cakupan ASN (%)", "en": "Staff coverage (%)"},
    "kf_jp_20": {"id": "PNS ≥ 20 JP (%)", "en": "PNS ≥ 20 JP (%)"},
    "kf_gain": {"id": "Kenaikan nilai (poin)", "en": "Gain (points)"},
    # the index shows each scope's own mean; the province table the mixed model's (label "gain_pooled")
    "gain_raw": {"id": "Kenaikan nilai, rata-rata peserta (poin)", "en": "Gain, participants' mean (points)"},
    "kf_ikm": {"id": "IKM konversi", "en": "Converted IKM"},
    "kf_persen_realisasi": {"id": "Realisasi anggaran (%)", "en": "Budget realisation (%)"},
    "kf_biaya_per_poin": {"id": "Biaya per poin (Rp)", "en": "Cost per point (Rp)"},
    # not a key figure: the trend table's row under them, the level of the PPPK finding's change (LOOK31 C-1), named
    # as Tabel 13's target row (pos_target_pppk)
    "kf_pppk_di_atas_batas": {"id": f"PPPK di atas batas {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (%)",
                              "en": f"PPPK above the {constants.PPPK_JP_MAXIMUM_PER_YEAR}-JP cap (%)"},
    # the trend table's row where some year counts fewer than MIN_N PPPK (a count in its cell, '2 dari 7 PPPK (28,6%;
    # …)'): every year so, the unit in each cell; some years so, both units named (comparison.trend_label; LOOK34 F-5)
    "kf_pppk_di_atas_batas_counted": {"id": f"PPPK di atas batas {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP",
                                      "en": f"PPPK above the {constants.PPPK_JP_MAXIMUM_PER_YEAR}-JP cap"},
    "kf_pppk_di_atas_batas_mixed": {"id": f"PPPK di atas batas {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP (%; hitungan "
                                          f"bila kurang dari {constants.MIN_N} PPPK)",
                                    "en": f"PPPK above the {constants.PPPK_JP_MAXIMUM_PER_YEAR}-JP cap (%; a count "
                                          f"when fewer than {constants.MIN_N} PPPK)"},
    # its panel in the trend figure, the one panel the caption names lower-is-better for (comparison.trend_figure;
    # LOOK33 E-1)
    "trend_pppk_panel": {"id": "{nama}, makin kecil makin baik", "en": "{nama}, lower is better"},
    "v_reaksi": {"id": "Skor reaksi (level 1)", "en": "Reaction score (level 1)"},
    "v_nilai": {"id": "Nilai pre dan post (level 2)", "en": "Pre and post scores (level 2)"},
    "v_perilaku": {"id": "Penilaian perilaku (level 3)", "en": "Behaviour rating (level 3)"},
    "v_resistensi": {"id": "Skor resistensi", "en": "Resistance score"},
}
