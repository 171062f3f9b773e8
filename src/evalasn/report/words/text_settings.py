"""The analysis settings in words for the annex's provenance table (REVIEW2 19: it printed
'ambang_dilatih=0.5, periode_sebelum=(otomatis)'), id and en; merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    "set_tahun": {"id": "tahun evaluasi: {tahun}", "en": "evaluated year: {tahun}"},
    "set_ambang": {"id": "ambang unit dilatih: {ambang} staf", "en": "trained-unit threshold: {ambang} of staff"},
    "set_sebelum_auto": {"id": "periode sebelum pelatihan: dipilih otomatis ({periode})",
                         "en": "period before training: chosen automatically ({periode})"},
    "set_sebelum": {"id": "periode sebelum pelatihan: {periode} (ditetapkan)",
                    "en": "period before training: {periode} (set)"},
    "set_sesudah_auto": {"id": "periode sesudah pelatihan: dipilih otomatis ({periode})",
                         "en": "period after training: chosen automatically ({periode})"},
    "set_sesudah": {"id": "periode sesudah pelatihan: {periode} (ditetapkan)",
                    "en": "period after training: {periode} (set)"},
    "set_no_period": {"id": "tidak ada periode SKM yang dapat dipakai", "en": "no usable SKM period"},
    "set_intervensi_none": {"id": "intervensi: tidak dinyatakan (setiap pelatihan dihitung)",
                            "en": "intervention: none declared (every activity counts)"},
    "set_intervensi": {"id": "intervensi: {nama}", "en": "intervention: {nama}"},
    "set_observasional": {"id": "penugasan unit: diamati, tidak diundi", "en": "assignment of units: observed, "
                                                                              "not drawn by lot"},
    "set_acak": {"id": "penugasan unit: diundi, dijamin oleh {penjamin}",
                 "en": "assignment of units: drawn by lot, vouched for by {penjamin}"},
    "set_acak_nobody": {"id": "penjamin tidak disebut", "en": "no one named"},
    "set_bahasa": {"id": "bahasa: Indonesia", "en": "language: English"},
    "set_files": {"id": "{laporan} (sampul, penanda tangan, unit penanggung jawab); {target} (target)",
                  "en": "{laporan} (cover, signatory, responsible units); {target} (targets)"},
}
