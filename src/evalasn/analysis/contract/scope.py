"""hasil.json: the scope of the file, its data and the programme's implementation (`cakupan`,
`data`, `pelaksanaan`)."""

from typing import Annotated, NotRequired, TypedDict

from evalasn import constants
from evalasn.analysis.contract.doc import COUNTED_PNS, Doc
from evalasn.analysis.contract.estimate import MeanEstimate, ProportionEstimate


class Scope(TypedDict):
    slug: str
    nama: str
    jenis: str


class DinasCoverage(TypedDict):
    """How many of the registry's dinas have data in the run (analysis.model.dinas_coverage)."""

    dinas_registri: int
    dinas_dengan_data: list[str]
    dinas_tanpa_data: list[str]
    minimum_dinas_perbandingan: int
    perbandingan_antar_dinas: bool


class DataCounts(DinasCoverage):
    n_pegawai: int
    n_unit: int
    n_kegiatan_tahun: int
    n_partisipasi_tahun: int
    n_partisipasi_lengkap: int
    n_responden_skm: int
    ada_skm: bool
    ada_anggaran: bool
    ada_kinerja: bool
    ada_nilai_test: bool


class GolonganShare(ProportionEstimate):
    golongan_ruang: str


class PositionShare(ProportionEstimate):
    jenis_jabatan: str


class SmallUnits(ProportionEstimate):
    """The units too small to be ranked on their own (fewer than constants.MIN_N PNS) whose own share is below the
    scope's, together (analysis.compliance.small_below)."""

    n_unit: int
    # the small units' names, lowest share first: the threshold guards an interval, no privacy rule (LOOK37 L-4)
    unit_kerja: NotRequired[list[str]]


class LowUnit(TypedDict):
    dinas: str
    unit_kerja: str
    n: int
    persen_memenuhi: float
    persen_bawah: float
    persen_atas: float
    rata_jp: float


class CoverageUnit(TypedDict):
    dinas: str
    unit_kerja: str
    cakupan: Annotated[ProportionEstimate, Doc(
        "Estimasi: proporsi ASN unit ini yang mengikuti minimal satu kegiatan pada tahun evaluasi (JP > 0); selang "
        "Wilson; `n` = jumlah ASN unit, `jumlah` = yang ikut.",
        "Estimate: share of the unit's ASN who took part in at least one activity in the evaluated year (JP > 0); "
        "Wilson interval; `n` = the unit's ASN, `jumlah` = those who took part.",
        "proporsi")]


class Pppk(TypedDict):
    n: int
    rata_jp_asn: Annotated[MeanEstimate, Doc(
        "Estimasi: rata-rata JP per PPPK (0 bagi yang tidak ikut); selang t.",
        "Estimate: mean JP per PPPK (0 for those who took no part); t interval.",
        "jp")]
    ikut: Annotated[ProportionEstimate, Doc(
        "Estimasi: proporsi PPPK yang ikut minimal satu kegiatan; selang Wilson.",
        "Estimate: share of PPPK who took part in at least one activity; Wilson "
        "interval.",
        "proporsi")]
    di_atas_batas: Annotated[ProportionEstimate, Doc(
        f"Estimasi: proporsi PPPK dengan lebih dari {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP; selang Wilson.",
        f"Estimate: share of PPPK with more than {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP; Wilson interval.",
        "proporsi")]
    jumlah_di_atas_batas: NotRequired[int]
    biaya_di_atas_batas_rp: NotRequired[float | None]


