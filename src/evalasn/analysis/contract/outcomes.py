"""hasil.json: Kirkpatrick level 4, the IKM and the difference-in-differences of trained against
untrained units (`level4_hasil`)."""

from typing import Annotated, NotRequired, TypedDict

from evalasn import constants
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.estimate import Estimate, IkmInterval


class ElementMeans(TypedDict, total=False):
    """u1–u9: the mean of each SKM element; empty when the period has too few respondents."""

    u1: float
    u2: float
    u3: float
    u4: float
    u5: float
    u6: float
    u7: float
    u8: float
    u9: float


class IkmSummary(Estimate):
    """The IKM of a set of responses (analysis.ikm.summarise)."""

    kategori: str | None
    label: str | None
    kategori_bawah: NotRequired[str | None]
    kategori_atas: NotRequired[str | None]
    se: NotRequired[float]
    df: NotRequired[int]
    # withheld from too few service units (analysis.small_clusters.too_few_units): the value, its units, the code
    alasan: NotRequired[str]
    n_unit_layanan: NotRequired[int]
    rata_ikm: NotRequired[float]
    unsur: Annotated[ElementMeans, Doc(
        "Rata-rata tiap unsur u1–u9 pada periode itu (jawaban kosong tidak dihitung); objek kosong bila data "
        "tidak cukup.",
        "Mean of each element u1–u9 in the period (blank answers left out); empty object when there are too few "
        "data.",
        "skor_1_4")]


class PeriodIkm(IkmSummary):
    periode: str


class UnitIkm(IkmInterval):
    periode: str
    dinas: str
    unit_kerja: str
    sampel_kurang: bool
    unsur_terlemah: str | None
    nilai_unsur_terlemah: float | None
    u7: float | None
    u8: float | None


class SampleCheck(TypedDict):
    periode: str | None
    pengguna_diasumsikan: int
    responden_minimum: int
    jumlah_unit: int
    unit_sampel_kurang: int


# --- difference-in-differences (analysis.did) ---------------------------------------------------
class Intervention(TypedDict):
    teks: str
    dipilih: bool
    n_kegiatan: NotRequired[int]
    n_kegiatan_jendela: NotRequired[int]
    n_kegiatan_intervensi: NotRequired[int]
    biaya_intervensi_rp: NotRequired[float]
    biaya_kegiatan_tahun_rp: NotRequired[float]
    tema_cocok: NotRequired[list[str]]
    penugasan: NotRequired[str]
    penjamin: NotRequired[str]


class Cohort(TypedDict):
    periode: str
    periode_acuan: str
    unit_dilatih: int
    e_acuan: NotRequired[int]


class OtherTrainingArm(TypedDict):
    n_unit_kelompok: int
    jp_per_pegawai: float | None
    persen_pegawai: float | None


class OtherTraining(TypedDict, total=False):
    dilatih: Annotated[OtherTrainingArm, Doc(
        "Unit yang dilatih (intervensi).",
        "Trained units (intervention).",
        "-")]
    pembanding: Annotated[OtherTrainingArm, Doc(
        "Unit yang tidak mencapai ambang intervensi di jendela.",
        "Units that did not reach the intervention threshold in the window.",
        "-")]


class CellMeans(TypedDict, total=False):
    """Present for the cells that have units."""

    dilatih_sebelum: float
    dilatih_sesudah: float
    tidak_sebelum: float
    tidak_sesudah: float


class DidEstimate(Estimate):
    """An estimate with its few-cluster inference details (did._record)."""

    se: NotRequired[float | None]
    df: NotRequired[float | None]
    n_klaster: NotRequired[int | None]
    bootstrap_liar: NotRequired[bool]
    efek_minimum_terdeteksi: NotRequired[float]
    unit_untuk_estimasi_ini: NotRequired[int | None]


class EventTime(DidEstimate):
    e: int
    fase: str
    n_unit_dilatih: int


class DoseEstimate(DidEstimate):
    per_poin_persen: float
    alasan: NotRequired[str]


class JointTest(TypedDict):
    """The joint F test of the pre-period estimates (analysis.inference.joint_wald)."""

    tersedia: bool
    k: int
    statistik_f: NotRequired[float]
    df1: NotRequired[int]
    df2: NotRequired[float]
    p: NotRequired[float]


class PretrendTest(JointTest):
    alpha: float
    e_terdekat: NotRequired[int]
    selisih_minimum_terdeteksi: NotRequired[float]
    sebab: NotRequired[list[str]]


class Verdict(TypedDict):
    boleh_kausal: bool
    kode_alasan: list[str]


