"""How an interval was computed when units or activities are few, in the technical words a methodologist checks
(CR2, degrees of freedom, wild bootstrap, dropped model terms): for the annex's method notes only. The chapters say
the same in reader words and point here (REVIEW5 D10, issue 22.10: no statistical machinery before the annex).
id and en; merged into the one catalogue by report.words.text."""

TEXT: dict[str, dict[str, str]] = {
    # what the body says as "dihitung ulang dari kegiatan yang diambil acak" and "model campuran" (LOOK20 W-13)
    "a_cost_boot": {"id": "Biaya per poin: rentang keyakinan 95% dari bootstrap per kegiatan (kegiatan diambil ulang "
                          "secara acak, biaya per poin dihitung ulang pada setiap ulangan).",
                    "en": "Cost per point: 95% confidence interval from a bootstrap by activity (activities redrawn "
                          "at random, the cost per point recomputed in each draw)."},
    "a_pooling_terms": {"id": "Perbandingan dinas: model campuran dengan efek acak per dinas dan per kegiatan serta "
                              "efek tetap metode.",
                        "en": "Agency comparison: a mixed model with random effects per agency and per activity and "
                              "method fixed effects."},
    # {pada}: the years the model pools (why_in_years), beside the annex's count of the evaluated year (LOOK33 E-3)
    "a_budget_few": {"id": "Model anggaran: {n} kegiatan{pada}, kurang dari {min}. Galat baku per kegiatan dengan "
                           "koreksi sampel kecil CR2 (Bell-McCaffrey) dan distribusi t ({df} derajat "
                           "bebas){boot}{lepas}.",
                     "en": "Budget model: {n} activities{pada}, fewer than {min}. Standard errors by activity with "
                           "the CR2 small-sample correction (Bell-McCaffrey) and the t distribution ({df} degrees of "
                           "freedom){boot}{lepas}."},
    "a_budget_boot": {"id": "; juga bootstrap-t liar per kegiatan (bobot Webb, {reps} ulangan), dan selang yang lebih "
                            "lebar dari keduanya dipakai",
                      "en": "; also a wild bootstrap-t by activity (Webb weights, {reps} draws), and the wider of the "
                            "two intervals is kept"},
    "a_budget_dropped": {"id": "; kontrol {daftar} dilepas agar model memiliki paling banyak satu suku per {per} "
                               "kegiatan",
                         "en": "; the controls for {daftar} are dropped so that the model has at most one term per "
                               "{per} activities"},
    "a_impact_inference": {"id": "Perbandingan IKM unit dilatih dan unit pembanding: galat baku per unit dengan "
                                 "koreksi sampel kecil CR2 dan distribusi t ({df} derajat bebas, Satterthwaite){boot}.",
                           "en": "IKM of trained against comparison units: unit-level standard errors with the CR2 "
                                 "small-sample correction and the t distribution ({df} degrees of freedom, "
                                 "Satterthwaite){boot}."},
    "a_impact_boot": {"id": "; karena unit kurang dari {min}, juga bootstrap-t liar per unit (bobot Webb, {reps} "
                            "ulangan), dan selang yang lebih lebar dari keduanya dipakai",
                      "en": "; because there are fewer than {min} units, also a wild bootstrap-t by unit (Webb "
                            "weights, {reps} draws), and the wider of the two intervals is kept"},
    # the names the chapters leave out (R6-30): the estimator of staggered training and the multiple-test correction
    "a_did_staggered": {"id": "Selisih-dari-selisih dengan waktu pelatihan yang berbeda: estimator Callaway & "
                              "Sant'Anna (2021), setiap kelompok unit menurut periode pelatihannya dibandingkan dengan "
                              "unit yang belum atau tidak dilatih pada periode yang sama.",
                        "en": "Difference-in-differences with staggered training: the Callaway & Sant'Anna (2021) "
                              "estimator, each group of units by its training period set against units not (yet) "
                              "trained in the same periods."},
    "a_attention": {"id": "Daftar perhatian: uji satu sisi per dinas (IKM terhadap batas kategori B: uji t dengan "
                          "galat baku per unit; pemenuhan 20 JP terhadap dinas lain: uji z dua proporsi), {m} uji "
                          "dengan koreksi Benjamini-Hochberg (tingkat penemuan palsu {q}).",
                    "en": "Attention list: one-sided tests per agency (IKM against the category-B line: t test with "
                          "unit-level standard errors; 20-JP compliance against the other agencies: two-proportion z "
                          "test), {m} tests with the Benjamini-Hochberg correction (false discovery rate {q})."},
    "a_pretrend": {"id": "Uji tren awal {apa}: uji{k:| bersama} (Wald) atas {k} periode sebelum pelatihan, {p} "
                         "(taraf {alpha}).",
                   "en": "Pre-trend check of {apa}: {k:test|joint Wald test} over {k} pre-training "
                         "{k:period|periods}, {p} (level {alpha})."},
    "a_curve": {"id": "Uji kelengkungan model anggaran (suku kuadratik logaritma biaya per peserta, dalam poin nilai "
                      "per kuadrat logaritma; negatif bila tambahan hasil melandai pada biaya tinggi): {teks}.",
                "en": "Curvature test of the budget model (a quadratic term in the log of cost per participant, in "
                      "test points per squared logarithm; negative when returns flatten at high cost): {teks}."},
}
