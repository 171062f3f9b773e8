"""The estimate objects of hasil.json: every analysed number is an ``Estimate`` (analysis.stats),
often with extra keys named by the estimator that made it. Below the minimum n an estimate keeps
``n``, sets ``cukup_data`` false and its numbers null, and may lack the extra keys the estimator
adds only when it has the data (those are NotRequired)."""

from typing import NotRequired, TypedDict


class Estimate(TypedDict):
    """{"n", "estimasi", "ci_bawah", "ci_atas", "p", "cukup_data"} (analysis.stats.estimate)."""

    n: int
    estimasi: float | None
    ci_bawah: float | None
    ci_atas: float | None
    p: float | None
    cukup_data: bool


class MeanEstimate(Estimate):
    """A mean with a t interval (stats.mean_ci)."""

    sd: NotRequired[float]


class ProportionEstimate(Estimate):
    """A share with a Wilson interval (stats.proportion_ci)."""

    jumlah: NotRequired[int]


class MethodMean(MeanEstimate):
    metode: str


class GainEstimate(Estimate):
    """The paired change post − pre clustered by activity (learning.paired_change_clustered)."""

    d_z: float | None
    persen_naik: float | None
    persen_naik_bawah: float | None
    persen_naik_atas: float | None
    p_wilcoxon: float | None
    rata_pre: NotRequired[float]
    rata_post: NotRequired[float]
    n_kegiatan: int
    se: float | None
    se_tanpa_klaster: float | None
    d_av: float | None
    g_av: float | None
    g_av_bawah: float | None
    g_av_atas: float | None
    besar_efek: str | None


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
    alasan: NotRequired[str]
    anggaran_rp: NotRequired[float]


class MethodCostPerPoint(CostPerPoint):
    metode: str


class BudgetCoefficient(Estimate):
    """A coefficient of the budget model; ``alasan`` when it is withheld (budget.budget_model)."""

    n_kegiatan: NotRequired[int]
    alasan: NotRequired[str]
