"""hasil.json: the key figures compared across dinas, over the years and with the province, and
the dinas needing attention (`perbandingan_dinas`, `tren`, `perbandingan_provinsi`, `perhatian`)."""

from typing import Annotated, NotRequired, TypedDict

from evalasn.analysis.contract.doc import COUNTED_PNS, Doc
from evalasn.analysis.contract.estimate import (
    CostPerPoint,
    Estimate,
    GainEstimate,
    IkmInterval,
    MeanEstimate,
    PooledEstimate,
    ProportionEstimate,
)


class LastIkm(IkmInterval):
    """The last earlier survey period's IKM that a withheld key IKM names (analysis.results.key_ikm)."""

    periode: str


# a withheld IKM of the evaluated year (no SKM that year): the last earlier period's figure, only for its reason
LAST_IKM = Doc("IKM tidak dihitung karena SKM tahun yang dievaluasi tidak diterima (`alasan` \"skm_tidak_diterima\"): "
               "angka periode survei terakhir tahun sebelumnya; di `perbandingan_dinas[]`, dengan `alasan` "
               "\"skm_periode_lain\": angka periode terakhir dinas itu, yang lebih awal dari periode provinsi. Hanya "
               "untuk menyebut alasannya (bukan angka yang dibandingkan).",
               "IKM withheld because no SKM of the evaluated year was received (`alasan` \"skm_tidak_diterima\"): the "
               "figure of the last earlier survey period; in `perbandingan_dinas[]`, with `alasan` "
               "\"skm_periode_lain\": the agency's own last period's figure, earlier than the province's period. Only "
               "to state the reason (not the figure compared).", "ikm")


class KeyIkm(IkmInterval):
    """The evaluated year's last period's IKM, as a key figure (analysis.results.key_ikm)."""

    periode: str
    terakhir: NotRequired[Annotated[LastIkm, LAST_IKM]]


class KeyFigures(TypedDict):
    """The figures the index and the comparison table show for one scope (results.key_figures)."""

    cakupan_asn: Annotated[ProportionEstimate, Doc(
        "Estimasi `pelaksanaan.cakupan_asn` dinas itu.",
        "The dinas's `pelaksanaan.cakupan_asn` estimate.",
        "proporsi")]
    jp_20: Annotated[ProportionEstimate, Doc(
        "Estimasi `pelaksanaan.jp_20.keseluruhan` dinas itu.",
        "The dinas's `pelaksanaan.jp_20.keseluruhan` estimate.",
        "proporsi")]
    gain: Annotated[GainEstimate, Doc(
        "Estimasi `level2_pembelajaran.keseluruhan` dinas itu.",
        "The dinas's `level2_pembelajaran.keseluruhan` estimate.",
        "poin_tes")]
    ikm: Annotated[KeyIkm | None, Doc(
        "IKM konversi periode survei terakhir tahun yang dievaluasi (dari `ikm_per_periode[]`); tanpa nilai, "
        "dengan `alasan` \"skm_tidak_diterima\", bila hanya ada SKM tahun sebelumnya; di `perbandingan_dinas[]` "
        "periode itu periode terakhir provinsi (satu periode untuk semua dinas): tanpa nilai, dengan `alasan` "
        "\"skm_periode_lain\", bila periode terakhir dinas itu lebih awal; null tanpa SKM.",
        "The converted IKM of the evaluated year's last survey period (from `ikm_per_periode[]`); withheld, with "
        "`alasan` \"skm_tidak_diterima\", when only earlier years have an SKM; in `perbandingan_dinas[]` that "
        "period is the province's last (one period for every agency): withheld, with `alasan` "
        "\"skm_periode_lain\", when the agency's last period is earlier; null without SKM.",
        "ikm")]
    persen_realisasi: float | None
    biaya_per_poin: Annotated[CostPerPoint, Doc(
        "Estimasi `anggaran_vs_peningkatan.biaya_per_poin_semua` dinas itu.",
        "The dinas's `anggaran_vs_peningkatan.biaya_per_poin_semua` estimate.",
        "rp_per_poin")]


