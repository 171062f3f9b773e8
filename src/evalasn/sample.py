"""The synthetic sample data set: seeded, realistic, with planted effects the models must recover.

``generate(out_dir, ...)`` writes the six raw tables as CSV files in the raw data contract
(``schema.RAW``), plus a marker file ``SINTETIS.txt``: every report built from a folder with that
marker says on every page that its data are synthetic. ``PLANTED`` holds the true effects
(documented in docs/metode.md), so tests can check that the estimators recover them.
No real person is described: names and NIPs are drawn at random.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from evalasn import constants
from evalasn.paths import SYNTHETIC_MARKER as SYNTHETIC_MARKER  # re-exported: tests and callers name it here
from evalasn.registry import AGENCIES
from evalasn.schema import unit_key

DEFAULT_SEED = 2025  # the sample data that ships is generate(seed=2025)
EVALUATED_YEAR = 2025  # activities run 2023-2025; surveys from 2024-S1 to 2025-S2
YEARS = (2023, 2024, 2025)
PARTICIPATIONS_PER_YEAR = 1.7  # regular activities per ASN per year (about 400,000 rows at Jakarta scale)
SKM_PERIODS = ("2024-S1", "2024-S2", "2025-S1", "2025-S2")
KINERJA_PERIODS = tuple(f"{y}-Q{q}" for y in YEARS for q in range(1, 5))

# Relative size of each dinas in staff (public aggregates: teachers and health staff dominate).
DINAS_WEIGHT = {
    "pendidikan": 30, "kesehatan": 15, "satpol-pp": 7, "perhubungan": 6, "gulkarmat": 6,
    "sumber-daya-air": 5, "lingkungan-hidup": 5, "bina-marga": 4, "citata": 3, "pertamanan": 3,
    "sosial": 3, "dpmptsp": 3, "kpkp": 2.5, "prkp": 2, "nakertransgi": 2, "ppkukm": 2,
    "parekraf": 1.5, "ppapp": 1.5, "dispora": 1.5, "kominfotik": 1.5, "kebudayaan": 1.5,
}
STAFF_PER_UNIT = 25  # small sample: enough units per dinas for a comparison; Jakarta scale uses 70
WILAYAH = ("Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur")
KECAMATAN = (
    "Gambir", "Sawah Besar", "Kemayoran", "Senen", "Cempaka Putih", "Menteng", "Tanah Abang", "Johar Baru",
    "Penjaringan", "Tanjung Priok", "Koja", "Cilincing", "Pademangan", "Kelapa Gading", "Cengkareng",
    "Grogol Petamburan", "Taman Sari", "Tambora", "Kebon Jeruk", "Kalideres", "Palmerah", "Kembangan",
    "Tebet", "Setiabudi", "Mampang Prapatan", "Pasar Minggu", "Kebayoran Lama", "Cilandak",
    "Kebayoran Baru", "Pancoran", "Jagakarsa", "Pesanggrahan", "Matraman", "Pulogadung", "Jatinegara",
    "Kramat Jati", "Pasar Rebo", "Cakung", "Duren Sawit", "Makasar", "Ciracas", "Cipayung",
)
TEMA = ("layanan prima", "pemanfaatan TI dalam administrasi", "manajemen kinerja", "kepemimpinan",
        "keuangan daerah", "pengelolaan pengaduan", "kompetensi teknis")
NAMA_DEPAN = ("Siti", "Budi", "Dewi", "Agus", "Rina", "Andi", "Sri", "Joko", "Nur", "Ahmad", "Putri", "Rizky",
              "Fitri", "Hendra", "Wahyu", "Indah", "Yusuf", "Lestari", "Bambang", "Ratna")
NAMA_BELAKANG = ("Rahmawati", "Santoso", "Wijaya", "Hidayat", "Saputra", "Kurniawan", "Pratama", "Lestari",
                 "Nugroho", "Setiawan", "Susanti", "Hakim", "Siregar", "Simanjuntak", "Purba", "Halim")


@dataclass(frozen=True)
class Planted:
    """The true effects in the generated data (docs/metode.md lists them)."""

    gain_per_log_cost: float = 3.0  # points of gain per unit of ln(cost per participant)
    method_gain: dict[str, float] = field(default_factory=lambda: {
        "pelatihan": 9.0, "workshop": 7.0, "seminar": 3.5, "mentoring": 10.0, "e-learning": 5.0})
    gain_per_jp: float = 0.05  # points of gain per extra JP
    gain_per_resistance: float = -1.5  # points of gain per point of skor_resistensi
    dinas_sd: float = 1.5  # spread of the true dinas effects on gain
    noise_sd: float = 6.0  # participant-level noise of the gain
    ikm_did: float = 3.0  # converted-IKM points added to programme units in periods after their programme
    waktu_tunggu_did: float = -6.0  # minutes of waiting time in trained units after training
    tepat_waktu_did: float = 4.0  # percentage points of on-time completion
    ikm_unit_period_sd: float = 1.75  # converted-IKM points: shock shared by a unit's respondents in a period
    programme_text: str = "layanan prima"  # the programme's theme (INTERVENSI that selects it)
    weak_elements: tuple[str, ...] = ("u8", "u7")  # the lowest IKM elements, weakest first
    cost_per_participant_rp: dict[str, float] = field(default_factory=lambda: {
        "pelatihan": 3_500_000, "workshop": 2_000_000, "seminar": 800_000, "mentoring": 1_500_000,
        "e-learning": 400_000})

    @property
    def gain_per_doubling(self) -> float:
        return self.gain_per_log_cost * float(np.log(2))


PLANTED = Planted()
ELEMENT_OFFSET = {"u1": 0.10, "u2": 0.0, "u3": -0.10, "u4": 0.25, "u5": 0.05, "u6": 0.05,
                  "u7": -0.30, "u8": -0.40, "u9": 0.10}  # u8 then u7 are the planted weakest
METHOD_JP = {"pelatihan": (24, 40), "workshop": (8, 16), "seminar": (4, 8), "mentoring": (10, 24),
             "e-learning": (4, 20)}
METHOD_SHARE = {"pelatihan": 0.30, "workshop": 0.20, "seminar": 0.20, "mentoring": 0.10, "e-learning": 0.20}


def generate(out_dir: Path, n_pegawai: int = 4000, dinas: tuple[str, ...] | None = None,
             seed: int = DEFAULT_SEED, respondents_per_unit: int = 30, staff_per_unit: int = STAFF_PER_UNIT,
             planted: Planted = PLANTED) -> dict[str, pd.DataFrame]:
    """Write the six raw tables (CSV) and the synthetic marker to ``out_dir``; return the frames."""
    rng = np.random.default_rng(seed)
    chosen = tuple(dinas) if dinas else tuple(DINAS_WEIGHT)
    pegawai = _pegawai(rng, n_pegawai, chosen, staff_per_unit)
    units = sorted(pegawai["_unit_id"].unique())
    quality = dict(zip(units, rng.normal(0, 1, len(units)), strict=True))  # a unit's service level, before any training
    kegiatan, peserta, programme = _kegiatan_peserta(rng, pegawai, planted, quality)
    tables = {
        "pegawai": pegawai.drop(columns=["_unit_id"]),
        "kegiatan": kegiatan,
        "peserta": peserta,
        "skm": _skm(rng, pegawai, programme, quality, respondents_per_unit, planted),
        "anggaran": _anggaran(rng, kegiatan),
        "kinerja_unit": _kinerja(rng, pegawai, programme, quality, planted),
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(out_dir / f"{name}.csv", index=False)
    (out_dir / SYNTHETIC_MARKER).write_text(
        "Data sintetis dari evalasn.sample.generate "
        f"(seed={seed}, n_pegawai={n_pegawai}). Bukan data pegawai yang sebenarnya.\n", encoding="utf-8")
    return tables


# --- helpers ---------------------------------------------------------------------------------
def _units_for(slug: str, n_units: int) -> list[str]:
    if slug == "kesehatan":
        base = [f"Puskesmas Kecamatan {k}" for k in KECAMATAN]
        base += [f"Suku Dinas Kesehatan {w}" for w in WILAYAH]
        base += [f"Puskesmas Kelurahan {k} {i}" for i in range(1, 8) for k in KECAMATAN]
    else:
        short = AGENCIES[slug].replace("Dinas ", "")
        base = [f"Suku Dinas {short} {w}" for w in WILAYAH] + ["Sekretariat Dinas", "Bidang Pelayanan",
                                                               "Bidang Pengembangan", "Bidang Pengawasan"]
        base += [f"Satuan Pelaksana {short} Kecamatan {k}" for k in KECAMATAN]
        base += [f"UPT {short} {i}" for i in range(1, 400)]
    return base[:n_units]


def _pegawai(rng: np.random.Generator, staff: int, chosen: tuple[str, ...], staff_per_unit: int) -> pd.DataFrame:
    weights = np.array([DINAS_WEIGHT.get(d, 2.0) for d in chosen], dtype=float)
    counts = np.maximum(12, np.round(staff * weights / weights.sum())).astype(int)
    dinas = np.repeat(chosen, counts)
    total = len(dinas)
    unit = np.empty(total, dtype=object)
    start = 0
    for slug, count in zip(chosen, counts, strict=True):
        n_units = max(6, int(round(count / staff_per_unit)))
        names = _units_for(slug, n_units)
        unit[start:start + count] = np.array(names, dtype=object)[rng.integers(0, len(names), count)]
        start += count
    birth = pd.to_datetime("1966-01-01") + pd.to_timedelta(rng.integers(0, 34 * 365, total), unit="D")
    tmt_year = np.minimum(birth.year + rng.integers(23, 33, total), 2024)
    tmt_month = rng.integers(1, 13, total)
    sex = rng.choice(["1", "2"], total)
    serial = rng.permutation(total) % 999 + 1
    nip = (birth.strftime("%Y%m%d") + pd.Series(tmt_year).astype(str).values
           + pd.Series(tmt_month).map("{:02d}".format).values + sex + pd.Series(serial).map("{:03d}".format).values)
    nama = (np.array(NAMA_DEPAN)[rng.integers(0, len(NAMA_DEPAN), total)] + " "
            + np.array(NAMA_BELAKANG)[rng.integers(0, len(NAMA_BELAKANG), total)])
    golongan = rng.choice(["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"],
                          total, p=[.05, .06, .06, .05, .12, .12, .09, .08, .22, .15])
    frame = pd.DataFrame({
        "nip": nip, "nama": nama, "dinas": dinas, "unit_kerja": unit,
        "jenis_jabatan": rng.choice(constants.JENIS_JABATAN, total, p=[0.12, 0.48, 0.40]),
        "golongan": golongan, "status": rng.choice(constants.STATUS_ASN, total, p=[0.88, 0.12]),
    })
    frame = frame.drop_duplicates("nip").reset_index(drop=True)
    frame["_unit_id"] = unit_key(frame)
    return frame


def _kegiatan_peserta(rng: np.random.Generator, pegawai: pd.DataFrame, planted: Planted,
                      quality: dict[str, float]) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, pd.Timestamp]]:
    """Regular activities for every dinas and year, plus the 'layanan prima' programme of the
    evaluated year, which trains 60-90% of a unit's staff in one class. The programme is not
    random: units with a lower service level are likelier to get it, and get it earlier (February
    to September), so trained and comparison units differ in level (a post-only comparison is
    biased) but not in trend (difference-in-differences is not). Returns the programme's end date
    per unit: its effect starts in the first survey or indicator period that starts after it."""
    dinas_effect = {d: rng.normal(0, planted.dinas_sd) for d in pegawai["dinas"].unique()}
    keg_rows, pes_parts = [], []
    by_dinas = {d: g for d, g in pegawai.groupby("dinas", sort=True)}
    units = sorted(pegawai["_unit_id"].unique())
    p_programme = {u: float(np.clip(0.5 - 0.3 * quality[u], 0.1, 0.9)) for u in units}
    programme_units = {u for u in units if rng.random() < p_programme[u]}
    programme: dict[str, pd.Timestamp] = {}
    counter = 0
    unit_pull = {u: float(np.exp(rng.normal(0, 1.0))) for u in units}  # some units send staff far more often
    for slug, staff in by_dinas.items():
        prefix = slug.upper().replace("-", "")[:6]
        # participation is concentrated: a few ASN attend often, many rarely (Gamma with a small shape)
        pull = rng.gamma(0.4, 1.0, len(staff)) * staff["_unit_id"].map(unit_pull).to_numpy()
        pull = pull / pull.sum()
        for year in YEARS:
            n_regular = max(2, int(len(staff) * PARTICIPATIONS_PER_YEAR / 25))
            for _ in range(n_regular):
                counter += 1
                metode = rng.choice(list(METHOD_SHARE), p=list(METHOD_SHARE.values()))
                size = min(len(staff), int(rng.integers(12, 40)))
                size = min(size, int((pull > 0).sum()))
                members = staff["nip"].values[rng.choice(len(staff), size, replace=False, p=pull)]
                start = pd.Timestamp(year, 1, 6) + pd.Timedelta(days=int(rng.integers(0, 340)))
                keg_rows.append(_activity(rng, f"{prefix}-{year}-{counter:05d}", slug, metode,
                                          rng.choice(TEMA), start, size, planted))
                pes_parts.append((keg_rows[-1], members))
        for unit_id, unit_staff in staff.groupby("_unit_id"):
            if unit_id not in programme_units or len(unit_staff) < 3:
                continue
            counter += 1
            share = rng.uniform(0.6, 0.9)
            size = max(2, int(round(share * len(unit_staff))))
            members = unit_staff["nip"].values[rng.choice(len(unit_staff), size, replace=False)]
            day = int(np.clip(100 + 60 * quality[unit_id] + rng.normal(0, 40), 0, 215))
            start = pd.Timestamp(EVALUATED_YEAR, 2, 3) + pd.Timedelta(days=day)
            keg_rows.append(_activity(rng, f"{prefix}-{EVALUATED_YEAR}-{counter:05d}", slug, "pelatihan",
                                      planted.programme_text, start, size, planted, name="Pelatihan Layanan Prima"))
            pes_parts.append((keg_rows[-1], members))
            programme[unit_id] = pd.Timestamp(keg_rows[-1]["tanggal_selesai"])
    kegiatan = pd.DataFrame(keg_rows)
    peserta = pd.DataFrame({
        "kegiatan_id": np.concatenate([[k["kegiatan_id"]] * len(m) for k, m in pes_parts]),
        "nip": np.concatenate([m for _, m in pes_parts]),
    })
    info = kegiatan.set_index("kegiatan_id")
    staff_dinas = pegawai.set_index("nip")["dinas"]
    metode = info.loc[peserta["kegiatan_id"], "metode"].values
    cost = (info["anggaran_rp"] / info["_size"]).loc[peserta["kegiatan_id"]].values
    jp = info.loc[peserta["kegiatan_id"], "jp"].values
    n_rows = len(peserta)
    resist = np.clip(np.round(rng.normal(2.6, 0.8, n_rows), 1), 1, 5)
    log_cost = np.log(np.maximum(cost, 1.0) / 1e6)
    gain = (np.array([planted.method_gain[m] for m in metode])
            + planted.gain_per_log_cost * log_cost
            + planted.gain_per_jp * (jp - 20)
            + planted.gain_per_resistance * (resist - 2.6)
            + staff_dinas.loc[peserta["nip"]].map(dinas_effect).values
            + rng.normal(0, planted.noise_sd, n_rows))
    pre = np.clip(np.round(rng.normal(55, 10, n_rows)), 5, 85)
    post = np.clip(np.round(pre + gain), 0, 100)
    missing_test = rng.random(n_rows) < 0.05
    peserta["nilai_pre"] = np.where(missing_test, np.nan, pre)
    peserta["nilai_post"] = np.where(missing_test, np.nan, post)
    peserta["skor_reaksi"] = np.clip(np.round(rng.normal(3.9, 0.5, n_rows) + 0.03 * (gain - 8), 1), 1, 5)
    perilaku = np.clip(np.round(2.6 + 0.06 * gain + rng.normal(0, 0.5, n_rows), 1), 1, 5)
    peserta["skor_perilaku"] = np.where(rng.random(n_rows) < 0.3, np.nan, perilaku)
    peserta["skor_resistensi"] = resist
    zero = kegiatan["_size"].index[rng.random(len(kegiatan)) < 0.02]
    kegiatan.loc[zero, "anggaran_rp"] = 0.0  # a few activities run at no cost (internal mentors)
    return kegiatan.drop(columns=["_size"]), peserta, programme


def _activity(rng, kegiatan_id, slug, metode, tema, start, size, planted, name=None) -> dict:
    lo, hi = METHOD_JP[metode]
    jp = int(rng.integers(lo, hi + 1))
    days = max(1, int(np.ceil(jp / 8)))
    cost_pp = planted.cost_per_participant_rp[metode] * float(np.exp(rng.normal(0, 0.5)))
    return {
        "kegiatan_id": kegiatan_id,
        "nama_kegiatan": name or f"{metode.capitalize()} {tema}",
        "dinas": slug, "metode": metode, "tema": tema,
        "tanggal_mulai": start.date().isoformat(),
        "tanggal_selesai": (start + pd.Timedelta(days=days - 1)).date().isoformat(),
        "jp": jp, "anggaran_rp": float(round(cost_pp * size, -3)), "_size": size,
    }


def _after_programme(programme: dict[str, pd.Timestamp], unit_id: str, period_start: pd.Timestamp) -> bool:
    return unit_id in programme and period_start > programme[unit_id]


def _skm(rng, pegawai, programme, quality, per_unit, planted) -> pd.DataFrame:
    """Respondents' element scores: 1 + Binomial(3, (m - 1) / 3), whose mean is exactly m; m has
    the unit's level, a shock shared by the unit's respondents in the period, and the programme
    effect in periods that start after the unit's programme ended."""
    units = pegawai.drop_duplicates("_unit_id")[["dinas", "unit_kerja", "_unit_id"]].reset_index(drop=True)
    unit_level = 0.15 * units["_unit_id"].map(quality).to_numpy()
    rows = []
    for p_index, periode in enumerate(SKM_PERIODS):
        start = pd.Timestamp(int(periode[:4]), 1 if periode.endswith("S1") else 7, 1)
        shock = rng.normal(0, planted.ikm_unit_period_sd / constants.IKM_CONVERSION, len(units))
        for u_index, unit in units.iterrows():
            respondents = int(max(3, rng.poisson(per_unit)))
            frame = {"dinas": [unit["dinas"]] * respondents, "unit_kerja": [unit["unit_kerja"]] * respondents,
                     "periode": [periode] * respondents,
                     "responden_id": [f"R{p_index}{u_index:04d}{i:03d}" for i in range(respondents)]}
            treated = _after_programme(programme, unit["_unit_id"], start)
            boost = planted.ikm_did / constants.IKM_CONVERSION if treated else 0.0
            for element, offset in ELEMENT_OFFSET.items():
                mean_score = np.clip(3.05 + offset + unit_level[u_index] + shock[u_index] + 0.02 * p_index + boost,
                                     1.05, 3.95)
                frame[element] = 1 + rng.binomial(3, (mean_score - 1) / 3, respondents)
            rows.append(pd.DataFrame(frame))
    return pd.concat(rows, ignore_index=True)


