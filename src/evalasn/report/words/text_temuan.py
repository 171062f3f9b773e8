"""Sentences of the ranked findings (Ringkasan Eksekutif) and of the follow-up plan (BAB X), id and
en; merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # --- follow-up plan rows (report.chapters.plan) ---------------------------------------------------
    "pl_intro": {"id": "Setiap baris: satu temuan, satu penanggung jawab (yang sama dengan bab yang memuat temuan "
                       "itu), indikator dengan satuannya, nilai {tahun} dan target {tahun_berikut} yang lebih baik "
                       "daripada nilai kini. Target: yang ditetapkan (tabel target BAB VII) bila belum tercapai, "
                       "atau ujung yang lebih baik dari rentang keyakinan 95% nilai kini bila itu lebih jauh — angka"
                       " yang, bila dicapai, menunjukkan perubahan yang lebih besar daripada ketidakpastian hari "
                       "ini; angka tanpa rentang (porsi metode, realisasi) tanpa target yang belum tercapai: "
                       "{langkah} poin persen lebih baik. Baris yang targetnya sudah tercapai tidak dicantumkan. "
                       "Kode baris tetap dari tahun ke tahun, sehingga status setiap baris dapat dinilai pada "
                       "evaluasi tahun {tahun_berikut}.",
                 "en": "Each row: one finding, one responsible unit (the same as in the chapter that raised it), an "
                       "indicator with its unit, the {tahun} value and a {tahun_berikut} target better than today. "
                       "Target: the one set (targets table, Chapter VII) when not yet met, or the better end of "
                       "today's 95% confidence interval when that is further — a value that, reached, shows a change "
                       "larger than today's uncertainty; a figure without an interval (a method's share, realisation) "
                       "and no unmet target: {langkah} percentage points better. Rows whose target is already met are "
                       "not listed. Row codes stay the same from year to year, so that each row's status can be "
                       "assessed in the {tahun_berikut} evaluation."},
    "pl_none": {"id": "Tidak ada temuan yang memerlukan tindak lanjut dengan target terukur.",
                "en": "No finding calls for a follow-up with a measurable target."},
    "pl_ind_jp": {"id": "% PNS dengan ≥ 20 JP pada {tahun}", "en": "% of PNS with ≥ 20 JP in {tahun}"},
    "pl_ind_cost": {"id": "Biaya per poin kenaikan nilai {tahun} (Rp per poin)",
                    "en": "Cost per point of gain, {tahun} (Rp per point)"},
    "pl_ind_method": {"id": "Porsi peserta {metode} pada {tahun} (% peserta)",
                      "en": "Share of participants in {metode}, {tahun} (% of participants)"},
    "pl_ind_ikm": {"id": "IKM konversi {tahun} (poin 25–100)", "en": "Converted IKM, {tahun} (points 25–100)"},
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
    "pl_tgt_stop": {"id": "> 0 poin (seluruh selang 95% di atas nol) atau Rp 0",
                    "en": "> 0 points (whole 95% interval above zero) or Rp 0"},
    "pl_now_stop": {"id": "{besar} poin; {biaya}", "en": "{besar} points; {biaya}"},
    "pl_act_stop": {"id": "Hentikan {metode} atau rancang ulang (tujuan, materi, tes) sebelum dianggarkan lagi",
                    "en": "Stop {metode} or redesign it (aims, content, test) before it is budgeted again"},
    "pl_act_stop_prov": {"id": "Hentikan {metode} atau rancang ulang di {dinas} sebelum dianggarkan lagi",
                         "en": "Stop {metode} or redesign it in {dinas} before it is budgeted again"},
    "pl_kode": {"id": "Kode", "en": "Code"},
    "pl_kini": {"id": "Nilai {tahun}", "en": "{tahun} value"},
    "pl_target": {"id": "Target {tahun}", "en": "{tahun} target"},
    # --- the recommendation the stop-or-redesign row answers (report.chapters.rules) -------------------
    "rec_stop": {"id": "Hentikan atau rancang ulang {metode}: anggaran {biaya} tanpa kenaikan nilai peserta "
                       "(perubahan {besar} poin; {ik}).",
                 "en": "Stop or redesign {metode}: {biaya} spent without a gain in participants' scores (change "
                       "{besar} points; {ik})."},
    "rec_stop_prov": {"id": "Hentikan atau rancang ulang {metode} di {dinas}: anggaran {biaya} tanpa kenaikan nilai "
                            "peserta.",
                      "en": "Stop or redesign {metode} in {dinas}: {biaya} spent without a gain in participants' "
                            "scores."},
}