class DinasRow(KeyFigures):
    dinas: str
    nama: str
    gain_pooled: Annotated[PooledEstimate | MeanEstimate | None, Doc(
        "Estimasi pooled (BLUP) dinas itu dari `pooling.per_dinas[]`; null bila tidak "
        "ada.",
        "The dinas's pooled (BLUP) estimate from `pooling.per_dinas[]`; null when "
        "absent.",
        "poin_tes")]
    peringkat: int | None
    peringkat_bawah: int | None
    peringkat_atas: int | None
    anggaran_kegiatan_rp: float


class PlainFigure(TypedDict):
    """An estimate without its p (trend._plain)."""

    n: int
    estimasi: float | None
    ci_bawah: float | None
    ci_atas: float | None
    cukup_data: bool
    n_kegiatan: int | None
    alasan: NotRequired[str]  # why it is withheld, and the figures the reason names (a cost per point)
    rata_gain: NotRequired[float | None]
    anggaran_rp: NotRequired[float]
    gain_rata: NotRequired[float | None]
    gain_bawah: NotRequired[float | None]
    gain_atas: NotRequired[float | None]
    gain_n_kegiatan: NotRequired[int]
    porsi_replikasi_tidak_positif: NotRequired[float]
    rata_peserta: NotRequired[float]  # a gain withheld for want of activities: the participants' mean
    kegiatan_tanpa_biaya: NotRequired[int]  # a cost per point: activities without a recorded cost
    periode: NotRequired[str]  # an IKM: its survey period (a dinas's own may be earlier than the province's)


class TrendGain(Estimate):
    """The year's gain as `level2_pembelajaran.keseluruhan` (trend._base): clustered by activity, with its answer
    to "clearly above zero" (null when withheld)."""

    n_kegiatan: int | None
    status_kenaikan: str | None
    alasan: NotRequired[str]  # withheld: the gain record's own reason, or "kegiatan_kurang_tren"
    rata_peserta: NotRequired[float]


class TrendIkm(TypedDict):
    n: int
    estimasi: float | None
    ci_bawah: float | None
    ci_atas: float | None
    cukup_data: bool
    kategori: str | None
    alasan: NotRequired[str]  # withheld from too few service units, as `ikm_per_periode[]`
    n_unit_layanan: NotRequired[int]
    rata_ikm: NotRequired[float]
    # the evaluated year without its own SKM, as the key figure (analysis.results.key_ikm)
    periode: NotRequired[str]
    terakhir: NotRequired[Annotated[LastIkm, LAST_IKM]]


# why a dinas's adjusted gain has no verdict although its difference's interval excludes zero (`alasan_membaik`,
# analysis.year_change.shrunk_verdict): its participants' mean changed otherwise (or not clearly), or has no change to
# compare, one of the two years without an interval (LOOK28 Z-7). Declared here, with the record, so that the report
# layer names them without importing the analysis's estimators (scipy.stats: tests/unit/test_fastpath_imports.py)
SHRUNK_GAIN = "rata_peserta_tidak_sejalan"
# the share of PPPK above the 24-JP cap of PP 49/2018 Pasal 39: not a key figure, but a finding's, with its level in
# every `tren[]` row and its change in `selisih_tahun_lalu` (LOOK30 B-1, LOOK31 C-1); lower is better
PPPK_OVER_CAP = "pppk_di_atas_batas"
SHRUNK_GAIN_UNCOMPARED = "rata_peserta_tidak_dapat_dibandingkan"


class YearChange(TypedDict):
    """A key figure's change from the year before, with the 95% interval of the difference (analysis.year_change):
    paired where the same staff or service units are measured in both years, independent where the years' activities
    are disjoint; a census figure's (budget realisation) exact, without an interval (``sensus``)."""

    estimasi: float | None
    ci_bawah: float | None
    ci_atas: float | None
    cukup_data: bool
    membaik: bool | None
    berpasangan: bool
    n_pasangan: NotRequired[int]
    alasan_membaik: NotRequired[str]
    sensus: NotRequired[bool]


