"""hasil.json: the budget against the score gain, and the partial pooling of the gain across dinas
(`anggaran_vs_peningkatan`, `pooling`)."""

from collections.abc import Mapping
from typing import Annotated, Any, NotRequired, TypedDict

from evalasn import constants
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.estimate import (
    BudgetCoefficient,
    CostPerPoint,
    Estimate,
    GainEstimate,
    Interval,
    MeanEstimate,
    MethodCostPerPoint,
    PooledEstimate,
)


class BudgetModelBase(TypedDict):
    """The budget model's counts and controls (analysis.budget.budget_model); the estimates are
    declared by each use below, each with its own meaning."""

    n_kegiatan: int
    tahun_kegiatan: list[int]
    kegiatan_tanpa_biaya: int
    turun_hasil: bool | None
    kontrol: NotRequired[list[str]]
    kontrol_dilepas: NotRequired[list[str]]
    biaya_median_per_peserta_rp: NotRequired[float]


class BudgetModel(BudgetModelBase):
    gain_per_dobel: Annotated[BudgetCoefficient, Doc(
        "Estimasi: koefisien ln(biaya per peserta) × ln 2 = tambahan peningkatan nilai bila biaya per peserta "
        "digandakan, dengan kontrol tetap.",
        "Estimate: the coefficient of ln(cost per participant) × ln 2 = the extra score gain when the cost per "
        "participant doubles, controls held fixed.",
        "poin_per_dobel")]
    gain_per_log_biaya: NotRequired[Annotated[BudgetCoefficient, Doc(
        "Estimasi: koefisien ln(biaya per peserta) itu sendiri (per kenaikan 1 satuan log natural).",
        "Estimate: the coefficient of ln(cost per participant) itself (per unit increase of the natural log).",
        "poin_per_ln")]]
    kuadratik: Annotated[BudgetCoefficient, Doc(
        "Estimasi: koefisien suku ln(biaya per peserta)² pada model yang memuat suku linear dan kuadrat (kontrol "
        "dan cluster sama); negatif dengan selang di bawah nol = hasil yang menurun (`turun_hasil`).",
        "Estimate: the coefficient of the squared ln(cost per participant) term in the model with both the linear "
        "and the squared term (same controls and clustering); negative with its interval below zero = "
        "diminishing returns (`turun_hasil`).",
        "poin_per_ln2")]


class ProvinceBudgetModel(BudgetModelBase):
    gain_per_dobel: Annotated[BudgetCoefficient, Doc(
        "Estimasi provinsi: koefisien ln(biaya per peserta) × ln 2.",
        "Province estimate: the coefficient of ln(cost per participant) × ln 2.",
        "poin_per_dobel")]
    gain_per_log_biaya: NotRequired[Annotated[BudgetCoefficient, Doc(
        "Estimasi provinsi: koefisien ln(biaya per peserta).",
        "Province estimate: the coefficient of ln(cost per participant).",
        "poin_per_ln")]]
    kuadratik: Annotated[BudgetCoefficient, Doc(
        "Estimasi provinsi: koefisien suku ln(biaya per peserta)².",
        "Province estimate: the coefficient of the squared ln(cost per participant) term.",
        "poin_per_ln2")]


class MethodWithoutGain(Interval):
    """A method that spent money without a gain (analysis.budget.without_gain)."""

    metode: str
    dinas: str | None
    n_kegiatan: int
    anggaran_rp: float
    menurun: bool
    biaya_tercatat: NotRequired[bool]


class MethodLittleGain(MethodWithoutGain):
    """A method that spent money for at most a very small gain (analysis.budget.little_gain), with the effect size
    and both ends of its interval (the rule's tests; the report prints them, and the follow-up target that removes
    the finding reads them)."""

    g_av: float
    g_av_bawah: float | None
    g_av_atas: float


class MethodWithoutEstimate(TypedDict):
    """A method that spent money in the year whose participants' gain has no estimate (analysis.budget
    .without_estimate): what is known of it, its budget, activities and participants with both scores."""

    metode: str
    dinas: str | None
    n: int
    n_kegiatan: int
    anggaran_rp: float
    alasan: NotRequired[str]
    rata_peserta: NotRequired[float]