class UnitGroup(TypedDict):
    kelompok: str
    n_unit_kelompok: int
    alasan: NotRequired[str]
    alasan_pembanding: NotRequired[str]
    periode_acuan: NotRequired[str]
    periode_dibandingkan: NotRequired[str]


UNIT_GROUPS = Doc(
    "Setiap unit kerja cakupan (`n_unit`) tepat di satu kelompok (`kelompok`), jumlahnya sama dengan `n_unit`: "
    "\"dilatih\" (mencapai ambang di jendela, dihitung dilatih), \"dilatih_juga_pembanding\" (dihitung dilatih dan "
    "juga pembanding sebelum pelatihannya), \"dilatih_kemudian_pembanding\" (mencapai ambang, hanya pembanding "
    "sebelum pelatihannya), \"dilatih_tidak_dipakai\", \"tidak_dilatih_pembanding\", "
    "\"tidak_dilatih_tidak_dipakai\"; unit yang tidak dihitung di kelompoknya sendiri dengan `alasan`, dan unit "
    "\"dilatih_tidak_dipakai\" juga dengan `alasan_pembanding` (mengapa bukan pembanding pula). Kelompok kosong tidak "
    "ditulis.",
    "Every work unit of the scope (`n_unit`) in exactly one group (`kelompok`), adding up to `n_unit`: \"dilatih\" "
    "(reached the threshold in the window, counted as trained), \"dilatih_juga_pembanding\" (counted as trained and "
    "also a comparison before its training), \"dilatih_kemudian_pembanding\" (reached the threshold, a comparison "
    "before its training only), \"dilatih_tidak_dipakai\", \"tidak_dilatih_pembanding\", "
    "\"tidak_dilatih_tidak_dipakai\"; a unit not counted in its own arm with its `alasan`, and a "
    "\"dilatih_tidak_dipakai\" unit also with `alasan_pembanding` (why it is not a comparison either). Empty groups "
    "are not written.",
    "-")


class UnitCounts(TypedDict):
    """The units of a difference-in-differences (analysis.did): its arms, and every unit of its scope."""

    unit_dilatih: int
    unit_pembanding: int
    unit_pembanding_tidak_dilatih: NotRequired[int]
    unit_pembanding_dilatih_kemudian: NotRequired[int]
    unit_mencapai_ambang: NotRequired[int]
    unit_seluruhnya: NotRequired[int]
    n_unit: NotRequired[int]
    rincian_unit: NotRequired[Annotated[list[UnitGroup], UNIT_GROUPS]]
    hitungan_dilatih: NotRequired[str]


class IkmEffect(DidEstimate, UnitCounts):
    alasan: NotRequired[str]
    rata_rata: Annotated[CellMeans, Doc(
        "Rata-rata skor IKM konversi di keempat sel (dilatih/tidak × sebelum/sesudah).",
        "Mean converted IKM score in the four cells (trained/untrained × before/after).",
        "ikm")]


class IndicatorEffect(DidEstimate, UnitCounts):
    alasan: NotRequired[str]
    rata_rata: Annotated[CellMeans, Doc(
        "Rata-rata nilai indikator di keempat sel (dilatih/tidak × sebelum/sesudah).",
        "Mean indicator value in the four cells (trained/untrained × before/after).",
        "satuan_indikator")]