# the estimate of the change of one key figure, its Doc at each field of YearChanges
def _change(what_id: str, what_en: str, design_id: str, design_en: str, unit: str) -> Doc:
    return Doc(f"Selisih {what_id} tahun itu − tahun sebelumnya dengan selang 95% selisih itu, {design_id}; null bila "
               "salah satu tahun tidak punya angka dengan selang.",
               f"Difference of {what_en} that year − the year before with the 95% interval of that difference, "
               f"{design_en}; null when either year has no figure with an interval.", unit)


PAIRED_STAFF = ("berpasangan per ASN (ASN yang ada di kedua tahun), galat baku berkelompok per ASN",
                "paired by ASN (the staff present in both years), standard error clustered by ASN")
INDEPENDENT = ("kedua tahun independen (kegiatannya berbeda): MOVER dari selang masing-masing tahun",
               "the two years independent (different activities): MOVER from each year's interval")


class YearChanges(TypedDict):
    """The change of each key figure from the year before (analysis.year_change.changes): with the interval of the
    difference, budget realisation's (a census of the whole budget) exact."""

    cakupan_asn: Annotated[YearChange | None, _change("cakupan ASN", "staff coverage", *PAIRED_STAFF, "proporsi")]
    jp_20: Annotated[YearChange | None, _change("proporsi 20 JP", "the 20 JP share", *PAIRED_STAFF, "proporsi")]
    gain: Annotated[YearChange | None, _change("kenaikan nilai (`gain`)", "the score gain (`gain`)", *INDEPENDENT,
                                               "poin_tes")]
    gain_model: Annotated[YearChange | None, _change(
        "kenaikan nilai yang disesuaikan (`gain_model`)", "the adjusted score gain (`gain_model`)", *INDEPENDENT,
        "poin_tes")]
    ikm: Annotated[YearChange | None, _change(
        "IKM periode survei terakhir", "the IKM of the last survey period",
        "berpasangan per unit layanan (unit yang disurvei di kedua tahun), galat baku berkelompok per unit dengan "
        "aturan klaster sedikit", "paired by service unit (units surveyed in both years), standard error clustered "
        "by unit with the few-cluster rule", "ikm")]
    persen_realisasi: Annotated[YearChange | None, Doc(
        "Selisih realisasi anggaran (persen) tahun itu − tahun sebelumnya, dalam poin persen. Realisasi dihitung "
        "dari seluruh anggaran (sensus, `sensus` true), jadi selisihnya pasti: tanpa selang (`ci_bawah` dan "
        "`ci_atas` null); `membaik` menurut tanda selisih itu, null bila selisih yang dicetak nol; null bila "
        "salah satu tahun tidak punya realisasi.",
        "Difference of the budget realisation (percent) that year − the year before, in percentage points. "
        "Realisation is counted over the whole budget (a census, `sensus` true), so the difference is exact: no "
        "interval (`ci_bawah` and `ci_atas` null); `membaik` by the sign of that difference, null when the "
        "printed difference is zero; null when either year has no realisation.", "persen")]
    biaya_per_poin: Annotated[YearChange | None, _change("biaya per poin", "the cost per point", *INDEPENDENT,
                                                         "rp_per_poin")]
    # LOOK30 B-1: the finding on PPPK above the cap (PP 49/2018 Pasal 39) says how it changed; lower is better
    pppk_di_atas_batas: NotRequired[Annotated[YearChange | None, _change(
        "proporsi PPPK di atas batas 24 JP (`pelaksanaan.jp_20.pppk.di_atas_batas`; makin kecil makin baik)",
        "the share of PPPK above the 24-JP cap (`pelaksanaan.jp_20.pppk.di_atas_batas`; lower is better)",
        *PAIRED_STAFF, "proporsi")]]


