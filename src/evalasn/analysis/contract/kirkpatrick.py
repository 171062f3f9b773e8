"""hasil.json: Kirkpatrick levels 1–3, the challenges and the SKM elements (`level1_reaksi`,
`level2_pembelajaran`, `level3_perilaku`, `tantangan`, `komunikasi`)."""

from typing import Annotated, NotRequired, TypedDict

from evalasn import constants
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.estimate import (
    Coefficient,
    DinasGain,
    Estimate,
    GainEstimate,
    MeanEstimate,
    MethodGain,
    MethodMean,
    ProportionEstimate,
)


class Reaction(TypedDict):
    keseluruhan: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata skor reaksi peserta; selang t; `sd` = simpangan baku.",
        "Estimate: mean reaction score of participants; t interval; `sd` = standard deviation.",
        "skor_1_5")]
    sebaran: Annotated[dict[str, int], Doc(
        "Jumlah skor reaksi per pita; kunci \"1\"–\"5\": \"1\" = 1–1.5, \"2\" = >1.5–2.5, \"3\" = >2.5–3.5, "
        "\"4\" = >3.5–4.5, \"5\" = >4.5–5.",
        "Number of reaction scores per band; keys \"1\"–\"5\": \"1\" = 1–1.5, \"2\" = >1.5–2.5, \"3\" = >2.5–3.5, "
        "\"4\" = >3.5–4.5, \"5\" = >4.5–5.",
        "jumlah")]
    per_metode: Annotated[list[MethodMean], Doc(
        "Estimasi per metode: rata-rata skor reaksi; selang t.",
        "Estimate per method: mean reaction score; t interval.",
        "skor_1_5")]


class AdjustedMethod(TypedDict):
    metode: str
    disesuaikan: Annotated[Coefficient, Doc(
        "Estimasi: peningkatan nilai metode itu bila semua peserta mulai dari nilai pre yang sama (`rata_pre`): "
        "koefisien metode − `rata_pre`; tanpa `p`. Bandingkan dengan peningkatan mentah di `per_metode[]`.",
        "Estimate: the method's gain if every participant started from the same pre score (`rata_pre`): the "
        "method's coefficient − `rata_pre`; no `p`. Compare with the raw gain in `per_metode[]`.",
        "poin_tes")]


class Ancova(TypedDict):
    kemiringan_pre: Annotated[Coefficient, Doc(
        "Estimasi: koefisien nilai pre; 1 = tanpa regresi ke rata-rata, < 1 = peserta dengan nilai awal rendah "
        "naik lebih banyak daripada yang tinggi.",
        "Estimate: the coefficient of the pre score; 1 = no regression to the mean, < 1 = low starters gain more "
        "than high starters.",
        "koefisien")]
    rata_pre: float | None
    per_metode: Annotated[list[AdjustedMethod], Doc(
        "Satu baris per metode yang ada dalam data.",
        "One row per method present in the data.",
        "-")]
    plafon: Annotated[ProportionEstimate, Doc(
        f"Estimasi: proporsi nilai post pada batas atas skala ({constants.NILAI_RANGE[1]}); selang Wilson. "
        "Banyak nilai di plafon menyembunyikan peningkatan.",
        f"Estimate: share of post scores at the top of the scale ({constants.NILAI_RANGE[1]}); Wilson interval. "
        "Many scores at the ceiling hide gains.",
        "proporsi")]
    n_kegiatan: int


class Learning(TypedDict):
    keseluruhan: Annotated[GainEstimate, Doc(
        "Estimasi: rata-rata peningkatan nilai (post − pre) peserta yang punya kedua nilai; selang dan `p` "
        "dengan galat baku berkelompok per kegiatan (t dengan G − 1 derajat bebas, G = `n_kegiatan`; kurang dari "
        f"{constants.MIN_CLUSTERS} kegiatan = tanpa selang, `rata_peserta` saja; di bawah {constants.FEW_CLUSTERS} "
        "kegiatan galat baku tidak lebih kecil daripada `se_tanpa_klaster`; `se` = CR1 apa adanya); plus `g_av`, "
        "`d_av`, `d_z`, `persen_naik`, "
        "`p_wilcoxon`, `rata_pre`, `rata_post`.",
        "Estimate: mean score gain (post − pre) of participants with both scores; interval and `p` with standard "
        "errors clustered by activity (t with G − 1 degrees of freedom, G = `n_kegiatan`; fewer than "
        f"{constants.MIN_CLUSTERS} activities = no interval, `rata_peserta` only; below {constants.FEW_CLUSTERS} "
        "activities the standard error is never below `se_tanpa_klaster`; `se` = CR1 as computed); plus `g_av`, "
        "`d_av`, `d_z`, `persen_naik`, "
        "`p_wilcoxon`, `rata_pre`, `rata_post`.",
        "poin_tes")]
    per_metode: Annotated[list[MethodGain], Doc(
        "Estimasi per metode: rata-rata peningkatan nilai, seperti `keseluruhan`.",
        "Estimate per method: mean score gain, as `keseluruhan`.",
        "poin_tes")]
    ancova: Annotated[Ancova, Doc(
        "ANCOVA: OLS post ~ (pre − rata-rata pre) + satu rata-rata per metode, galat baku berkelompok per "
        "kegiatan (t, G − 1 df); di samping peningkatan mentah, karena peningkatan mentah bercampur regresi ke "
        "rata-rata dan batas atas tes.",
        "ANCOVA: OLS post ~ (pre − mean pre) + one mean per method, standard errors clustered by activity (t, "
        "G − 1 df); beside the raw gain, because a raw gain mixes in regression to the mean and the test's ceiling.",
        "-")]
    per_dinas: NotRequired[Annotated[list[DinasGain], Doc(
        "Hanya berkas provinsi. Estimasi per dinas peserta: rata-rata peningkatan nilai, seperti `keseluruhan`.",
        "Province file only. Estimate per participant's dinas: mean score gain, as `keseluruhan`.",
        "poin_tes")]]