class DidDesign(TypedDict):
    """Every key but `tersedia` is absent when the design cannot be built (then `alasan` says why); with `alasan`
    "periode_berurutan" the two adjacent periods are named."""

    tersedia: bool
    alasan: NotRequired[str]
    periode_sebelum: NotRequired[str]
    periode_sesudah: NotRequired[str]
    jendela_kegiatan: NotRequired[list[str]]
    ambang_persen_dilatih: NotRequired[float]
    intervensi: NotRequired[Annotated[Intervention, Doc(
        "Intervensi yang dinyatakan di pengaturan (config/intervensi.yml atau parameter model): `teks`, `dipilih`, "
        "`n_kegiatan` (kegiatan yang cocok, semua dinas dan tahun), `tema_cocok`, dan penugasannya (`penugasan`, "
        "`penjamin`). Bila tidak ada yang dinyatakan, semua kegiatan dihitung sebagai pelatihan, pembandingnya "
        "lebih lemah, dan tidak ada kata sebab-akibat.",
        "The intervention declared in the settings (config/intervensi.yml or a model parameter): `teks`, "
        "`dipilih`, `n_kegiatan` (matching activities, every agency and year), `tema_cocok`, and their assignment "
        "(`penugasan`, `penjamin`). When none is declared every activity counts as training, the comparison is "
        "weaker, and no causal word is used.",
        "-")]]
    periode_dipakai: NotRequired[list[str]]
    desain: NotRequired[str]
    kohort: NotRequired[Annotated[list[Cohort], Doc(
        "Kelompok unit menurut periode pertama sesudah mencapai ambang (`periode`), dengan periode acuannya "
        "dan jumlah unitnya.",
        "Groups of units by the first period after they reached the threshold (`periode`), with their "
        "reference period and number of units.",
        "-")]]
    pelatihan_lain: NotRequired[Annotated[OtherTraining, Doc(
        "Pelatihan lain (bukan intervensi) di jendela yang sama, per kelompok: rata-rata antarunit JP per "
        "pegawai dan persen pegawai yang ikut.",
        "Other (non-intervention) training in the same window, per arm: mean over units of JP per staff and "
        "percent of staff who took part.",
        "-")]]
    studi_peristiwa: NotRequired[Annotated[list[EventTime], Doc(
        "Studi peristiwa: satu estimasi per waktu relatif `e` (0 = periode pertama sesudah ambang), rata-rata "
        "efek kelompok-waktu (Callaway & Sant'Anna) dengan bobot jumlah unit dilatih; `fase` \"pre\" (uji "
        "tren awal), \"transisi\" (periode saat ambang tercapai) atau \"pasca\"; selang 95% t (df Satterthwaite "
        "≤ G − 2). Daftar kosong: tidak ada estimasi waktu relatif.",
        "Event study: one estimate per relative time `e` (0 = the first period after the threshold), the "
        "average of group-time effects (Callaway & Sant'Anna) weighted by trained units; `fase` \"pre\" (pre-trend "
        "check), \"transisi\" (the period in which the threshold was reached) or \"pasca\"; 95% t interval "
        "(Satterthwaite df ≤ G − 2). Empty list: no relative-time estimate.",
        "lihat_objek")]]
    uji_tren_awal: NotRequired[Annotated[PretrendTest, Doc(
        f"Uji bersama bahwa estimasi pre (paling banyak {constants.PRETREND_MAX_LEADS} terdekat) nol: statistik "
        f"F(k, df2) dengan kovarians klaster; ditolak bila p < {constants.PRETREND_ALPHA}.",
        f"Joint test that the pre estimates (at most the {constants.PRETREND_MAX_LEADS} nearest) are zero: "
        f"F(k, df2) with the cluster covariance; rejected when p < {constants.PRETREND_ALPHA}.",
        "-")]]
    dosis: NotRequired[Annotated[DoseEstimate, Doc(
        "Perbedaan perubahan per 10 poin persen staf yang dilatih di jendela (hubungan, bukan bukti sebab-akibat): "
        "kemiringan perubahan sebelum–sesudah unit atas persen staf dilatih, semua unit (perlakuan kontinu).",
        "Difference in change per 10 percentage points of staff trained in the window (an association, not proof "
        "of cause): slope of the units' before–after change on the percent of staff trained, all units "
        "(continuous treatment).",
        "lihat_objek")]]
    putusan: NotRequired[Annotated[Verdict, Doc(
        "Aturan kata: `boleh_kausal` true hanya bila ada pembanding, unit per kelompok cukup, uji tren awal ada, "
        f"tidak menolak, selisih terkecil yang dapat dideteksinya paling besar {constants.PRETREND_MDE_MAX_RATIO} × "
        "efek dan rentang selisih periode tepat sebelum pelatihan di dalam ± "
        f"{constants.PRETREND_GAP_MAX_RATIO} × efek, dan selang tidak memuat nol pada arah yang diharapkan; selain "
        "itu `kode_alasan` berisi kodenya.",
        "Wording rule: `boleh_kausal` is true only when a comparison group exists, units per arm meet the "
        "minimum, the pre-trend check exists, does not reject, its minimum detectable difference is at most "
        f"{constants.PRETREND_MDE_MAX_RATIO} × the effect and the interval of the period just before training lies "
        f"within ± {constants.PRETREND_GAP_MAX_RATIO} × the effect, and the interval excludes zero in the expected "
        "direction; otherwise `kode_alasan` holds the codes.",
        "-")]]