class TrendYear(TypedDict):
    tahun: int
    dinas_tanpa_data_kegiatan: list[str]
    daftar_pegawai: str
    cakupan_asn: Annotated[ProportionEstimate, Doc(
        "Cakupan ASN tahun itu (seperti `pelaksanaan.cakupan_asn`).",
        "Staff coverage that year (as `pelaksanaan.cakupan_asn`).",
        "proporsi")]
    jp_20: Annotated[ProportionEstimate, Doc(
        f"Proporsi {COUNTED_PNS[0]} dengan ≥ 20 JP tahun itu, tanpa PPPK, seperti "
        "`pelaksanaan.jp_20.keseluruhan` (compliance.duty_share).",
        f"Share of {COUNTED_PNS[1]} with ≥ 20 JP that year, PPPK excluded, as "
        "`pelaksanaan.jp_20.keseluruhan` (compliance.duty_share).",
        "proporsi")]
    gain: Annotated[TrendGain, Doc(
        "Kenaikan nilai pre/post tahun itu, selang berkelompok per kegiatan seperti "
        "`level2_pembelajaran.keseluruhan`.",
        "Pre/post score gain that year, interval clustered by activity as `level2_pembelajaran.keseluruhan`.",
        "poin_tes")]
    gain_model: NotRequired[Annotated[Estimate | None, Doc(
        "Kenaikan nilai yang disesuaikan tahun itu: estimasi model campuran dinas ini dari perbandingan antardinas "
        "tahun itu (seperti `pooling.dinas_ini.pooled`; provinsi: rata-rata provinsi model yang sama); null bila "
        "tahun itu tidak ada model campuran (dinas terlalu sedikit) atau dinas ini tidak punya nilai pre/post.",
        "Adjusted score gain that year: this agency's mixed-model estimate from that year's comparison of agencies "
        "(as `pooling.dinas_ini.pooled`; the province: the same model's province mean); null when that year has no "
        "mixed model (too few agencies) or this agency no pre/post scores.",
        "poin_tes")]]
    ikm: Annotated[TrendIkm | None, Doc(
        "IKM konversi periode survei terakhir tahun itu (seperti `level4_hasil.ikm_per_periode[]` dan angka kunci); "
        "null tanpa survei.",
        "Converted IKM of that year's last survey period (as `level4_hasil.ikm_per_periode[]` and the key figure); "
        "null without a survey.",
        "ikm")]
    persen_realisasi: float | None
    biaya_per_poin: Annotated[PlainFigure, Doc(
        "Biaya per poin kenaikan tahun itu (seperti `biaya_per_poin_semua`).",
        "Cost per point of gain that year (as `biaya_per_poin_semua`).",
        "rp_per_poin")]
    # LOOK31 C-1: the level of the change the PPPK finding states, every year, for the trend table's row
    pppk_di_atas_batas: NotRequired[Annotated[ProportionEstimate, Doc(
        "Proporsi PPPK yang mengikuti lebih dari 24 JP tahun itu (batas PP 49/2018 Pasal 39), seperti "
        "`pelaksanaan.jp_20.pppk.di_atas_batas` (compliance.over_cap_share), dengan jumlahnya dari semua PPPK; "
        "makin kecil makin baik. Bukan angka kunci. Tanpa nilai dan selang bila PPPK kurang dari batas minimum, tetapi "
        "`jumlah` tetap diisi (hitungan semua PPPK, bukan estimasi; n 0: tidak ada PPPK; `alasan` "
        "\"tanpa_data_kegiatan\": tidak ada data kegiatan tahun itu).",
        "Share of PPPK who took more than 24 JP that year (the cap of PP 49/2018 Pasal 39), as "
        "`pelaksanaan.jp_20.pppk.di_atas_batas` (compliance.over_cap_share), with their count out of every PPPK; "
        "lower is better. Not a key figure. Value and interval withheld below the minimum number of PPPK, but `jumlah` "
        "kept (a count of every PPPK, not an estimate; n 0: no PPPK; `alasan` \"tanpa_data_kegiatan\": no training "
        "data that year).",
        "proporsi")]]
    selisih_tahun_lalu: NotRequired[Annotated[YearChanges | None, Doc(
        "Perubahan setiap angka kunci dari tahun sebelumnya dengan selang 95% selisihnya (analysis.year_change): "
        "laporan menyebut sebuah angka jelas membaik atau memburuk hanya bila selang selisih itu tidak memuat nol; "
        "realisasi anggaran, sebuah sensus, dengan selisih pasti tanpa selang; "
        "null pada tahun pertama tren atau bila tahun sebelumnya tidak ada di data.",
        "Each key figure's change from the year before with the 95% interval of the difference "
        "(analysis.year_change): the report calls a figure clearly better or worse only when that interval excludes "
        "zero; budget realisation, a census, with its exact difference and no interval; null in the trend's first "
        "year or when the year before is not in the data.",
        "lihat_objek")]]


