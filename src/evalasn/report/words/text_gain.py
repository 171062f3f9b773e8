"""The gain measure's words when the comparison of dinas used no model (issue 22, reader review 2 item 2), and
why two dinas that read the same gain have different ranks (item 19). Without a model:
``pooling.metode`` "tanpa_pooling", each dinas's participants' mean with its clustered interval. Each key is the
``_mean`` variant of the sentence or label that names the mixed model when it was fitted (report.words.
gain_measure picks one); none of them may claim an adjustment that did not happen. id and en; merged into the one
catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # why there is no model ({alasan} of every sentence below)
    "gm_why_few": {"id": "hanya {n} dinas memiliki nilai tes, kurang dari {min} yang dibutuhkan model perbandingan",
                   "en": "only {n} agencies have test scores, fewer than the {min} the comparison model needs"},
    "gm_why_fit": {"id": "model perbandingan dinas tidak dapat diestimasi dari data ini",
                   "en": "the model comparing agencies cannot be fitted to these data"},
    # BAB I, the methods (province)
    "m_pooling_mean": {"id": "Perbandingan dinas: rata-rata kenaikan nilai peserta setiap dinas, dengan rentang "
                             "keyakinan 95% berkelompok per kegiatan (peserta satu kegiatan, dengan pengajar dan tes "
                             "yang sama, tidak dihitung saling bebas); {alasan}, jadi tidak ada penyesuaian untuk "
                             "campuran metode setiap dinas dan dinas dengan sedikit peserta tidak ditarik ke "
                             "rata-rata provinsi; peringkat disertai rentang 95%. Temuan per dinas (IKM, 20 JP) "
                             "dengan koreksi untuk banyak uji (rinciannya di Lampiran).",
                       "en": "Agency comparison: each agency's participants' mean gain, with a 95% CI clustered by "
                             "activity (participants of one activity, with the same trainer and test, are not "
                             "counted as independent); {alasan}, so there is no allowance for each agency's mix of "
                             "methods and agencies with few participants are not pulled toward the province mean; "
                             "ranks come with 95% intervals. Per-agency findings (IKM, 20 JP) with a "
                             "correction for many tests (details in the Annex)."},
    # BAB VII of the province: the figure of the dinas and the table under it
    "p_fig_forest_mean": {"id": "Kenaikan nilai rata-rata peserta per dinas, dengan rentang keyakinan 95% "
                                "berkelompok per kegiatan",
                          "en": "Participants' mean gain by agency, with 95% CI clustered by activity"},
    "p_fig_forest_none": {"id": "Gambar kenaikan nilai per dinas tidak dibuat: tidak satu pun dari {n} dinas punya "
                                "cukup data ({peserta} peserta dengan nilai pre dan post di antara mereka); alasan "
                                "tiap dinas ada di catatan tabel berikut.",
                          "en": "No chart of the gain by agency: none of the {n} agencies has enough data ({peserta} "
                                "participants with pre and post scores among them); each agency's reason is in the "
                                "note under the next table."},
    "p_tab_gain_mean": {"id": "rata-rata poin nilai peserta (sesudah − sebelum), tanpa penyesuaian untuk campuran "
                              "metode, dengan rentang keyakinan 95% berkelompok per kegiatan; laporan setiap dinas "
                              "memakai angka dan peringkat yang sama",
                        "en": "the participants' mean test points (post − pre), with no allowance for the mix of "
                              "methods, with the 95% CI clustered by activity; each agency report uses the same "
                              "figure and rank"},
    "p_attention_gain_mean": {"id": "kenaikan nilai tidak diuji terhadap rata-rata provinsi, karena {alasan}.",
                              "en": "the gain is not tested against the province mean, because {alasan}."},
    # BAB VII of a dinas, its key figures' note, the index
    "pos_attention_gain_mean": {"id": "kenaikan nilai tidak diuji terhadap rata-rata provinsi ({alasan}).",
                                "en": "the gain is not tested against the province mean ({alasan})."},
    "pos_pooled_rank_mean": {"id": "Laporan provinsi memeringkat kenaikan nilai menurut rata-rata peserta setiap "
                                   "dinas, tanpa penyesuaian untuk campuran metode ({alasan}): {nama} {peringkat}, "
                                   "{nilai} poin ({ik}). Tabel di atas memakai angka dan peringkat ini.",
                             "en": "The province report ranks the gain by each agency's participants' mean, with no "
                                   "allowance for the mix of methods ({alasan}): {nama} {peringkat}, {nilai} points "
                                   "({ik}). The table above uses this figure and rank."},
    "fact_gain_why_mean": {"id": "Kenaikan nilai dinas adalah rata-rata peserta dengan rentang keyakinan 95% "
                                 "berkelompok per kegiatan, seperti di laporan provinsi: {alasan}, jadi tidak ada "
                                 "penyesuaian untuk campuran metode dan angka dinas tidak ditarik ke rata-rata "
                                 "provinsi.",
                           "en": "An agency's gain is its participants' mean with a 95% CI clustered by activity, as "
                                 "in the province report: {alasan}, so there is no allowance for the mix of methods "
                                 "and the agency's figure is not pulled toward the province mean."},
    "fact_def_gain_mean": {"id": "Kenaikan nilai post-test atas pre-test (poin): rata-rata peserta, rentang keyakinan "
                                 "95% berkelompok per kegiatan.",
                           "en": "Post-test over pre-test score gain (points): the participants' mean, 95% CI "
                                 "clustered by activity."},
    "index_note_mean": {"id": "Klik judul kolom untuk mengurutkan. Kenaikan nilai (rata-rata peserta) dan "
                              "peringkatnya dengan rentang keyakinan 95%; IKM dengan kategorinya dan, bila rentang "
                              "keyakinan 95%-nya mencapai kategori lain, rentang kategori itu (C–B), tanpa rentang "
                              "angkanya; rentang angka IKM dan angka lain ada di tabel angka kunci setiap laporan.",
                        "en": "Click a column header to sort. The gain (participants' mean) and its rank with their "
                              "95% intervals; the IKM with its category and, where its 95% interval reaches another "
                              "category, that range (C–B), without its numeric interval; the numeric intervals of the "
                              "IKM and the other figures are in each report's key-figures table."},
    # the province's table of dinas: gains that read the same as rounded, ranked apart (report.facts.tied_note)
    "p_tied": {"id": "Pada pembulatan tabel, {jumlah} dinas sama-sama {nilai} poin: {rinci}; urutan peringkatnya "
                     "mengikuti angka yang lebih rinci itu, dan rentang peringkat mereka tumpang tindih, jadi urutan "
                     "itu belum pasti.",
               "en": "As the table rounds them, {jumlah} agencies read the same gain, {nilai} points: {rinci}; their "
                     "ranks follow these finer figures, and their rank intervals overlap, so their order is not "
                     "certain."},
    "p_tied_apart": {"id": "Pada pembulatan tabel, {jumlah} dinas sama-sama {nilai} poin: {rinci}; urutan "
                           "peringkatnya mengikuti angka yang lebih rinci itu.",
                     "en": "As the table rounds them, {jumlah} agencies read the same gain, {nilai} points: {rinci}; "
                           "their ranks follow these finer figures."},
    "p_tied_one": {"id": "{nama} {nilai} (peringkat {r})", "en": "{nama} {nilai} (rank {r})"},
    # why the participants' mean and the adjusted gain disagree on whether scores rose (report.words.gain_sides)
    "gs_why_methods": {"id": "Kedua ukuran{tahun} berbeda soal apakah nilai naik: kenaikan yang disesuaikan "
                             "mengambil kenaikan rata-rata setiap metode dari {m} dinas melalui model campuran, "
                             "sedangkan rentang rata-rata peserta{angka} bersandar pada kegiatan {nama} sendiri "
                             "({dasar}).",
                       "en": "The two measures{tahun} differ on whether scores rose: the adjusted gain takes each "
                             "method's average gain from all {m} agencies through the mixed model, while the "
                             "interval of the participants' mean{angka} rests on {nama}'s own activities alone "
                             "({dasar})."},
    "gs_why": {"id": "Kedua ukuran{tahun} berbeda soal apakah nilai naik: kenaikan yang disesuaikan ditarik ke "
                     "rata-rata {m} dinas melalui model campuran, sedangkan rentang rata-rata peserta{angka} "
                     "bersandar pada kegiatan {nama} sendiri ({dasar}).",
               "en": "The two measures{tahun} differ on whether scores rose: the adjusted gain is drawn towards the "
                     "mean of all {m} agencies through the mixed model, while the interval of the participants' "
                     "mean{angka} rests on {nama}'s own activities alone ({dasar})."},
    "gs_numbers": {"id": " ({mentah} poin; {ik})", "en": " ({mentah} points; {ik})"},
    "gs_year": {"id": " tahun {tahun}", "en": " for {tahun}"},
    "gs_item": {"id": "{nama} (rata-rata peserta {mentah} poin; {ik}; {dasar})",
                "en": "{nama} (participants' mean {mentah} points; {ik}; {dasar})"},
    "gs_list_methods": {"id": "Kenaikan yang disesuaikan dan rata-rata peserta berbeda soal apakah nilai naik pada "
                              "{daftar}: kenaikan yang disesuaikan mengambil kenaikan rata-rata setiap metode "
                              "dari {m} dinas melalui model campuran, sedangkan rentang rata-rata peserta bersandar "
                              "pada kegiatan dinas itu sendiri.",
                        "en": "The adjusted gain and the participants' mean differ on whether scores rose for "
                              "{daftar}: the adjusted gain takes each method's average gain from all {m} "
                              "agencies through the mixed model, while the interval of the participants' mean rests "
                              "on the agency's own activities alone."},
    "gs_list": {"id": "Kenaikan yang disesuaikan dan rata-rata peserta berbeda soal apakah nilai naik pada {daftar}: "
                      "kenaikan yang disesuaikan ditarik ke rata-rata {m} dinas melalui model campuran, sedangkan "
                      "rentang rata-rata peserta bersandar pada kegiatan dinas itu sendiri.",
                "en": "The adjusted gain and the participants' mean differ on whether scores rose for {daftar}: the "
                      "adjusted gain is drawn towards the mean of all {m} agencies through the mixed model, while the "
                      "interval of the participants' mean rests on the agency's own activities alone."},
}
LABELS: dict[str, dict[str, str]] = {
    # the legend of the province's figure of dinas with the model (without it, no legend)
    "gm_legend_model": {"id": "model campuran", "en": "mixed model"},
    "gm_legend_raw": {"id": "mentah", "en": "raw"},
    "gain_pooled_mean": {"id": "Kenaikan nilai, rata-rata peserta (rentang keyakinan 95%)",
                         "en": "Gain, participants' mean (95% CI)"},
}
