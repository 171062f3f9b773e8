"""The sentences about a declared intervention (config/intervensi.yml or INTERVENSI; report.words.impact): its
subject (the programme, its activities in the comparison window), its design and its caveat, which every causal
sentence carries in the same paragraph (issue 22.3, REVIEW5b 4), id and en; merged into the one catalogue by
report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # the subject: the declared programme with the activities the comparison used (its window, this scope's staff)
    "did_subject": {"id": "pelatihan {program} ({n} kegiatan pada {jendela})",
                    "en": "the “{program}” training ({n} {n:activity|activities}, {jendela})"},
    "did_subject_plain": {"id": "pelatihan {program}", "en": "the “{program}” training"},
    # the design: how units came to the programme, and the pre-trend check
    "did_design_obs": {"id": "Desain: selisih-dari-selisih observasional (unit tidak diundi){tren}.",
                       "en": "Design: observational difference-in-differences (units not assigned by lot){tren}."},
    "did_design_random": {"id": "Desain: selisih-dari-selisih dengan unit yang diundi untuk dilatih (dijamin oleh "
                                "{penjamin}){tren}.",
                          "en": "Design: difference-in-differences with units drawn by lot for training (vouched "
                                "for by {penjamin}){tren}."},
    "did_trend_ok": {"id": ", uji tren awal atas {k} periode sebelum pelatihan tidak menolak perubahan sejajar ({p})",
                     "en": ", a pre-trend check over {k} pre-training {k:period|periods} does not reject parallel "
                           "change ({p})"},
    "did_trend_bad": {"id": ", uji tren awal atas {k} periode sebelum pelatihan menolak perubahan sejajar ({p})",
                      "en": ", a pre-trend check over {k} pre-training {k:period|periods} rejects parallel change "
                            "({p})"},
    "did_trend_none": {"id": ", tanpa uji tren awal (hanya satu periode survei sebelum pelatihan)",
                       "en": ", without a pre-trend check (only one survey period before the training)"},
    # the caveat: what the estimate cannot be separated from
    "did_caveat_other": {"id": "Catatan: unit dilatih juga mendapat lebih banyak pelatihan lain pada jendela yang "
                               "sama, rata-rata {jp_d} JP pelatihan lain per pegawai vs {jp_p} di unit pembanding, "
                               "sehingga estimasi ini tidak dapat dipisahkan dari pelatihan lain itu.",
                         "en": "Caveat: trained units also received more other training in the same window, on "
                               "average {jp_d} JP of other training per staff member vs {jp_p} in comparison units, "
                               "so this estimate cannot be separated from that other training."},
    "did_caveat_obs": {"id": "Catatan: unit tidak diundi, jadi estimasi ini mengandaikan bahwa tanpa pelatihan itu "
                             "IKM kedua kelompok akan berubah sejajar; pelatihan lain pada jendela yang sama tidak "
                             "lebih banyak di unit dilatih ({jp_d} vs {jp_p} JP per pegawai).",
                       "en": "Caveat: units were not assigned by lot, so this estimate assumes that without the "
                             "training both groups' IKM would have moved in parallel; other training in the same "
                             "window was not greater in trained units ({jp_d} vs {jp_p} JP per staff member)."},
    "did_caveat_obs_plain": {"id": "Catatan: unit tidak diundi, jadi estimasi ini mengandaikan bahwa tanpa pelatihan "
                                   "itu IKM kedua kelompok akan berubah sejajar.",
                             "en": "Caveat: units were not assigned by lot, so this estimate assumes that without the "
                                   "training both groups' IKM would have moved in parallel."},
}