class Rank(TypedDict):
    """A dinas's place among the dinas for one key figure (analysis.trend.ranks)."""

    peringkat: int | None
    peringkat_terbaik: int | None
    peringkat_terburuk: int | None
    dari: int
    sensus: NotRequired[bool]  # a census figure (budget realisation): its range is a tie as printed (LOOK32 D-8)
    sama_pembulatan: NotRequired[int]  # other dinas printing the same figure (LOOK37 L-18; contract/fields.py)


class IndicatorRank(Rank):
    kunci: str
    provinsi: Annotated[PlainFigure | float | None, Doc(
        "Angka provinsi untuk indikator itu (estimasi; realisasi: angka).",
        "The province's figure for the indicator (estimate; realisation: "
        "a number).",
        "lihat_objek")]
    # the gain only (analysis.trend.gain_record): the province participants' mean beside the model's province mean
    provinsi_rata_peserta: NotRequired[Annotated[PlainFigure | None, Doc(
        "Hanya `gain`: rata-rata peserta provinsi tanpa model (`level2_pembelajaran.keseluruhan` berkas provinsi), "
        "di samping `provinsi`; sama dengan `provinsi` bila model campuran tidak dijalankan.",
        "`gain` only: the province participants' mean without the model (the province file's "
        "`level2_pembelajaran.keseluruhan`), beside `provinsi`; the same as `provinsi` where the mixed model was not "
        "fitted.",
        "poin_tes")]]


class AgainstProvince(TypedDict):
    jumlah_dinas: int
    indikator: Annotated[list[IndicatorRank], Doc(
        "Satu angka kunci: cakupan_asn, jp_20, gain, ikm, persen_realisasi, biaya_per_poin. Peringkat `gain` adalah "
        "peringkat yang dicetak laporan, indeks dan buku kerja: `pooling.dinas_ini.peringkat` (rentang "
        "`peringkat_bawah`–`peringkat_atas` sebagai `peringkat_terbaik`–`peringkat_terburuk`; `dari` = "
        "`pooling.jumlah_dinas`), yaitu peringkat kenaikan yang disesuaikan bila model campuran dijalankan, tanpa "
        "model peringkat rata-rata peserta; `provinsi` angka provinsi ukuran yang sama (`pooling.rata_provinsi` bila "
        "model dijalankan), rata-rata peserta provinsi di `provinsi_rata_peserta`. Angka lain diperingkat menurut "
        "nilainya dan selang 95%-nya.",
        "One key figure: cakupan_asn, jp_20, gain, ikm, persen_realisasi, biaya_per_poin. The rank of `gain` is the "
        "one the report, the index and the workbook print: `pooling.dinas_ini.peringkat` (range `peringkat_bawah`–"
        "`peringkat_atas` as `peringkat_terbaik`–`peringkat_terburuk`; `dari` = `pooling.jumlah_dinas`), the rank of "
        "the adjusted gain where the mixed model was fitted, without the model the participants' mean's; `provinsi` "
        "the province figure of the same measure (`pooling.rata_provinsi` where the model was fitted), the province "
        "participants' mean in `provinsi_rata_peserta`. The other figures are ranked by their value and 95% "
        "interval.",
        "-")]
    # the province's earned IKM effect of the declared intervention, for the dinas whose own comparison is too small
    # to earn it (CHECK10 C10-1: one conclusion per question across the reports)
    dampak_provinsi: NotRequired[Annotated["ProvinceImpact", Doc(
        "Efek IKM intervensi yang dinyatakan di tingkat provinsi, hanya bila putusan provinsi membolehkan kata "
        "kausal (`level4_hasil.did_ikm` laporan provinsi): teks intervensi, ambang, estimasi dan unitnya.",
        "The declared intervention's IKM effect at province level, only when the province's verdict allows the "
        "causal word (the province report's `level4_hasil.did_ikm`): intervention text, threshold, estimate and "
        "units.",
        "-")]]
    # added by the model stage once the province's attention list is known (issue 12.1)
    perhatian: NotRequired[Annotated["DinasAttention", Doc(
        "Apa kata daftar perlu perhatian di laporan provinsi (`perhatian`) tentang dinas ini: `dalam_daftar` benar "
        "bila salah satu ujinya lolos Benjamini-Hochberg atau kenaikan nilai model campurannya di bawah rata-rata "
        "provinsi; `uji` = uji dinas ini dengan q-nya (kosong bila datanya tidak cukup untuk diuji).",
        "What the province report's attention list (`perhatian`) says about this dinas: `dalam_daftar` is true when "
        "one of its tests survives Benjamini-Hochberg or its pooled gain lies below the province mean; `uji` = this "
        "dinas's tests with their q (empty when its data are too few to test).",
        "-")]]