class Jp20(TypedDict):
    keseluruhan: Annotated[ProportionEstimate, Doc(
        f"Estimasi: proporsi {COUNTED_PNS[0]} dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP pada tahun "
        "evaluasi; selang Wilson; `jumlah` = yang memenuhi.",
        f"Estimate: share of {COUNTED_PNS[1]} with ≥ {constants.JP_MINIMUM_PER_YEAR} JP in the "
        "evaluated year; Wilson interval; `jumlah` = those who meet it.",
        "proporsi")]
    rata_jp: float | None
    rata_jp_asn: Annotated[MeanEstimate, Doc(
        f"Estimasi: rata-rata JP per {COUNTED_PNS[0]} pada tahun evaluasi (0 bagi yang tidak ikut); "
        "selang t.",
        f"Estimate: mean JP per {COUNTED_PNS[1]} in the evaluated year (0 for those who took no "
        "part); t interval.",
        "jp")]
    per_golongan: Annotated[list[GolonganShare], Doc(
        f"Estimasi per kelompok golongan (I–IV, tanpa ruang): proporsi {COUNTED_PNS[0]} dengan ≥ "
        f"{constants.JP_MINIMUM_PER_YEAR} JP; yang tanpa golongan tidak dihitung.",
        f"Estimate per civil-service rank group (I–IV): share of {COUNTED_PNS[1]} with ≥ "
        f"{constants.JP_MINIMUM_PER_YEAR} JP; those without a rank are left out.",
        "proporsi")]
    per_jenis_jabatan: Annotated[list[PositionShare], Doc(
        f"Estimasi per jenis jabatan: proporsi {COUNTED_PNS[0]} dengan ≥ {constants.JP_MINIMUM_PER_YEAR} "
        "JP.",
        f"Estimate per position type: share of {COUNTED_PNS[1]} with ≥ "
        f"{constants.JP_MINIMUM_PER_YEAR} JP.",
        "proporsi")]
    unit_terendah: Annotated[list[LowUnit], Doc(
        f"Sampai 10 unit kerja (dengan ≥ {constants.MIN_N} PNS) dengan persen memenuhi "
        f"{constants.JP_MINIMUM_PER_YEAR} JP terendah, terendah dahulu; `n` = jumlah {COUNTED_PNS[0]} "
        "unit.",
        f"Up to 10 work units (with ≥ {constants.MIN_N} PNS) with the lowest percent meeting "
        f"{constants.JP_MINIMUM_PER_YEAR} JP, lowest first; `n` = the unit's {COUNTED_PNS[1]}.",
        "-")]
    n_unit_di_bawah: NotRequired[int]
    unit_kecil: NotRequired[Annotated[SmallUnits, Doc(
        f"Estimasi: proporsi {COUNTED_PNS[0]} dengan ≥ {constants.JP_MINIMUM_PER_YEAR} JP di semua unit "
        f"kerja dengan kurang dari {constants.MIN_N} PNS yang persennya di bawah persen keseluruhan, bersama (unit "
        "itu tidak masuk `unit_terendah`); `n_unit` = "
        "jumlah unit itu, `n` = PNS-nya, `jumlah` = yang memenuhi (hitungan, juga bila `n` terlalu kecil untuk "
        "selang); selang Wilson.",
        f"Estimate: share of {COUNTED_PNS[1]} with ≥ {constants.JP_MINIMUM_PER_YEAR} JP over every "
        f"work unit with fewer than {constants.MIN_N} PNS whose own share is below the scope's, together (such "
        "units are not in `unit_terendah`); "
        "`n_unit` = how many, `n` = their PNS, `jumlah` = those who meet it (a count, also when `n` is too small "
        "for an interval); Wilson interval.",
        "proporsi")]]
    n_pns: int
    n_status_tidak_diketahui: int
    pppk: Annotated[Pppk, Doc(
        f"PPPK pada tahun evaluasi, terpisah dari kewajiban 20 JP: PP 49/2018 Pasal 39 membatasi pengembangan "
        f"kompetensi PPPK paling lama {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per tahun masa perjanjian kerja "
        "(di sini: tahun kalender evaluasi).",
        f"PPPK in the evaluated year, apart from the 20 JP duty: PP 49/2018 Art. 39 caps PPPK competency "
        f"development at {constants.PPPK_JP_MAXIMUM_PER_YEAR} JP per contract year (here: the evaluated calendar "
        "year).",
        "-")]


class MethodActivities(TypedDict):
    metode: str
    n_kegiatan: int
    n_peserta: int
    jp_total: float
    anggaran_rp: float
    kegiatan_tanpa_biaya: NotRequired[int]


class Theme(TypedDict):
    tema: str
    n_kegiatan: int
    n_peserta: int


