"""Sentences of the review of last year's follow-up plan (Evaluasi Tindak Lanjut, issue 24), id and en;
merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    "ch_followup_review": {"id": "Evaluasi Tindak Lanjut {tahun_lalu}", "en": "Review of the {tahun_lalu} Follow-up"},
    "ch_followup_plan": {"id": "Rencana Tindak Lanjut {tahun_berikut}", "en": "Follow-up Plan for {tahun_berikut}"},
    # last year's targets, what could be judged first (REVIEW6b 12: "0 dari 7 tercapai" when none could be judged)
    "fr_summary": {"id": "{met} dari {total} target tindak lanjut {tahun_lalu} tercapai ({not_met} belum tercapai).",
                   "en": "{met} of {total} follow-up targets of {tahun_lalu} {met:was|were} met ({not_met} not met)."},
    "fr_summary_some": {"id": "Dari {judged} target tindak lanjut {tahun_lalu} yang dapat dinilai, {met} tercapai dan "
                               "{not_met} belum tercapai; {cannot} target lain {tak_dinilai}.",
                        "en": "Of the {judged} follow-up {judged:target|targets} of {tahun_lalu} that could be "
                              "judged, {met} {met:was|were} met and {not_met} not met; {cannot} other "
                              "{cannot:target|targets} {tak_dinilai}."},
    # none or all met: words, not "0 tercapai" or "(0 belum tercapai)" (LOOK19 V-6)
    "fr_summary_none_met": {"id": "{total:Satu-satunya target|Tidak satu pun dari {total} target} tindak lanjut "
                                  "{tahun_lalu} {total:belum tercapai|tercapai}.",
                            "en": "{total:The one follow-up target|None of the {total} follow-up targets} of "
                                  "{tahun_lalu} was {total:not met|met}."},
    "fr_summary_all_met": {"id": "{total:Satu-satunya target|Semua {total} target} tindak lanjut {tahun_lalu} "
                                 "tercapai.",
                           "en": "{total:The one follow-up target|All {total} follow-up targets} of {tahun_lalu} "
                                 "{total:was|were} met."},
    "fr_summary_some_none_met": {"id": "{judged:Satu target tindak lanjut {tahun_lalu} dapat dinilai dan belum "
                                       "tercapai|Dari {judged} target tindak lanjut {tahun_lalu} yang dapat dinilai, "
                                       "tidak satu pun tercapai}; {cannot} target lain {tak_dinilai}.",
                                 "en": "{judged:The one follow-up target of {tahun_lalu} that could be judged was not "
                                       "met|Of the {judged} follow-up targets of {tahun_lalu} that could be judged, "
                                       "none was met}; {cannot} other {cannot:target|targets} {tak_dinilai}."},
    "fr_summary_some_all_met": {"id": "{judged:Satu target tindak lanjut {tahun_lalu} dapat dinilai dan tercapai|Dari "
                                      "{judged} target tindak lanjut {tahun_lalu} yang dapat dinilai, semuanya "
                                      "tercapai}; {cannot} target lain {tak_dinilai}.",
                                "en": "{judged:The one follow-up target of {tahun_lalu} that could be judged was "
                                      "met|All {judged} follow-up targets of {tahun_lalu} that could be judged were "
                                      "met}; {cannot} other {cannot:target|targets} {tak_dinilai}."},
    "fr_summary_unjudged": {"id": "{total} target tindak lanjut {tahun_lalu} belum dapat dinilai: alasannya per "
                                  "baris di {tempat}.",
                            "en": "{total:The one follow-up target|None of the {total} follow-up targets} of "
                                  "{tahun_lalu} {total:cannot|can} be judged yet: the reason {total:is|of each is} "
                                  "in {tempat}."},
    # why the other targets cannot be judged ({tak_dinilai} above): "yet" only for a total of a year not over on the
    # report's date; a target already due whose interval holds it is not judged later (LOOK35b H-10); the Indonesian
    # says "belum dapat dinilai" with its reason, as Tabel 1's status cell does ("… (rentang memuat target)")
    "fr_cannot_open": {"id": "belum dapat dinilai (tahunnya belum berakhir)", "en": "cannot be judged yet (the year is "
                                                                                   "not over)"},
    "fr_cannot_ci": {"id": "belum dapat dinilai (rentang memuat target)",
                     "en": "cannot be judged (the interval holds the target)"},
    # {tempat}: "BAB X, Tabel 14" in the summary, "Tabel 14" in BAB X itself (followup_review.reasons_place; LOOK37
    # L-15: "(alasannya per baris di BAB X)" inside BAB X)
    "fr_cannot_other": {"id": "belum dapat dinilai (alasannya per baris di {tempat})",
                        "en": "cannot be judged (the reason of each is in {tempat})"},
    "fr_place_chapter": {"id": "BAB X{tabel}", "en": "Chapter X{tabel}"},
    "fr_summary_unjudged_due": {"id": "{total} target tindak lanjut {tahun_lalu} belum dapat dinilai: alasannya per "
                                      "baris di {tempat}.",
                                "en": "{total:The one follow-up target|None of the {total} follow-up targets} of "
                                      "{tahun_lalu} {total:cannot|can} be judged: the reason {total:is|of each is} "
                                      "in {tempat}."},
    # R6-31: a Kepala Dinas reads "13 of 14 missed" as his signed plan's unless told it is a reconstruction
    "fr_summary_regenerated": {"id": "Rencana {tahun_lalu} itu dibuat ulang dari data, bukan rencana yang "
                                     "ditandatangani, karena catatan rencana yang terbit tidak ada.",
                               "en": "That {tahun_lalu} plan was reconstructed from the data, not the signed plan, as "
                                     "no record of the published plan exists."},
    "fr_summary_none": {"id": "Rencana tindak lanjut {tahun_lalu} tidak memuat target terukur yang dapat dinilai.",
                        "en": "The {tahun_lalu} follow-up plan holds no measurable target to judge."},
    "fr_no_data": {"id": "Data tidak memuat tahun {tahun_lalu}: belum ada rencana tindak lanjut yang dapat dinilai. "
                         "Evaluasi tahun berikutnya menilai rencana pada BAB X.",
                   "en": "The data hold no {tahun_lalu}: there is no follow-up plan to review yet. Next year's "
                         "evaluation reviews the plan of Chapter X."},
    # a dinas new in the data (no training row in that year or before) had no plan that year: none is made up and
    # judged (CHECK14 E14-2); the same words in its report and under the province's table
    "fr_not_in_data": {"id": "{nama} belum ada dalam data {tahun_lalu}: tidak ada rencana tindak lanjut {tahun_lalu} "
                             "yang dinilai.",
                       # the name after the colon, where it takes its article ('the Health Agency'; words.text._fill)
                       "en": "There is no {tahun_lalu} follow-up plan to review: {nama} is not yet in the "
                             "{tahun_lalu} data."},
    # a dinas the data no longer hold whose plan of last year was published (its record kept: run.outputs.prune;
    # CHECK14 E14-1): named under the province's table, and in the note on changed data
    "fr_left_data": {"id": "{nama}: ada data {tahun_lalu}, tidak ada data {tahun}; rencana tindak lanjut "
                           "{tahun_lalu}-nya ({baris} baris) tidak dapat dinilai, karena data {tahun} tidak memuat "
                           "dinas itu (rencananya tetap disimpan).",
                     "en": "{nama}: {tahun_lalu} data, no {tahun} data; its {tahun_lalu} follow-up plan ({baris} "
                           "{baris:row|rows}) cannot be reviewed, because the {tahun} data do not hold that agency "
                           "(the plan is kept)."},
    "fr_data_left": {"id": "Salah satu sebabnya: data {tahun_lalu} sekarang tidak memuat {daftar}, yang ada dalam "
                           "data ketika rencana terbit, sehingga nilai {tahun_lalu} yang dihitung ulang tidak lagi "
                           "menghitung dinas tersebut.",
                     "en": "One cause: the {tahun_lalu} data now do not hold {daftar}, which {jumlah:was|were} in the "
                           "data when the plan was published, so the {tahun_lalu} values computed again no longer "
                           "count {jumlah:that agency|those agencies}."},
    # a row of the province's published plan whose executors include such a dinas: said at the row, under the review
    # table with a mark in its execution cell (the plan was signed with that dinas; year14 residue of E14-1)
    "fr_left_executor": {"id": "pelaksana baris ini dalam rencana {tahun_lalu} yang terbit termasuk {daftar}: ada data "
                               "{tahun_lalu}, tidak ada data {tahun}, jadi bagiannya tidak dapat dinilai dan nilai "
                               "{tahun} tidak memuat dinas itu",
                         "en": "the published {tahun_lalu} plan also gave this row to {daftar}: {tahun_lalu} data, no "
                               "{tahun} data, so {jumlah:its|their} part cannot be reviewed and the {tahun} value does "
                               "not include {jumlah:that agency|those agencies}"},
    "fr_rows_published": {"id": "Baris: rencana tindak lanjut {tahun_lalu} sebagaimana terbit bersama laporan "
                                "{tahun_lalu}, dicocokkan dengan data tahun ini menurut ID barisnya; target "
                                "yang dinilai adalah target yang terbit.",
                          "en": "Rows: the {tahun_lalu} follow-up plan as published with the {tahun_lalu} report, "
                                "matched with this year's data by row id; the targets judged are the "
                                "published ones."},
    "fr_rows_regenerated": {"id": "Catatan rencana tindak lanjut {tahun_lalu} yang terbit tidak ada (catatan rencana "
                                  "dari laporan {tahun_lalu} tidak ditemukan). Baris di atas adalah rekonstruksi, "
                                  "bukan rencana yang ditandatangani: rencana {tahun_lalu} yang dibuat ulang dari "
                                  "data {tahun_lalu} dengan aturan yang sama seperti laporan {tahun_lalu}; perubahan "
                                  "yang dibuat sebelum penandatanganan tidak tercermin.",
                            "en": "No record of the {tahun_lalu} follow-up plan as published exists (the plan's "
                                  "record from the {tahun_lalu} report was not found). The rows above are a "
                                  "reconstruction, not the signed plan: the {tahun_lalu} plan reconstructed from the "
                                  "{tahun_lalu} data by the same rules as the {tahun_lalu} report; changes made "
                                  "before signature are not reflected."},
    "fr_data_differs": {"id": "Data {tahun_lalu} berubah setelah rencana terbit: nilai {tahun_lalu} di rencana yang "
                              "terbit berbeda dengan nilai {tahun_lalu} yang dihitung ulang tahun ini dari data "
                              "sekarang ({daftar}). Kolom nilai {tahun_lalu} dan target memakai rencana yang terbit, "
                              "karena itulah yang disepakati; nilai {tahun} dihitung dari data sekarang dengan "
                              "definisi yang sama.",
                        "en": "The {tahun_lalu} data changed after the plan was published: the {tahun_lalu} values in "
                              "the published plan differ from the {tahun_lalu} values computed again this year from "
                              "the current data ({daftar}). The {tahun_lalu} value and target columns use the "
                              "published plan, as that is what was agreed; the {tahun} values are computed from the "
                              "current data by the same definition."},
    "fr_data_unchecked": {"id": "Nilai {tahun_lalu} di rencana yang terbit tidak dapat dihitung ulang dari data "
                                "sekarang, jadi tidak diperiksa ({daftar}); kolom nilai {tahun_lalu} dan target "
                                "memakai rencana yang terbit.",
                          "en": "Some {tahun_lalu} values of the published plan cannot be computed again from today's "
                                "data, so they are not checked ({daftar}); the {tahun_lalu} value and target columns "
                                "use the published plan."},
    # the published value first, named as such: a value in words reads as one ('DATA: di rencana terbit tidak ada
    # data 2025', not 'tidak ada data 2025 terbit'; CHECK15 E15-9 residue)
    "fr_data_unchecked_row": {"id": "{kode}: di rencana terbit {terbit}, tidak dihitung ulang: {alasan}",
                              "en": "{kode}: {terbit} in the published plan, not computed again: {alasan}"},
    "fr_data_differs_row": {"id": "{kode}: di rencana terbit {terbit}, dihitung ulang {ulang}",
                            "en": "{kode}: {terbit} in the published plan, {ulang} computed again"},
    # "lembar isian", not "sheet": the reader's word for the form (LOOK9 #13)
    "fr_not_returned": {"id": "Lembar isian rencana tindak lanjut {tahun_lalu} yang diisi tidak diterima: status "
                              "pelaksanaan belum dilaporkan dinas.",
                        "en": "The filled-in {tahun_lalu} follow-up plan sheet was not received: the agency has not "
                              "reported execution."},
    # the province's plan is carried out by several offices (BPSDM and the agencies), not by one agency (LOOK26)
    "fr_not_returned_province": {"id": "Lembar isian rencana tindak lanjut provinsi {tahun_lalu} yang diisi tidak "
                                       "diterima: status pelaksanaan belum dilaporkan para pelaksananya.",
                                 "en": "The filled-in {tahun_lalu} province follow-up plan sheet was not received: "
                                       "the offices carrying it out have not reported execution."},
    "fr_signed": {"id": "Kolom pelaksanaan: laporan dinas pada lembar isian rencana tindak lanjut {tahun_lalu} yang "
                        "diisi dan dikembalikan ({n} baris terisi); ID setiap baris yang "
                        "dikembalikan ada di rencana itu. Target: yang ditandatangani (kolom Target (angka)) bila "
                        "diisi.",
                  "en": "Execution column: the agency's report on the {tahun_lalu} follow-up plan sheet, filled in "
                        "and returned ({n} rows filled in); every returned row's id "
                        "is in that plan. Targets: the signed ones (column Target (number)) where given."},
    "fr_base_published": {"id": "terbit", "en": "published"},
    "fr_base_regenerated": {"id": "dibuat ulang", "en": "reconstructed"},
    "fr_target_edited": {"id": "disunting; {dasar}: {semula}", "en": "edited; {dasar}: {semula}"},
    "fr_edited": {"id": "Target yang disunting staf sebelum penandatanganan dinilai sebagaimana ditandatangani "
                        "(kolom Target (angka) lembar isian {tahun_lalu} yang dikembalikan), bukan target rencana yang "
                        "{dasar}: {daftar}.",
                  "en": "Targets staff edited before signature are judged as signed (the Target (number) column of "
                        "the returned {tahun_lalu} sheet), not the {dasar} plan's: {daftar}."},
    "fr_edited_row": {"id": "baris {kode} {target} ({dasar}: {semula})",
                      "en": "row {kode} {target} ({dasar}: {semula})"},
    # no colon of its own: in the attention lists it follows the dinas's (LOOK15 Q-4)
    "fr_att_met": {"id": "{met} dari {total} target rencana {tahun_lalu} yang dapat dinilai tercapai ({persen})",
                   "en": "{met} of {total} targets of the {tahun_lalu} plan that could be judged met ({persen})"},
    "fr_att_done": {"id": "{done} dari {total} baris rencana {tahun_lalu} dilaporkan selesai ({persen})",
                    "en": "{done} of {total} rows of the {tahun_lalu} plan reported done ({persen})"},
    "fr_att_missing": {"id": "lembar isian rencana {tahun_lalu} tidak dikembalikan",
                       "en": "the filled-in {tahun_lalu} plan sheet was not returned"},
    "fr_att_list": {"id": "Dinas yang perlu perhatian karena tindak lanjut tahun lalu — {daftar}.",
                    "en": "Agencies needing attention for last year's follow-up — {daftar}."},
    "fr_att_rule": {"id": "Tindak lanjut tahun lalu (BAB X, Evaluasi Tindak Lanjut): dinas juga tercantum bila, "
                          "pada rencana yang ditandatangani, kurang dari {ambang} target yang dapat dinilai tercapai, "
                          "bila kurang dari {ambang} baris rencananya dilaporkan selesai, atau bila lembar isian "
                          "rencananya tidak dikembalikan sementara dinas lain mengembalikannya. Rencana yang dibuat "
                          "ulang karena tidak ada yang ditandatangani dinilai dalam bab itu, tetapi tidak menjadi "
                          "dasar daftar ini.",
                    "en": "Last year's follow-up (Chapter X, Review of the Follow-up): an agency is also listed when, "
                          "in a signed plan, fewer than {ambang} of the targets that could be judged were met, when "
                          "fewer than {ambang} of its plan rows were reported done, or when it returned no plan "
                          "sheet while other agencies returned theirs. A plan reconstructed because none was signed is "
                          "judged in that chapter but is not a basis for this list."},
    # --- reports/index.html ---
    "index_followup": {"id": "Tindak lanjut tahun lalu: target tercapai; baris selesai",
                       "en": "Last year's follow-up: targets met; rows done"},
    "index_fu_met": {"id": "{met} dari {total} yang dapat dinilai tercapai ({persen})",
                     "en": "{met} of {total} judged met ({persen})"},
    # none met said in words, as the dinas summary's fr_summary_none_met (LOOK20 W-22: "0 dari 10 … tercapai (0,0%)")
    "index_fu_none_met": {"id": "{total:satu-satunya yang dapat dinilai belum tercapai|tidak satu pun dari "
                                "{total} yang dapat dinilai tercapai}",
                          "en": "{total:the one judged target not met|none of {total} judged met}"},
    # "yet" only where every target not judged is a total of a year not over (AgencyFollowUp.open_year, as
    # fr_cannot_open; LOOK36 K-5); the Indonesian keeps the status word of the tables
    "index_fu_cannot": {"id": "{n} belum dapat dinilai", "en": "{n} cannot be judged"},
    "index_fu_cannot_open": {"id": "{n} belum dapat dinilai", "en": "{n} cannot be judged yet"},
    "index_fu_unjudged": {"id": "{n} target belum dapat dinilai", "en": "{n} {n:target|targets} cannot be judged"},
    "index_fu_unjudged_open": {"id": "{n} target belum dapat dinilai",
                               "en": "{n} {n:target|targets} cannot be judged yet"},
    "index_fu_regenerated": {"id": "(rencana dibuat ulang dari data, bukan yang ditandatangani)",
                             "en": "(plan reconstructed from the data, not the signed one)"},
    "index_fu_done": {"id": "{done} selesai ({persen})", "en": "{done} done ({persen})"},
    "index_years_h": {"id": "Tahun demi tahun", "en": "Year by year"},
    "index_years_note": {"id": "Setiap angka kunci untuk setiap tahun data, dihitung dengan definisi yang sama "
                               "seperti tren di setiap laporan (kenaikan nilai: yang disesuaikan dengan model "
                               "campuran tahun itu, rata-rata peserta di sampingnya, seperti tabel di atas); garis "
                               "kecil menunjukkan arahnya, pada satu skala untuk semua dinas dalam kolom yang sama "
                               "(dari nilai terendah sampai tertinggi kolom itu), titiknya tahun terakhir. Tindak "
                               "lanjut: rencana tahun yang tercetak tebal, dinilai laporan tahun berikutnya (BAB X, "
                               "Evaluasi Tindak Lanjut). Urutan menurut nilai tahun terakhir.",
                         "en": "Each key figure for every year of the data, computed by the same definition as the "
                               "trend in each report (gain: adjusted by that year's mixed model, the participants' "
                               "mean beside it, as in the table above); the small line shows its direction, on one "
                               "scale for every agency in the same column (from the column's lowest value to its "
                               "highest), its dot the latest year. Follow-up: the plan of the year in bold, judged "
                               "by the next year's report (Chapter X, Review of the Follow-up). Sorted by the latest "
                               "year's value."},
    "index_years_note_mean": {"id": "Setiap angka kunci untuk setiap tahun data, dihitung dengan definisi yang sama "
                                    "seperti tren di setiap laporan (kenaikan nilai: rata-rata peserta); garis kecil "
                                    "menunjukkan arahnya, pada satu skala untuk semua dinas dalam kolom yang sama "
                                    "(dari nilai terendah sampai tertinggi kolom itu), titiknya tahun terakhir. "
                                    "Tindak lanjut: rencana tahun yang tercetak tebal, dinilai laporan tahun "
                                    "berikutnya (BAB X, Evaluasi Tindak Lanjut). Urutan menurut nilai tahun terakhir.",
                              "en": "Each key figure for every year of the data, computed by the same definition as "
                                    "the trend in each report (gain: the participants' mean); the small line shows "
                                    "its direction, on one scale for every agency in the same column (from the "
                                    "column's lowest value to its highest), its dot the latest year. Follow-up: the "
                                    "plan of the year in bold, judged by the next year's report (Chapter X, Review "
                                    "of the Follow-up). Sorted by the latest year's value."},
    "fr_p_tab": {"id": "Tindak lanjut {tahun_lalu} per dinas: target tercapai dan baris yang dilaporkan selesai "
                       "(terendah dahulu)",
                 "en": "The {tahun_lalu} follow-up by agency: targets met and rows reported done (lowest first)"},
    "fr_p_rows": {"id": "Baris rencana {tahun_lalu}", "en": "{tahun_lalu} plan rows"},
    "fr_p_met": {"id": "Target tercapai", "en": "Targets met"},
    "fr_p_met_share": {"id": "% tercapai dari yang dapat dinilai", "en": "% of judged met"},
    "fr_p_done": {"id": "Dilaporkan selesai", "en": "Reported done"},
    "fr_p_done_share": {"id": "% selesai", "en": "% done"},
    # a carried row's history, said beside its step by phrases.aside (brackets, or a semicolon after a bracket)
    "fr_carried": {"id": "lanjutan rencana {tahun_lalu}{untuk}, baris {kode}: {nilai} pada {tahun_lalu}, target "
                         "{target} {status}{baru}",
                   "en": "carried on from the {tahun_lalu} plan{untuk}, row {kode}: {nilai} in {tahun_lalu}, target "
                         "{target} {status}{baru}"},
    # beside the row's own Kode, the same code is not said again: a code inside a sentence broke at its hyphen in a
    # narrow column ("baris KENAIKAN-" / "KESEHATAN", LOOK10 N-10)
    "fr_carried_here": {"id": "lanjutan baris ini dari rencana {tahun_lalu}{untuk}: {nilai} pada {tahun_lalu}, target "
                              "{target} {status}{baru}",
                        "en": "carried on from this row of the {tahun_lalu} plan{untuk}: {nilai} in {tahun_lalu}, "
                              "target {target} {status}{baru}"},
    "fr_replaces": {"id": "menggantikan rencana {tahun_lalu}{untuk}, baris {kode}: {nilai} pada {tahun_lalu}, target "
                          "{target} {status}{baru}",
                    "en": "replaces the {tahun_lalu} plan's row {kode}{untuk}: {nilai} in {tahun_lalu}, target "
                          "{target} {status}{baru}"},
    # a row about several dinas: whose last year's value is quoted, and which of them had no row (REVIEW4 10)
    "fr_for": {"id": " untuk {dinas}", "en": " for {dinas}"},
    "fr_new_for": {"id": "; {dinas}: baris baru", "en": "; {dinas}: new row"},
    "pl_act_coverage": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, dimulai dari "
                              "{siapa} dengan cakupan terendah: {unit}",
                        "en": "Schedule at least one activity for staff who have taken none, starting with the "
                              "{siapa} with the lowest coverage: {unit}"},
    "pl_act_coverage_small": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, dimulai dari "
                                    "{k:satu unit kecil|{k} unit kecil} dengan kurang dari {min} ASN{nama}",
                              "en": "Schedule at least one activity for staff who have taken none, starting with "
                                    "{k:the one small unit|the {k} small units} with fewer than {min} staff{nama}"},
    # the small units apart from the unit(s) named before them, with why they are there (LOOK37b M-18: ", including the
    # one small unit" read as part of Central Jakarta's Sub-agency)
    "pl_act_coverage_also_small": {"id": ", serta {k:satu unit kecil|{k} unit kecil bersama-sama} (kurang dari {min} "
                                         "ASN){nama} yang estimasi cakupannya juga di bawah {persen}",
                                   "en": ", and {k:the one small unit|the {k} small units together} (fewer than "
                                         "{min} staff){nama}, whose coverage estimate is also below {persen}"},
    "pl_act_coverage_all": {"id": "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, di setiap unit",
                            "en": "Schedule at least one activity for staff who have taken none, in every unit"},
    "pl_late": {"id": "Laporan ini bertanggal {tanggal}, sesudah triwulan I {tahun_berikut} dimulai: batas waktu yang "
                      "akan jatuh sebelum laporan ini dipindah ke triwulan tanggal laporan ({mulai}); indikator tetap "
                      "diukur pada data {tahun_berikut} dan dinilai pada evaluasi tahun {tahun_berikut}, sehingga "
                      "waktu untuk melaksanakannya lebih pendek.",
                "en": "This report is dated {tanggal}, after quarter 1 of {tahun_berikut} began: deadlines that would "
                      "fall before this report move to the quarter of its date ({mulai}); the indicators are still "
                      "measured on the {tahun_berikut} data and judged in the {tahun_berikut} evaluation, so there is "
                      "less time to carry them out."},
    "pl_late_now": {"id": "Rencana tindak lanjut ini terbit terlambat: laporan bertanggal {tanggal} ({sumber}), {hari} "
                          "hari sebelum tahun rencana {tahun_berikut} berakhir. Indikatornya diukur pada data "
                          "{tahun_berikut} dan dinilai pada evaluasi tahun {tahun_berikut}, sehingga semua batas waktu "
                          "jatuh pada {mulai}, dan tindakan yang belum berjalan hampir tidak dapat lagi mengubah nilai "
                          "yang akan dinilai.",
                    "en": "This follow-up plan comes late: the report is dated {tanggal} ({sumber}), {hari} days "
                          "before its plan year {tahun_berikut} ends. Its indicators are measured on the "
                          "{tahun_berikut} data and judged in the {tahun_berikut} evaluation, so every deadline falls "
                          "in {mulai}, and an action not already under way can hardly change the values that will be "
                          "judged."},
    "pl_date_signed": {"id": "tanggal penandatanganan", "en": "the signature date"},
    "pl_date_built": {"id": "tanggal pembuatan laporan; tanggal penandatanganan belum ditetapkan",
                      "en": "the date the report was produced; no signature date has been set"},
    "pl_after": {"id": "Laporan ini bertanggal {tanggal}, sesudah tahun rencana {tahun_berikut} berakhir: tindak "
                       "lanjut dijalankan segera; indikatornya diukur pada data {tahun_berikut} dan dinilai pada "
                       "evaluasi tahun {tahun_berikut}, yang datanya sudah ada sebelum tindak lanjut ini dapat "
                       "dijalankan.",
                 "en": "This report is dated {tanggal}, after its plan year {tahun_berikut} ended: the follow-up is "
                       "due immediately; its indicators are measured on the {tahun_berikut} data and judged in the "
                       "{tahun_berikut} evaluation, whose data were collected before this follow-up could start."},
    # the row ids ("kesehatan-2025-KENAIKAN") are the workbook's (its plan sheet's id column), never the body's: the
    # code the dinas's own report prints in its plan table and the dinas's name say which row (LOOK10 N-9)
    "pl_same_dinas": {"id": "Baris rencana tindak lanjut dinas yang memuat temuan yang sama atau melaksanakan baris "
                            "provinsi (kode barisnya di sana; ID baris di lampiran tabel (lembar kerja) laporan ini): "
                            "{daftar}.",
                      "en": "Rows of the agencies' own follow-up plans that hold the same finding or carry out the "
                            "province row (their row code there; the row IDs are in this report's workbook "
                            "annex): {daftar}."},
    "pl_same_dinas_row": {"id": "{kode} = {baris}", "en": "{kode} = {baris}"},
    # a province-wide redesign row's executor without a row this year, with last year's row (followup.rows_before;
    # CHECK12 C12-2)
    "pl_same_before": {"id": ", dan bagi {dinas} baris {kode} rencana {tahun_lalu} ({status})",
                       "en": ", and for {dinas} row {kode} of the {tahun_lalu} plan ({status})"},
    "pl_before_unjudged": {"id": "temuannya belum dapat dinilai dengan data {tahun}; lihat catatan di bawah",
                           "en": "its finding cannot be judged with the {tahun} data; see the note below"},
    "pl_before_gone": {"id": "temuannya tidak muncul lagi pada data {tahun} di dinas itu",
                       "en": "its finding no longer arises in the {tahun} data there"},
    # a province-wide redesign row: the dinas that held the method without a row on it (followup.held_elsewhere;
    # LOOK15 Q-12), each with why (pl_absent_item)
    "pl_held_elsewhere": {"id": " {kode}: {n} dinas lain yang mengadakan {metode} tidak punya baris ini dalam "
                                "rencananya, jadi bagian baris ini di dinas itu dipegang {kantor} — {daftar}.",
                          "en": " {kode}: the {n} other {n:agency|agencies} that held {metode} {n:has|have} no such "
                                "row in {n:its plan|their plans}, so that part of the row is held there by {kantor} — "
                                "{daftar}."},
    # the dinas that held none of the method, counted (a province-wide redesign row; CHECK13 D13-4 residue)
    "pl_held_none": {"id": " {n} dinas lainnya tidak mengadakan {metode}.",
                     "en": " The other {n} {n:agency|agencies} held no {metode}."},
    "pl_held_none_row": {"id": " {kode}: {n} dinas lainnya tidak mengadakan {metode}.",
                         "en": " {kode}: the other {n} {n:agency|agencies} held no {metode}."},
    "pl_absent_little_none": {"id": "kenaikan nilai peserta {metode} di dinas itu sendiri tidak sangat kecil",
                              "en": "the {metode} gain in the agency itself is not very small"},
    "pl_absent_little_cheap": {"id": "kenaikan nilai peserta {metode} di dinas itu sangat kecil, tetapi biaya per "
                                     "poinnya tidak di atas biaya per poin dinas itu",
                               "en": "the {metode} gain there is very small, but its cost per point is not above "
                                     "the agency's"},
    # {di}: pl_in_that_dinas in the province report, pl_in_this_dinas in the dinas's own (followup.office_part)
    "pl_absent_little_few": {"id": "kegiatan {metode} {di} kurang dari {min}, terlalu sedikit untuk "
                                   "menilai kenaikannya sendiri",
                             "en": "fewer than {min} {metode} activities {di}, too few to judge the gain {di} alone"},
    "pl_absent_little_unjudged": {"id": "kenaikan nilai peserta {metode} {di} belum dapat dinilai sendiri: "
                                        "{alasan}",
                                  "en": "the {metode} gain {di} cannot be judged on its own: {alasan}"},
    "pl_in_that_dinas": {"id": "di dinas itu", "en": "there"},
    "pl_in_this_dinas": {"id": "di dinas ini", "en": "here"},
    # a province-wide redesign row and the dinas holding the method whose own gain, judged, does not meet the row's
    # rule (followup.outside_redesign; LOOK25 W-2: BPSDM was to redesign Pendidikan's seminars, cheaper per point than
    # its pelatihan), each with why (pl_absent_item)
    "pl_held_outside": {"id": " Baris {kode} tidak mencakup {n} dinas yang juga mengadakan {metode}, karena "
                              "kenaikan nilai {nama} di dinas itu sendiri tidak memenuhi aturan baris ini — "
                              "{daftar}.",
                        "en": " Row {kode} leaves out {n} {n:agency|agencies} that also held {metode}, as "
                              "{n:its|their} own {nama} gain does not meet the row's rule — {daftar}."},
    # a dinas report: the dinas's part of a province-wide redesign row, held by the province's coordinating office
    # (followup.office_part; LOOK25 W-2: neither Pendidikan's nor Sosial's report named the row BPSDM held there)
    "pl_held_office_here": {"id": " Kegiatan {metode} di dinas ini termasuk baris provinsi {kode}, dipegang {kantor}: "
                                  "{alasan}, jadi rencana ini tidak punya baris {metode} sendiri; baris provinsi itu "
                                  "dinilai pada kenaikan nilai {metode} seluruh provinsi.",
                            "en": " This agency's {metode} activities are part of province row {kode}, held by "
                                  "{kantor}: {alasan}, so this plan has no {metode} row of its own; the province "
                                  "row is judged on the whole province's {metode} gain."},
    "pl_held_office_here_plain": {"id": " Kegiatan {metode} di dinas ini termasuk baris provinsi {kode}, dipegang "
                                        "{kantor}; rencana ini tidak punya baris {metode} sendiri, dan baris provinsi "
                                        "itu dinilai pada kenaikan nilai {metode} seluruh provinsi.",
                                  "en": " This agency's {metode} activities are part of province row {kode}, held by "
                                        "{kantor}; this plan has no {metode} row of its own, and the province row is "
                                        "judged on the whole province's {metode} gain."},
    "pl_dinas_row_every": {"id": "baris {kode} rencana setiap dinas ({n} dinas)",
                           "en": "row {kode} of every agency's plan ({n} agencies)"},
    # all but a few dinas, each with why its plan has no such row (province_rows.absent; LOOK12 K-9: the either/or
    # "targetnya sudah tercapai atau indikatornya tidak berlaku di sana" was true of neither for a dinas without data)
    "pl_dinas_row_but_why": {"id": "baris {kode} rencana {n} dinas (semua kecuali {kecuali})",
                             "en": "row {kode} of {n} agencies' plans (all but {kecuali})"},
    "pl_absent_item": {"id": "{dinas}: {alasan}", "en": "{dinas}: {alasan}"},
    # the same where the row is not at hand (a note on last year's rows): the dinas alone
    "pl_dinas_row_but": {"id": "baris {kode} rencana {n} dinas (semua kecuali {kecuali})",
                         "en": "row {kode} of {n} agencies' plans (all but {kecuali})"},
    # why a dinas's plan has no row on a province row (province_rows.absent)
    "pl_absent_no_year": {"id": "data {tahun} tidak diterima", "en": "its {tahun} data were not received"},
    "pl_absent_met": {"id": "{nilai} sudah {target}", "en": "{nilai}, already {target}"},
    # the estimate past the rule's line while its 95% interval still reaches across it (LOOK14 P-2): the row's rule
    # does not fire there, which is not "sudah tercapai" (the chapter judges such a value "belum dapat dinilai")
    "pl_absent_not_weak": {"id": "estimasinya {nilai} di atas {batas}, jadi {kode} tidak termasuk unsur lemah di "
                                 "sana, meski rentangnya {rentang} masih memuat batas itu",
                           "en": "its estimate {nilai} is above {batas}, so {kode} is not a weak element there, "
                                 "though its interval {rentang} still contains that line"},
    # the same without the dinas's own figures, said once for every dinas left out for it (followup.dinas_rows)
    "pl_absent_not_weak_shared": {"id": "estimasi {kode} di atas {batas}, jadi {kode} tidak termasuk unsur lemah di "
                                        "sana",
                                  "en": "a {kode} estimate above {batas}, so {kode} is not a weak element there"},
    "pl_absent_met_shared": {"id": "angkanya sudah {target}", "en": "a figure already {target}"},
    "pl_absent_ikm_b_shared": {"id": "estimasi IKM tidak di bawah kategori B",
                               "en": "an IKM estimate not below category B"},
    # a list written out leaving out more than ikm_units.NAMED_AT_MOST dinas: the most common reason once, for the dinas
    # not named (CHECK13 D13-4 residue: 'rencana Bina Marga, Citata, … dan Sumber Daya Air', 11 left out unexplained)
    "pl_absent_others": {"id": "dinas lain: {alasan}", "en": "the other agencies: {alasan}"},
    "pl_absent_estimate_only": {"id": "estimasinya {nilai} sudah {target}, meski rentangnya {rentang} masih memuat "
                                      "batas itu",
                                "en": "its estimate {nilai} is already {target}, though its interval {rentang} still "
                                      "contains that line"},
    # a census at a 100% target, everyone counted reached it: met by the count, as the dinas report judges it
    "pl_absent_census_jp": {"id": "{k} dari {n} PNS sudah memenuhi 20 JP (tercapai)",
                            "en": "{k} of {n} PNS already have 20 JP (met)"},
    "pl_absent_census_coverage": {"id": "{k} dari {n} ASN sudah mengikuti kegiatan (tercapai)",
                                  "en": "{k} of {n} staff already took part in an activity (met)"},
    "pl_absent_pppk": {"id": "tidak ada PPPK", "en": "no PPPK"},
    "pl_absent_pppk_cap": {"id": "tidak ada PPPK di atas batas", "en": "no PPPK above the cap"},
    "pl_absent_method": {"id": "tidak ada kegiatan {metode}", "en": "no {metode} activities"},
    "pl_absent_no_skm": {"id": "tidak ada data SKM", "en": "no SKM data"},
    "pl_absent_answers": {"id": "tidak ada jawaban SKM untuk unsur ini", "en": "no SKM answers on this element"},
    "pl_absent_participations": {"id": "tidak ada keikutsertaan tercatat", "en": "no participation recorded"},
    "pl_absent_no_data": {"id": "tidak ada data untuk indikatornya", "en": "no data for its indicator"},
    "pl_absent_ikm_units": {"id": "tidak ada unit dengan estimasi IKM di bawah kategori B",
                            "en": "no unit with an IKM estimate below category B"},
    "pl_absent_ikm_b": {"id": "estimasi IKM dinas itu tidak di bawah kategori B",
                        "en": "its IKM estimate is not below category B"},
    "pl_absent_withheld": {"id": "tidak dapat dinilai karena {alasan}", "en": "cannot be judged because {alasan}"},
    "pl_absent_own": {"id": "temuannya tidak muncul di dinas itu", "en": "the finding does not arise there"},
    "pl_absent_rule_off": {"id": "aturan barisnya tidak menetapkan target di dinas itu tahun ini",
                           "en": "the row's rule sets no target there this year"},
    # a row one province office holds in the province plan and in the dinas plans (province_rows.HELD_FOR_EACH;
    # LOOK12 K-4: one task measured twice, or the sum of twenty?)
    "pl_held_province": {"id": " Baris {kode} {n:dipegang|masing-masing dipegang} satu kantor provinsi (kolom "
                               "Penanggung jawab), di rencana provinsi dan di rencana dinas: satu tugas kantor itu, "
                               "dinilai di sini pada angka seluruh provinsi dan di rencana setiap dinas pada angka "
                               "dinas itu sendiri; baris dinasnya bukan tugas tambahan bagi dinas, dan target provinsi "
                               "tidak menggantikan target dinas mana pun.",
                         "en": " {n:Row|Rows} {kode} {n:is|are each} held by one provincial office (the Responsible "
                               "column) in the province plan and in the agency plans: one task of that office, judged "
                               "here on the whole province's figure and in each agency's plan on that agency's own "
                               "figure; the agency rows are no extra task for the agencies, and the province target "
                               "replaces no agency's target."},
    "pl_held_dinas": {"id": " Baris {kode} {n:dipegang|masing-masing dipegang} kantor provinsi yang juga memegang "
                            "baris provinsi dengan kode yang sama (kolom Penanggung jawab): tugas kantor itu di dinas "
                            "ini, dinilai pada angka dinas ini sendiri; baris provinsinya menilai angka seluruh "
                            "provinsi.",
                      "en": " {n:Row|Rows} {kode} {n:is|are each} held by the provincial office that also holds "
                            "the province row with the same code (the Responsible column): that office's task in "
                            "this agency, judged on this agency's own figure; the province row judges the whole "
                            "province's figure."},
    # the executors of a province row every dinas but a few carry (province_rows.carried_by; LOOK12 K-9)
    "pl_owner_except": {"id": ", kecuali {kecuali}", "en": ", except {kecuali}"},
    # a dinas plan's rows that carry out a province row (report.chapters.province_rows)
    "pl_province_rows": {"id": "Baris yang juga melaksanakan rencana tindak lanjut provinsi (kode barisnya di sana; "
                               "ID baris di lampiran tabel (lembar kerja) laporan ini): {daftar}.",
                         "en": "Rows that also carry out the province's follow-up plan (their row code there; the "
                               "row IDs are in this report's workbook annex): {daftar}."},
    # a dinas plan's row carried from the province plan: where it comes from, beside its step (phrases.aside)
    "pl_act_from_province": {"id": "dari baris {kode} rencana provinsi",
                             "en": "from row {kode} of the province plan"},
    # a carried RESISTENSI row: the finding is the province's, the dinas's own estimate beside it (LOOK37 L-6)
    "pl_resist_province_finding": {"id": ": temuannya temuan provinsi (resistensi lebih tinggi berkaitan dengan "
                                          "kenaikan nilai lebih kecil: {besar} poin per poin resistensi, {ik}; n = "
                                          "{n}); estimasi dinas ini sendiri {sendiri}",
                                   "en": ": the finding is the province's (higher resistance goes with a smaller gain: "
                                         "{besar} points per point of resistance, {ik}; n = {n}); this agency's own "
                                         "estimate {sendiri}"},
    "pl_resist_own_unclear": {"id": "belum jelas (rentangnya memuat nol): {nilai}",
                              "en": "is not clear (its interval includes zero): {nilai}"},
    "pl_resist_unit": {"id": "poin per poin resistensi", "en": "points per point of resistance"},
    "pl_resist_own_clear": {"id": "ke arah yang sama: {nilai}", "en": "points the same way: {nilai}"},
    "pl_province_same": {"id": "{kode} (kode yang sama)", "en": "{kode} (the same {n:code|codes})"},
    # where the row comes from, true whether or not 9.2 also gives its step (LOOK35 H-1: PRKP's 9.2 now gives
    # BIAYA-POIN's step as its own recommendation, beside a note that said the row came from none of them)
    "pl_province_carried": {"id": " {kode} berasal dari rencana provinsi, yang menugaskannya kepada setiap dinas "
                                  "pelaksananya, termasuk {dinas}, jadi barisnya dimuat di sini dengan nilai dan "
                                  "target dinas ini sendiri, menurut aturan yang sama.",
                            "en": " {kode} {n:comes|come} from the province plan, which assigns {n:it|them} to each "
                                  "agency that carries {n:it|them} out, {dinas} included, so {n:the row is|the rows "
                                  "are} here with this agency's own value and target, by the same rule."},
    # PPPK above the cap counted when their share is withheld for too few PPPK (a census of a legal rule, C10-4)
    "pl_now_census": {"id": "{k} dari {n} PPPK ({persen}; hitungan, tanpa rentang)",
                      "en": "{k} of {n} PPPK ({persen}; a count, no interval)"},
    # its target when its own value is withheld and its rule has no threshold of its own
    # a pointer row's target: the province plan's target for the row, floored as the province plan floors it
    # (province_rows.province_target; LOOK15 Q-1: '(target provinsi)' beside a figure the province plan's own row,
    # floored at last year's target, did not have; then '(dari angka provinsi 2025)', still not the plan's target)
    # {depan}: the year it is a target for, as the plan table's "Target {depan}" column (LOOK36 J-4: "target rencana
    # provinsi 2025" in Tabel 15, headed 2026, beside "rencana provinsi 2024" in Tabel 1 for the same Rp 238.866 read
    # as a third plan); plans are named by their report's year throughout ("rencana tindak lanjut 2024")
    "pl_tgt_province": {"id": "{target} (target rencana provinsi {tahun} untuk {depan})",
                        "en": "{target} (the {tahun} province plan's target for {depan})"},
    "pl_dinas_row": {"id": "baris {kode} rencana {dinas}", "en": "row {kode} of the {dinas} {n:plan|plans}"},
    # the list written out, with why each of the few dinas left out has no such row (CHECK12 C12-5)
    "pl_dinas_row_why": {"id": "baris {kode} rencana {dinas} ({kecuali})",
                         "en": "row {kode} of the {dinas} {n:plan|plans} ({kecuali})"},
    # the notes on last year's rows not carried on: a lead sentence, then {daftar}, one row (or one dinas of a row)
    # a line (followup.item_lines), each "KODE: nilai …; target …; status" (FOUND words15: "U3 (nilai 2025 3,0713
    # (2,9710–3,1716), target ≥ 3,0644 (…), belum dapat dinilai (…))", brackets three deep)
    "pl_closed": {"id": "Baris rencana {tahun_lalu} berikut tidak dilanjutkan: targetnya belum tercapai atau belum "
                        "dapat dinilai, tetapi temuannya tidak muncul lagi pada data {tahun} menurut aturan yang sama. "
                        "Baris itu muncul kembali bila temuannya muncul lagi.{daftar}",
                  "en": "{n:This row|These rows} of the {tahun_lalu} plan {n:is|are} not carried on: {n:its|their} "
                        "target was not met or could not be judged, but {n:its|their} finding no longer arises in "
                        "the {tahun} data under the same rule. Such a row returns when its finding does.{daftar}"},
    # last year's share row whose finding goes on, the advice having turned against the shift (LOOK14 P-16)
    "pl_closed_shift_lower": {"id": "Baris {kode} tidak dilanjutkan, meski temuannya masih muncul pada data {tahun} "
                                    "(biaya {metode} per poin kenaikan jelas lebih rendah daripada {pembanding}): "
                                    "kenaikan per peserta {metode} kini jelas lebih kecil (selisih {selisih} poin; "
                                    "{ik}), jadi pengalihan kegiatan {pembanding} ke {metode} tidak lagi "
                                    "direkomendasikan (BAB IX, 9.2).{daftar}",
                              "en": "Row {kode} is not carried on, although its finding still arises in the {tahun} "
                                    "data ({metode}'s cost per point of gain is clearly lower than {pembanding}'s): "
                                    "{metode}'s gain per participant is now clearly smaller (difference {selisih} "
                                    "points; {ik}), so moving {pembanding} activities to {metode} is no longer "
                                    "advised (Chapter IX, 9.2).{daftar}"},
    # last year's row whose finding this year's data cannot judge: not "gone" (LOOK12 K-1); the finding is what
    # cannot be judged, the target may be (LOOK13 M-4: "belum tercapai" beside "baris … belum dapat dinilai")
    "pl_closed_unjudged": {"id": "Temuan baris rencana {tahun_lalu} berikut belum dapat dinilai dengan data {tahun}, "
                                 "jadi tidak dapat dikatakan sudah hilang; barisnya tidak dilanjutkan sampai datanya "
                                 "cukup:{daftar}",
                           "en": "The finding of {n:this row|these rows} of the {tahun_lalu} plan cannot be judged "
                                 "with the {tahun} data, so it cannot be said to be gone; {n:the row is|the rows are} "
                                 "not carried on until the data suffice:{daftar}"},
    # a stop-or-redesign population whose interval holds its target and still reaches the rule's line (followup.
    # too_wide; CHECK12 C12-2): the rule can neither fire nor be ruled out
    "pl_unjudged_wide_little": {"id": "rentang nilai {tahun}, {nilai} poin, memuat target dan juga kenaikan sangat "
                                      "kecil{kegiatan}",
                                "en": "the {tahun} interval, {nilai} points, holds both the target and a very small "
                                      "gain{kegiatan}"},
    "pl_unjudged_wide_stop": {"id": "rentang nilai {tahun}, {nilai} poin, memuat nol: \"nilai tidak naik\" belum dapat "
                                    "dikesampingkan{kegiatan}",
                              "en": "the {tahun} interval, {nilai} points, holds zero: \"scores did not rise\" "
                                    "cannot be ruled out{kegiatan}"},
    "pl_unjudged_activities": {"id": "{k} kegiatan", "en": "{k} {k:activity|activities}"},
    # such a row (a share row: followup.unjudged_reason) with its target's status and value this year, then its
    # finding, which cannot be judged, and why: each status says what it is about (LOOK35 G-10: '…; belum tercapai;
    # temuannya belum dapat dinilai …' read as one row with two statuses)
    "pl_unjudged_item": {"id": "{kode}: target porsi {status} (nilai {tahun} {nilai}; target {target}); apakah "
                               "{metode} masih lebih murah per poin kenaikan belum dapat dinilai ({alasan})",
                         "en": "{kode}: share target {status} ({tahun} value {nilai}; target {target}); whether "
                               "{metode} still costs less per point of gain cannot be judged ({alasan})"},
    # such a row whose value cannot be measured this year: its reason said once (LOOK13 M-1)
    "pl_unjudged_row": {"id": "{kode}: target {target}; belum dapat dinilai karena {alasan}",
                        "en": "{kode}: target {target}; cannot be judged because {alasan}"},
    # last year's province row on a dinas's own finding that goes on in that dinas's own plan (LOOK9 #15)
    "pl_closed_dinas": {"id": "Baris rencana {tahun_lalu} berikut tidak dilanjutkan di rencana provinsi, tetapi "
                              "temuannya masih muncul pada data {tahun} di dinas itu sendiri dan dilanjutkan di "
                              "rencana dinas tersebut:{daftar}",
                        "en": "{n:This row|These rows} of the {tahun_lalu} plan {n:is|are} not carried on in the "
                              "province plan, but {n:its|their} finding still arises in the {tahun} data in the "
                              "agency itself and is carried on in that agency's plan:{daftar}"},
    "pl_closed_dinas_item": {"id": "{baris}; dilanjutkan di {dinas}", "en": "{baris}; carried on as {dinas}"},
    # why the province has no row of its own on that method (LOOK9 #11)
    "pl_closed_cheap": {"id": "Se-provinsi, kenaikan nilai peserta {metode} juga sangat kecil ({besar} poin; {ik}), "
                              "tetapi biaya per poinnya ({biaya}) tidak di atas biaya per poin seluruh kegiatan "
                              "({semua}), jadi anggaran {metode} provinsi bukan temuan dan rencana provinsi tidak "
                              "memuat baris untuknya; tinjauannya ada di {di}.",
                        "en": "Province-wide, participants' gain in {metode} is also very small ({besar} points; "
                              "{ik}), but its cost per point ({biaya}) is not above that of all activities "
                              "({semua}), so the province's {metode} budget is not a finding and the province plan "
                              "has no row for it; its review is in {di}."},
    "pl_closed_not_small": {"id": "Se-provinsi, kenaikan nilai peserta {metode} ({besar} poin; {ik}) tidak sangat "
                                  "kecil, jadi rencana provinsi tidak memuat baris untuknya; tinjauannya ada di "
                                  "{di}.",
                            "en": "Province-wide, participants' gain in {metode} ({besar} points; {ik}) is not very "
                                  "small, so the province plan has no row for it; its review is in {di}."},
    # where the method's review is when no dinas plan of this year holds the row (the dinas named before)
    "pl_closed_where_named": {"id": "rencana dinas yang disebut", "en": "the agency plans named"},
    "pl_closed_row": {"id": "{kode}: nilai {tahun} {nilai}; target {target}; {status}",
                      "en": "{kode}: {tahun} value {nilai}; target {target}; {status}"},
    # every dinas with results counted in an owner's {dinas} (REVIEW4 9: not a 45-line list)
    "pl_owner_every_dinas": {"id": " ({n} dinas)", "en": " ({n} agencies)"},
    # a province row about more than one dinas: one accountable office, the dinas's units as executors (LOOK9 #5)
    "pl_owner_coordinated": {"id": "{kantor}; dilaksanakan oleh {pelaksana}",
                             "en": "{kantor}; carried out by {pelaksana}"},
    "pl_intro_coordinated": {"id": " Baris yang mengenai lebih dari satu dinas dipegang satu kantor koordinator "
                                   "provinsi; unit dinas yang disebut sesudahnya adalah pelaksananya.",
                             "en": " A row about more than one agency is held by one coordinating provincial "
                                   "office; the agency units named after it carry it out."},
    # a province-wide method row's code (plan.WHOLE_PROVINCE; LOOK9 #6): one sentence per such row
    "pl_intro_province_code": {"id": " {kode} mengukur kenaikan nilai seluruh provinsi, bukan kenaikan tiap dinas "
                                     "seperti baris dengan kode tanpa PROV (tahun lalu atau di rencana dinas), "
                                     "jadi kodenya sendiri dan targetnya tidak menggantikan target dinas mana pun.",
                               "en": " {kode} measures the whole province's gain, not each agency's gain as a row "
                                     "whose code lacks PROV does (last year or in an agency's plan), so it has "
                                     "its own code and its target replaces no agency's target."},
    "pl_closed_part": {"id": "{kode} untuk {dinas}", "en": "{kode} for {dinas}"},
    "fr_hist_not_met": {"id": "belum tercapai", "en": "not met"},
    "fr_hist_met": {"id": "tercapai", "en": "met"},
    "fr_hist_cannot": {"id": "belum dapat dinilai", "en": "could not be judged"},
    "fr_rule": {"id": "Nilai tahun ini dihitung dengan definisi indikator yang sama. Cara menilai: \"tercapai\" bila "
                      "seluruh rentang keyakinan 95% berada pada sisi target; \"belum tercapai\" bila seluruhnya di "
                      "sisi lain; target 100% atas hitungan semua orang (ASN; untuk 20 JP: PNS) dinilai dengan "
                      "hitungannya: \"tercapai\" bila semua yang dihitung memenuhinya, \"belum tercapai\" bila "
                      "tidak; \"belum dapat dinilai\" bila "
                      "rentang memuat target atau angkanya tidak dapat dihitung. Angka tanpa rentang (realisasi "
                      "anggaran, porsi metode, kelengkapan data) dibandingkan apa adanya.",
                "en": "This year's value is computed by the same indicator definition. How a target is judged: "
                      "\"met\" when the whole 95% confidence interval lies on the target's side; \"not met\" when "
                      "it lies wholly on the other side; a 100% target on a count of everyone (ASN; for 20 JP: PNS) "
                      "is judged by the count: \"met\" when everyone counted reached it, \"not met\" otherwise; "
                      "\"cannot be judged\" when the interval holds the target or "
                      "the figure cannot be "
                      "computed. Figures without an interval (budget realisation, a method's share, complete data) "
                      "are compared as they are."},
    "fr_rule_dinas": {"id": "Baris yang ditulis untuk beberapa dinas ({kode}) diukur pada setiap dinas itu, dari "
                            "hasil dinas tersebut, bukan pada angka se-provinsi: tercapai bila targetnya tercapai di "
                            "setiap dinas, belum tercapai bila tidak tercapai di salah satunya, selain itu belum dapat "
                            "dinilai; kolom Status menyebut status setiap dinas bila berbeda, dan baris itu dihitung "
                            "dengan status gabungan tersebut.",
                      "en": "Rows written for some agencies ({kode}) are measured in each of those agencies, from "
                            "its own results, not on the province-wide figure: met when the target is met in every "
                            "one of them, not met when it is missed in one, otherwise they cannot be judged; the "
                            "Status column gives each agency's status where they differ, and the row is counted with "
                            "that combined status."},
    "fr_rule_one_dinas": {"id": "Baris yang ditulis untuk satu dinas ({daftar}) diukur dari hasil dinas itu, bukan "
                                "pada angka se-provinsi.",
                          "en": "Rows written for one agency ({daftar}) are measured in that agency's own results, "
                                "not on the province-wide figure."},
    "fr_tab": {"id": "Evaluasi rencana tindak lanjut {tahun_lalu} {nama}",
               "en": "Review of the {tahun_lalu} follow-up plan of {nama}"},
    "fr_then": {"id": "Nilai {tahun_lalu}", "en": "{tahun_lalu} value"},
    "fr_now": {"id": "Nilai {tahun} (rentang keyakinan 95%)", "en": "{tahun} value (95% CI)"},
    "fr_status": {"id": "Status target", "en": "Target status"},
    "fr_execution": {"id": "Pelaksanaan (laporan dinas)", "en": "Execution (agency's report)"},
    "fr_not_reported": {"id": "tidak dilaporkan", "en": "not reported"},
    "fr_no_results": {"id": "hasil {tahun} dinas ini tidak tersedia", "en": "no {tahun} results of this agency"},
}