def _anggaran(rng, kegiatan) -> pd.DataFrame:
    year = kegiatan["tanggal_selesai"].str[:4].astype(int)
    spent = kegiatan.groupby([kegiatan["dinas"], year])["anggaran_rp"].sum().reset_index()
    spent.columns = ["dinas", "tahun", "realisasi_rp"]
    ratio = rng.uniform(0.72, 0.97, len(spent))
    spent["pagu_rp"] = np.round(spent["realisasi_rp"] / ratio, -6)
    return spent[["dinas", "tahun", "pagu_rp", "realisasi_rp"]]


def _kinerja(rng, pegawai, programme, quality, planted) -> pd.DataFrame:
    """Quarterly indicators: the unit's level (worse where the service level is low), a common
    trend, a unit-by-quarter shock, and the programme effect in quarters starting after it."""
    units = pegawai.drop_duplicates("_unit_id")[["dinas", "unit_kerja", "_unit_id"]].reset_index(drop=True)
    n_units = len(units)
    level = units["_unit_id"].map(quality).to_numpy()
    base_wait = 60 - 6 * level + rng.normal(0, 10, n_units)
    base_on_time = 80 + 3 * level + rng.normal(0, 5, n_units)
    rows = []
    for q_index, periode in enumerate(KINERJA_PERIODS):
        start = pd.Timestamp(int(periode[:4]), 3 * int(periode[-1]) - 2, 1)
        after = np.array([_after_programme(programme, u, start) for u in units["_unit_id"]])
        wait = base_wait - 0.5 * q_index + rng.normal(0, 4, n_units) + np.where(after,
                                                                               planted.waktu_tunggu_did, 0)
        on_time = np.clip(base_on_time + 0.3 * q_index + rng.normal(0, 3, n_units)
                          + np.where(after, planted.tepat_waktu_did, 0), 0, 100)
        for indikator, values, arah in (("waktu_tunggu_menit", wait, "turun_baik"),
                                        ("layanan_tepat_waktu_persen", on_time, "naik_baik")):
            rows.append(pd.DataFrame({"dinas": units["dinas"], "unit_kerja": units["unit_kerja"],
                                      "periode": periode, "indikator": indikator,
                                      "nilai": np.round(values, 1), "arah": arah}))
    return pd.concat(rows, ignore_index=True)