class IkmDid(DidDesign):
    efek: NotRequired[Annotated[IkmEffect, Doc(
        "Estimasi: rata-rata efek kelompok-waktu pasca-pelatihan (Callaway & Sant'Anna, pembanding belum/tidak "
        "dilatih) atas rata-rata unit skor IKM konversi; dengan dua periode sama dengan 2x2. Galat baku klaster "
        "per unit (CR2), t dengan df Satterthwaite ≤ G − 2, dan di bawah FEW_CLUSTERS unit juga bootstrap liar "
        "(Webb), selang yang lebih lebar dipakai; `n` = pengamatan unit × periode. Disebut efek hanya bila "
        "intervensi dinyatakan dan `putusan` membolehkan; selain itu hubungan, bukan bukti sebab-akibat.",
        "Estimate: the average post-training group-time effect (Callaway & Sant'Anna, not-yet/never-trained "
        "comparisons) on unit means of converted IKM scores; with two periods the 2x2. Cluster (unit) CR2 standard "
        "errors, t with Satterthwaite df ≤ G − 2, and below FEW_CLUSTERS units also a wild bootstrap (Webb), the "
        "wider interval kept; `n` = unit × period observations. Called an effect only when an "
        "intervention is declared and `putusan` allows it; otherwise an association, not proof of cause.",
        "ikm")]]


class IndicatorDid(DidDesign):
    indikator: str
    arah: str
    efek: NotRequired[Annotated[IndicatorEffect, Doc(
        "Estimasi seperti `did_ikm.efek` atas nilai indikator unit per periode; `n` = baris unit × periode.",
        "Estimate as `did_ikm.efek` on the units' indicator values per period; `n` = unit × period rows.",
        "satuan_indikator")]]
    membaik: NotRequired[bool | None]


class Outcomes(TypedDict):
    ikm_per_periode: Annotated[list[PeriodIkm], Doc(
        "Estimasi per periode survei: IKM konversi cakupan ini (rata-rata unsur × 1/9, × 25) atas semua "
        "responden periode itu; selang dikelompokkan (cluster) per unit dan dipusatkan pada IKM; `kategori`, "
        "`label`, `unsur`.",
        "Estimate per survey period: the scope's converted IKM (element means × 1/9, × 25) over all respondents "
        "of the period; interval clustered by unit and centred on the IKM; `kategori`, `label`, `unsur`.",
        "ikm")]
    ikm_unit: Annotated[list[UnitIkm], Doc(
        "Estimasi per unit layanan dan periode survei: IKM konversi unit (selang t atas skor responden, tanpa "
        "`p`), unsur terlemah, rata-rata u7 dan u8; periode terbaru dahulu, lalu IKM terendah dahulu, unit dengan "
        "data tidak cukup di akhir periodenya.",
        "Estimate per service unit and survey period: the unit's converted IKM (t interval over respondents' "
        "scores, no `p`), weakest element, u7 and u8 means; latest period first, then lowest IKM first, units "
        "with too few data last within their period.",
        "ikm")]
    ikm_sampel: Annotated[SampleCheck, Doc(
        "Sampel minimum SKM per unit untuk periode terbaru: PermenPAN-RB 14/2017 memakai tabel Krejcie & Morgan "
        "menurut jumlah pengguna layanan; ekspor tidak memuat jumlah itu, jadi diasumsikan "
        f"{constants.SKM_SERVICE_USERS_ASSUMED} pengguna per unit per periode (`constants.SKM_SERVICE_USERS_ASSUMED`). "
        "Unit di bawahnya: kategorinya indikatif.",
        "Minimum SKM sample per unit for the latest period: PermenPAN-RB 14/2017 uses Krejcie & Morgan's table by "
        "the number of service users; the exports do not carry that number, so "
        f"{constants.SKM_SERVICE_USERS_ASSUMED} users per unit per period are assumed "
        "(`constants.SKM_SERVICE_USERS_ASSUMED`). Units below it: their category is indicative.",
        "-")]
    periode_terbaru: str | None
    alasan_ikm: str | None
    did_ikm: Annotated[IkmDid, Doc(
        "Perbandingan perubahan IKM konversi: unit yang dilatih (dengan intervensi yang dinyatakan, bila ada) "
        "terhadap yang belum/tidak, semua periode sampai periode sesudah (studi peristiwa, uji tren awal, dosis, "
        "`putusan`); bila tidak tersedia hanya `tersedia` dan `alasan`.",
        "Comparison of the change in the converted IKM: trained units (with the declared intervention, if any) "
        "against not-yet/never-trained units, every period up to the after period (event study, pre-trend check, "
        "dose, `putusan`); when not available only `tersedia` and `alasan`.",
        "-")]
    did_kinerja: Annotated[list[IndicatorDid], Doc(
        "Difference-in-differences per indikator kinerja unit (desain seperti `did_ikm`), dengan `arah` dan "
        "`membaik`.",
        "Difference-in-differences per unit performance indicator (design as `did_ikm`), with `arah` and "
        "`membaik`.",
        "-")]
