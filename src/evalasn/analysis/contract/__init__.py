"""The typed contract of hasil.json: one TypedDict per object, the documentation attached to the
types (contract/doc.py explains how), from which docs/hasil-json.md and its JSON Schema are
generated (``make docs``). At run time the results stay plain dicts, so writing and reading the
file is unchanged; the types are for mypy and the documents.

``Hasil`` is a whole file; the sections are in scope, kirkpatrick, outcomes, budget, comparison and
provenance, the estimates in estimate, the leaf names in fields.
"""

from typing import Annotated, NotRequired, TypedDict

from evalasn import constants
from evalasn.analysis.contract.budget import BudgetAndGain, BudgetModel, Pooling
from evalasn.analysis.contract.comparison import (
    AgainstProvince,
    Attention,
    DinasRow,
    IndicatorRank,
    KeyFigures,
    KeyIkm,
    TrendYear,
)
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.estimate import (
    CostPerPoint,
    Estimate,
    GainEstimate,
    Interval,
    MethodCostPerPoint,
    MethodGain,
)
from evalasn.analysis.contract.kirkpatrick import Behaviour, Challenges, Communication, Learning, Reaction
from evalasn.analysis.contract.outcomes import (
    CellMeans,
    DidDesign,
    EventTime,
    IkmDid,
    IndicatorDid,
    Outcomes,
    PeriodIkm,
    SampleCheck,
    UnitIkm,
)
from evalasn.analysis.contract.plan import FollowUpRow, PlanReviewed
from evalasn.analysis.contract.provenance import Parameters, Provenance
from evalasn.analysis.contract.scope import DataCounts, Implementation, Jp20, Scope
from evalasn.analysis.contract.version import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION", "Hasil", "Sections", "KeyFigures",
    # the types the report layer names (every type stays importable from its own module)
    "Interval", "Estimate", "GainEstimate", "MethodGain", "MethodCostPerPoint", "CostPerPoint", "Jp20", "Learning",
    "Pooling", "PeriodIkm", "UnitIkm", "KeyIkm", "SampleCheck", "DidDesign", "IkmDid", "IndicatorDid", "CellMeans",
    "EventTime", "DinasRow", "TrendYear", "BudgetModel", "IndicatorRank", "FollowUpRow",
    "PlanReviewed",
]


class Sections(TypedDict):
    """What the model stage computes for one scope on its own (analysis.model.analyse_scope); the
    comparisons across scopes and the provenance complete it into ``Hasil``."""

    versi_skema: int
    cakupan: Annotated[Scope, Doc(
        "Cakupan berkas: satu dinas atau seluruh provinsi.",
        "Scope of the file: one dinas or the whole province.",
        "-")]
    tahun: int
    sintetis: bool
    data: Annotated[DataCounts, Doc(
        "Banyaknya data cakupan ini dan tabel opsional mana yang ada.",
        "How much data the scope has and which optional tables are present.",
        "-")]
    pelaksanaan: Annotated[Implementation, Doc(
        "Pelaksanaan program pada tahun evaluasi: cakupan ASN, aturan 20 JP, kegiatan per metode, tema, "
        "realisasi anggaran.",
        "Implementation in the evaluated year: staff coverage, the 20 JP rule, activities by method, themes, "
        "budget realisation.",
        "-")]
    level1_reaksi: Annotated[Reaction, Doc(
        "Kirkpatrick level 1 (reaksi) pada partisipasi tahun evaluasi.",
        "Kirkpatrick level 1 (reaction) over the evaluated year's participations.",
        "-")]
    level2_pembelajaran: Annotated[Learning, Doc(
        "Kirkpatrick level 2 (pembelajaran): perubahan berpasangan nilai post − pre pada partisipasi tahun "
        "evaluasi. Tanpa kelompok pembanding: mengukur perubahan, bukan efek.",
        "Kirkpatrick level 2 (learning): paired change post − pre of the evaluated year's participations. No "
        "comparison group: it measures change, not effect.",
        "-")]
    level3_perilaku: Annotated[Behaviour, Doc(
        "Kirkpatrick level 3 (perilaku): penilaian atasan beberapa bulan setelah kegiatan.",
        "Kirkpatrick level 3 (behaviour): the supervisor's rating months after the activity.",
        "-")]
    level4_hasil: Annotated[Outcomes, Doc(
        "Kirkpatrick level 4 (hasil): IKM (PermenPAN-RB 14/2017) dan indikator kinerja unit, termasuk "
        "difference-in-differences unit yang dilatih terhadap yang tidak.",
        "Kirkpatrick level 4 (results): IKM (PermenPAN-RB 14/2017) and unit performance indicators, including "
        "difference-in-differences of trained against untrained units.",
        "-")]
    anggaran_vs_peningkatan: Annotated[BudgetAndGain, Doc(
        "Anggaran terhadap peningkatan nilai: model biaya per peserta, model provinsi, biaya per poin per metode.",
        "Budget against score gain: the cost-per-participant model, the province model, cost per point by method.",
        "-")]
    tantangan: Annotated[Challenges, Doc(
        "Tantangan pelaksanaan.",
        "Challenges of implementation.",
        "-")]
    komunikasi: Annotated[Communication, Doc(
        "Unsur SKM pada periode terbaru, dengan penanda unsur komunikasi ASN–masyarakat (u7, u8).",
        "SKM elements in the latest period, flagging the ASN–public communication elements (u7, u8).",
        "-")]
    pooling: Annotated[Pooling, Doc(
        "Partial pooling peningkatan nilai tahun evaluasi antardinas: model campuran kenaikan nilai atas metode "
        "(efek tetap metode, lihat `penyesuaian`) dengan intersep acak per dinas; varians dengan REML (kriteria "
        "MixedLM statsmodels), lalu persamaan model campuran Henderson; satu kali untuk seluruh provinsi. `metode`: "
        "\"mixedlm\", \"mixedlm_batas\" (τ² = 0: semua dinas = rata-rata provinsi) atau \"tanpa_pooling\".",
        "Partial pooling of the evaluated year's score gain across dinas: mixed model of the gain on the "
        "method (method fixed effects, see `penyesuaian`) with a random intercept per dinas; variances by REML "
        "(statsmodels MixedLM's criterion), then Henderson's mixed-model equations; fitted once for the province. "
        "`metode`: \"mixedlm\", \"mixedlm_batas\" (τ² = 0: every dinas = the province mean) or \"tanpa_pooling\".",
        "-")]
    parameter: Annotated[Parameters, Doc(
        "Parameter model run ini (selain data).",
        "The run's model parameters (besides the data).",
        "-")]
    tren: Annotated[list[TrendYear], Doc(
        "Angka kunci setiap tahun data sampai tahun evaluasi, dengan definisi dan penduga yang sama "
        "(analysis.key_figures; IKM: periode survei terakhir tahun itu).",
        "Key figures for every data year up to the evaluated year, with the same definitions and estimators "
        "(analysis.key_figures; IKM: that year's last survey period).",
        "-")]