class MethodOutsideFindings(GainEstimate):
    """The province: a method's gain over its participants outside the dinas with a finding of their own for it
    (analysis.budget.outside_findings)."""

    metode: str
    dinas_dikecualikan: list[str]
    selisih_dengan_temuan: Annotated[MeanEstimate, Doc(
        "Estimasi: kenaikan nilai peserta metode ini di dinas lain dikurangi kenaikan peserta di "
        "`dinas_dikecualikan`, satu estimasi (OLS kenaikan ~ penanda dinas lain, galat berkelompok per kegiatan, t "
        "dengan G - 1 derajat bebas, aturan sedikit klaster); `n`, `n_kegiatan`: kedua kelompok. Tanpa estimasi bila "
        f"salah satu kelompok kurang dari {constants.MIN_CLUSTERS} kegiatan. \"Terutama dari dinas-dinas itu\" "
        "hanya bila seluruh rentangnya di atas nol.",
        "Estimate: the gain of this method's participants in the other agencies less that of the participants in "
        "`dinas_dikecualikan`, one estimate (OLS of the gain on an other-agencies indicator, errors clustered by "
        "activity, t on G - 1 df, the few-cluster rule); `n`, `n_kegiatan`: both groups. Withheld when either group "
        f"has fewer than {constants.MIN_CLUSTERS} activities. \"Mainly from those agencies\" only when its whole "
        "interval is above zero.",
        "poin_tes")]
    anggaran_dikecualikan_rp: NotRequired[float]
    persen_anggaran_dikecualikan: NotRequired[float | None]