class ProvinceImpact(TypedDict):
    """The province's earned IKM estimate of the declared intervention (AgainstProvince.dampak_provinsi)."""

    teks: str
    ambang_persen_dilatih: float
    estimasi: float
    ci_bawah: float
    ci_atas: float
    unit_dilatih: int
    unit_pembanding: int


class TestResult(TypedDict):
    """One test of analysis.attention, before the Benjamini-Hochberg step."""

    dinas: str
    temuan: str
    estimasi: float
    pembanding: float
    periode: str | None
    p: float
    # the other agencies' share, as the reports print it beside this one (LOOK32 D-2)
    dinas_lain: NotRequired[Annotated[ProportionEstimate, Doc(
        f"Hanya `temuan` \"jp_20\": proporsi {COUNTED_PNS[0]} dinas lain (semua dinas lain provinsi, tanpa dinas "
        "ini) yang memenuhi 20 JP, dengan selang Wilson 95%, `n` mereka dan `jumlah` yang memenuhi; `estimasi` sama "
        "dengan `pembanding`. Laporan mencetaknya di samping proporsi dinas ini; angka provinsi tabel angka kunci "
        "memuat semua PNS, dinas ini termasuk.",
        f"`temuan` \"jp_20\" only: the share of the other agencies' {COUNTED_PNS[1]} (every other agency of the "
        "province, this one left out) meeting 20 JP, with its 95% Wilson interval, `n` their count and `jumlah` those "
        "meeting it; `estimasi` equals `pembanding`. The reports print it beside this agency's share; the key-figure "
        "table's province figure counts every PNS, this agency's included.",
        "proporsi")]]


class AttentionTest(TestResult):
    q_bh: float
    ditandai: bool


class Attention(TypedDict):
    metode_fdr: str
    q_fdr: float
    jumlah_uji: int
    uji: Annotated[list[AttentionTest], Doc(
        "Satu uji: `temuan` \"ikm\" (estimasi = IKM konversi periode terbaru dinas, pembanding = batas bawah "
        "kategori B; t satu sisi dengan galat baku berkelompok per unit) atau \"jp_20\" (estimasi = proporsi "
        "PNS dinas, pembanding = proporsi provinsi lainnya; z dua proporsi satu sisi).",
        "One test: `temuan` \"ikm\" (estimate = the dinas's converted IKM of its latest period, comparison = the "
        "lower bound of band B; one-sided t with standard errors clustered by unit) or \"jp_20\" (estimate = the "
        "dinas's PNS share, comparison = the rest of the province's share; one-sided two-proportion z).",
        "-")]
    gain_di_bawah_rata: list[str]
    metode_gain: str | None


# --- the dinas on the province's attention list (issue 12.1) ---
class DinasAttention(TypedDict):
    """What the province's attention list says about one dinas (analysis.attention.for_dinas)."""

    dalam_daftar: bool
    uji: Annotated[list[AttentionTest], Doc(
        "Satu uji dinas ini, seperti `perhatian.uji[]` di berkas provinsi.",
        "One test of this dinas, as `perhatian.uji[]` in the province file.",
        "-")]
    gain_rendah: bool
    q_fdr: float
    jumlah_uji: int
