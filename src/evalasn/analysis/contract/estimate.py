"""The estimate objects of hasil.json: every analysed number is an ``Estimate`` (analysis.stats),
often with extra keys named by the estimator that made it. Below the minimum n an estimate keeps
``n``, sets ``cukup_data`` false and its numbers null, and may lack the extra keys the estimator
adds only when it has the data (those are NotRequired)."""

from typing import NotRequired, TypedDict


class Interval(TypedDict):
    """What every estimate-like record has (an estimate, a key figure, a trend figure): the type
    of report helpers that show a value with its interval."""

    n: int
    estimasi: float | None
    ci_bawah: float | None
    ci_atas: float | None
    cukup_data: bool


class IkmInterval(Interval):
    """An IKM estimate with its category and the categories its 95% interval reaches (a key figure,
    a unit)."""

    kategori: str | None
    label: str | None
    kategori_bawah: str | None
    kategori_atas: str | None
    # withheld from too few service units (analysis.ikm.summarise): the code, the units, the value without interval
    alasan: NotRequired[str]
    n_unit_layanan: NotRequired[int]
    rata_ikm: NotRequired[float]


class Estimate(Interval):
    """{"n", "estimasi", "ci_bawah", "ci_atas", "p", "cukup_data"} (analysis.stats.estimate)."""

    p: float | None


class MeanEstimate(Estimate):
    """A mean with a t interval (stats.mean_ci)."""

    sd: NotRequired[float]
    # a dinas's raw mean gain (pooling.raw_mean), as the agency's own gain record: its activities, and why withheld
    n_kegiatan: NotRequired[int]
    alasan: NotRequired[str]
    rata_peserta: NotRequired[float]


class ProportionEstimate(Estimate):
    """A share with a Wilson interval (stats.proportion_ci)."""

    jumlah: NotRequired[int]
    # "tanpa_data_kegiatan": no activity or participant rows of the scope's dinas in the year (withheld); "tanpa_pns"
    # (20 JP): every ASN of the scope is a PPPK, so the duty does not apply (``n_asn`` of them)
    alasan: NotRequired[str]
    n_asn: NotRequired[int]


class MethodMean(MeanEstimate):
    metode: str


class PairedChange(Estimate):
    """The paired change post − pre with a t interval (stats.paired_change)."""

    d_z: float | None
    persen_naik: float | None
    persen_naik_bawah: float | None
    persen_naik_atas: float | None
    p_wilcoxon: float | None
    rata_pre: NotRequired[float]
    rata_post: NotRequired[float]


class GainEstimate(PairedChange):
    """The paired change post − pre clustered by activity (learning.paired_change_clustered), with the one answer
    to whether it is clearly above zero (learning.gain_status)."""

    n_kegiatan: int
    se: float | None
    se_tanpa_klaster: float | None
    d_av: float | None
    g_av: float | None
    g_av_bawah: float | None
    g_av_atas: float | None
    besar_efek: str | None
    status_kenaikan: str | None  # learning.gain_status: "naik", "belum_pasti" or "turun"
    alasan: NotRequired[str]  # withheld: "peserta_kurang", "kegiatan_kurang_klaster" or "tanpa_keragaman"
    rata_peserta: NotRequired[float]  # "kegiatan_kurang_klaster": the participants' mean gain, no interval


class MethodGain(GainEstimate):
    metode: str


class DinasGain(GainEstimate):
    dinas: str


class PooledEstimate(Estimate):
    """A dinas's partially pooled estimate (analysis.pooling)."""

    bobot_data_sendiri: float | None


class CostPerPoint(Estimate):
    """Rupiah per point of score gain with a bootstrap interval (budget.cost_per_point)."""

    n_kegiatan: int
    rata_gain: float | None
    biaya_per_peserta_rp: NotRequired[float]
    kegiatan_tanpa_biaya: NotRequired[int]  # activities without a recorded cost, left out (budget.recorded_cost)
    alasan: NotRequired[str]
    anggaran_rp: NotRequired[float]
    gain_rata: NotRequired[float | None]  # the mean of that gain (its interval's), over gain_n_kegiatan activities
    gain_bawah: NotRequired[float | None]  # alasan "gain_belum_jelas": the gain's interval, which reaches zero
    gain_atas: NotRequired[float | None]
    gain_n_kegiatan: NotRequired[int]  # the activities that interval rests on
    porsi_replikasi_tidak_positif: NotRequired[float]


class MethodCostPerPoint(CostPerPoint):
    metode: str


class Coefficient(Estimate):
    """A regression coefficient, or a figure read from one (an adjusted gain: learning.ancova); when withheld, why
    (``alasan``: its rule, never left to a default) and, for a rule on activities, how many (``n_kegiatan``)."""

    n_kegiatan: NotRequired[int]
    alasan: NotRequired[str]


class BudgetCoefficient(Coefficient):
    """A coefficient of the budget model; ``alasan`` when it is withheld (budget.budget_model), with the model's
    ``n_kegiatan`` and the years they span (``tahun_kegiatan``), which the reason says."""

    tahun_kegiatan: NotRequired[list[int]]
    se: NotRequired[float]  # with fewer than FEW_CLUSTERS activities: CR2 standard error
    df: NotRequired[float]  # and the Bell-McCaffrey degrees of freedom of its t interval
    bootstrap_liar: NotRequired[bool]  # whether the wild bootstrap-t interval was computed (the wider kept)


# --- reading the numbers of an estimate that has them ---------------------------------------------
# An estimate's numbers are optional (null when withheld, cukup_data false). Code that has checked
# cukup_data reads them here, so "a withheld estimate is never shown or compared as a number" is
# stated once, and breaking it fails with a message naming the estimate, not a comparison with None.
class WithheldEstimateError(ValueError):
    """A withheld estimate (no numbers) was used as a number: a bug in the report code."""


def point(estimate: Interval) -> float:
    """The point estimate of an estimate with enough data."""
    return known(estimate["estimasi"], estimate)


def bounds(estimate: Interval) -> tuple[float, float]:
    """(lower, upper) of the 95% interval of an estimate with enough data."""
    return known(estimate["ci_bawah"], estimate), known(estimate["ci_atas"], estimate)


def known(value: float | None, estimate: Interval) -> float:
    """``value``, a number of ``estimate``, which must not be null."""
    if value is None:
        raise WithheldEstimateError(f"a withheld estimate used as a number: {dict(estimate)}")
    return value