class BudgetAndGain(TypedDict):
    model: Annotated[BudgetModel, Doc(
        "Model OLS peningkatan nilai peserta ~ ln(biaya per peserta kegiatan, juta Rp) + kontrol (jp, nilai pre, "
        "ln ukuran kelas, metode, efek tetap tahun dan dinas bila lebih dari satu), galat baku cluster per kegiatan, "
        "atas partisipasi ASN cakupan ini "
        "sampai dengan tahun evaluasi; kegiatan tanpa biaya dikeluarkan dan dihitung. Di berkas provinsi sama "
        "dengan `model_provinsi`.",
        "OLS model of a participant's score gain ~ ln(the activity's cost per participant, million Rp) + controls "
        "(jp, pre score, ln class size, method, year and dinas fixed effects when several), standard errors "
        "clustered by activity, over the "
        "participations of the scope's ASN up to the evaluated year; activities without cost are left out and "
        "counted. In the province file equal to `model_provinsi`.",
        "-")]
    model_provinsi: Annotated[ProvinceBudgetModel, Doc(
        "Model yang sama atas seluruh provinsi (semua dinas, efek tetap dinas), sebagai pembanding; sama di semua "
        "berkas.",
        "The same model over the whole province (every dinas, dinas fixed effects), for comparison; the same in "
        "every file.",
        "-")]
    biaya_per_poin: Annotated[list[MethodCostPerPoint], Doc(
        "Estimasi per metode: Rupiah per poin peningkatan nilai = total biaya (biaya per peserta × peserta "
        "bernilai) / total poin peningkatan peserta itu, partisipasi tahun evaluasi; selang bootstrap persentil "
        f"({constants.BOOTSTRAP_REPS} ulangan atas kegiatan, seed {constants.RANDOM_SEED}), tanpa `p`. Hanya atas "
        "kegiatan dengan biaya tercatat (Rp 0 atau kosong tidak dihitung, `kegiatan_tanpa_biaya`): `n`, "
        "`n_kegiatan` dan `rata_gain` atas dasar itu, jadi dapat lebih kecil dari kolom Kegiatan, Peserta dan "
        "kenaikan tabel biaya per poin laporan (semua kegiatan bernilai).",
        "Estimate per method: Rupiah per point of score gain = total cost (cost per participant × participants "
        "with scores) / those participants' total gain points, participations of the evaluated year; percentile "
        f"bootstrap interval ({constants.BOOTSTRAP_REPS} resamples of activities, seed {constants.RANDOM_SEED}), "
        "no `p`. Over the activities with a recorded cost only (Rp 0 or blank left out, `kegiatan_tanpa_biaya`): "
        "`n`, `n_kegiatan` and `rata_gain` are of that base, so they can be smaller than the Activities, "
        "Participants and gain columns of the report's cost-per-point table (every scored activity).",
        "rp_per_poin")]
    biaya_per_poin_semua: Annotated[CostPerPoint, Doc(
        "Efisiensi anggaran cakupan ini: Rupiah per poin peningkatan nilai atas semua metode (cara hitung dan "
        "selang seperti `biaya_per_poin[]`).",
        "Budget efficiency of this scope: Rupiah per point of score gain over all methods (computed, with its "
        "interval, as `biaya_per_poin[]`).",
        "rp_per_poin")]
    tanpa_kenaikan: Annotated[list[MethodWithoutGain], Doc(
        "Anggaran dengan nilai tidak naik: setiap metode dengan anggaran kegiatan tahun evaluasi yang batas atas "
        "selang 95% kenaikan nilai pesertanya (`level2_pembelajaran.per_metode[]`, berkelompok per kegiatan) ≤ 0 "
        "(`constants.NO_GAIN_UPPER`; estimasi ≤ 0 saja tidak cukup); `anggaran_rp` = "
        "anggaran kegiatan metode itu (seperti `pelaksanaan.kegiatan_per_metode[]`); `menurun` benar bila seluruh "
        "selang 95% di bawah nol; metode yang biayanya tidak tercatat (Rp 0 atau kosong) tetap masuk dengan "
        "`biaya_tercatat` salah dan `anggaran_rp` 0. Berkas provinsi: metode provinsi (`dinas` null) lalu baris "
        "setiap dinas.",
        "Money for which scores did not rise: every method with an activity budget in the evaluated year the upper "
        "end of whose participants' score-gain 95% interval (`level2_pembelajaran.per_metode[]`, clustered by "
        "activity) is ≤ 0 (`constants.NO_GAIN_UPPER`; an estimate ≤ 0 alone is not enough); `anggaran_rp` = "
        "the budget of that method's activities (as `pelaksanaan.kegiatan_per_metode[]`); `menurun` is true when "
        "the whole 95% interval lies below zero; a method whose cost is not recorded (Rp 0 or blank) is listed all "
        "the same, with `biaya_tercatat` false and `anggaran_rp` 0. Province file: the province's methods (`dinas` "
        "null), then every dinas's rows.",
        "poin_tes")]
    sedikit_kenaikan: NotRequired[Annotated[list[MethodLittleGain], Doc(
        "Anggaran untuk kenaikan sangat kecil (`analysis.budget.is_little_gain`): setiap metode dengan anggaran "
        "kegiatan tahun evaluasi yang batas atas selang 95% kenaikan nilainya > 0 (bukan `tanpa_kenaikan`), "
        "estimasi besar efeknya (Hedges' g_av, `g_av`) < 0,2 (`constants.LITTLE_GAIN_EFFECT_UPPER`, di bawah \"kecil\" "
        "menurut Cohen) dan batas atas selang besar efeknya (`g_av_atas`) < 0,5 "
        "(`constants.LITTLE_GAIN_EFFECT_CEILING`, \"sedang\"): kenaikannya sangat kecil dan data menutup "
        "kemungkinan kenaikan sedang atau besar. Ringkasan laporan menyebut baris yang estimasi kenaikannya ≤ 0 "
        "\"tanpa kenaikan yang berarti\" dan yang lain \"kenaikan sangat kecil\". Berkas provinsi: metode provinsi "
        "(`dinas` null) lalu baris setiap dinas yang dicantumkan laporan dinas itu sendiri (biaya per poin "
        "metodenya tidak sama dengan atau di bawah biaya per poin dinas itu; `analysis.little_gain.listed`).",
        "Money for a very small gain (`analysis.budget.is_little_gain`): every method with an activity budget in the "
        "evaluated year the upper end of whose score-gain 95% interval is > 0 (not `tanpa_kenaikan`), whose "
        "effect size (Hedges' g_av, `g_av`) is estimated < 0.2 (`constants.LITTLE_GAIN_EFFECT_UPPER`, below Cohen's "
        "\"small\") and the upper end of whose effect-size interval (`g_av_atas`) is < 0.5 "
        "(`constants.LITTLE_GAIN_EFFECT_CEILING`, \"medium\"): the gain is very small and the data rule out a "
        "medium or larger one. The report's summary calls a row whose gain is estimated ≤ 0 \"without a meaningful "
        "gain\" and the others \"a very small gain\". Province file: the province's methods (`dinas` null), then "
        "every dinas's rows that the dinas's own report lists (the method's cost per point not at or below that "
        "dinas's; `analysis.little_gain.listed`).",
        "poin_tes")]]
    di_luar_temuan_dinas: NotRequired[Annotated[list[MethodOutsideFindings], Doc(
        "Berkas provinsi: untuk setiap metode yang punya baris dinas di `tanpa_kenaikan` atau `sedikit_kenaikan`, "
        "kenaikan nilai peserta metode itu di semua dinas lain (`dinas_dikecualikan`: dinas yang punya temuan "
        "sendiri), berkelompok per kegiatan seperti `level2_pembelajaran.per_metode[]`: angka seluruh provinsi "
        "tanpa dinas itu, pembanding untuk \"terutama dari dinas-dinas itu\".",
        "Province file: for every method with agency rows in `tanpa_kenaikan` or `sedikit_kenaikan`, the score "
        "gain of that method's participants in every other agency (`dinas_dikecualikan`: the agencies with a "
        "finding of their own), clustered by activity as `level2_pembelajaran.per_metode[]`: the province-wide "
        "figure without those agencies, the comparison behind \"mainly from those agencies\".",
        "poin_tes")]]
    tanpa_estimasi: NotRequired[Annotated[list[MethodWithoutEstimate], Doc(
        "Anggaran yang kenaikannya tidak diestimasi: setiap metode dengan anggaran kegiatan tahun evaluasi yang "
        "kenaikan nilai pesertanya (`level2_pembelajaran.per_metode[]`) tidak punya estimasi (terlalu sedikit "
        "kegiatan atau peserta): tidak masuk `tanpa_kenaikan` maupun `sedikit_kenaikan`, jadi laporan menyebut "
        "biaya dan alasannya. Berkas provinsi: metode provinsi (`dinas` null) lalu baris setiap dinas.",
        "Money whose gain has no estimate: every method with an activity budget in the evaluated year whose "
        "participants' score gain (`level2_pembelajaran.per_metode[]`) has no estimate (too few activities or "
        "participants): in neither `tanpa_kenaikan` nor `sedikit_kenaikan`, so the report says its cost and why. "
        "Province file: the province's methods (`dinas` null), then every dinas's rows.",
        "rp")]]


