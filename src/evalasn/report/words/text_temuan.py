"""Sentences of the ranked findings (Ringkasan Eksekutif) and of the follow-up plan (BAB X), id and
en; merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # --- follow-up plan rows (report.chapters.plan) ---------------------------------------------------
    # the rule text of 10.2: what a row holds, then the target rules as a list, one item per row kind, each with the
    # codes it covers first (LOOK23 Z-4: seven rules in one 20-line paragraph, KECIL- in a bracket in a bracket; LOOK24
    # leftovers: IKM-UKUR and the general rule's codes were in no item), a fixed line quoted as the rows print it
    # ({target}: plan_targets.line_target_text), then the rest (pl_intro_after); report.chapters.followup.rule_items
    "pl_intro": {"id": "Setiap baris: satu temuan, satu penanggung jawab (yang sama dengan bab yang memuat temuan "
                       "itu), indikator dengan satuannya, nilai {tahun} dan target {tahun_berikut} yang lebih baik "
                       "daripada nilai kini. Target menurut kode baris:",
                 "en": "Each row: one finding, one responsible unit (the same as in the chapter that raised it), an "
                       "indicator with its unit, the {tahun} value and a {tahun_berikut} target better than today. "
                       "Targets by row code:"},
    # plan_targets._target: a target of record not yet reached IS the target; the interval's end only when none
    # remains to reach (LOOK37b M-2: 'or the interval's end when that is further' gave a second target)
    "pl_rule_general": {"id": "{kode} — target: yang ditetapkan (tabel target BAB VII; baris lanjutan: target tahun "
                              "lalu yang belum tercapai) selama belum tercapai; bila tidak ada lagi yang harus "
                              "dicapai, ujung yang lebih baik dari rentang keyakinan 95% nilai kini (angka yang, bila "
                              "dicapai, menunjukkan perubahan yang lebih besar daripada ketidakpastian hari ini); "
                              "untuk angka tanpa rentang (porsi metode, realisasi) tanpa target yang belum tercapai, "
                              "{langkah} poin persen lebih baik;",
                        "en": "{kode} — target: the one set (targets table, Chapter VII; a row carried on: last "
                              "year's unmet target) while not yet reached; only when none remains to reach, the "
                              "better end of today's 95% confidence interval (a value that, reached, shows a change "
                              "larger than today's uncertainty); for a figure without an interval (a method's share, "
                              "realisation) and no unmet target, {langkah} percentage points better;"},
    "pl_rule_element": {"id": "{kode} (unsur layanan lemah) — target: {target}, batas bawah kategori B, bukan ujung "
                              "rentang, yang bergantung pada jumlah responden;",
                        "en": "{kode} (a weak service element) — target: {target}, the lower edge of category B, not "
                              "an interval end, which depends on the number of respondents;"},
    "pl_rule_little": {"id": "{kode} (rancang ulang): metode tanpa kenaikan yang berarti atau dengan kenaikan "
                             "sangat kecil (BAB IX, aturan 1) — target: kenaikan yang membuat besar efek sedikitnya "
                             "{efek} (batas \"kecil\"), atau ujung atas rentang nilai kini bila itu lebih tinggi;",
                       "en": "{kode} (redesign): a method without a meaningful gain or with a very small gain "
                             "(Chapter IX, rule 1) — target: the gain that makes the effect size at least {efek} (the "
                             "\"small\" line), or the upper end of today's interval when that is higher;"},
    "pl_rule_stop": {"id": "{kode} (hentikan): metode dengan nilai tidak naik (BAB IX, aturan 1) — target: {target};",
                     "en": "{kode} (stop): a method for which scores did not rise (Chapter IX, rule 1) — target: "
                           "{target};"},
    "pl_rule_pppk": {"id": "{kode} (PPPK di atas batas JP) — target: {target};",
                     "en": "{kode} (PPPK above the JP cap) — target: {target};"},
    "pl_rule_data": {"id": "{kode} (kelengkapan data) — target: {target};",
                     "en": "{kode} (complete data) — target: {target};"},
    "pl_rule_ikm": {"id": "{kode} ({siapa} di bawah kategori B) — target: {target};",
                    "en": "{kode} ({siapa} below category B) — target: {target};"},
    "pl_rule_gain": {"id": "{kode} (kenaikan nilai yang disesuaikan dikurangi rata-rata provinsi) — target: {target};",
                     "en": "{kode} (the adjusted gain minus the province mean) — target: {target};"},
    # IKM-UKUR (rec_did_measure): its target as the row prints it (pl_tgt_did_units), the number it needs in words
    "pl_rule_did_units": {"id": "{kode} (rancang pengukuran dampak) — target: {target};",
                          "en": "{kode} (design the impact measurement) — target: {target};"},
    "pl_rule_did_needed": {"id": "jumlah unit yang diperlukan agar perbandingan dampak dapat disimpulkan (BAB III)",
                           "en": "the number of units the impact comparison needs to conclude (Chapter III)"},
    "pl_rule_carried": {"id": "baris lanjutan dari tahun lalu: tidak pernah mendapat target yang lebih lemah daripada "
                              "target tahun lalu yang belum tercapai (unsur layanan: hanya bila target itu batas yang "
                              "sama).",
                        "en": "a row carried on from last year: never a weaker target than last year's unmet one "
                              "(service elements: only when that target was the same line)."},
    "pl_intro_after": {"id": "Baris yang targetnya sudah tercapai tidak dicantumkan. Kode baris tetap dari tahun ke "
                             "tahun, sehingga status setiap baris dapat dinilai pada evaluasi tahun {tahun_berikut}.",
                       "en": "Rows whose target is already met are not listed. Row codes stay the same from year to "
                             "year, so that each row's status can be assessed in the {tahun_berikut} evaluation."},
    "pl_tgt_little": {"id": "≥ {target} poin = besar efek {efek}", "en": "≥ {target} points = effect size {efek}"},
    # a shift to a method the same plan reviews for gaining less than the province (plan.after_review; LOOK9 #16)
    "pl_act_after_review": {"id": ", sesudah tinjauan {metode} pada baris {kode} (kenaikan {metode} di dinas ini di "
                                  "bawah rata-rata provinsi untuk metode yang sama), agar peserta tidak dialihkan ke "
                                  "kegiatan yang sedang ditinjau",
                            "en": ", after the review of {metode} in row {kode} ({metode}'s gain here is below the "
                                  "province mean for the same method), so that participants are not moved into "
                                  "activities under review"},
    "pl_tgt_gain": {"id": "≥ {target} poin", "en": "≥ {target} points"},
    # a redesign row whose target is the upper end of today's interval, higher than the gain that removes the finding
    # (plan_targets.little_target; LOOK16 R-2: '≥ 4,6 poin' under a rule that gave 2,0)
    "pl_tgt_little_range": {"id": "≥ {target} poin = ujung atas rentang nilai {tahun}",
                            "en": "≥ {target} points = upper end of the {tahun} interval"},
    # the effect-size line in points at this year's spread of scores, said with its year: last year's row, carried
    # beside it, gave the same effect size in other points (LOOK17 S-6: "= besar efek 0,2" for 2,3 and 2,2 points)
    "pl_tgt_little_both": {"id": "≥ {target} poin, sedikitnya besar efek {efek} pada sebaran nilai {tahun_kini} "
                                 "({nilai_efek} poin) dan target {tahun} yang belum tercapai ({nilai_lalu} poin)",
                           "en": "≥ {target} points, at least effect size {efek} at the {tahun_kini} spread of scores "
                                 "({nilai_efek} points) and the unmet {tahun} target ({nilai_lalu} points)"},
    "pl_tgt_little_kept": {"id": "≥ {target} poin = target {tahun} yang belum tercapai",
                           "en": "≥ {target} points = the unmet {tahun} target"},
    "pl_tgt_weak": {"id": "≥ {batas} (seluruh rentang di atas batas Baik)",
                    "en": "≥ {batas} (whole interval above the Good band's lower edge)"},
    "pl_none": {"id": "Tidak ada temuan yang memerlukan tindak lanjut dengan target terukur.",
                "en": "No finding calls for a follow-up with a measurable target."},
    "pl_ind_jp": {"id": "% PNS dengan ≥ 20 JP pada {tahun}", "en": "% of PNS with ≥ 20 JP in {tahun}"},
    "pl_ind_cost": {"id": "Biaya per poin kenaikan nilai {tahun} (Rp per poin)",
                    "en": "Cost per point of gain, {tahun} (Rp per point)"},
    "pl_ind_method": {"id": "Porsi peserta {metode} pada {tahun} (% peserta)",
                      "en": "Share of participants in {metode}, {tahun} (% of participants)"},
    "pl_ind_ikm": {"id": "IKM konversi {tahun} (poin 25–100)", "en": "Converted IKM, {tahun} (points 25–100)"},
    # rec_did_measure (IKM-UKUR): the units the impact comparison uses, not the IKM level (REVIEW5b 10)
    "pl_ind_did_units": {"id": "Unit dalam perbandingan dampak {program} {tahun}: unit dilatih dan unit pembanding "
                               "dengan SKM sebelum dan sesudah pelatihan",
                         "en": "Units in the impact comparison of {program}, {tahun}: trained and comparison units "
                               "with an SKM before and after the training"},
    "pl_now_did_units": {"id": "{n} ({d} dilatih, {p} pembanding)", "en": "{n} ({d} trained, {p} comparison)"},
    "pl_tgt_did_units": {"id": "≥ {n}, sedikitnya {min} per kelompok", "en": "≥ {n}, at least {min} per group"},
    # a count of units (dinas) whose target is none at all (plan_targets.count_target_text; LOOK20 W-15: '≤ 0', a count
    # is never below 0)
    "pl_tgt_count_none": {"id": "0 unit", "en": "0 units"},
    "pl_tgt_count_none_dinas": {"id": "0 dinas", "en": "0 agencies"},
    # PPPK-JP's target of none above the legal cap (plan_targets.pppk_target_text): a count of every PPPK, a census,
    # as the row's value is ('4 dari 5 PPPK'); LOOK37b M-20: '≤ 0,0%' beside a count
    "pl_tgt_pppk_none": {"id": "0 PPPK di atas {batas} JP", "en": "0 PPPK above {batas} JP"},
    # rec_ikm_units: a count, as ikm_units.ikm_below_b lists them ({siapa}: kt_ikm_unit_word, kt_ikm_dinas_word)
    "pl_ind_ikm_units": {"id": "Jumlah {siapa} dengan estimasi IKM di bawah kategori B (C atau D) pada periode SKM "
                               "terakhir {tahun}",
                         "en": "Number of {siapa} with an IKM estimate below category B (C or D) in the last SKM "
                               "period of {tahun}"},
    "pl_ind_weak": {"id": "Rata-rata unsur {unsur} pada SKM {tahun} (skala 1–4)",
                    "en": "Mean of {unsur} in the {tahun} SKM (1–4 scale)"},
    "pl_ind_resist": {"id": "% peserta dengan resistensi tinggi pada {tahun}",
                      "en": "% of participants with high resistance, {tahun}"},
    "pl_ind_realisation": {"id": "Realisasi anggaran {tahun} (% pagu)", "en": "Budget realisation {tahun} (% of "
                                                                              "ceiling)"},
    "pl_ind_coverage": {"id": "% ASN yang mengikuti ≥ 1 kegiatan pada {tahun}",
                        "en": "% of staff in ≥ 1 activity in {tahun}"},
    "pl_ind_data": {"id": "% keikutsertaan {tahun} dengan nilai pre/post dan penilaian perilaku",
                    "en": "% of participations in {tahun} with pre/post scores and a behaviour rating"},
    "pl_ind_stop": {"id": "Kenaikan nilai peserta {metode} {tahun} (poin), atau anggarannya",
                    "en": "Participants' score gain in {metode}, {tahun} (points), or its budget"},
    "pl_tgt_stop": {"id": "> 0 poin (seluruh rentang 95% di atas nol) atau Rp 0",
                    "en": "> 0 points (whole 95% interval above zero) or Rp 0"},
    "pl_ind_stop_dinas": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas}, tiap dinas (poin), atau "
                                "anggarannya",
                          "en": "Participants' score gain in {metode}, {tahun}, in {dinas}, each agency (points), "
                                "or its budget"},
    "pl_ind_stop_one": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas} (poin), atau anggarannya",
                        "en": "Participants' score gain in {metode}, {tahun}, in {dinas} (points), or its budget"},
    "pl_now_stop": {"id": "{besar} poin, {biaya}", "en": "{besar} points, {biaya}"},
    # a method without gain whose cost is not recorded (budget.without_gain `biaya_tercatat` false; CHECK11 C11-11):
    # the row is judged on the gain alone, never on "Rp 0"
    "pl_now_stop_nocost": {"id": "{besar} poin, biaya tidak tercatat", "en": "{besar} points, cost not recorded"},
    "pl_now_no_interval": {"id": "{besar}, tanpa rentang", "en": "{besar}, no interval"},
    "pl_tgt_stop_gain": {"id": "> 0 poin (seluruh rentang 95% di atas nol)",
                         "en": "> 0 points (whole 95% interval above zero)"},
    "pl_ind_stop_gain": {"id": "Kenaikan nilai peserta {metode} {tahun} (poin)",
                         "en": "Participants' score gain in {metode}, {tahun} (points)"},
    "pl_ind_stop_dinas_gain": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas}, tiap dinas (poin)",
                               "en": "Participants' score gain in {metode}, {tahun}, in {dinas}, each agency (points)"},
    "pl_ind_stop_one_gain": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas} (poin)",
                             "en": "Participants' score gain in {metode}, {tahun}, in {dinas} (points)"},
    "pl_ind_stop_province_gain": {"id": "Kenaikan nilai peserta {metode} {tahun}, seluruh provinsi (poin)",
                                  "en": "Participants' score gain in {metode}, {tahun}, whole province (points)"},
    "rec_stop_nocost": {"id": "Hentikan atau rancang ulang {metode}: nilai peserta {arah} (perubahan {besar} poin; "
                              "{ik}{dasar}; biaya tidak tercatat).",
                        "en": "Stop or redesign {metode}: participants' scores {arah} (change {besar} points; "
                              "{ik}{dasar}; cost not recorded)."},
    "rec_stop_prov_nocost": {"id": "Hentikan atau rancang ulang {metode} di {dinas}: nilai peserta {arah} ({daftar}; "
                                   "biaya tidak tercatat).",
                             "en": "Stop or redesign {metode} in {dinas}: participants' scores {arah} ({daftar}; "
                                   "cost not recorded)."},
    "rec_pair_item_nocost": {"id": "{dinas} biaya tidak tercatat, perubahan {besar} poin, {ik}{dasar}",
                             "en": "{dinas} cost not recorded, change {besar} points, {ik}{dasar}"},
    "kt_nogain_nocost": {"id": "Nilai tidak naik{arah}: {daftar}.",
                         "en": "Scores did not rise{arah}: {daftar}."},
    # the points before their bracket, as every item of rule (1) gives them (kt_nogain_item)
    "kt_nogain_item_nocost": {"id": "{metode}, {besar} poin ({ik}{dasar}; biaya tidak tercatat)",
                              "en": "{metode}, {besar} points ({ik}{dasar}; cost not recorded)"},
    "kt_nogain_item_prov_nocost": {"id": "{metode} di {dinas}, {besar} poin ({ik}{dasar}; biaya tidak tercatat)",
                                   "en": "{metode} in {dinas}, {besar} points ({ik}{dasar}; cost not recorded)"},

    "pl_stop_no_budget": {"id": "Rp 0 (tidak dianggarkan)", "en": "Rp 0 (not budgeted)"},
    "pl_measure_dinas": {"id": "— dari hasil dinas: {dinas}", "en": "— from the agencies' results: {dinas}"},
    "pl_act_stop": {"id": "Hentikan {metode} atau rancang ulang (tujuan, materi, tes) sebelum dianggarkan lagi",
                    "en": "Stop {metode} or redesign it (aims, content, test) before it is budgeted again"},
    "pl_act_stop_prov": {"id": "Hentikan {metode} atau rancang ulang di {dinas} sebelum dianggarkan lagi",
                         "en": "Stop {metode} or redesign it in {dinas} before it is budgeted again"},
    # {alihkan}: redesign.little_move, '' when no method is cheaper per point with a gain not very small (LOOK14 P-4)
    "pl_act_little": {"id": "Rancang ulang {metode} (tujuan, materi, tes) agar kenaikan nilainya sebanding dengan "
                            "biayanya{alihkan}",
                      "en": "Redesign the {metode} activities (aims, content, test) so that their gain matches their "
                            "cost{alihkan}"},
    "pl_little_move": {"id": ", atau alihkan anggarannya ke {tujuan}", "en": ", or move their budget to {tujuan}"},
    "pl_ind_little": {"id": "Kenaikan nilai peserta {metode} {tahun} (poin)",
                      "en": "Participants' score gain in {metode}, {tahun} (points)"},
    "pl_ind_little_dinas": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas}, tiap dinas (poin)",
                            "en": "Participants' score gain in {metode}, {tahun}, in {dinas}, each agency (points)"},
    # a province-wide row (plan.WHOLE_PROVINCE): the province's gain, not the named dinas's (LOOK9 #6)
    "pl_ind_little_province": {"id": "Kenaikan nilai peserta {metode} {tahun}, seluruh provinsi (poin)",
                               "en": "Participants' score gain in {metode}, {tahun}, whole province (points)"},
    "pl_ind_stop_province": {"id": "Kenaikan nilai peserta {metode} {tahun}, seluruh provinsi (poin), atau "
                                   "anggarannya",
                             "en": "Participants' score gain in {metode}, {tahun}, whole province (points), or its "
                                   "budget"},
    "pl_ind_little_one": {"id": "Kenaikan nilai peserta {metode} {tahun} di {dinas} (poin)",
                          "en": "Participants' score gain in {metode}, {tahun}, in {dinas} (points)"},
    "pl_kode": {"id": "Kode", "en": "Code"},
    "pl_kini": {"id": "Nilai {tahun}", "en": "{tahun} value"},
    "pl_target": {"id": "Target {tahun}", "en": "{tahun} target"},
    # BAB IX 9.2's form of rules 3b and 3c (Recommendation.text): the step and where its finding is, 9.1's money
    # conclusion giving the amount, gain, interval and effect size (LOOK31 C-4: "Rp 167 juta untuk seminar tanpa
    # kenaikan yang berarti, −1,0 poin (…), besar efek …" printed in 9.1 and again in 9.2); the full form stays the
    # summary's (Recommendation.brief) and the plan takes the rule's action, not this text
    "rec_stop_listed": {"id": "Hentikan atau rancang ulang {metode} (temuan 9.1: anggaran untuk {metode} {tanpa}).",
                        "en": "Stop or redesign {metode} (finding in 9.1: money spent on {metode} {tanpa})."},
    "rec_stop_listed_nocost": {"id": "Hentikan atau rancang ulang {metode} (temuan 9.1: nilai peserta {arah}; biaya "
                                     "tidak tercatat).",
                               "en": "Stop or redesign {metode} (finding in 9.1: participants' scores {arah}; cost "
                                     "not recorded)."},
    "rec_stop_prov_listed": {"id": "Hentikan atau rancang ulang {metode} di {dinas} (temuan 9.1: anggarannya {tanpa}).",
                             "en": "Stop or redesign {metode} in {dinas} (finding in 9.1: money spent {tanpa})."},
    "rec_stop_prov_listed_nocost": {"id": "Hentikan atau rancang ulang {metode} di {dinas} (temuan 9.1: nilai "
                                          "peserta {arah}; biaya tidak tercatat).",
                                    "en": "Stop or redesign {metode} in {dinas} (finding in 9.1: participants' scores "
                                          "{arah}; cost not recorded)."},
    "rec_little_listed": {"id": "Rancang ulang {metode}{alihkan} (temuan 9.1: {metode} {kata}).",
                          "en": "Redesign {metode}{alihkan} (finding in 9.1: {metode} {kata})."},
    "rec_little_listed_flat": {"id": "tanpa kenaikan yang berarti", "en": "without a meaningful gain"},
    "rec_little_listed_small": {"id": "dengan kenaikan sangat kecil", "en": "with a very small gain"},
    "rec_little_prov_listed": {"id": "Rancang ulang {metode} di {dinas}{alihkan} (temuan 9.1: tanpa kenaikan yang "
                                     "berarti atau dengan kenaikan sangat kecil).",
                               "en": "Redesign {metode} in {dinas}{alihkan} (finding in 9.1: without a meaningful "
                                     "gain or for a very small gain)."},
    # --- the recommendation the stop-or-redesign row answers (report.chapters.rules) -------------------
    "rec_stop": {"id": "Hentikan atau rancang ulang {metode}: anggaran {biaya} {tanpa} "
                       "(perubahan {besar} poin; {ik}{dasar}).",
                 "en": "Stop or redesign {metode}: {biaya} spent {tanpa} (change "
                       "{besar} points; {ik}{dasar})."},
    "rec_stop_prov": {"id": "Hentikan atau rancang ulang {metode} di {dinas}: anggaran {biaya} {tanpa} ({daftar}).",
                      "en": "Stop or redesign {metode} in {dinas}: {biaya} spent {tanpa} ({daftar})."},
    # money without gain, by what the gain's interval says (budget.without_gain `menurun`; REVIEW5b 16): a whole
    # interval below zero is a fall, not "no rise"
    "nogain_flat": {"id": "dengan nilai tidak naik", "en": "while scores did not rise"},
    "nogain_fell": {"id": "sementara nilai peserta turun", "en": "while participants' scores fell"},
    "nogain_mixed": {"id": "dengan nilai tidak naik, sebagian turun",
                     "en": "while scores did not rise, in part fell"},
    "nogain_rise_flat": {"id": "tidak naik", "en": "did not rise"},
    "nogain_rise_fell": {"id": "turun", "en": "fell"},
    "nogain_rise_mixed": {"id": "tidak naik atau turun", "en": "did not rise or fell"},
    # after the label "nilai tidak naik" in the summary (kt_nogain; LOOK23 Z-2): only a fall is added (no rise adds
    # nothing, so it has no entry: no_gain.no_gain_words)
    "nogain_label_fell": {"id": " (nilai peserta turun)", "en": " (participants' scores fell)"},
    "nogain_label_mixed": {"id": " (sebagian nilai peserta turun)", "en": " (in part participants' scores fell)"},
    # the activities and participants a method's gain rests on, beside its estimate and interval (REVIEW5b 17)
    # the participants a gain rests on are those with both scores, fewer than Tabel 4 counts: named so (REVIEW6 R6-11)
    "gain_basis_n": {"id": "; {n_keg} kegiatan, {n} peserta bernilai pre dan post",
                     "en": "; {n_keg} activities, {n} participants with both scores"},
    "gain_basis_n_comma": {"id": ", {n_keg} kegiatan, {n} peserta bernilai pre dan post",
                           "en": ", {n_keg} activities, {n} participants with both scores"},
    "rec_little_prov": {"id": "Rancang ulang {metode} di {dinas}{alihkan}: {biaya} tanpa kenaikan yang berarti "
                              "atau dengan kenaikan sangat kecil ({daftar}).",
                        "en": "Redesign {metode} in {dinas}{alihkan}: {biaya} without a meaningful gain or for a "
                              "very small gain ({daftar})."},
    "rec_pair_item": {"id": "{dinas} {biaya}, perubahan {besar} poin, {ik}{dasar}",
                      "en": "{dinas} {biaya}, change {besar} points, {ik}{dasar}"},
    "rec_pair_one": {"id": "perubahan {besar} poin, {ik}{dasar}", "en": "change {besar} points, {ik}{dasar}"},
    # {temuan}: the summary's words for the same method (no_gain.little_item; REVIEW7 R7-10)
    "rec_little": {"id": "Rancang ulang {metode}{alihkan}: {temuan}.",
                   "en": "Redesign {metode}{alihkan}: {temuan}."},
    # where the budget may go (redesign.little_move: cheaper per point, a gain not very small; LOOK14 P-4)
    "rec_little_move": {"id": " atau alihkan anggarannya ke {tujuan}", "en": " or move the budget to {tujuan}"},
    # the relative clause right after the methods it is about (LOOK18 T-2: "metode dengan biaya per poin tidak di atas
    # biaya per poin keseluruhan yang kenaikannya …" attached the gain to the overall cost per point)
    "kt_little_move_one": {"id": ", atau alihkan anggarannya ke {tujuan}, yang biaya per poinnya lebih rendah dan "
                                 "kenaikannya tidak sangat kecil",
                           "en": ", or move the budget to {tujuan}, a method with a lower cost per point whose gain "
                                 "is not very small"},
    "kt_little_move_many": {"id": ", atau alihkan anggarannya ke {tujuan}, yang biaya per poinnya lebih rendah dan "
                                  "kenaikannya tidak sangat kecil",
                            "en": ", or move the budget to {tujuan}, methods with a lower cost per point whose gain "
                                  "is not very small"},
    # the same when the redesigned methods have no cost per point (gain not surely above zero): the methods are
    # compared with the scope's own cost per point (redesign.cheaper_than; LOOK15 Q-9)
    "kt_little_move_one_overall": {"id": ", atau alihkan anggarannya ke {tujuan}, yang biaya per poinnya tidak di atas "
                                         "biaya per poin keseluruhan dan kenaikannya tidak sangat kecil",
                                   "en": ", or move the budget to {tujuan}, a method whose cost per point is not "
                                         "above the overall cost per point and whose gain is not very small"},
    "kt_little_move_many_overall": {"id": ", atau alihkan anggarannya ke {tujuan}, yang biaya per poinnya tidak di "
                                          "atas biaya per poin keseluruhan dan kenaikannya tidak sangat kecil",
                                    "en": ", or move the budget to {tujuan}, methods whose cost per point is not "
                                          "above the overall cost per point and whose gain is not very small"},
    # a destination rule 3 rules out for gaining clearly less per participant (redesign.lesser_destination): the money
    # moved is the redesigned method's, not the dearer method's activities (LOOK37 L-7: "alihkan anggarannya ke
    # mentoring, workshop dan pelatihan" in the summary, "pengalihan kegiatan pelatihan ke mentoring tidak lagi
    # direkomendasikan" in BAB X)
    "kt_little_move_not_shift": {"id": "; yang dialihkan anggaran {asal}, bukan kegiatan {pembanding}: kenaikan per "
                                       "peserta {metode} jelas lebih kecil daripada {pembanding}",
                                 "en": "; this moves the {asal} budget, not {pembanding} activities: the gain per "
                                       "participant of {metode} is clearly smaller than that of {pembanding}"},
    # the cheaper methods the dinas reviews with BPSDM (KENAIKAN) wait for that review, as rule 3's shift does
    # (redesign.cheaper_under_review; LOOK12 K-12); _all: every named destination waits
    "rec_little_after_review": {"id": ", ke {metode} hanya sesudah tinjauan bersama BPSDM",
                                "en": ", to {metode} only after the review with BPSDM"},
    "rec_little_after_review_all": {"id": ", hanya sesudah tinjauan bersama BPSDM",
                                    "en": ", only after the review with BPSDM"},
    "pl_act_little_after_review": {"id": ", ke {metode} hanya sesudah tinjauan pada baris {kode}",
                                   "en": ", to {metode} only after the review in row {kode}"},
    "pl_act_little_after_review_all": {"id": ", hanya sesudah tinjauan pada baris {kode}",
                                       "en": ", only after the review in row {kode}"},
    # a cost per point is given only with its interval (analysis.budget: none without one)
    "rec_little_per_point": {"id": ", {biaya} per poin ({ik})", "en": ", {biaya} per point ({ik})"},
    "rec_little_per_point_costed": {"id": ", {biaya} per poin atas {k} kegiatan dengan biaya tercatat dan {n} "
                                          "peserta ({ik})",
                                    "en": ", {biaya} per point over the {k} {k:activity|activities} with a recorded "
                                          "cost and {n} participants ({ik})"},
    # --- the summary's findings ranked by consequence (report.chapters.key_findings) ---------------------
    # the findings first (LOOK25 W-4: the five-line order rule above them filled a phone's first screen); the order
    # is key_findings.by_consequence's (REVIEW7 R7-7), said in a note under them (kt_order)
    "kt_intro": {"id": "Temuan utama {nama}, tahun {tahun}, masing-masing dengan rekomendasinya:",
                 "en": "Main findings of {nama}, {tahun}, each with its recommendation:"},
    # the opening line before the findings: what went well, from the Angka Kunci records (report.chapters.glance;
    # LOOK26 X-5); {status} is the gain's Status cell in words (facts.Fact.status)
    "kt_glance": {"id": "Sekilas, dari tabel angka kunci: {daftar}.", "en": "At a glance, from the key-figure table: "
                                                                          "{daftar}."},
    "kt_glance_above": {"id": "{nama} {nilai} ({ik}){peringkat}, {status}", "en": "{nama} {nilai} ({ik}){peringkat}, "
                                                                                   "{status}"},
    "kt_glance_met": {"id": "target tercapai: {daftar}", "en": "{n:target|targets} met: {daftar}"},
    # {rujukan}: where the changes are printed with their intervals (kt_glance_where), once, or nothing where there
    # are none (LOOK28 Z-1)
    "kt_glance_better": {"id": "membaik dari {tahun}: {daftar}{rujukan}", "en": "better than in {tahun}: "
                                                                               "{daftar}{rujukan}"},
    "kt_glance_where": {"id": " (selisihnya di {rujukan})", "en": " (the changes in {rujukan})"},
    # and what is clearly worse, so that the line does not read as the whole table (LOOK31 C-1: "membaik: …" above a
    # PPPK finding's "memburuk"); after "no figure clearly better", a sentence of its own
    "kt_glance_worse": {"id": "memburuk dari {tahun}: {daftar}{rujukan}", "en": "worse than in {tahun}: "
                                                                              "{daftar}{rujukan}"},
    "kt_glance_worse_after": {"id": " Memburuk dari {tahun}: {daftar}{rujukan}.",
                              "en": " Worse than in {tahun}: {daftar}{rujukan}."},
    # nothing good to name: each clause says what its rule checked, no more (LOOK32 D-4: "no figure clearly above the
    # province mean" beside a realisation above the province's, which no rule tests; the gain is the one figure
    # placed against the province mean); {kenaikan}: kt_glance_none_gain where the gain is placed, {selain}:
    # kt_glance_none_but where a gain target of above zero is met (left out of "target tercapai": glance.meaningful)
    "kt_glance_none": {"id": "Sekilas, dari tabel angka kunci: {kenaikan}tidak ada angka yang mencapai targetnya"
                             "{selain} atau jelas membaik dari {tahun}{rujukan}.",
                       "en": "At a glance, from the key-figure table: {kenaikan}no figure meets its target{selain} or "
                             "is clearly better than in {tahun}{rujukan}."},
    "kt_glance_none_gain": {"id": "{nama} tidak jelas di atas rata-rata provinsi; ",
                            "en": "the {nama} is not clearly above the province mean; "},
    "kt_glance_none_but": {"id": " (selain target kenaikan nilai di atas nol)",
                           "en": " (other than a gain target of above zero)"},
    # an IKM estimate in category C or D, last (glance.poor_ikm; LOOK37 item 3): a dinas's own, the province's lowest
    # dinas; always a sentence of its own after the line (kt_glance_ikm_after, capitalised)
    "kt_glance_ikm": {"id": "IKM {nilai} ({ik}), kategori {kategori} ({label}){rentang}",
                      "en": "IKM {nilai} ({ik}), category {kategori} ({label}){rentang}"},
    "kt_glance_ikm_lowest": {"id": "IKM dinas terendah: {nama} {nilai} ({ik}), kategori {kategori} ({label}){rentang}",
                             "en": "lowest agency IKM: {nama} {nilai} ({ik}), category {kategori} ({label}){rentang}"},
    "kt_glance_ikm_reach": {"id": ", rentangnya sampai kategori {lain}",
                            "en": ", its interval reaching category {lain}"},
    "kt_glance_ikm_after": {"id": " {klausa}.", "en": " {klausa}."},
    # how the opening line chooses, printed after the selection rules in BAB IX (key_findings.selection_rules)
    "kt_glance_rule": {"id": "Kalimat pembuka ringkasan (\"Sekilas\") menyebut yang baik di tabel angka kunci: "
                             "kenaikan nilai di atas rata-rata provinsi (laporan dinas: rentang keyakinan 95% "
                             "selisihnya seluruhnya di atas nol), target yang tercapai (selain target kenaikan nilai "
                             "di atas nol) dan angka yang jelas membaik dari tahun lalu (uji aturan (6), ke arah "
                             "sebaliknya); lalu angka tabel tren (7.1) yang jelas memburuk dari tahun lalu, termasuk "
                             "PPPK di atas batas 24 JP, agar kalimat itu tidak terbaca sebagai seluruh tabel; dalam "
                             "kalimat sesudahnya estimasi IKM dalam kategori C atau D (laporan provinsi: IKM dinas "
                             "terendah), bila temuan ringkasan belum menyebutnya. Hanya "
                             "kenaikan nilai yang dibandingkan dengan rata-rata provinsi di sini; angka lain di kolom "
                             "Provinsi tidak diuji.",
                       "en": "The summary's opening line (\"At a glance\") names what went well in the key-figure "
                             "table: a gain above the province mean (agency reports: the 95% confidence interval of "
                             "the difference wholly above zero), the targets met (other than a gain target of above "
                             "zero) and the figures clearly better than last year (rule (6)'s test, the other way); "
                             "then the figures of the trend table (7.1) clearly worse than last year, PPPK above the "
                             "24-JP cap among them, so that the line does not read as the whole table; in a sentence "
                             "after it, an IKM estimate in category C or D (the province report: the lowest agency "
                             "IKM), where the summary's findings do not state it already. Only the gain "
                             "is compared with the province mean here; the other figures of the Province column are "
                             "not tested."},
    "kt_order": {"id": "Urutan temuan: yang menyebut jumlah uang sedikitnya {porsi} dari biaya program tahun itu "
                       "lebih dulu, dari jumlah terbesar; lalu target yang jelas memburuk dari tahun lalu; lalu yang "
                       "lain menurut urutan aturan pemilihan di BAB IX.",
                 "en": "Order of the findings: those that name an amount of money of at least {porsi} of the year's "
                       "programme cost first, the largest first; then targets clearly worse than last year; then the "
                       "others in the order of the selection rules in Chapter IX."},
    "kt_rounding": {"id": "Selisih dihitung dari angka sebelum pembulatan (BAB I, Metode).",
                    "en": "Differences are computed from the figures before rounding (Chapter I, Methods)."},
    # rule (1) as analysis.budget.without_gain and no_gain.little_gain select (LOOK22 Y-2): {nol}, {efek}, {atas} and
    # {tanpa_biaya} come from the constants the selection uses (key_findings.rule_values)
    "kt_rules": {"id": "Temuan utama Ringkasan Eksekutif dipilih menurut prioritas: (1) anggaran untuk metode "
                       "yang batas atas rentang keyakinan 95% kenaikan nilainya pada atau di bawah {nol} (\"nilai "
                       "tidak naik\"), atau, sebagai cabang kedua, yang batas atas rentang itu di atas {nol} tetapi "
                       "estimasi besar efeknya di bawah {efek} dan batas atas rentang keyakinan 95% besar efek itu "
                       "di bawah {atas}, dengan biaya per poin di atas biaya per poin keseluruhan{tanpa_biaya}; "
                       "metode cabang kedua disebut \"tanpa kenaikan yang berarti\" bila estimasi kenaikannya "
                       "{nol} atau di bawahnya dan \"kenaikan sangat kecil\" bila di atas {nol}; "
                       "(2) PPPK di atas batas {batas} JP (PP 49/2018 Pasal 39), bila seluruh rentang porsinya di "
                       "atas nol, atau, bila porsinya tanpa rentang (kurang dari {min_pppk} PPPK), bila hitungan "
                       "semua PPPK menemukan sedikitnya satu di atas batas; (3) kenaikan nilai dinas jelas di bawah "
                       "rata-rata provinsi (dinas dalam daftar perhatian provinsi karena kenaikannya, dengan biaya "
                       "kegiatannya setahun: temuan ini mengenai seluruh anggaran pelatihan dinas); (4) metode dengan "
                       "anggaran terbesar dibanding metode termurah per poin, bila selisihnya jelas (rentang "
                       "selisihnya seluruhnya di bawah nol) dan pengalihan ke metode yang lebih murah disarankan; "
                       "(5) hasil intervensi yang dinyatakan, bila ada; (6) "
                       "target yang berstatus \"belum tercapai\" di tabel angka kunci (juga target dari "
                       "rencana tindak lanjut tahun lalu), paling banyak dua: yang jelas memburuk dari tahun lalu "
                       "lebih dulu (rentang keyakinan 95% selisih tahun ini dengan tahun lalu seluruhnya di sisi yang "
                       "lebih buruk; ASN atau unit layanan yang sama di kedua tahun dihitung berpasangan; realisasi "
                       "anggaran adalah sensus seluruh anggaran, jadi selisihnya pasti, tanpa rentang, dan jelas bila "
                       "selisih yang dicetak bukan nol; kecuali bila tahun itu belum berakhir pada tanggal laporan: "
                       "cakupan, 20 JP dan realisasi anggaran masih bertambah sampai akhir tahun, jadi memburuknya "
                       "belum dapat dinilai), lalu yang "
                       "terlewat paling jauh (kekurangannya dibagi targetnya; target nol paling "
                       "dulu); temuannya menyebut nilai tahun lalu dengan \"membaik\" atau \"memburuk\" menurut "
                       "uji yang sama, atau \"perubahannya belum pasti\" bila rentang selisih itu memuat nol, "
                       "dengan selisih dan rentangnya (realisasi: selisihnya yang pasti, atau \"tidak berubah\"); "
                       "kenaikan nilai dinas yang disesuaikan disebut membaik atau "
                       "memburuk hanya bila rata-rata pesertanya jelas berubah ke arah yang sama (angka yang "
                       "disesuaikan ditarik ke rata-rata provinsi tiap tahun, jadi perubahannya sebagian besar "
                       "perubahan provinsi), dan bila tidak, walau rentang selisihnya tidak memuat nol, disebut "
                       "\"tidak dinilai membaik\" (atau \"tidak dinilai memburuk\") beserta alasannya; (7) "
                       "provinsi, unit atau dinas dengan IKM kategori C atau D. Paling banyak lima; yang lain "
                       "disebut sesudahnya, dan semua temuan serta rekomendasi ada di bab ini.",
                 "en": "The Executive Summary's main findings are selected by priority: (1) money spent on "
                       "methods whose gain's 95% confidence interval has its upper end at or below {nol} "
                       "(\"scores did not rise\"), or, as the second branch, whose interval's upper end is above "
                       "{nol} but whose effect size is estimated below {efek} and the upper end of the effect "
                       "size's 95% confidence interval below {atas}, at a cost per point above the overall cost per "
                       "point{tanpa_biaya}; methods of the second branch are called \"without a meaningful gain\" "
                       "when the gain is estimated at or below {nol} and \"a very small gain\" when above it; (2) "
                       "PPPK above the {batas}-JP cap (PP 49/2018 Art. 39), when the share's "
                       "whole interval is above zero, or, where the share has no interval (fewer than {min_pppk} "
                       "PPPK), when the count of every PPPK finds at least one above the cap; (3) the agency's gain "
                       "clearly below the province mean (an agency on the province's attention list for "
                       "its gain, with its year's activity cost: the finding concerns its whole training budget); "
                       "(4) the method with the largest budget against the cheapest per point, when the difference is "
                       "clear (its whole interval below zero) and a shift to a cheaper method is advised; (5) the "
                       "result for the declared intervention, if any; "
                       "(6) the targets the key-figure table marks \"not met\" (a target from last year's "
                       "follow-up plan too), at most two: those clearly worse than last year first (the 95% "
                       "confidence interval of the difference between this year and last year wholly on the worse "
                       "side; the same staff or service units in both years counted as pairs; budget realisation "
                       "is a census of the whole budget, so its difference is exact, without an interval, and clear "
                       "when the printed difference is not zero; except that, if the year had not ended by the "
                       "report's date, coverage, 20 JP and budget realisation are still growing, so a worsening "
                       "cannot be judged yet), then the widest miss "
                       "(the shortfall divided by the target; a target of zero first); each names last year's value "
                       "with \"improved\" or \"worse\" by the same test, or \"the change is uncertain\" when that "
                       "interval contains zero, with the difference and its interval (realisation: its exact "
                       "difference, or \"unchanged\"); an agency's adjusted gain "
                       "is called improved or worse only when its participants' mean clearly changed the same way "
                       "(the adjusted figure is pulled toward each year's province mean, so its change is largely the "
                       "province's), and otherwise, even though the interval of its difference excludes zero, is "
                       "called \"not judged an improvement\" (or \"not judged a worsening\") with the reason; "
                       "(7) the province, units or "
                       "agencies "
                       "with an IKM in category C or D. At most five; the others are named after them, and every "
                       "finding and recommendation is in this chapter."},
    # the summary's note: the 14-line rules above went to BAB IX (LOOK20 W-21: a third of the ten-minute reader's
    # page), after 9.2 (LOOK35 G-9: between 9.1 and 9.2 they stood between the conclusions and the recommendations);
    # the two labels of rule (1) stay defined where they are read (LOOK18 T-13)
    # both labels of the second part of rule (1), by the sign of the estimate (LOOK22 Y-2: "sangat kecil: di atas
    # nol" while the negative estimates passed the same test)
    "kt_rules_short": {"id": "Aturan pemilihan temuan utama ada di akhir BAB IX. \"Nilai tidak naik\": batas atas "
                             "rentang keyakinan 95% kenaikan nilai pada atau di bawah {nol}. \"Tanpa kenaikan yang "
                             "berarti\" dan \"kenaikan sangat kecil\": batas atas rentang itu di atas {nol}, tetapi "
                             "estimasi besar efeknya di bawah {efek} dan batas atas rentang keyakinan 95% besar efek "
                             "itu di bawah {atas}; \"tanpa kenaikan yang berarti\" bila estimasi kenaikan nilai "
                             "{nol} atau di bawahnya, \"kenaikan sangat kecil\" bila di atas {nol}.",
                       "en": "The rules that select the main findings are at the end of Chapter IX. \"Scores did "
                             "not rise\": the upper end of the gain's 95% confidence interval is at or below {nol}. "
                             "\"Without a meaningful gain\" and \"a very small gain\": that upper end is above "
                             "{nol}, but the effect size is estimated below {efek} and the upper end of its 95% "
                             "confidence interval is below {atas}; \"without a meaningful gain\" when the gain is "
                             "estimated at or below {nol}, \"a very small gain\" when above it."},
    # rule (1) without a cost per point to compare (analysis.little_gain.UNPRICED_IS_CHEAP false)
    "kt_rules_unpriced": {"id": " atau tanpa biaya per poin (biaya per poin metode itu atau biaya per poin keseluruhan "
                                "tidak dihitung)",
                          "en": " or with no cost per point (the method's or the overall cost per point not "
                                "computed)"},
    "kt_rules_zero": {"id": "nol", "en": "zero"},
    "kt_rec_label": {"id": "Rekomendasi:", "en": "Recommendation:"},
    # money without gain (R6-10: one plain sentence, amount first; a fall is never called a small gain)
    "kt_nogain": {"id": "Anggaran dengan nilai tidak naik{arah}: {daftar}.",
                  "en": "Money for which scores did not rise{arah}: {daftar}."},
    "kt_nogain_total": {"id": "Anggaran dengan nilai tidak naik, {jumlah}{arah}: {daftar}.",
                        "en": "Money for which scores did not rise, {jumlah}{arah}: {daftar}."},
    # one layout for every item of the finding, the points before their bracket as the second branch's items give
    # them (kt_little_item_flat: one figure per bracket, LOOK23 Z-2): 'Rp 154 juta untuk e-learning, −2,0 poin
    # (rentang keyakinan 95%: −2,9 s.d. −1,0; …)', not '(−2,0 poin; rentang keyakinan 95%: …)' beside them
    "kt_nogain_item": {"id": "{biaya} untuk {metode}, {besar} poin ({ik}{dasar})",
                       "en": "{biaya} on {metode}, {besar} points ({ik}{dasar})"},
    "kt_nogain_item_prov": {"id": "{biaya} untuk {metode} di {dinas}, {besar} poin ({ik}{dasar})",
                            "en": "{biaya} on {metode} in {dinas}, {besar} points ({ik}{dasar})"},
    "kt_rec_stop": {"id": "Hentikan atau rancang ulang {metode} sebelum dianggarkan lagi (BAB X).",
                    "en": "Stop or redesign {metode} before budgeting again (Chapter X)."},
    "kt_method_in": {"id": "{metode} di {dinas}", "en": "{metode} in {dinas}"},
    "kt_groups_last": {"id": ", serta {bagian}", "en": ", and {bagian},"},
    # money for a very small gain (no_gain.little_gain): an estimate at or below zero is "no gain worth the name", an
    # estimate above it "a very small gain"; the amount first (R6-10, R6-2)
    "kt_little": {"id": "{daftar}{pembanding}.", "en": "{daftar}{pembanding}."},
    "kt_little_total": {"id": "{jumlah} tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil: "
                              "{daftar}{pembanding}.",
                        "en": "{jumlah} without a meaningful gain or for a very small gain: {daftar}{pembanding}."},
    "kt_little_total_flat": {"id": "{jumlah} tanpa kenaikan yang berarti: {daftar}{pembanding}.",
                             "en": "{jumlah} without a meaningful gain: {daftar}{pembanding}."},
    "kt_little_total_small": {"id": "{jumlah} dengan kenaikan sangat kecil: {daftar}{pembanding}.",
                              "en": "{jumlah} for a very small gain: {daftar}{pembanding}."},
    # {efek}: the effect size and its interval that admit the gain under rule (1) (no_gain.effect_said,
    # kt_little_effect; LOOK22 Y-2: the seminar's "−1,0 poin; −2,4 s.d. 0,4" was listed on a test printed nowhere)
    # one figure per bracket (LOOK23 Z-2: the points and the effect size with two intervals in one bracket)
    "kt_little_item_flat": {"id": "{biaya} untuk {metode} tanpa kenaikan yang berarti, {besar} poin ({ik}{dasar})"
                                  "{efek}",
                            "en": "{biaya} on {metode} without a meaningful gain, {besar} points ({ik}{dasar}){efek}"},
    "kt_little_item_small": {"id": "{biaya} untuk {metode} dengan kenaikan sangat kecil, {besar} poin ({ik}{dasar})"
                                   "{efek}{per_poin}",
                             "en": "{biaya} on {metode} for a very small gain, {besar} points ({ik}{dasar}){efek}"
                                   "{per_poin}"},
    "kt_little_pair_flat": {"id": "{biaya} untuk {metode} di {dinas} tanpa kenaikan yang berarti, {besar} poin "
                                  "({ik}{dasar}){efek}",
                            "en": "{biaya} on {metode} in {dinas} without a meaningful gain, {besar} points "
                                  "({ik}{dasar}){efek}"},
    "kt_little_pair_small": {"id": "{biaya} untuk {metode} di {dinas} dengan kenaikan sangat kecil, {besar} poin "
                                   "({ik}{dasar}){efek}",
                             "en": "{biaya} on {metode} in {dinas} for a very small gain, {besar} points "
                                   "({ik}{dasar}){efek}"},
    # the effect size's interval bare in its own bracket ('besar efek −0,09 (−0,22 s.d. 0,04)'; LOOK23 Z-2)
    "kt_little_effect": {"id": ", besar efek {g}{g_ik}", "en": ", effect size {g}{g_ik}"},
    # what the judged dinas account for, with their share of the row's money (LOOK23 Z-3: "Rp 974 juta … terutama dari
    # Kesehatan, …" read as the money, of which they held 47%); {kenaikan}: kt_driven_small or kt_driven_flat
    "kt_driven": {"id": "; {kenaikan} ini terutama berasal dari {siapa}{uang}: di dinas lain peserta {metode} {naik} "
                        "{nilai} poin ({ik}), {selisih} poin lebih tinggi daripada di {itu} ({ik_selisih}; BAB IX, "
                        "9.1)",
                  "en": "; this {kenaikan} comes mainly from {siapa}{uang}: in the other agencies {metode} "
                        "participants {naik} {nilai} points ({ik}), {selisih} points more than in {itu} "
                        "({ik_selisih}; Chapter IX, 9.1)"},
    # the rule's own label (LOOK24 V2-2: "kenaikan yang kecil" is the effect-size band the other dinas's gain has)
    "kt_driven_small": {"id": "kenaikan sangat kecil", "en": "very small gain"},
    "kt_driven_flat": {"id": "tidak adanya kenaikan yang berarti", "en": "lack of a meaningful gain"},
    "kt_driven_who": {"id": "{n} dinas, yaitu {daftar}", "en": "{n} agencies, namely {daftar}"},
    "kt_driven_money": {"id": " ({biaya}, {porsi} biayanya)", "en": " ({biaya}, {porsi} of its cost)"},
    "kt_driven_rose": {"id": "naik", "en": "gained"},
    "kt_driven_changed": {"id": "rata-rata berubah", "en": "changed on average by"},
    "kt_those_dinas": {"id": "{n} dinas itu", "en": "those {n} agencies"},
    "kt_that_dinas": {"id": "dinas itu", "en": "that agency"},
    # the judged dinas named without saying they drive the figure (dinas_pairs.Spread neither stands nor is driven)
    # the labels of rule (1)'s second branch, as the summary note defines them (LOOK23 Z-2: one label per branch)
    "kt_driven_observed": {"id": ", termasuk metode tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil di "
                                 "{dinas} (BAB IX, 9.1)",
                           "en": ", including methods without a meaningful gain or with a very small gain in {dinas} "
                                 "(Chapter IX, 9.1)"},
    # a province-wide method row spread over the dinas (report.chapters.dinas_pairs.spread; REVIEW5b 1), in sentences of
    # their own after the finding's, its counts printed once, in the finding (LOOK23 Z-3: one 25-line sentence that
    # printed "52 kegiatan, 1.239 peserta" three times)
    "kt_spread": {"id": "{metode} diadakan di {dinas} dinas",
                  "en": "{metode} was run in {dinas} {dinas:agency|agencies}"},
    "kt_spread_judged": {"id": "; dinilai sendiri: {daftar}", "en": "; judged on their own: {daftar}"},
    "kt_spread_judged_alone": {"id": "Dinilai sendiri: {daftar}", "en": "Judged on their own: {daftar}"},
    "kt_spread_judged_item": {"id": "{dinas} {biaya} (perubahan {besar} poin; {ik}{dasar})",
                              "en": "{dinas} {biaya} (change {besar} points; {ik}{dasar})"},
    # the dinas with too few activities, after the others' gain and its conclusion, by name with their activities
    # counted once (LOOK24 V2-7: 13 names with their counts between the finding's figure and its conclusion)
    "kt_spread_small": {"id": " Terlalu sedikit kegiatan untuk dinilai sendiri (kurang dari {min} per dinas; {k} "
                              "kegiatan seluruhnya) di {n} dinas: {daftar}.",
                        "en": " Too few activities to be judged on their own (fewer than {min} per agency; {k} "
                              "{k:activity|activities} in all) in {n} {n:agency|agencies}: {daftar}."},
    "kt_spread_fine": {"id": " Dinilai sendiri tanpa temuan aturan (1) BAB IX: {daftar}.",
                       "en": " Judged on their own without a finding under rule (1) of Chapter IX: {daftar}."},
    "kt_spread_fine_item": {"id": "{dinas} ({k} kegiatan, {n} peserta; angkanya di laporan dinas itu)",
                            "en": "{dinas} ({k} {k:activity|activities}, {n} participants; its figures in that "
                                  "agency's report)"},
    # the participants outside the dinas with a finding of their own (dinas_pairs.outside_said; LOOK11 L-3)
    "kt_others": {"id": " Di luar dinas yang punya temuan sendiri, peserta {metode} rata-rata berubah {nilai}",
                  "en": " Outside the agencies with a finding of their own, {metode} participants changed on "
                        "average by {nilai}"},
    "kt_others_figure": {"id": "{nilai} poin ({ik}{dasar})", "en": "{nilai} points ({ik}{dasar})"},
    "kt_others_figure_no_interval": {"id": "{nilai} poin (tanpa rentang: hanya {k} kegiatan, perlu sedikitnya {min}; "
                                           "{n} peserta bernilai pre dan post)",
                                     "en": "{nilai} points (no interval: only {k} {k:activity|activities}, at least "
                                           "{min} needed; {n} participants with both scores)"},
    # the difference outside − inside the judged dinas, one clustered estimate (LOOK12 K-2; never two overlaps), said
    # as the summary says it, higher or lower than in those dinas (LOOK24 V2-7: "kenaikan itu dikurangi kenaikan
    # peserta di 4 dinas itu: 3,2 poin" read as a formula); {itu}: kt_those_dinas or kt_that_dinas
    "kt_others_gap_higher": {"id": ", {nilai} poin lebih tinggi daripada di {itu} ({ik})",
                             "en": ", {nilai} points more than in {itu} ({ik})"},
    "kt_others_gap_lower": {"id": ", {nilai} poin lebih rendah daripada di {itu} ({ik})",
                            "en": ", {nilai} points less than in {itu} ({ik})"},
    "kt_others_gap_same": {"id": ", sama dengan di {itu} ({ik})", "en": ", the same as in {itu} ({ik})"},
    "kt_others_mainly": {"id": ". Jadi {kenaikan} ini terutama berasal dari {itu}{uang}",
                         "en": ". So this {kenaikan} comes mainly from {itu}{uang}"},
    "kt_others_money": {"id": " ({biaya}, {porsi} biaya {metode})", "en": " ({biaya}, {porsi} of the {metode} cost)"},
    "kt_others_not_shown": {"id": ", jadi data ini belum menunjukkan bahwa angka seluruh provinsi terutama dari "
                                  "dinas-dinas itu",
                            "en": ", so these data do not show that the province-wide figure comes mainly from "
                                  "those agencies"},
    "kt_others_no_interval": {"id": ", jadi belum dapat dinilai apakah angka seluruh provinsi terutama dari "
                                    "dinas-dinas itu",
                              "en": ", so whether the province-wide figure comes mainly from those agencies cannot "
                                    "be judged"},
    # a very small gain's cost per point as a sentence of its own (no_gain.little_cost; LOOK20 W-19: "(1,8 poin; …; 52
    # kegiatan, …; Rp 435.847 per poin atas 48 kegiatan dengan biaya tercatat (1.129 peserta), …)" held seven facts)
    "kt_little_cost": {"id": " Biaya per poin {metode}: {biaya} ({ik}).",
                       "en": " Cost per point of {metode}: {biaya} ({ik})."},
    "kt_little_cost_costed": {"id": " Biaya per poin {metode}: {biaya} atas {k} kegiatan dengan biaya tercatat dan {n} "
                                    "peserta ({ik}).",
                              "en": " Cost per point of {metode}: {biaya} over the {k} {k:activity|activities} with a "
                                    "recorded cost and {n} participants ({ik})."},
    "kt_little_cheapest_after": {"id": " Sebagai pembanding, {metode} {biaya} per poin ({ik}).",
                                 "en": " For comparison, {metode} costs {biaya} per point ({ik})."},
    "kt_little_cheapest": {"id": "; sebagai pembanding, {metode} {biaya} per poin ({ik})",
                           "en": "; for comparison, {metode} costs {biaya} per point ({ik})"},
    "kt_rec_little": {"id": "Rancang ulang {metode} agar kenaikannya sebanding dengan biayanya{alihkan} (BAB X).",
                      "en": "Redesign {metode} so that the gain matches the cost{alihkan} (Chapter X)."},
    "kt_money": {"id": "Ke mana anggaran pergi: {besar} menyerap {porsi} anggaran kegiatan ({anggaran} dari {total}) "
                       "dengan biaya {biaya} per poin kenaikan ({ik}); {murah} hanya {biaya_m} per poin ({ik_m}).",
                 "en": "Where the money goes: {besar} takes {porsi} of the activity budget ({anggaran} of {total}) at "
                       "{biaya} per point of gain ({ik}); {murah} costs only {biaya_m} per point ({ik_m})."},
    # the activities' total counts dinas the realisation beside it does not (no budget rows; REVIEW5b 15)
    # only dinas with activity cost that year and no budget rows (REVIEW7 R7-8), with that cost
    "kt_money_basis": {"id": " Biaya kegiatan ini mencakup {n} dinas, termasuk {daftar} yang tidak mengirim data "
                             "anggaran, jadi dapat melebihi realisasi anggaran yang disebut di atas.",
                       "en": " This activity cost covers {n} agencies, including {daftar}, which sent no budget "
                             "data, so it can exceed the budget realisation given above."},
    "kt_money_basis_item": {"id": "{dinas} (biaya kegiatan {biaya})", "en": "{dinas} (activity cost {biaya})"},
    "kt_rec_money": {"id": "Alihkan sebagian kegiatan {besar} ke {metode} bila tujuan belajarnya sama, dan pantau "
                           "biaya per poinnya (BAB X).",
                     "en": "Move part of the {besar} activities to {metode} where the learning aims are the same, and "
                           "monitor its cost per point (Chapter X)."},
    "kt_target": {"id": "Target terlewat: {nama} {nilai} terhadap target {target}.",
                  "en": "Target missed: {nama} {nilai} against a target of {target}."},
    # a missed cost-per-point target of a dinas among the cheapest in the province: its rank beside the miss
    # (chapters.cost_target.cheap_rank; LOOK35 G-6)
    "kt_cost_cheap_rank": {"id": " Termasuk yang termurah di provinsi: {peringkat}.",
                           "en": " Among the cheapest in the province: {peringkat}."},
    # the same finding after BAB IX's conclusion that states the figure (key_findings.FIGURE_CONCLUSIONS; LOOK28 Z-2)
    # a sentence of its own, naming whose target it is (LOOK29 A-4: "Target terlewat: ≥ 100%. Naik dari …")
    # naming whose target (LOOK31 C-3: after "PPPK dilaporkan terpisah (BAB II)." "Targetnya" read as the PPPK's)
    "kt_target_after": {"id": "Target {nama} {target}, belum tercapai.",
                        "en": "The {nama} target of {target} is not met."},
    # the same sentence on every key figure a 9.1 conclusion states, whatever its status (key_findings.target_status;
    # LOOK32 D-3: coverage and IKM bare while "Sekilas" named both as improved); {alasan}: ' (why)' or ''
    "kt_target_after_met": {"id": "Target {nama} {target}, tercapai.", "en": "The {nama} target of {target} is met."},
    # "yet" only for a total of a year not over (Verdict.provisional; LOOK36 K-5: "The IKM target of ≥ 76.61 cannot
    # be judged yet" of a 2025 figure judged now)
    "kt_target_after_cannot": {"id": "Target {nama} {target}, belum dapat dinilai{alasan}.",
                               "en": "The {nama} target of {target} cannot be judged{alasan}."},
    "kt_target_after_open": {"id": "Target {nama} {target}, belum dapat dinilai{alasan}.",
                             "en": "The {nama} target of {target} cannot be judged yet{alasan}."},
    "kt_target_after_parts": {"id": "Target {nama} {target}: {status}.",
                              "en": "The {nama} target of {target}: {status}."},
    # an adjusted gain: its place beside the province mean with that mean's figure, as Tabel 1's Target, Provinsi and
    # Status cells (Fact.placed); its target above zero in a sentence of its own, kt_target_after_met &c. (LOOK34 F-8:
    # "Target …: tidak di bawah rata-rata provinsi dan > 0,0; kini …" named the mean without its figure, judged one
    # of the two targets, and read as a fragment in English)
    "kt_target_after_placed": {"id": "Kenaikan nilai yang disesuaikan ditargetkan tidak di bawah rata-rata provinsi "
                                     "{provinsi} dan kini {letak}.",
                               "en": "The adjusted gain should not be below the province mean of {provinsi} and is "
                                     "now {letak}."},
    "kt_target_placed_below": {"id": "di bawahnya", "en": "below it"},
    "kt_target_placed_above": {"id": "di atasnya", "en": "above it"},
    "kt_target_placed_level": {"id": "tidak jelas berbeda darinya", "en": "not clearly different from it"},
    # BAB IX 9.1's conclusion on a key figure no template conclusion states (key_findings.OWN_FIGURES; LOOK34 F-2:
    # realisation and cost per point were in 9.1 only as a missed-target finding, so "Sekilas" named realisation as
    # improved and 9.2 acted on it with no conclusion behind it); {nilai} with its interval or census note
    "kt_figure_persen_realisasi": {"id": "Realisasi anggaran: {nilai} dari pagu{dasar}.",
                                   "en": "Budget realisation: {nilai} of the ceiling{dasar}."},
    "kt_figure_biaya_per_poin": {"id": "Biaya per poin kenaikan nilai: {nilai}{dasar}.",
                                 "en": "Cost per point of gain: {nilai}{dasar}."},
    # last year without a figure: why, as Tabel 1's 2024 cell says it (Fact.last_year_cell)
    "kt_figure_then_none": {"id": " Pada {tahun}: {alasan}.", "en": " In {tahun}: {alasan}."},
    # a missed target's change from last year (key_findings.year_on_year), judged on the 95% interval of the
    # difference (analysis.year_change; LOOK26 X-2): clearly worse (CHECK11 C11-9), with its verdict word as the
    # better one has (LOOK26 X-6: "Naik dari Rp 198.255 … pada 2024." under "… : membaik.", and for a cost "naik" is
    # the bad way); without the two years' activity counts: beside a rising cost per point they read as its cause
    # (LOOK25 follow-up)
    # {arah}: which way it went (kt_change_up, kt_change_down; a figure the clause names after it, kt_change_rose
    # and kt_change_fell: LOOK35b H-9, "The adjusted gain up from 7.4 points" had no verb)
    "kt_change_worse": {"id": " {arah} dari {nilai} pada {tahun}: memburuk ({selisih}; {rujukan}).",
                        "en": " {arah} from {nilai} in {tahun}: worse ({selisih}; {rujukan})."},
    # the mirror: clearly better (LOOK25 W-4: Pendidikan's 20 JP rose from 26,7% to 64,4% and read as a plain
    # failure); "membaik" says which way is good for a figure whose target is a ceiling (a cost per point that fell)
    "kt_change_better": {"id": " {arah} dari {nilai} pada {tahun}: membaik ({selisih}; {rujukan}).",
                         "en": " {arah} from {nilai} in {tahun}: improved ({selisih}; {rujukan})."},
    "kt_change_up": {"id": "Naik", "en": "Up"},
    "kt_change_down": {"id": "Turun", "en": "Down"},
    "kt_change_rose": {"id": "Naik", "en": "Rose"},
    "kt_change_fell": {"id": "Turun", "en": "Fell"},
    # the difference and its interval beside the verdict, so that a reader can check it (LOOK27 Y-3), and where every
    # key figure's is printed: the trend table's change column (LOOK28 Z-1)
    "kt_change_difference": {"id": "selisih {selisih}; {ik}", "en": "difference {selisih}; {ik}"},
    "kt_change_where": {"id": "BAB VII, 7.1", "en": "Chapter VII, 7.1"},
    # a census's (budget realisation) exact difference: no interval, as Tabel 1 prints its level (LOOK28 Z-4)
    # from the unrounded figures: "exact" invites a subtraction of the printed ones (LOOK29 A-1: 91,3 − 74,7 but −16,5)
    "kt_change_difference_census": {"id": "selisih {selisih} dari angka sebelum pembulatan, pasti: sensus anggaran, "
                                          "tanpa rentang",
                                    "en": "difference {selisih} from the unrounded figures, exact: whole budget, no "
                                          "interval"},
    "kt_change_unit_persen": {"id": "poin persen", "en": "percentage points"},
    "kt_change_unit_poin": {"id": "poin", "en": "points"},
    # the difference's interval holds zero: last year's figure without a direction or a verdict (LOOK26 X-2: Bina
    # Marga's "Turun dari Rp 349.638 (Rp 217.115 s.d. Rp 532.313) pada 2024: membaik" for Rp 276.621, inside it)
    # with the difference and its interval, as rule (6) promises (LOOK31 C-2: which way "belum pasti" leaned was left
    # to the trend table)
    "kt_change_unsure": {"id": " Pada {tahun}: {nilai}; perubahannya belum pasti ({selisih}; {rujukan}).",
                         "en": " In {tahun}: {nilai}; the change is uncertain ({selisih}; {rujukan})."},
    # an interval of the difference clear of zero whose verdict rule (6) withholds (`alasan_membaik`): the difference
    # with its interval, the verdict once and why, one level of brackets (LOOK34 F-7: "perubahannya belum pasti
    # (selisih …; …; rentang selisihnya tidak memuat nol, tetapi belum pasti: … (aturan (6) BAB IX); …)")
    # {kata}: year_difference.withheld_word, as the trend table's cell (LOOK36 J-3: "belum pasti" is rule (6)'s word
    # for an interval that holds zero)
    "kt_change_withheld": {"id": " Pada {tahun}: {nilai}; selisih {selisih} ({ik}), tetapi perubahannya {kata} "
                                 "menurut aturan (6) BAB IX{alasan} ({rujukan}).",
                           "en": " In {tahun}: {nilai}; difference {selisih} ({ik}), but the change is {kata} by "
                                 "rule (6) of Chapter IX{alasan} ({rujukan})."},
    # the adjusted gain's change clause, named (key_findings.year_on_year; LOOK34 F-1: "Pada 2024: 5,4 poin …" after
    # the participants' mean 5,6 read as that mean's change); {perubahan}: the clause, its first letter in lower case
    "kt_change_adjusted": {"id": " Kenaikan nilai yang disesuaikan {perubahan}",
                           "en": " The adjusted gain {perubahan}"},
    # a year's total lower than last year's in a year not over on the report's date (facts.year_change, OPEN_YEAR):
    # not judged yet, as the trend table's cell ('belum dapat dinilai'), not 'belum pasti'
    "kt_change_open": {"id": " Pada {tahun}: {nilai}; perubahannya belum dapat dinilai ({selisih}; {rujukan}).",
                       "en": " In {tahun}: {nilai}; the change cannot be judged yet ({selisih}; {rujukan})."},
    # a census's exact difference that prints as zero: no change, not an uncertain one (LOOK28 Z-4)
    "kt_change_same": {"id": " Pada {tahun}: {nilai}; tidak berubah (sensus anggaran; {rujukan}).",
                       "en": " In {tahun}: {nilai}; unchanged (whole budget; {rujukan})."},
    # {siapa}: phrases.counted_pns, as the key-figure definition and BAB II's unit table say it (LOOK20 W-25)
    "kt_target_pns": {"id": "Dihitung atas {siapa} (PPPK dilaporkan terpisah, BAB II).",
                      "en": "Counted over {siapa} (PPPK are reported apart, Chapter II)."},
    # a scope without PPPK: no pointer to a PPPK paragraph BAB II does not have (CHECK11 C11-5)
    "kt_target_pns_only": {"id": "Dihitung atas {siapa}.", "en": "Counted over {siapa}."},
    "kt_rec_target": {"id": "Tetapkan langkah untuk mencapai target ini dalam rencana tindak lanjut (BAB X).",
                      "en": "Set steps to reach this target in the follow-up plan (Chapter X)."},
    "kt_ikm_sure": {"id": "Layanan di bawah kategori B: {jumlah:satu|{jumlah}} {siapa} yang seluruh rentang "
                          "keyakinan 95% IKM-nya dalam kategori C atau D pada {periode} — {daftar}.",
                    "en": "Service below category B: {jumlah:one|{jumlah}} {siapa} whose IKM's whole 95% CI is in "
                          "category C or D in {periode} — {daftar}."},
    # one unit is "satu unit", not "1 unit" (LOOK12 K-5). An estimate below B whose interval reaches B is already
    # category C (or D): what is uncertain is the category, not whether it is below B (LOOK37 L-2); {kat} its
    # category ("C", "D" or "C atau D"), {batas} B's lower edge (constants.IKM_CATEGORIES)
    "kt_ikm_maybe_only": {"id": "Estimasi IKM di bawah kategori B, kategori belum pasti: tidak ada {siapa_satu} yang "
                                "seluruh rentang keyakinan 95% IKM-nya dalam kategori C atau D pada {periode}, tetapi "
                                "estimasi IKM {jumlah:satu|{jumlah}} {siapa} kategori {kat} (di bawah batas B "
                                "{batas}) dan rentangnya mencapai kategori B, jadi kategorinya belum pasti — {daftar}.",
                          "en": "IKM estimate below category B, category not yet certain: no {siapa_satu} has its "
                                "IKM's whole 95% CI in category C or D in {periode}, but {jumlah:one|{jumlah}} {siapa} "
                                "{jumlah:has|have} an IKM estimate in category {kat} (below the B threshold of "
                                "{batas}) with an interval reaching category B, so {jumlah:its|their} category is "
                                "not yet certain — {daftar}."},
    "kt_ikm_maybe_more": {"id": " Lalu {jumlah:satu|{jumlah}} {siapa} lagi estimasi IKM-nya kategori {kat} (di bawah "
                                "batas B {batas}), tetapi rentangnya mencapai kategori B, jadi kategorinya belum "
                                "pasti — {daftar}.",
                          "en": " {jumlah:One more|Another {jumlah}} {siapa} {jumlah:has|have} an IKM estimate in "
                                "category {kat} (below the B threshold of {batas}), but {jumlah:its|their} interval "
                                "reaches category B, so {jumlah:its|their} category is not yet certain — {daftar}."},
    "kt_ikm_dinas_sure": {"id": " Dinas yang seluruh rentang keyakinan 95% IKM-nya dalam kategori C atau D: {jumlah} "
                                "{siapa} — {daftar}.",
                          "en": " Agencies whose IKM's whole 95% CI is in category C or D: {jumlah} {siapa} — "
                                "{daftar}."},
    "kt_ikm_dinas_maybe": {"id": " Dinas yang estimasi IKM-nya kategori {kat} (di bawah batas B {batas}), tetapi "
                                 "rentangnya mencapai kategori B, jadi kategorinya belum pasti: {jumlah} {siapa} — "
                                 "{daftar}.",
                           "en": " Agencies whose IKM estimate is in category {kat} (below the B threshold of "
                                 "{batas}) but whose interval reaches category B, so their category is not yet "
                                 "certain: {jumlah} {siapa} — {daftar}."},
    "kt_ikm_units_all_indicative": {"id": " Semuanya indikatif: respondennya kurang dari sampel minimum {min} "
                                          "(BAB VI).",
                                    "en": " All {n:is|are} indicative: {n:its|their} respondents are fewer than the "
                                          "minimum sample of {min} (Chapter VI)."},
    "kt_ikm_units_indicative": {"id": " {n} dari {jumlah} unit itu indikatif: respondennya kurang dari sampel minimum "
                                      "{min} (BAB VI).",
                                "en": " {n} of these {jumlah} units {n:is|are} indicative: {n:its|their} respondents "
                                      "are fewer than the minimum sample of {min} (Chapter VI)."},
    # the province's own IKM below B by the rule the units and dinas follow (key_findings._province_own; CHECK10 C10-18)
    "kt_ikm_province_sure": {"id": "Layanan provinsi di bawah kategori B: IKM provinsi {periode} {ikm} ({ik}; {n} "
                                   "responden{lalu}), seluruh rentang keyakinan 95%-nya dalam kategori C atau D.",
                             "en": "Province service below category B: the province IKM in {periode} is {ikm} "
                                   "({ik}; {n} respondents{lalu}), its whole 95% CI in category C or D."},
    "kt_ikm_province_maybe": {"id": "Estimasi IKM provinsi di bawah kategori B, kategori belum pasti: IKM provinsi "
                                    "{periode} {ikm} ({ik}; {n} responden{lalu}) kategori {kat} (di bawah batas B "
                                    "{batas}), tetapi rentangnya mencapai kategori B.",
                              "en": "Province IKM estimate below category B, category not yet certain: the province "
                                    "IKM in {periode} is {ikm} ({ik}; {n} respondents{lalu}), category {kat} (below "
                                    "the B threshold of {batas}), but its interval reaches category B."},
    # the category a list of estimates below B shares, or both (kt_ikm_maybe_only's {kat})
    "kt_ikm_c_or_d": {"id": "C atau D", "en": "C or D"},
    "kt_ikm_province_before": {"id": "; {tahun}: {ikm} {kat}", "en": "; {tahun}: {ikm} {kat}"},
    "kt_ikm_province_units": {"id": " {n} unit layanan juga punya estimasi IKM kategori C atau D yang rentangnya "
                                    "mencapai kategori B (BAB VI).",
                              "en": " {n} service {n:unit|units} also {n:has|have} an IKM estimate in category C or D "
                                    "whose interval reaches category B (Chapter VI)."},
    "kt_ikm_item": {"id": "{nama} {ikm} ({ik}; {n} responden)", "en": "{nama} {ikm} ({ik}; {n} respondents)"},
    "kt_ikm_n": {"id": "{n} responden", "en": "{n} respondents"},
    "who_asn": {"id": "ASN", "en": "staff"},
    "kt_ikm_indicative": {"id": " Kategori {daftar} indikatif: respondennya kurang dari sampel minimum {min} (BAB VI).",
                          "en": " The category of {daftar} is indicative: {n:its|their} respondents are fewer than "
                                "the minimum sample of {min} (Chapter VI)."},
    "kt_ikm_some_indicative": {"id": " {n} di antaranya indikatif: respondennya kurang dari sampel minimum {min} "
                                     "(BAB VI).",
                               "en": " {n} of them {n:is|are} indicative: {n:its|their} respondents are fewer than the "
                                     "minimum sample of {min} (Chapter VI)."},
    "kt_ikm_unit_word": {"id": "unit", "en": "units"},
    "kt_ikm_dinas_word": {"id": "dinas", "en": "agencies"},
    "kt_ikm_unit_word_one": {"id": "unit", "en": "unit"},
    "kt_ikm_dinas_word_one": {"id": "dinas", "en": "agency"},
    "kt_ikm_listed": {"id": " Di daftar dinas yang perlu perhatian (uji satu sisi dengan koreksi untuk banyak uji, "
                            "BAB VII): {daftar}.",
                      "en": " On the list of agencies needing attention (one-sided test corrected for many tests, "
                            "Chapter VII): {daftar}."},
    "kt_ikm_not_listed": {"id": " Tidak satu pun masuk daftar dinas yang perlu perhatian: uji satu sisi dengan "
                                "koreksi untuk banyak uji belum menunjukkan IKM-nya di bawah B (BAB VII).",
                          "en": " None is on the list of agencies needing attention: the one-sided test corrected "
                                "for many tests does not show its IKM below B (Chapter VII)."},
    "kt_and_more": {"id": " dan {n} unit lain (BAB VI)", "en": " and {n} other {n:unit|units} (Chapter VI)"},
    # more units below B than BAB VI's table of the lowest IKM shows (report.chapters.ikm_units.named_few): how many of
    # them it shows, and the workbook sheet of every unit (report.formats.workbook_names.TABLE_SHEETS,
    # level4_hasil.ikm_unit)
    # the workbook as the report's annex a reader is given with it, not a spreadsheet tab (REVIEW5 D12)
    # no software name before the annex (LOOK37 L-10, M-13: "lampiran tabel Excel", "Excel table annex"); the
    # workbook's own word instead, once in brackets (LOOK15 Q-4: two pairs of brackets in one pointer)
    "kt_and_more_sheet_some": {"id": " dan {n} unit lain ({k} di antaranya di tabel IKM terendah BAB VI; daftar "
                                     "lengkapnya di lampiran tabel (lembar kerja) laporan ini, bagian “{sheet}”, "
                                     "periode {periode})",
                               "en": " and {n} other {n:unit|units} ({k} of them in the lowest-IKM table of Chapter "
                                     "VI; the full list in this report's workbook annex, part “{sheet}”, "
                                     "period {periode})"},
    "kt_and_more_sheet": {"id": " dan {n} unit lain (daftar lengkapnya di lampiran tabel (lembar kerja) laporan ini, "
                                "bagian “{sheet}”, periode {periode})",
                          "en": " and {n} other {n:unit|units} (the full list in this report's workbook annex, "
                                "part “{sheet}”, period {periode})"},
    "kt_ikm_sheet": {"id": "IKM per Unit", "en": "IKM per Unit"},
    "kt_and_more_dinas": {"id": " dan {n} dinas lain (BAB VII)",
                          "en": " and {n} other {n:agency|agencies} (Chapter VII)"},
    # rule 5b (report.chapters.rules, rec_ikm_units): units (dinas) below category B, no weak element of the mean
    "rec_ikm_units": {"id": "Susun dan jalankan rencana perbaikan layanan bersama unit dengan estimasi IKM di bawah "
                            "kategori B pada {periode}: {daftar}. Tidak ada unsur yang lemah pada rata-rata dinas, "
                            "sehingga perbaikan ditujukan pada unit itu, dimulai dari unsur terendah masing-masing "
                            "(BAB VI).",
                      "en": "Draw up and carry out a service improvement plan with the {n:unit|units} whose IKM "
                            "estimate is below category B in {periode}: {daftar}. No element is weak in the agency's "
                            "mean, so the improvement is aimed at {n:that unit|those units}, starting with "
                            "{n:its|each one's} lowest element (Chapter VI)."},
    "rec_ikm_units_unjudged": {"id": "Susun dan jalankan rencana perbaikan layanan bersama unit dengan estimasi IKM "
                                     "di bawah kategori B pada {periode}: {daftar}. Unsur layanan rata-rata dinas "
                                     "belum dapat dinilai: {alasan}; karena itu perbaikan ditujukan pada unit itu, "
                                     "dimulai dari unsur terendah masing-masing (BAB VI).",
                               "en": "Draw up and carry out a service improvement plan with the {n:unit|units} whose "
                                     "IKM estimate is below category B in {periode}: {daftar}. The elements of the "
                                     "agency's mean cannot be judged yet: {alasan}; so the improvement is aimed at "
                                     "{n:that unit|those units}, starting with {n:its|each one's} lowest element "
                                     "(Chapter VI)."},
    "rec_ikm_units_dinas": {"id": "Susun dan jalankan rencana perbaikan layanan bersama dinas dengan estimasi IKM di "
                                  "bawah kategori B pada {periode}: {daftar}. Tidak ada unsur yang lemah pada "
                                  "rata-rata provinsi, sehingga perbaikan ditujukan pada dinas itu, dimulai dari "
                                  "unsur terendah masing-masing (BAB VI laporan dinasnya).",
                            "en": "Draw up and carry out a service improvement plan with the {n:agency|agencies} "
                                  "whose IKM estimate is below category B in {periode}: {daftar}. No element is weak "
                                  "in the province's mean, so the improvement is aimed at {n:that agency|those "
                                  "agencies}, starting with {n:its|each one's} lowest element (Chapter VI of "
                                  "{n:its|their} own report)."},
    "fu_rec_ikm_units": {"id": "Perbaiki layanan bersama unit dengan IKM di bawah kategori B: {daftar}",
                         "en": "Improve service with the {n:unit|units} whose IKM is below category B: {daftar}"},
    "fu_rec_ikm_units_dinas": {"id": "Perbaiki layanan bersama dinas dengan IKM di bawah kategori B: {daftar}",
                               "en": "Improve service with the {n:agency|agencies} whose IKM is below category B: "
                                     "{daftar}"},
    # --- a dinas the province lists as lagging for its gain (report.chapters.lagging_gain; reader review 4, 2) ---
    # its count without a bracket: the list stands in one (LOOK14 P-7: "(… poin: pelatihan 10,4 vs 13,6 (563 peserta);
    # …)")
    "lg_item": {"id": "{metode} {dinas} vs {provinsi} atas {n} peserta",
                "en": "{metode} {dinas} vs {provinsi} over {n} participants"},
    # the adjusted gain's n: participants with both scores, fewer than the participations (LOOK10 N-5: "1.140 peserta"
    # beside the dinas report's "1.196 keikutsertaan"), named as gain_basis_n names them
    "lg_counts": {"id": "{n_keg} kegiatan, {n} peserta bernilai pre dan post",
                  "en": "{n_keg} activities, {n} participants with both scores"},
    "lg_counts_people": {"id": "{n} peserta bernilai pre dan post", "en": "{n} participants with both scores"},
    "lg_methods": {"id": "untuk metode yang sama, rata-rata kenaikan pesertanya lebih rendah daripada di provinsi pada "
                         "{k} dari {m} metode (rata-rata peserta, poin: {rincian})",
                   "en": "for the same method, its participants' mean gain is lower than across the province in {k} "
                         "of {m} methods (participants' means, points: {rincian})"},
    "lg_methods_one": {"id": "untuk {metode}, rata-rata kenaikan pesertanya lebih rendah daripada di provinsi "
                             "(rata-rata peserta, poin: {rincian})",
                       "en": "in {metode}, its participants' mean gain is lower than across the province "
                             "(participants' means, points: {rincian})"},
    "lg_few": {"id": "; tidak dihitung: {daftar}", "en": "; not counted: {daftar}"},
    "lg_few_item": {"id": "{metode} (hanya {k} kegiatan)", "en": "{metode} (only {k} {k:activity|activities})"},
    "lg_no_method": {"id": "rata-rata kenaikan pesertanya per metode tidak lebih rendah daripada metode yang sama di "
                           "provinsi (rata-rata peserta, poin: {rincian}): selisihnya ada di antara kegiatan",
                     "en": "its participants' mean gain per method is not lower than the same method's across the "
                           "province (participants' means, points: {rincian}): the difference lies between "
                           "activities"},
    "lg_all_methods": {"id": "kegiatan pelatihannya", "en": "its training activities"},
    # the lower methods the step leaves to their own stop-or-redesign rows (lagging_gain.reviewed_elsewhere, V-5)
    "lg_own_rows": {"id": " {daftar}, yang juga lebih rendah, ditinjau pada rekomendasi rancang ulangnya sendiri "
                          "(BAB X).",
                    "en": " {daftar}, also lower, {n:is|are} reviewed under {n:its|their} own redesign recommendation "
                          "(Chapter X)."},
    # BAB IX 9.2's steps: the action and where its finding is (9.1), not the finding's figures again (LOOK31 C-4: the
    # five-method list and the adjusted gain, rank and province mean printed in 9.1 and again one page later)
    "rec_gain_low": {"id": "Tinjau bersama BPSDM desain dan pelaksanaan {metode} (tujuan, materi, pengajar, tes), "
                           "dibandingkan dengan dinas yang kenaikannya untuk metode yang sama lebih tinggi (temuan "
                           "9.1: kenaikan nilai yang disesuaikan jelas di bawah rata-rata provinsi; {temuan}); target: "
                           "kenaikan yang disesuaikan setidaknya rata-rata provinsi (BAB X, baris KENAIKAN).",
                     "en": "Review with BPSDM the design and delivery of {metode} (aims, content, trainers, test), "
                           "against agencies whose gain for the same method is higher (finding in 9.1: the adjusted "
                           "gain is clearly below the province mean; {temuan}); target: an adjusted gain at least the "
                           "province mean (Chapter X, row KENAIKAN)."},
    "rec_gain_low_prov": {"id": "Tinjau bersama dinas yang kenaikan nilai yang disesuaikannya jelas di bawah rata-rata "
                                "provinsi desain dan pelaksanaan metode yang kenaikannya di sana lebih rendah daripada "
                                "metode yang sama di provinsi (angka tiap dinas dan metode: 9.1; satu baris BAB X per "
                                "dinas): {daftar}.",
                          "en": "Review with the {n:agency|agencies} whose adjusted gain is clearly below the province "
                                "mean the design and delivery of the methods that gained less there than the same "
                                "methods across the province (each agency's and method's figures: 9.1; one Chapter X "
                                "row per agency): {daftar}."},
    "lg_prov_item": {"id": "{nama} — {metode}", "en": "{nama} — {metode}"},
    # after a dinas's methods, the lower methods its step leaves to their own rows and where (lagging_elsewhere;
    # LOOK35a G-13, LOOK35b H-4: 9.1's "5 dari 5 metode" beside a step naming three, without saying why)
    "le_pointer": {"id": " (juga lebih rendah, ditinjau tersendiri: {daftar})",
                   "en": " (also lower, reviewed on {n:its|their} own: {daftar})"},
    "le_item": {"id": "{metode} pada {tempat}", "en": "{metode} under {tempat}"},
    "le_recommendation": {"id": "rekomendasi {k}", "en": "recommendation {k}"},
    "kt_gain_low": {"id": "Kenaikan nilai di bawah rata-rata provinsi: kenaikan nilai yang disesuaikan {nama} {nilai} "
                          "jelas di bawah rata-rata provinsi {prov}: selisih {selisih} poin ({ik_selisih}), peringkat "
                          "{peringkat}; laporan provinsi mencantumkan {nama} di antara dinas yang perlu perhatian. "
                          "Campuran metode sudah diperhitungkan; {bukti}.",
                    "en": "Gain below the province mean: {nama}'s adjusted gain {nilai} is clearly below the province "
                          "mean {prov}: difference {selisih} points ({ik_selisih}), rank {peringkat}; the province "
                          "report lists {nama} among the agencies needing attention. The mix of methods is already "
                          "taken into account; {bukti}."},
    "kt_gain_low_prov": {"id": "Kenaikan nilai di bawah rata-rata provinsi {prov}: {n} dinas yang kenaikan nilai "
                               "yang disesuaikannya jelas di bawah rata-rata itu (campuran metode sudah "
                               "diperhitungkan):{daftar}.",
                         "en": "Gain below the province mean {prov}: {n} {n:agency|agencies} whose adjusted gain is "
                               "clearly below that mean (the mix of methods already taken into account):{daftar}."},
    # each dinas of kt_gain_low_prov on a line of its own (html.lines)
    "kt_gain_low_prov_line": {"id": "\n– {item}", "en": "\n– {item}"},
    "kt_gain_low_prov_item": {"id": "{nama} {nilai}, selisih {selisih} poin ({ik_selisih}), peringkat {peringkat}; "
                                    "{biaya}; {bukti}",
                              "en": "{nama} {nilai}, difference {selisih} points ({ik_selisih}), rank {peringkat}; "
                                    "{biaya}; {bukti}"},
    # the summary's short forms (lagging_gain.brief; R6-16): one line per dinas, the per-method detail in BAB IX:
    # the means per method in 9.1 (the conclusion), the methods to review in 9.2 (the recommendation; LOOK9 #2)
    "kt_gain_low_prov_brief": {"id": "Kenaikan nilai di bawah rata-rata provinsi {prov} pada {n} dinas (kenaikan yang "
                                     "disesuaikan, campuran metode sudah diperhitungkan): {daftar}{total}. Rata-rata "
                                     "per metode tiap dinas: BAB IX, 9.1.",
                               "en": "Gain below the province mean {prov} in {n} {n:agency|agencies} (adjusted gain, "
                                     "the mix of methods taken into account): {daftar}{total}. Each agency's means "
                                     "per method: Chapter IX, 9.1."},
    "kt_gain_low_brief_item": {"id": "{nama} {nilai}, selisih {selisih} poin ({ik_selisih}){biaya}",
                               "en": "{nama} {nilai}, difference {selisih} points ({ik_selisih}){biaya}"},
    "kt_gain_low_brief_cost": {"id": ", biaya kegiatan {biaya}", "en": ", activity cost {biaya}"},
    "kt_gain_low_brief_total": {"id": "; bersama {biaya} ({porsi} biaya kegiatan provinsi)",
                                "en": "; together {biaya} ({porsi} of the province's activity cost)"},
    # 9.1's line after the dinas's lines: the summary's sum (lagging_gain.total; LOOK29 A-3)
    "kt_gain_low_prov_total": {"id": "bersama: biaya kegiatan {biaya} ({porsi} biaya kegiatan provinsi)",
                               "en": "together: activity cost {biaya} ({porsi} of the province's activity cost)"},
    "kt_rec_gain_low_prov_brief": {"id": "Tinjau bersama {dinas} desain dan pelaksanaan metode yang kenaikannya di "
                                         "sana lebih rendah daripada metode yang sama di provinsi; target: kenaikan "
                                         "yang disesuaikan setidaknya rata-rata provinsi (satu baris BAB X per dinas; "
                                         "metode yang ditinjau di tiap dinas: BAB IX, 9.2).",
                                   "en": "Review with {dinas} the design and delivery of the methods that gained less "
                                         "there than the same methods across the province; target: an adjusted gain "
                                         "at least the province mean (one Chapter X row per agency; the methods to "
                                         "review in each agency: Chapter IX, 9.2)."},
    "kt_gain_low_brief": {"id": "Kenaikan nilai di bawah rata-rata provinsi: kenaikan nilai yang disesuaikan {nama} "
                                "{nilai}, provinsi {prov}, selisih {selisih} poin ({ik_selisih}), peringkat "
                                "{peringkat}{biaya}; {metode} (BAB IX, 9.1).",
                          "en": "Gain below the province mean: {nama}'s adjusted gain {nilai}, province {prov}, "
                                "difference {selisih} points ({ik_selisih}), rank {peringkat}{biaya}; {metode} "
                                "(Chapter IX, 9.1)."},
    "kt_gain_low_brief_spent": {"id": ", atas biaya kegiatan {tahun} {biaya}", "en": ", for an activity cost in "
                                                                                 "{tahun} of {biaya}"},
    "kt_gain_low_brief_methods": {"id": "untuk metode yang sama, rata-rata kenaikan pesertanya lebih rendah daripada "
                                        "di provinsi pada {k} dari {m} metode",
                                  "en": "for the same methods, its participants' mean gain is lower than across the "
                                        "province in {k} of {m} {m:method|methods}"},
    "kt_gain_low_brief_method_one": {"id": "untuk {metode}, rata-rata kenaikan pesertanya lebih rendah daripada di "
                                           "provinsi{lain}",
                                     "en": "in {metode}, its participants' mean gain is lower than across the "
                                           "province{lain}"},
    "kt_gain_low_brief_left": {"id": "; {daftar} tidak dibandingkan", "en": "; {daftar} not compared"},
    "kt_gain_low_brief_no_method": {"id": "rata-rata kenaikan pesertanya per metode tidak lebih rendah daripada metode "
                                          "yang sama di provinsi",
                                    "en": "its participants' mean gain per method is not lower than the same method's "
                                          "across the province"},
    "kt_gain_low_cost": {"id": " Ini mengenai seluruh kegiatan dinas: {biaya}.",
                         "en": " This concerns all of the agency's activities: {biaya}."},
    "lg_cost": {"id": "biaya kegiatan {tahun} {biaya}{porsi}", "en": "activity cost {tahun} {biaya}{porsi}"},
    "lg_cost_share": {"id": " ({porsi} biaya kegiatan provinsi)", "en": " ({porsi} of the province's activity cost)"},
    "lg_cost_unsure": {"id": " untuk kenaikan nilai peserta {rata} poin{ik} yang belum pasti di atas nol, sehingga "
                             "biaya per poinnya tidak dapat dihitung",
                       "en": " for a participants' gain of {rata} points{ik} that is not yet clearly above zero, so "
                             "no cost per point can be given"},
    "lg_cost_not_positive": {"id": " untuk kenaikan nilai peserta yang tidak positif (rata-rata {rata} poin), sehingga "
                                   "biaya per poinnya tidak dapat dihitung",
                             "en": " for a participants' gain that is not positive (mean {rata} points), so no cost "
                                   "per point can be given"},
    "lg_cost_per_point": {"id": ", biaya per poin kenaikan {biaya} ({ik}){provinsi}",
                          "en": ", cost per point of gain {biaya} ({ik}){provinsi}"},
    "lg_cost_province": {"id": "; provinsi {biaya}", "en": "; province {biaya}"},
    "kt_rec_gain_low_prov": {"id": "{daftar}; target: kenaikan yang disesuaikan setidaknya rata-rata provinsi (satu "
                                   "baris BAB X per dinas).",
                             "en": "{daftar}; target: an adjusted gain at least the province mean (one Chapter X "
                                   "row per agency)."},
    "kt_rec_gain_low": {"id": "Tinjau bersama BPSDM desain dan pelaksanaan {metode} (tujuan, materi, pengajar, tes), "
                              "dibandingkan dengan dinas yang kenaikannya untuk metode yang sama lebih tinggi; target: "
                              "kenaikan yang disesuaikan setidaknya rata-rata provinsi (BAB X, baris KENAIKAN).",
                        "en": "Review with BPSDM the design and delivery of {metode} (aims, content, trainers, test), "
                              "against agencies whose gain for the same method is higher; target: an adjusted gain at "
                              "least the province mean (Chapter X, row KENAIKAN)."},
    "pl_act_gain_low": {"id": "Tinjau bersama BPSDM desain dan pelaksanaan {metode} (tujuan, materi, pengajar, tes), "
                              "dibandingkan dengan dinas yang kenaikannya untuk metode yang sama lebih tinggi",
                        "en": "Review with BPSDM the design and delivery of {metode} (aims, content, trainers, test), "
                              "against agencies whose gain for the same method is higher"},
    "pl_act_gain_low_prov": {"id": "Tinjau bersama {dinas} desain dan pelaksanaan {metode} (tujuan, materi, pengajar, "
                                   "tes), dibandingkan dengan dinas yang kenaikannya untuk metode yang sama lebih "
                                   "tinggi",
                             "en": "Review with {dinas} the design and delivery of {metode} (aims, content, trainers, "
                                   "test), against agencies whose gain for the same method is higher"},
    "pl_ind_gain_low": {"id": "Kenaikan nilai yang disesuaikan {dinas} dikurangi rata-rata provinsi, {tahun} (poin; "
                              "model campuran)",
                        "en": "Adjusted gain of {dinas} minus the province mean, {tahun} (points; mixed model)"},
    "pl_now_gain_low": {"id": "{selisih}: {nilai} vs {prov}", "en": "{selisih}: {nilai} vs {prov}"},
    "pl_tgt_gain_low": {"id": "≥ {target} poin (setidaknya rata-rata provinsi)",
                        "en": "≥ {target} points (at least the province mean)"},
    "kt_tab": {"id": "Angka kunci {nama}, {tahun}", "en": "Key figures of {nama}, {tahun}"},
    # one line under the Angka Kunci table: the methods behind its columns are noted once, under BAB VII's table of
    # the same figures (REVIEW3 21: the 14 lines were printed under both)
    "kt_tab_note": {"id": "Angka {tahun_lalu} dihitung dengan definisi dan cara tahun ini{model}. {hal}: lihat "
                          "catatan tabel angka kunci di BAB VII.",
                    "en": "{tahun_lalu} figures are computed with this year's definitions and methods{model}. {hal}: "
                          "see the notes to the key-figure table in Chapter VII."},
    # the cost per point's n is of the costed activities only, as the XLSX says (cb44702; CHECK12 C12-8: 157 beside 217)
    "kt_tab_note_n": {"id": "n: banyaknya ASN (cakupan), PNS (20 JP), peserta bernilai pre dan post (kenaikan nilai; "
                            "biaya per poin: peserta bernilai pada kegiatan dengan biaya tercatat) atau responden SKM "
                            "(IKM) yang mendasari angka tahun ini.",
                      "en": "n: the number of ASN (coverage), PNS (20 JP), participants with both scores (gain; cost "
                            "per point: participants with both scores in the activities with a recorded cost) or SKM "
                            "respondents (IKM) this year's figure rests on."},
    "kt_tab_note_model": {"id": " (kenaikan nilai: model campuran yang sama)",
                          "en": " (gain: the same mixed model)"},
    "kt_tab_note_status": {"id": "Cara menilai status", "en": "How the status is judged"},
    # a status cell without '(rentang memuat target)' (facts.Verdict.cell; LOOK15 Q-3: six lines of one word)
    "kt_tab_note_cannot": {"id": "\"Belum dapat dinilai\": rentang keyakinan 95% angka {tahun} memuat target; alasan "
                                 "lain ditulis di selnya.",
                           "en": "\"Cannot be judged\": the 95% confidence interval of the {tahun} figure holds the "
                                 "target; any other reason is given in its cell."},
    "kt_tab_note_province": {"id": "Kenaikan nilai yang disesuaikan dan cara menilai status",
                             "en": "The adjusted gain and how the status is judged"},
    # a rank among fewer dinas than the province has (key_findings.rank_fewer; LOOK9 #19)
    "kt_rank_fewer": {"id": "Peringkat dihitung di antara dinas yang mempunyai angka itu tahun ini: {daftar}; angka "
                            "dinas lain belum dapat dihitung (dinas dan alasannya: tabel angka kunci per dinas, BAB "
                            "VII laporan provinsi).",
                      "en": "Ranks are counted among the agencies that have the figure this year: {daftar}; the other "
                            "agencies' figure cannot be computed yet (which agencies and why: the key-figures table "
                            "by agency, Chapter VII of the province report)."},
    "kt_rank_fewer_item": {"id": "{nama}: di antara {dari} dari {n} dinas", "en": "{nama}: among {dari} of {n} "
                                                                                  "agencies"},
    "kt_tab_note_dinas": {"id": "Kenaikan nilai yang disesuaikan, kolom Provinsi, peringkat dan cara menilai status",
                          "en": "The adjusted gain, the Province column, the ranks and how the status is judged"},
    "kt_tab_note_dinas_raw": {"id": "Ukuran kenaikan nilai, kolom Provinsi, peringkat dan cara menilai status",
                              "en": "The gain measure, the Province column, the ranks and how the status is judged"},
    # --- PPPK above the JP cap of PP 49/2018 Pasal 39 (pppk_cap.over_cap, constants.PPPK_JP_MAXIMUM_PER_YEAR; R6-32)
    "kt_pppk": {"id": "PPPK di atas batas {batas} JP (PP 49/2018 Pasal 39): {jumlah} dari {n} PPPK ({persen}; {ik}) "
                      "mengikuti lebih dari {batas} JP pada {tahun}{biaya}.",
                "en": "PPPK above the {batas}-JP cap (PP 49/2018 Art. 39): {jumlah} of {n} PPPK ({persen}; {ik}) "
                      "took more than {batas} JP in {tahun}{biaya}."},
    # in the share's bracket where it has no interval (fewer than constants.MIN_N PPPK): the count is of them all
    # (pppk_cap.over_cap; LOOK26 X-1)
    "kt_pppk_census": {"id": "hitungan semua PPPK, tanpa rentang", "en": "a count of every PPPK, no interval"},
    # the share's change from last year, lower being better (key_findings.pppk_year_on_year; LOOK30 B-1)
    "kt_pppk_then": {"id": "{jumlah} dari {n} PPPK", "en": "{jumlah} of {n} PPPK"},
    "kt_pppk_worse": {"id": " Naik dari {nilai} pada {tahun}: memburuk ({selisih}).",
                      "en": " Up from {nilai} in {tahun}: worse ({selisih})."},
    "kt_pppk_better": {"id": " Turun dari {nilai} pada {tahun}: membaik ({selisih}).",
                       "en": " Down from {nilai} in {tahun}: improved ({selisih})."},
    "kt_pppk_unsure": {"id": " Pada {tahun}: {nilai}; perubahannya belum pasti ({selisih}).",
                       "en": " In {tahun}: {nilai}; the change is uncertain ({selisih})."},
    # last year's level without a change (fewer than constants.MIN_N PPPK in a year: no interval, no verdict;
    # LOOK32 D-1)
    "kt_pppk_level": {"id": " Pada {tahun}: {nilai}.", "en": " In {tahun}: {nilai}."},
    # the cost basis said with the cost (analysis.compliance.over_cap_cost)
    "kt_pppk_cost": {"id": "; biaya jam pelajaran di atas batas {biaya} (biaya per peserta kegiatan mereka, "
                           "sebanding dengan JP di atas {batas})",
                     "en": "; the lesson hours beyond the cap cost {biaya} (their activities' cost per participant, "
                           "in proportion to the JP beyond {batas})"},
    "rec_pppk": {"id": "Batasi pengembangan kompetensi PPPK pada {batas} JP per tahun perjanjian kerja (PP 49/2018 "
                       "Pasal 39): periksa JP setiap PPPK sebelum mendaftarkannya ke kegiatan; target: tidak ada PPPK "
                       "di atas batas (BAB X).",
                 "en": "Keep PPPK competency development within {batas} JP per contract year (PP 49/2018 Art. 39): "
                       "check each PPPK's JP before registering them for an activity; target: no PPPK above the cap "
                       "(Chapter X)."},
    "fu_rec_pppk": {"id": "Periksa JP setiap PPPK sebelum pendaftaran kegiatan; tidak mendaftarkan PPPK yang akan "
                          "melewati {batas} JP dalam tahun perjanjian kerjanya",
                    "en": "Check each PPPK's JP before registering them for an activity; do not register a PPPK who "
                          "would pass {batas} JP in the contract year"},
    "pl_ind_pppk": {"id": "% PPPK dengan lebih dari {batas} JP pada {tahun} (PP 49/2018 Pasal 39)",
                    "en": "% of PPPK with more than {batas} JP in {tahun} (PP 49/2018 Art. 39)"},
    # --- the findings the five-finding cap leaves out, named after the five (R6-5) ---------------------------
    "kt_more": {"id": "Dan {n} temuan lain di luar lima temuan di atas (rekomendasinya di BAB IX): {daftar}.",
                "en": "And {n} more {n:finding|findings} beyond the five above (recommendations in Chapter IX): "
                      "{daftar}."},
    "kt_more_target": {"id": "target {nama} terlewat, {nilai}{tanpa} terhadap {target} (BAB VII)",
                       "en": "the {nama} target missed, {nilai}{tanpa} against {target} (Chapter VII)"},
    "kt_more_left_out": {"id": " (tanpa {dinas})", "en": " (without {dinas})"},
    "kt_more_ikm": {"id": "layanan di bawah kategori B: {daftar} ({bab})",
                    "en": "service below category B: {daftar} ({bab})"},
    "kt_more_ikm_units": {"id": "{n} unit yang seluruh rentang IKM-nya di bawah B",
                          "en": "{n} {n:unit|units} whose whole IKM interval is below B"},
    "kt_more_ikm_units_maybe": {"id": "{n} unit dengan estimasi IKM kategori C atau D yang rentangnya mencapai B",
                                "en": "{n} {n:unit|units} with an IKM estimate in category C or D whose interval "
                                      "reaches B"},
    "kt_more_ikm_province": {"id": "IKM provinsi kategori C atau D", "en": "the province IKM in category C or D"},
    "kt_more_ikm_dinas": {"id": "{n} dinas dengan estimasi IKM kategori C atau D",
                          "en": "{n} {n:agency|agencies} with an IKM estimate in category C or D"},
    "kt_bab_vi": {"id": "BAB VI", "en": "Chapter VI"},
    "kt_bab_vi_vii": {"id": "BAB VI dan BAB VII", "en": "Chapters VI and VII"},
    # --- a dinas without training data in the evaluated year (analysis.compliance.without_activity_data; R6b-14) ---
    "kt_no_year_data": {"id": "Data kegiatan dan peserta {tahun} {nama} tidak diterima: cakupan, 20 JP, kenaikan nilai "
                              "dan biaya per poin {tahun} belum dapat dinilai, dan data yang tidak ada bukan berarti "
                              "tidak ada pelatihan. Kirim ekspor kegiatan dan peserta {tahun} (SIMDIKLAT atau LMS) "
                              "agar angka itu dapat dihitung.",
                        "en": "No {tahun} activity or participant data were received from {nama}: its {tahun} "
                              "coverage, 20 JP, score gain and cost per point cannot be judged, and missing data do "
                              "not mean no training. Send the {tahun} activity and participant exports (SIMDIKLAT or "
                              "LMS) so that they can be computed."},
    "kt_no_year_data_budget": {"id": "Data kegiatan, peserta dan anggaran {tahun} {nama} tidak diterima: cakupan, "
                                     "20 JP, kenaikan nilai, biaya per poin dan realisasi anggaran {tahun} belum dapat "
                                     "dinilai, dan data yang tidak ada bukan berarti tidak ada pelatihan. Kirim ekspor "
                                     "kegiatan dan peserta {tahun} (SIMDIKLAT atau LMS) serta data pagu dan realisasi "
                                     "{tahun} agar angka itu dapat dihitung.",
                               "en": "No {tahun} activity, participant or budget data were received from {nama}: its "
                                     "{tahun} coverage, 20 JP, score gain, cost per point and budget realisation "
                                     "cannot be judged, and missing data do not mean no training. Send the {tahun} "
                                     "activity and participant exports (SIMDIKLAT or LMS) and the {tahun} budget "
                                     "ceiling and realisation so that they can be computed."},
    # only an earlier year's SKM (analysis.results.key_ikm, alasan "skm_tidak_diterima"; CHECK12 C12-1)
    "kt_no_year_skm": {"id": "Hasil SKM {tahun} {nama} tidak diterima: IKM {tahun} dan unsur layanannya belum dapat "
                             "dinilai; angka terakhir ({terakhir}) tidak dipakai sebagai angka {tahun}. Kirim hasil "
                             "SKM {tahun} agar IKM dapat dihitung.",
                       "en": "No {tahun} SKM results were received from {nama}: its {tahun} IKM and service elements "
                             "cannot be judged; the latest figure ({terakhir}) is not used as {tahun}'s. Send the "
                             "{tahun} SKM results so that the IKM can be computed."},
    # the province's IKM and its comparison of dinas: one period, the province's last; each dinas left out with its
    # reason ("SKM 2025 tidak diterima", "hanya SKM 2025-S1"; CHECK12 C12-1, CHECK13 D13-3)
    "kt_skm_left_out_dinas": {"id": "IKM provinsi {periode} dan perbandingan IKM antardinas tidak memuat {daftar}: "
                                    "angka periode lain tidak dipakai sebagai angka {periode}.",
                              "en": "The province's {periode} IKM and the comparison of agencies' IKM leave out "
                                    "{daftar}: another period's figure is not used as {periode}'s."},
    "kt_skm_left_out_item": {"id": "{dinas} ({alasan})", "en": "{dinas} ({alasan})"},
    # the province's realisation over the dinas that sent budget data (words.coverage.budget_basis; REVIEW7 R7-12)
    "kt_target_budget_basis": {"id": " Realisasi dihitung {basis}.", "en": " Realisation is computed {basis}."},
    "kt_target_left_out": {"id": " Tanpa pegawai {dinas}: data kegiatan {tahun} dinas itu tidak diterima.",
                           "en": " Leaves out the staff of {dinas}: no {tahun} training data were received."},
}

# labels of the workbook's follow-up sheet (report.formats.workbook, issue 24)
LABELS: dict[str, dict[str, str]] = {
    "rencana_tindak_lanjut": {"id": "Rencana Tindak Lanjut", "en": "Follow-up plan"},
    "rtl_id": {"id": "ID baris (tetap)", "en": "Row ID (stable)"},
    "rtl_kode": {"id": "Kode", "en": "Code"},
    "rtl_baris_dinas": {"id": "Temuan yang sama di rencana dinas (ID baris)",
                        "en": "Same finding in the agency's plan (row ID)"},
    "rtl_baris_provinsi": {"id": "Baris rencana provinsi yang dilaksanakan (ID baris)",
                           "en": "Province plan row carried out (row ID)"},
    "rtl_tindak_lanjut": {"id": "Kegiatan tindak lanjut", "en": "Follow-up action"},
    "rtl_indikator": {"id": "Indikator (satuan, populasi)", "en": "Indicator (unit, population)"},
    "rtl_ukuran": {"id": "Dibaca dari (hasil.json)", "en": "Read from (hasil.json)"},
    "rtl_nilai_kini": {"id": "Nilai {tahun}", "en": "{tahun} value"},
    "rtl_nilai_kini_angka": {"id": "Nilai {tahun} (angka)", "en": "{tahun} value (number)"},
    "rtl_target_angka": {"id": "Target (angka)", "en": "Target (number)"},
    "rtl_target": {"id": "Target {tahun_berikut}", "en": "{tahun_berikut} target"},
    "rtl_pj": {"id": "Penanggung jawab", "en": "Responsible"},
    "rtl_waktu": {"id": "Batas waktu", "en": "Deadline"},
    "rtl_pelaksanaan": {"id": "Pelaksanaan ({pilihan})", "en": "Execution ({pilihan})"},
    "rtl_tanggal": {"id": "Tanggal", "en": "Date"},
    "rtl_bukti": {"id": "Bukti", "en": "Evidence"},
    "rtl_catatan": {"id": "Catatan", "en": "Notes"},
    # the workbook's review of last year's plan (BAB X 10.1; report.formats.workbook_review, LOOK16 R-5)
    "erl_sheet": {"id": "Evaluasi rencana {tahun_lalu}", "en": "{tahun_lalu} plan review"},
    "erl_sheet_dinas": {"id": "Evaluasi rencana {tahun_lalu} per dinas", "en": "{tahun_lalu} plan review by agency"},
    "erl_target_angka": {"id": "Target {tahun} (angka)", "en": "{tahun} target (number)"},
    "erl_nilai": {"id": "Nilai {tahun}", "en": "{tahun} value"},
    "erl_bawah": {"id": "Nilai {tahun}: batas bawah 95%", "en": "{tahun} value: lower 95% bound"},
    "erl_atas": {"id": "Nilai {tahun}: batas atas 95%", "en": "{tahun} value: upper 95% bound"},
    "erl_keterangan": {"id": "Keterangan (nilai yang bukan satu angka)", "en": "Note (values that are not one number)"},
    "erl_dinilai": {"id": "Target yang dapat dinilai", "en": "Targets that could be judged"},
    "erl_belum": {"id": "Target belum tercapai", "en": "Targets not met"},
}