class Hasil(Sections):
    """reports/<slug>/hasil-<tahun>.json."""

    perbandingan_provinsi: Annotated[AgainstProvince | None, Doc(
        "Hanya berkas dinas (null di provinsi): setiap angka kunci dinas dibanding provinsi "
        "dan peringkatnya di antara semua dinas.",
        "Dinas files only (null in the province's): each key figure against the province "
        "and the dinas's rank among all dinas.",
        "-")]
    provenans: Annotated[Provenance, Doc(
        "Asal-usul hasil: data, kode, paket, parameter (sama di semua berkas satu run).",
        "Provenance: data, code, packages, parameters (the same in every file of a run).",
        "-")]
    perbandingan_dinas: NotRequired[Annotated[list[DinasRow], Doc(
        "Hanya berkas provinsi: angka kunci setiap dinas untuk tabel perbandingan dan indeks.",
        "Province file only: every dinas's key figures for the comparison table and the index.",
        "-")]]
    perhatian: NotRequired[Annotated[Attention, Doc(
        "Hanya berkas provinsi: dinas yang perlu perhatian. IKM di bawah kategori B dan pemenuhan 20 JP di bawah "
        "provinsi lainnya diuji satu sisi per dinas; tingkat penemuan palsu dikendalikan dengan prosedur "
        f"Benjamini-Hochberg pada q = {constants.FDR_Q} atas semua uji. Peningkatan nilai memakai model campuran "
        "(`gain_di_bawah_rata`), tanpa koreksi tambahan.",
        "Province file only: the dinas needing attention. An IKM below the B band and a 20 JP compliance below the "
        "rest of the province are tested one-sided per dinas; the false-discovery rate is controlled with the "
        f"Benjamini-Hochberg procedure at q = {constants.FDR_Q} over every test. The score gain uses the pooled "
        "model (`gain_di_bawah_rata`), without a further correction.",
        "-")]]
    rencana_tindak_lanjut: NotRequired[Annotated[list[FollowUpRow], Doc(
        "Hanya berkas yang terbit di reports/<slug>/ bersama laporannya (tahap laporan menulisnya; berkas tahap "
        "model di _build/ tidak memuatnya): Rencana Tindak Lanjut BAB X, satu baris per temuan, dalam urutan tabel "
        "laporan dan sheet rencana di .xlsx. `id` = \"<slug>-<tahun>-<kode>\"; kode disusun dari aturan dan "
        "subjeknya (\"JP20\", \"U7\", \"STOP-SEMINAR\"), tidak pernah dari urutan baris, sehingga sama di setiap "
        "run dan tidak berubah bila baris lain ditambah atau diurutkan lain.",
        "Only in the file published in reports/<slug>/ with its report (the report stage writes it; the model "
        "stage's file in _build/ has none): the follow-up plan of chapter X, one row per finding, in the order of "
        "the report's table and the .xlsx plan sheet. `id` = \"<slug>-<tahun>-<kode>\"; the code is made from the "
        "rule and its subject (\"JP20\", \"U7\", \"STOP-SEMINAR\"), never from the row's position, so it is the "
        "same in every run and unchanged when another row is added or the rows are ordered otherwise.",
        "-")]]
    rencana_tahun_lalu: NotRequired[Annotated[PlanReviewed, Doc(
        "Hanya berkas yang terbit bersama laporannya, bila data memuat tahun sebelumnya: rencana tindak lanjut tahun "
        "lalu yang dinilai BAB X, menurut `sumber`: \"terbit\" (barisnya dicocokkan menurut `id` dengan catatan yang "
        "terbit, di `berkas`) atau \"dibuat_ulang\" (tidak ada catatan yang terbit).",
        "Only in the file published with its report, when the data hold the year before: which follow-up plan of "
        "last year chapter X judged, by `sumber`: \"terbit\" (its rows matched by `id` with the published record, "
        "in `berkas`) or \"dibuat_ulang\" (no published record exists).",
        "-")]]