class MethodMix(TypedDict):
    metode: str
    n: int
    n_kegiatan: int
    porsi_peserta: float
    rata_gain: float
    porsi_peserta_provinsi: float
    rata_gain_provinsi: float


# a dinas's difference from the province mean, in the province file's rows and a dinas file's own row alike: said in
# full in both (a dinas's workbook has no province rows for "as per_dinas[]" to point to, LOOK21 X-9)
BLUP_GAP = Doc(
    "Estimasi: selisih dinas dengan rata-rata provinsi pada campuran metode yang sama (BLUP efek dinas dari model "
    "campuran); selang t (jumlah dinas − 1 derajat bebas) dari varians galat prediksinya; selang di bawah nol = "
    "di bawah rata-rata.",
    "Estimate: the dinas's difference from the province mean at the same mix of methods (its BLUP from the mixed "
    "model); t interval "
    "(number of dinas − 1 degrees of freedom) from its prediction-error variance; an interval below zero = "
    "below the mean.",
    "poin_tes")


class PooledDinasBase(TypedDict):
    dinas: str
    peringkat: int | None
    peringkat_bawah: int | None
    peringkat_atas: int | None
    campuran_metode: NotRequired[Annotated[list[MethodMix], Doc(
        "Campuran metode dinas: per metode yang diikuti pesertanya (yang punya kedua nilai), porsinya di antara "
        "peserta dinas dan rata-rata peningkatan nilainya, di samping porsi dan rata-rata metode itu di seluruh "
        "provinsi. Rata-rata peserta dinas adalah rata-rata tertimbang porsinya; estimasi model campuran "
        "membandingkan tiap metode dengan metode yang sama di provinsi.",
        "The agency's mix of methods: for each method its participants (with both scores) attended, its share of the "
        "agency's participants and their mean score gain, beside that method's share and mean across the province. "
        "The agency's participants' mean is the share-weighted mean; the mixed model's estimate sets each method "
        "against the same method in the province.",
        "-")]]


class PooledDinas(PooledDinasBase):
    """A row of ``pooling.per_dinas`` (province file); without pooling (`tanpa_pooling`) `pooled` is the
    raw mean."""

    mentah: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata peningkatan nilai dinas tanpa pooling; selang t berkelompok per kegiatan (seperti "
        "`level2_pembelajaran`).",
        "Estimate: the dinas's mean score gain without pooling; t interval clustered by activity (as "
        "`level2_pembelajaran`).",
        "poin_tes")]
    pooled: Annotated[PooledEstimate | MeanEstimate, Doc(
        "Estimasi pooled dinas, seperti `pooling.dinas_ini.pooled`.",
        "The dinas's pooled estimate, as `pooling.dinas_ini.pooled`.",
        "poin_tes")]
    selisih_rata: Annotated[Estimate | None, BLUP_GAP]


