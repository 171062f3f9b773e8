"""The key figures' definitions and the gain's two measures (report.facts), and the IKM comparison's
sentences when no intervention is declared (report.words.impact: what was observed, no causal word),
id and en; merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # --- what each key figure is (report.facts: one declaration per figure in analysis.key_figures) ----
    "fact_def_cakupan_asn": {"id": "Persentase ASN yang mengikuti sedikitnya satu kegiatan pengembangan kompetensi "
                                   "pada tahun itu.",
                             "en": "Share of ASN who took part in at least one competency development activity in "
                                   "the year."},
    # {siapa}: "PNS", or with the ASN without a recorded status where the data have them (phrases.counted_pns)
    "fact_def_jp_20": {"id": "Persentase {siapa} yang menyelesaikan sedikitnya 20 JP pada tahun itu; PPPK tidak "
                             "dihitung.",
                       "en": "Share of {siapa} who completed at least 20 JP in the year; PPPK are not counted."},
    "fact_def_gain": {"id": "Kenaikan nilai post-test atas pre-test (poin): estimasi model campuran, rata-rata "
                            "peserta di sampingnya; dinas dibanding rata-rata provinsi model yang sama, yang juga "
                            "angka provinsi sendiri.",
                      "en": "Post-test over pre-test score gain (points): the mixed model's estimate, the "
                            "participants' mean beside it; an agency against the same model's province mean, which "
                            "is also the province's own figure."},
    "fact_def_ikm": {"id": "Indeks Kepuasan Masyarakat konversi (25–100) periode survei terakhir, dengan kategorinya "
                           "(PermenPAN-RB 14/2017).",
                     "en": "Public Satisfaction Index, converted (25–100), of the latest survey period, with its "
                           "category (PermenPAN-RB 14/2017)."},
    "fact_def_persen_realisasi": {"id": "Realisasi anggaran pengembangan kompetensi terhadap pagu tahun itu.",
                                  "en": "Competency development budget realisation against the year's budget ceiling."},
    # its n counts the scored participants of the costed activities, said (LOOK13 M-2/M-3: one base per count)
    "fact_def_biaya_per_poin": {"id": "Biaya peserta yang bernilai pre dan post pada kegiatan dengan biaya tercatat "
                                      "dibagi total poin kenaikan mereka, semua metode.",
                                "en": "Cost of the participants with both scores in the activities with a recorded "
                                      "cost over their total points of gain, all methods."},
    # what a figure in Angka Kunci rests on (facts.basis; LOOK9 #3): its n, or why a total has no interval
    "fact_census_persen_realisasi_part": {"id": " (sensus anggaran atas {k} dari {n} dinas, tanpa rentang)",
                                          "en": " (whole budget of {k} of {n} agencies, no interval)"},
    "fact_province_basis": {"id": " (atas {k} dari {n} dinas)", "en": " (over {k} of {n} agencies)"},
    "fact_n": {"id": "; n\u00a0=\u00a0{n}", "en": "; n\u00a0=\u00a0{n}"},  # kept on one line in a narrow cell
    "fact_n_uncosted": {"id": "; {k} kegiatan tanpa biaya tercatat",
                        "en": "; {k} {k:activity|activities} without a recorded cost"},
    "fact_census_persen_realisasi": {"id": " (sensus anggaran, tanpa rentang)",
                                     "en": " (whole budget, no interval)"},
    # --- one gain measure: the mixed model's estimate, the raw mean beside it --------------------------
    "fact_raw_beside": {"id": "; rata-rata peserta {mentah}", "en": "; participants' mean {mentah}"},
    # why the participants' mean and the adjusted gain fall on different sides of the province (words.method_mix)
    "mix_why": {"id": "Rata-rata peserta {nama} ({mentah}) {letak_mentah}, "
                      "tetapi kenaikan yang disesuaikan ({nilai}) {letak}, karena "
                      "campuran metodenya: peserta {nama} mengikuti {porsi} (provinsi: {porsi_prov}), dan untuk "
                      "metode yang sama kenaikan {nama} {sisi} provinsi {pada} ({rincian}).",
                "en": "The {nama}'s participants' mean ({mentah}) is {letak_mentah}, but its adjusted gain "
                      "({nilai}) is {letak}, "
                      "because of its mix of methods: its participants attended {porsi} (province: "
                      "{porsi_prov}), and for the same method its gain is {sisi} the province's {pada} "
                      "({rincian})."},
    "mix_in_methods": {"id": "pada {k} dari {m} metode", "en": "in {k} of {m} {m:method|methods}"},
    "mix_in_method": {"id": "pada {metode}", "en": "in {metode}"},
    # the participants' mean clearly off the province's, the adjusted gain not (words.method_mix)
    "mix_raw_only": {"id": "Rata-rata peserta {nama} ({mentah}) {sisi_mentah} rata-rata peserta provinsi "
                           "({prov_mentah}; rentang keyakinan 95% {nama}: {ik}), sedangkan kenaikan yang disesuaikan "
                           "({nilai}) tidak jelas berbeda dari rata-rata provinsi ({prov}): model membandingkan setiap "
                           "metode dengan metode yang sama di provinsi, jadi campuran metode tidak masuk ke angka itu; "
                           "peserta {nama} mengikuti {porsi} (provinsi: {porsi_prov}); per metode, {nama} vs "
                           "provinsi: {rincian}.",
                     "en": "The {nama}'s participants' mean ({mentah}; 95% CI: {ik}) is {sisi_mentah} the province "
                           "participants' mean ({prov_mentah}), while its adjusted gain ({nilai}) is not clearly "
                           "different from the province mean ({prov}): the model sets each method against the same "
                           "method in the province, so the mix of methods does not enter it; its participants "
                           "attended {porsi} (province: {porsi_prov}); by method, against the province: {rincian}."},
    # where neither measure is clearly different from its province mean: no cause for a difference that is chance
    # (reader reviews 4 item 3, 5 D2), and a short note under Tabel 1 on a phone (Kebudayaan's was 14 lines at 390 px)
    "mix_neither": {"id": "Rata-rata peserta {nama} ({mentah}) dan kenaikan yang disesuaikan ({nilai}) keduanya tidak "
                          "jelas berbeda dari rata-rata provinsi ({angka_mentah} dan {angka}).",
                    "en": "Neither {nama}'s participants' mean ({mentah}) nor its adjusted gain ({nilai}) is clearly "
                          "different from the province mean ({angka_mentah} and {angka})."},
    # {letak_mentah} and {letak} of mix_why: the side, qualified where the status (or the raw mean's own interval)
    # says the two are not clearly different
    "mix_place_raw": {"id": "{sisi} rata-rata peserta provinsi ({angka})",
                      "en": "{sisi} the province participants' mean ({angka})"},
    "mix_place": {"id": "{sisi} rata-rata provinsi ({angka})", "en": "{sisi} the province mean ({angka})"},
    "mix_unclear_raw": {"id": ", meski tidak jelas berbeda darinya ({ik}, mencakup angka itu)",
                        "en": ", though not clearly different from it ({ik}, includes that figure)"},
    "mix_above": {"id": "di atas", "en": "above"},
    "mix_below": {"id": "di bawah", "en": "below"},
    "mix_item": {"id": "{metode} {dinas} vs {provinsi}", "en": "{metode} {dinas} vs {provinsi}"},
    # a method whose mean rests on fewer than constants.MIN_CLUSTERS activities: named, not compared (smalln8;
    # LOOK14 P-5: no 'vs' beside a figure called not counted, no bracket inside mix_why's bracket)
    "mix_item_few": {"id": "{metode} tidak dibandingkan: hanya {k} kegiatan, {dinas} poin tanpa rentang",
                     "en": "{metode} not compared: only {k} {k:activity|activities}, {dinas} points without an "
                           "interval"},
    # an adjusted gain's status: its place beside the province mean (report.facts.Fact.status)
    "fact_gain_status": {"id": "Status kenaikan nilai yang disesuaikan: letaknya terhadap rata-rata provinsi, dengan "
                                "aturan daftar dinas yang perlu perhatian (rentang keyakinan 95% selisihnya seluruhnya "
                                "di bawah atau di atas nol); target di atas nol disebut hanya bila belum tercapai.",
                         "en": "Status of the adjusted gain: its place beside the province mean, by the rule of the "
                               "list of agencies needing attention (the 95% CI of its difference wholly below or "
                               "above zero); the above-zero target is named only when it is not met."},
    "vs_province_below": {"id": "di bawah rata-rata provinsi", "en": "below the province mean"},
    "vs_province_above": {"id": "di atas rata-rata provinsi", "en": "above the province mean"},
    "vs_province_level": {"id": "tidak jelas berbeda dari rata-rata provinsi",
                          "en": "not clearly different from the province mean"},
    "vs_province_target": {"id": "; target: {status}", "en": "; target: {status}"},
    # the target an adjusted gain's status judges (report.facts.Fact.target_cell): its place beside the province
    # mean, then the above-zero target, which the status names only when it is not met; short, beside the Provinsi
    # column it refers to ("tidak di bawah rata-rata provinsi; > 0,0" took five lines of the narrow Target column)
    # a figure without a configured target judged against last year's follow-up plan row (facts.FollowUpTarget)
    # in brackets after the target, inside the target's own bracket when it has one (phrases.bracketed)
    "fact_followup_target": {"id": "rencana tindak lanjut {tahun}, BAB X", "en": "{tahun} follow-up plan, Chapter X"},
    # the same in the summary's finding, whose recommendation points to the chapter (Fact.target_text)
    "fact_followup_from": {"id": "rencana tindak lanjut {tahun}", "en": "{tahun} follow-up plan"},
    # a target that names its plan itself (a carried province target, "pl_tgt_province"): where it is judged alone,
    # the plan named once (LOOK37 item 1: "(target rencana provinsi 2024 untuk 2025; rencana tindak lanjut 2024)")
    "fact_followup_chapter": {"id": "BAB X", "en": "Chapter X"},
    "fact_followup_basis": {"id": "Rencana tindak lanjut {tahun}, baris {kode} (BAB X); tidak ada target peraturan "
                                  "atau kebijakan untuk indikator ini",
                            "en": "{tahun} follow-up plan, row {kode} (Chapter X); no regulatory or policy target "
                                  "for this indicator"},
    # a figure with neither: the target this year's plan sets for next year (facts.PlannedTarget; LOOK15 Q-14)
    "fact_planned_target": {"id": "{target} (untuk {tahun}, BAB\u00a0X)",
                            "en": "{target} (for {tahun}, Chapter\u00a0X)"},
    "fact_planned_status": {"id": "dinilai pada evaluasi {tahun}", "en": "judged in the {tahun} evaluation"},
    "fact_planned_basis": {"id": "Rencana tindak lanjut {tahun_rencana}, baris {kode} (BAB X), target untuk {tahun}; "
                                 "tidak ada target peraturan atau kebijakan untuk indikator ini",
                           "en": "{tahun_rencana} follow-up plan, row {kode} (Chapter X), target for {tahun}; no "
                                 "regulatory or policy target for this indicator"},
    # a plan row's target at the better end of the interval of the year it was set from (plan_targets._target; LOOK19
    # V-7)
    "fact_target_interval_end": {"id": "; target = batas {ujung} rentang keyakinan 95% nilai {tahun} ({rentang}): "
                                       "perubahan yang lebih besar dari ketidakpastian angka itu",
                                 "en": "; the target is the {ujung} end of the {tahun} value's 95% confidence interval "
                                       "({rentang}): a change larger than that figure's uncertainty"},
    # the same end of the province's interval, the target a dinas's plan row took from the province plan because its
    # own figure of that year was withheld (comparison.province_end_words; LOOK26 X-12); its cause in one clause,
    # the whole reason where the trend table's note gives it (LOOK27 Y-4: a nested 330-character bracket)
    "fact_target_province_end": {"id": "; target = batas {ujung} rentang keyakinan 95% nilai seluruh provinsi {tahun} "
                                       "({rentang}), dipakai karena nilai dinas ini {tahun} belum dapat dihitung: "
                                       "{alasan}{rincian}",
                                 "en": "; the target is the {ujung} end of the 95% confidence interval of the "
                                       "province-wide {tahun} value ({rentang}), used because this agency's own "
                                       "{tahun} value could not be computed: {alasan}{rincian}"},
    "fact_reason_in_trend": {"id": " (rinciannya di 7.1)", "en": " (details in 7.1)"},
    "fact_end_bawah": {"id": "bawah", "en": "lower"},
    "fact_end_atas": {"id": "atas", "en": "upper"},
    "fact_gain_target_place": {"id": "tidak di bawah provinsi", "en": "not below province"},
    "fact_gain_target_basis": {"id": "Letak terhadap rata-rata provinsi: aturan daftar dinas yang perlu perhatian "
                                     "(di bawah bila seluruh rentang keyakinan 95% selisih dari rata-rata provinsi "
                                     "model campuran yang sama di bawah nol).",
                               "en": "Place beside the province mean: the rule of the list of agencies needing "
                                     "attention (below when the whole 95% CI of the difference from the same mixed "
                                     "model's province mean is below zero)."},
    "fact_gain_why": {"id": "Kenaikan nilai dinas yang disesuaikan adalah estimasi model campuran, seperti di laporan "
                            "provinsi: rata-rata dinas pada campuran metode provinsi, ditarik ke rata-rata provinsi "
                            "makin kuat makin sedikit datanya; rata-rata peserta di sampingnya tanpa penyesuaian itu, "
                            "sehingga keduanya dapat berbeda.",
                      "en": "An agency's adjusted gain is the mixed model's estimate, as in the province report: the "
                            "agency's mean at the province's mix of methods, drawn towards the province mean more "
                            "strongly the less data it has; the participants' mean beside it is without that "
                            "adjustment, so the two can differ."},
    # the province's own Angka Kunci (REVIEW6 R6-8): its adjusted gain, and why its participants' mean differs
    "fact_gain_why_province": {"id": "Kenaikan nilai provinsi yang disesuaikan adalah rata-rata provinsi dari model "
                                     "campuran (pada campuran metode provinsi), pembanding kenaikan setiap dinas di "
                                     "laporannya; rata-rata peserta di sampingnya menimbang setiap peserta sama, "
                                     "sehingga dinas dengan banyak peserta lebih menentukan dan keduanya dapat "
                                     "berbeda.",
                               "en": "The province's adjusted gain is the province mean of the mixed model (at the "
                                     "province's mix of methods), which each agency's report compares its gain "
                                     "with; the participants' mean beside it weighs every participant the same, so "
                                     "agencies with many participants count for more and the two can differ."},
    "fact_gain_province": {"id": "Di kolom Provinsi, kenaikan nilai yang disesuaikan dibandingkan dengan rata-rata "
                                 "provinsi dari model campuran yang sama (pada campuran metode provinsi, dengan "
                                 "rentang keyakinan 95%), rata-rata peserta dengan rata-rata peserta provinsi.",
                           "en": "In the Province column, the adjusted gain is set against the province mean of the "
                                 "same mixed model (at the province's mix of methods, with its 95% confidence "
                                 "interval), the participants' mean against the province participants' mean."},
    # why an earlier year has no adjusted gain, in the reader's words and true to the cause (REVIEW5 D14, 5b 18)
    "fact_no_year_model": {"id": "tahun itu perbandingan antardinas tidak dapat disesuaikan dengan model campuran; "
                                 "rata-rata peserta di kolomnya sendiri",
                           "en": "that year the comparison of agencies could not be adjusted by the mixed model; the "
                                 "participants' mean is in its own column"},
    "pos_trend_fig_raw": {"id": "; panel kenaikan nilai: titik biru kenaikan yang disesuaikan (seperti di tabel "
                                "angka kunci), titik abu-abu rata-rata peserta",
                          "en": "; gain panel: blue points the adjusted gain (as in the key-figure table), grey "
                                "points the participants' mean"},
    # the trend chart's dotted line of an adjusted gain placed beside the province mean (LOOK17 S-4)
    "pos_trend_fig_province": {"id": "; garis titik-titik: rata-rata provinsi {tahun} ({nilai}), target \"tidak di "
                                     "bawah provinsi\" di tabel angka kunci",
                               "en": "; dotted line: the {tahun} province mean ({nilai}), the key-figure table's "
                                     "target \"not below province\""},
    "fact_no_scores_year": {"id": "tidak ada kegiatan dengan nilai pre dan post pada tahun itu",
                            "en": "no activity with pre- and post-test scores that year"},
    "fact_no_last_year": {"id": "tidak ada data {tahun}", "en": "no {tahun} data"},
    "rank_none": {"id": "tidak diperingkat", "en": "not ranked"},
    "rank_none_missing": {"id": "tidak diperingkat (angka tidak ada)", "en": "not ranked (no figure)"},
    # an IKM of an earlier period than the province's: the dinas are compared in one period (CHECK13 D13-3)
    "rank_none_period": {"id": "tidak diperingkat: hanya SKM {periode}, dinas lain dibandingkan pada {provinsi}",
                         "en": "not ranked: only a {periode} SKM, the other agencies are compared in {provinsi}"},
    "rank_none_not_applicable": {"id": "tidak diperingkat (tidak berlaku)", "en": "not ranked (does not apply)"},
    "fact_period": {"id": " (periode {periode})", "en": " (period {periode})"},
    "rank_none_interval": {"id": "tidak diperingkat (tanpa rentang)", "en": "not ranked (no interval)"},
    # a rank counted over the dinas with a comparable figure, withheld below constants.MIN_DINAS_COMPARISON (CHECK10
    # C10-13: "1 dari 1" when the other agencies' IKM were withheld)
    "rank_none_few": {"id": "tidak diperingkat: hanya {n} dinas dengan angka yang dapat dibandingkan (perlu "
                            "sedikitnya {min})",
                      "en": "not ranked: only {n} {n:agency|agencies} with a comparable figure (at least {min} "
                            "needed)"},
    "index_gain_province": {"id": "provinsi: kenaikan nilainya rata-rata peserta, tanpa penyesuaian model campuran",
                            "en": "province: its gain is the participants' mean, without the mixed model's "
                                  "adjustment"},
    "index_gain_not_adjusted": {"id": "tidak ada estimasi model campuran: {alasan}",
                                "en": "no mixed-model estimate: {alasan}"},
    "index_rank_province": {"id": "provinsi tidak diperingkat di antara dinas",
                            "en": "the province is not ranked among agencies"},
    # --- no intervention declared (config/intervensi.yml or INTERVENSI): what was observed, no causal word ----
    "f_did_obs_up_none": {"id": "Layanan: di unit yang stafnya dilatih, IKM naik {besar} poin lebih banyak daripada "
                                "di unit pembanding ({ik}; {unit_d} unit dilatih, {unit_p} unit pembanding). Ini "
                                "perbedaan yang teramati, bukan hasil satu program: {alasan}.",
                          "en": "Service: in units whose staff were trained, the IKM rose {besar} points more than in "
                                "comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} comparison "
                                "{unit_p:unit|units}). This is "
                                "an observed difference, not the result of one programme: {alasan}."},
    "f_did_down_none": {"id": "Layanan: di unit yang stafnya dilatih, IKM turun {besar} poin dibanding unit pembanding "
                              "({ik}; {unit_d} unit dilatih, {unit_p} unit pembanding). Arah ini tidak diharapkan; "
                              "periksa data dan pelaksanaan pelatihan di unit-unit itu sebelum menarik kesimpulan.",
                        "en": "Service: in units whose staff were trained, the IKM fell {besar} points relative to "
                              "comparison units ({ik}; {unit_d} trained {unit_d:unit|units}, {unit_p} comparison "
                              "{unit_p:unit|units}). This "
                              "direction is not expected; check the data and how the training was delivered in those "
                              "units before drawing a conclusion."},
    # an interval holding zero, no intervention declared: no direction, in the summary's words (sum_found_flat;
    # LOOK37 L-9: "IKM naik lebih sedikit …, tetapi belum pasti" in 3.4 and 9.1 beside the summary's "tidak ada
    # perbedaan yang jelas" for the same record); {bertanda} the signed difference
    "f_did_flat_none": {"id": "Layanan: tidak ada perbedaan yang jelas antara perubahan IKM unit yang stafnya dilatih "
                              "dan unit pembanding ({unit_d} unit dilatih, {unit_p} unit pembanding): selisih "
                              "{bertanda} poin, rentang keyakinan 95% {ik} memuat nol.",
                        "en": "Service: no clear difference between the change in IKM of units whose staff were "
                              "trained and of comparison units ({unit_d} trained {unit_d:unit|units}, {unit_p} "
                              "comparison {unit_p:unit|units}): difference {bertanda} points, 95% confidence interval "
                              "{ik} includes zero."},
    "f_did_none_none": {"id": "Layanan: IKM unit yang stafnya dilatih belum dapat dibandingkan dengan unit pembanding "
                              "({alasan}).",
                        "en": "Service: the IKM of units whose staff were trained cannot yet be compared with "
                              "comparison units ({alasan})."},
    # the summary's IKM comparison without a declared intervention (report.words.impact.compared): the finding,
    # then what was compared; observed words only
    "sum_found_up": {"id": "Layanan: IKM unit yang sedikitnya {ambang} stafnya dilatih ({unit_d} unit) naik "
                           "{besar} poin lebih banyak ({ik}) daripada IKM unit lain ({unit_p} unit).",
                     "en": "Service: the IKM of units with at least {ambang} of staff trained ({unit_d} units) rose "
                           "{besar} points more ({ik}) than the IKM of other units ({unit_p} units)."},
    "sum_found_down": {"id": "Layanan: IKM unit yang sedikitnya {ambang} stafnya dilatih ({unit_d} unit) berubah "
                             "{besar} poin lebih rendah ({ik}) daripada IKM unit lain ({unit_p} unit); arah ini tidak "
                             "diharapkan dan perlu diperiksa.",
                       "en": "Service: the IKM of units with at least {ambang} of staff trained ({unit_d} units) "
                             "changed {besar} points less ({ik}) than the IKM of other units ({unit_p} units); this "
                             "direction is not expected and should be checked."},
    "sum_found_flat": {"id": "Layanan: tidak ada perbedaan yang jelas antara perubahan IKM unit yang sedikitnya "
                             "{ambang} stafnya dilatih ({unit_d} unit) dan unit lain ({unit_p} unit): selisih {besar} "
                             "poin ({ik}).",
                       "en": "Service: no clear difference between the change in IKM of units with at least {ambang} "
                             "of staff trained ({unit_d} units) and of other units ({unit_p} units): difference "
                             "{besar} points ({ik})."},
    "sum_compared_none": {"id": "Yang hendak dibandingkan: unit yang sedikitnya {ambang} stafnya dilatih pada "
                                "{jendela} dengan unit lain, {periode}. Tidak ada program "
                                "pelatihan yang dinyatakan sebagai intervensi, jadi setiap pelatihan dihitung.",
                          "en": "To be compared: units with at least {ambang} of staff trained during "
                                "{jendela} with other units, {periode}. No training programme is "
                                "declared as the intervention, so every training counts."},
    # the summary's service finding with the failed pre-trend check the chapters give (reader review 5, D16)
    # "belum dapat disebut", never "… saja" ("alone"), which grants the training part of the difference (LOOK28 Z-3)
    "sum_pretrend_bad": {"id": "Catatan: {alasan}, jadi selisih ini belum dapat disebut hasil pelatihan.",
                         "en": "Caveat: {alasan}, so this difference cannot be called a result of the training."},
    # beside "no clear difference": the failed check makes the absence of a difference no evidence either
    "sum_pretrend_failed_flat": {"id": "Catatan: {alasan}, jadi perbandingan ini juga tidak menunjukkan bahwa IKM "
                                       "keduanya berubah sama.",
                                 "en": "Caveat: {alasan}, so this comparison does not show that the IKM of both "
                                       "changed alike either."},
    "sum_compared": {"id": "Yang dibandingkan: unit yang stafnya dilatih pada {jendela} dengan unit "
                           "lain, {periode}. Tidak ada program pelatihan yang dinyatakan sebagai "
                           "intervensi, jadi setiap pelatihan dihitung dan ini perbedaan yang teramati, bukan hasil "
                           "satu program.",
                     "en": "Compared: units whose staff were trained during {jendela} with other units, "
                           "{periode}. No training programme is declared as the intervention, so every "
                           "training counts and this is an observed difference, not the result of one programme."},
    # the periods the estimator used (hasil.json `periode_dipakai`): two, or the change between two estimated
    # over all of them (an event study)
    "sum_periods_two": {"id": "{sebelum} dan {sesudah}", "en": "{sebelum} and {sesudah}"},
    "sum_periods_many": {"id": "perubahan dari {sebelum} ke {sesudah}, diestimasi atas {k} periode survei ({daftar}; "
                               "n = {n} pengamatan unit × periode)",
                         "en": "the change from {sebelum} to {sesudah}, estimated over {k} survey periods ({daftar}; "
                               "n = {n} unit × period observations)"},
    "sum_periods_data": {"id": "perubahan dari {sebelum} ke {sesudah} (data {k} periode survei: {daftar}; {n} "
                               "pengamatan unit × periode)",
                         "en": "the change from {sebelum} to {sesudah} (data of {k} survey periods: {daftar}; {n} "
                               "unit × period observations)"},
}
LABELS: dict[str, dict[str, str]] = {
    "gain_adjusted": {"id": "Kenaikan nilai, disesuaikan (model campuran; poin)",
                      "en": "Gain, adjusted (mixed model; points)"},
    "index_rank_gain": {"id": "Peringkat kenaikan nilai (rentang)", "en": "Gain rank (range)"},
    # --- the workbook's key-figures sheet (report.formats.workbook) ---------------------------------------
    "xf_sheet": {"id": "Angka Kunci", "en": "Key figures"},
    "xf_definisi": {"id": "Definisi", "en": "Definition"},
    "xf_nilai": {"id": "Nilai {tahun}", "en": "{tahun} value"},
    "xf_bawah": {"id": "Batas bawah 95%", "en": "95% lower bound"},
    "xf_atas": {"id": "Batas atas 95%", "en": "95% upper bound"},
    "xf_n": {"id": "n", "en": "n"},
    "xf_mentah": {"id": "Rata-rata peserta (kenaikan nilai)", "en": "Participants' mean (gain)"},
    "xf_provinsi_bawah": {"id": "Provinsi: batas bawah 95%", "en": "Province: 95% lower bound"},
    "xf_provinsi_atas": {"id": "Provinsi: batas atas 95%", "en": "Province: 95% upper bound"},
    "xf_provinsi_mentah": {"id": "Provinsi: rata-rata peserta (kenaikan nilai)",
                           "en": "Province: participants' mean (gain)"},
    "xf_tahun_lalu": {"id": "Nilai {tahun_lalu}", "en": "{tahun_lalu} value"},
    "xf_tahun_lalu_bawah": {"id": "{tahun_lalu}: batas bawah 95%", "en": "{tahun_lalu}: 95% lower bound"},
    "xf_tahun_lalu_atas": {"id": "{tahun_lalu}: batas atas 95%", "en": "{tahun_lalu}: 95% upper bound"},
    "xf_tahun_lalu_mentah": {"id": "{tahun_lalu}: rata-rata peserta (kenaikan nilai)",
                             "en": "{tahun_lalu}: participants' mean (gain)"},
    "xf_tahun_awal": {"id": "Tahun data pertama", "en": "First data year"},
    "xf_nilai_awal": {"id": "Nilai tahun data pertama", "en": "First data year's value"},
    "xf_nilai_awal_mentah": {"id": "Tahun data pertama: rata-rata peserta (kenaikan nilai)",
                             "en": "First data year: participants' mean (gain)"},
    "xf_alasan": {"id": "Alasan bila tidak dapat dihitung", "en": "Reason when it cannot be computed"},
    "xf_alasan_tahun": {"id": "{tahun}: {alasan}", "en": "{tahun}: {alasan}"},
}