class BudgetYear(TypedDict):
    tahun: int
    pagu_rp: float
    realisasi_rp: float
    persen_realisasi: float | None
    dinas_anggaran: list[str]
    dinas_pagu_nol: NotRequired[list[str]]


class Implementation(TypedDict):
    cakupan_asn: Annotated[ProportionEstimate, Doc(
        "Estimasi: proporsi ASN cakupan ini yang mengikuti minimal satu kegiatan yang selesai pada tahun evaluasi "
        "(JP > 0); selang Wilson; `n` = jumlah ASN, `jumlah` = yang ikut.",
        "Estimate: share of the scope's ASN who took part in at least one activity ending in the evaluated year "
        "(JP > 0); Wilson interval; `n` = number of ASN, `jumlah` = those who took part.",
        "proporsi")]
    cakupan_unit_terendah: Annotated[list[CoverageUnit], Doc(
        f"Sampai 10 unit kerja (dengan ≥ {constants.MIN_N} ASN) dengan cakupan terendah pada tahun evaluasi, "
        "terendah dahulu: unit tempat rekomendasi cakupan dimulai.",
        f"Up to 10 work units (with ≥ {constants.MIN_N} ASN) with the lowest coverage in the evaluated year, lowest "
        "first: the units where the coverage recommendation starts.",
        "-")]
    cakupan_unit_kecil: NotRequired[Annotated[SmallUnits, Doc(
        f"Estimasi: proporsi ASN yang mengikuti minimal satu kegiatan pada tahun evaluasi di semua unit kerja dengan "
        f"kurang dari {constants.MIN_N} ASN yang cakupannya di bawah cakupan keseluruhan, bersama (unit itu tidak "
        "masuk `cakupan_unit_terendah`); `n_unit` = jumlah unit itu, `n` = ASN-nya, `jumlah` = yang ikut; selang "
        "Wilson.",
        f"Estimate: share of ASN who took part in at least one activity in the evaluated year over every work unit "
        f"with fewer than {constants.MIN_N} ASN whose own coverage is below the scope's, together (such units are "
        "not in `cakupan_unit_terendah`); `n_unit` = "
        "how many, `n` = their ASN, `jumlah` = those who took part; Wilson interval.",
        "proporsi")]]
    jp_20: Annotated[Jp20, Doc(
        f"Kewajiban minimal {constants.JP_MINIMUM_PER_YEAR} JP setahun per PNS (PP 11/2017 Pasal 203(4)) pada "
        "tahun evaluasi: keseluruhan, per golongan, per jenis jabatan, unit terendah, rata-rata JP. Dihitung atas "
        f"{COUNTED_PNS[0]}; PPPK terpisah di `pppk`.",
        f"The duty of at least {constants.JP_MINIMUM_PER_YEAR} JP a year per PNS (PP 11/2017 Art. 203(4)) in the "
        "evaluated year: overall, by rank group, by position type, lowest units, mean JP. Counted over "
        f"{COUNTED_PNS[1]}; PPPK apart in `pppk`.",
        "-")]
    kegiatan_per_metode: Annotated[list[MethodActivities], Doc(
        "Kegiatan yang diselenggarakan dinas cakupan ini dan selesai pada tahun evaluasi, per metode: jumlah "
        "kegiatan, peserta, total JP (jumlah JP kegiatan) dan biaya.",
        "Activities organised by the scope's dinas and ending in the evaluated year, by method: number of "
        "activities, participants, total JP (sum of the activities' JP) and cost.",
        "-")]
    tema: Annotated[list[Theme], Doc(
        "Sampai 8 tema (huruf kecil; kosong = \"(tanpa tema)\") kegiatan tahun evaluasi dengan peserta terbanyak.",
        "Up to 8 themes (lower case; blank = \"(tanpa tema)\") of the evaluated year's activities with the most "
        "participants.",
        "-")]
    realisasi_anggaran: Annotated[list[BudgetYear], Doc(
        "Pagu dan realisasi anggaran pengembangan ASN per tahun anggaran (semua tahun dalam data, dijumlah atas "
        "dinas cakupan ini).",
        "Budget ceiling and spending on ASN development per budget year (every year in the data, summed over the "
        "scope's dinas).",
        "-")]