class ThisDinas(PooledDinasBase):
    """``pooling.dinas_ini`` (dinas file): this dinas's row of the province's pooling."""

    mentah: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata peningkatan nilai dinas ini tanpa pooling; selang t berkelompok per kegiatan "
        "(seperti `level2_pembelajaran`).",
        "Estimate: the dinas's mean score gain without pooling; t interval clustered by activity (as "
        "`level2_pembelajaran`).",
        "poin_tes")]
    pooled: Annotated[PooledEstimate | MeanEstimate, Doc(
        "Estimasi: rata-rata provinsi pada campuran metode provinsi + BLUP dinas (disesuaikan dengan campuran "
        "metode; model dengan efek acak dinas dan kegiatan); selang ± t·√(varians galat prediksi dari persamaan "
        "Henderson: varians bersyarat BLUP + varians rata-rata provinsi + kovariansnya), t dengan (jumlah dinas − 1) "
        "derajat bebas; `bobot_data_sendiri`. Tanpa pooling: sama dengan `mentah`.",
        "Estimate: the province mean at the province's mix of methods + the dinas's BLUP (adjusted for the mix "
        "of methods; a model with dinas and activity random effects); interval ± t·√(prediction-error variance "
        "from Henderson's equations: the BLUP's conditional variance + the province mean's variance + their "
        "covariance), t with (number of dinas − 1) degrees of freedom; `bobot_data_sendiri`. Without pooling: equal "
        "to `mentah`.",
        "poin_tes")]
    selisih_rata: Annotated[Estimate | None, BLUP_GAP]


class Pooling(TypedDict):
    """The province file has the fit and every dinas; a dinas file its own row and the number of dinas."""

    metode: str
    catatan: str | None
    penyesuaian: list[str]
    varians_antar_dinas: NotRequired[float | None]
    varians_antar_kegiatan: NotRequired[float | None]
    varians_dalam_kegiatan: NotRequired[float | None]
    rata_provinsi: NotRequired[Annotated[Estimate | None, Doc(
        "Estimasi: rata-rata provinsi pada campuran metode provinsi (c'β); selang t (jumlah dinas − 1 derajat "
        "bebas) dari varians β (tanpa `p` bermakna: uji terhadap nol).",
        "Estimate: the province mean at the province's mix of methods (c'β); t interval (number of dinas − 1 "
        "degrees of freedom) from the variance of β (`p` tests against zero).",
        "poin_tes")]]
    per_dinas: NotRequired[Annotated[list[PooledDinas], Doc(
        "Hanya berkas provinsi: satu baris per dinas, urut `peringkat`.",
        "Province file only: one row per dinas, in `peringkat` order.",
        "-")]]
    jumlah_dinas: NotRequired[int]
    dinas_ini: NotRequired[Annotated[ThisDinas | None, Doc(
        "Hanya berkas dinas: baris pooling dinas ini (null bila dinas tanpa nilai tes).",
        "Dinas files only: this dinas's pooling row (null when it has no test scores).",
        "-")]]


# `pooling.metode`: the mixed model ran (at the REML boundary too: full shrinkage), or it did not and every dinas's
# figure is its participants' mean (too few dinas, or no fit)
POOLING_MIXED, POOLING_BOUNDARY, POOLING_NONE = "mixedlm", "mixedlm_batas", "tanpa_pooling"


def pooling_fitted(pooling: Pooling | None) -> bool:
    """Whether the comparison of dinas used the mixed model (its estimates adjusted for the mix of methods and
    drawn towards the province mean), not the fallback of each dinas's participants' mean. The one test every
    label, caption, note and method sentence that names the gain measure goes through (report.words.gain_measure)."""
    return pooling is not None and pooling.get("metode") in (POOLING_MIXED, POOLING_BOUNDARY)


def own_data_weighed(pooled: Mapping[str, Any] | None) -> bool:
    """Whether a dinas's mixed-model gain (`pooled`) is an estimate of that dinas: its own participants carry at
    least constants.POOLING_MIN_OWN_WEIGHT of it (`bobot_data_sendiri`). At the REML boundary (tau2 = 0) their weight
    is 0 and the figure is the province mean with the province mean's interval (CHECK15 E15-7). The one rule the
    reports' words go through (report.words.gain_measure.province_mean_only); a record without a weight (no pooling)
    is the dinas's own."""
    weight = (pooled or {}).get("bobot_data_sendiri")
    return weight is None or weight >= constants.POOLING_MIN_OWN_WEIGHT
