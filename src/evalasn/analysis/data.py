"""The processed tables as the analyses need them, and their restriction to one scope."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

import pandas as pd

from evalasn import schema
from evalasn.analysis.contract.provenance import DataProvenance
from evalasn.paths import ProjectPaths
from evalasn.registry import PROVINCE_SLUG


@dataclass(frozen=True)
class Data:
    """All processed tables, plus the provenance record of the clean stage."""

    pegawai: pd.DataFrame
    kegiatan: pd.DataFrame
    peserta: pd.DataFrame
    skm: pd.DataFrame
    anggaran: pd.DataFrame
    kinerja_unit: pd.DataFrame
    provenance: DataProvenance
    partisipasi: pd.DataFrame  # peserta joined with their activity (see participations)
    # the staff exports of earlier years (schema pegawai_tahun); empty when the data hold one staff list
    pegawai_tahun: pd.DataFrame = field(default_factory=lambda: schema.PROCESSED["pegawai_tahun"].empty_frame())
    # every participation of the data, kept by scope(): a year's own staff export may place an ASN in another
    # dinas than the year-end list that gave ``peserta.dinas`` (one who moved since)
    partisipasi_semua: pd.DataFrame | None = None

    @property
    def dinas(self) -> list[str]:
        """The dinas present in the data (those with staff), sorted."""
        return sorted(self.pegawai["dinas"].dropna().unique().tolist())

    @property
    def years(self) -> list[int]:
        return sorted(int(y) for y in self.kegiatan["tahun"].dropna().unique())

    def staff(self, tahun: int) -> pd.DataFrame:
        """The staff ``tahun``'s coverage and 20 JP count: each dinas's own export of that year when the data
        hold one (``pegawai_tahun``), else the year-end list (a dinas without an export of that year; the
        year-end year itself). One ASN is counted once: in the year's export when it names them."""
        own = self.pegawai_tahun[self.pegawai_tahun["tahun"] == tahun].drop(columns=["tahun"])
        if own.empty:
            return self.pegawai
        rest = self.pegawai[~self.pegawai["dinas"].isin(own["dinas"]) & ~self.pegawai["pegawai_id"].isin(
            own["pegawai_id"])]
        return pd.concat([own, rest], ignore_index=True)

    def staff_participations(self, tahun: int, part: pd.DataFrame) -> pd.DataFrame:
        """The participations :meth:`staff` of ``tahun`` completed: ``part`` (the scope's, by the year-end list's
        dinas) unless the year has its own staff export, then every participation of the data (an ASN who moved
        since trained for the dinas of that year's export)."""
        if self.staff_list(tahun) == "terakhir":
            return part
        every = self.partisipasi if self.partisipasi_semua is None else self.partisipasi_semua
        return every[every["tahun_kegiatan"] == tahun]

    def staff_list(self, tahun: int) -> str:
        """Which list :meth:`staff` takes for ``tahun``: "tahun_itu" (every dinas of the scope from its export
        of that year), "campuran" (some) or "terakhir" (the year-end list only)."""
        own = set(self.pegawai_tahun.loc[self.pegawai_tahun["tahun"] == tahun, "dinas"].dropna())
        if not own:
            return "terakhir"
        return "tahun_itu" if set(self.pegawai["dinas"].dropna()) <= own else "campuran"

    def scope(self, slug: str) -> Data:
        """The rows of one dinas (staff, their participations, activities it organised, its
        units' surveys and indicators, its budget); the province scope is everything."""
        if slug == PROVINCE_SLUG:
            return self
        return replace(
            self,
            pegawai=self.pegawai[self.pegawai["dinas"] == slug],
            pegawai_tahun=self.pegawai_tahun[self.pegawai_tahun["dinas"] == slug],
            kegiatan=self.kegiatan[self.kegiatan["dinas"] == slug],
            peserta=self.peserta[self.peserta["dinas"] == slug],
            skm=self.skm[self.skm["dinas"] == slug],
            anggaran=self.anggaran[self.anggaran["dinas"] == slug],
            kinerja_unit=self.kinerja_unit[self.kinerja_unit["dinas"] == slug],
            partisipasi=self.partisipasi[self.partisipasi["dinas"] == slug],
            partisipasi_semua=self.partisipasi if self.partisipasi_semua is None else self.partisipasi_semua,
        )


def load(paths: ProjectPaths) -> Data:
    """Read every processed table (parquet) and the provenance record."""
    # the signed follow-up plan is read by the report stage only (report.context); its hash is in the provenance
    frames = {name: pd.read_parquet(paths.table(name)) for name in schema.PROCESSED
              if name != "tindak_lanjut" and (name != "pegawai_tahun" or paths.table(name).exists())}
    provenance = json.loads(paths.provenance.read_text(encoding="utf-8"))
    return Data(**frames, provenance=provenance, partisipasi=participations(frames["peserta"], frames["kegiatan"]))


def participations(peserta: pd.DataFrame, kegiatan: pd.DataFrame) -> pd.DataFrame:
    """peserta joined with the activity's method, dates, JP and cost per participant (the
    activity may be organised by another dinas than the participant's)."""
    cols = ["kegiatan_id", "metode", "tema", "tanggal_selesai", "tahun", "jp", "anggaran_rp", "n_peserta",
            "biaya_per_peserta_rp"]
    keg = kegiatan[cols].rename(columns={"tahun": "tahun_kegiatan"})
    return peserta.merge(keg, on="kegiatan_id", how="left", validate="many_to_one")