class BehaviourSlope(Coefficient):
    korelasi: NotRequired[float]


class Behaviour(TypedDict):
    keseluruhan: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata skor perilaku; selang t.",
        "Estimate: mean behaviour score; t interval.",
        "skor_1_5")]
    per_10_poin_gain: Annotated[BehaviourSlope, Doc(
        "Estimasi: kemiringan OLS skor perilaku terhadap peningkatan nilai level 2, dikali 10 (galat baku robust "
        "HC3); `korelasi` = korelasi Pearson keduanya. Asosiasi, bukan efek.",
        "Estimate: OLS slope of the behaviour score on the level-2 score gain, times 10 (HC3 robust standard "
        "errors); `korelasi` = their Pearson correlation. An association, not an effect.",
        "perilaku_per_10")]
    per_metode: Annotated[list[MethodMean], Doc(
        "Estimasi per metode: rata-rata skor perilaku; selang t.",
        "Estimate per method: mean behaviour score; t interval.",
        "skor_1_5")]


class Resistance(TypedDict):
    gain_per_poin_resistensi: Annotated[Coefficient, Doc(
        "Estimasi: koefisien OLS peningkatan nilai ~ skor resistensi (+ metode), galat baku robust HC3. "
        "Asosiasi, bukan efek.",
        "Estimate: OLS coefficient of score gain ~ resistance score (+ method), HC3 robust standard errors. An "
        "association, not an effect.",
        "poin_per_resistensi")]
    rata_resistensi: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata skor resistensi, semua partisipasi yang punya skor; selang t.",
        "Estimate: mean resistance score over every participation with a score; t interval.",
        "skor_1_5")]
    persen_resistensi_tinggi: NotRequired[float]
    resistensi_tinggi: Annotated[ProportionEstimate, Doc(
        "Estimasi: proporsi peserta dengan skor resistensi ≥ 3.5, semua partisipasi yang punya skor (bukan hanya "
        "yang punya nilai pre dan post, baris regresi); selang Wilson.",
        "Estimate: share of participants with resistance score ≥ 3.5, over every participation with a score (not only "
        "those with a pre and post score, the regression's rows); Wilson interval.",
        "proporsi")]


class Challenges(TypedDict):
    resistensi: Annotated[Resistance, Doc(
        "Resistensi terhadap perubahan (skor sebelum kegiatan) dan hubungannya dengan peningkatan nilai.",
        "Resistance to change (score before the activity) and its relation to the score gain.",
        "-")]


class ElementMean(Estimate):
    unsur: str
    nama: str
    lemah: bool | None  # None when withheld: no weak-element finding or plan row from too few units
    komunikasi: NotRequired[bool]
    n_unit_layanan: NotRequired[int]  # service units (clusters) the mean rests on
    alasan: NotRequired[str]  # withheld: "unit_kurang_klaster" (constants.MIN_CLUSTERS) or "tanpa_keragaman"
    rata_unsur: NotRequired[float]  # "unit_kurang_klaster": the respondents' mean, no interval


class Communication(TypedDict):
    unsur: Annotated[list[ElementMean], Doc(
        "Estimasi per unsur: rata-rata nilai unsur pada periode terbaru; selang cluster per unit (dipotong pada 1–4), "
        f"tanpa `p`; dari kurang dari {constants.MIN_CLUSTERS} unit tanpa selang dan `lemah` null "
        "(`rata_unsur`); terlemah dahulu.",
        "Estimate per element: mean element score in the latest period; interval clustered by unit (clipped to "
        f"1–4), no `p`; from fewer than {constants.MIN_CLUSTERS} units no interval and `lemah` null "
        "(`rata_unsur`); weakest first.",
        "skor_1_4")]
    periode: str | None
