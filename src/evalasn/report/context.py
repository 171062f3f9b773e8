"""What a report is built from: its hasil.json, language, per-activity aggregates, quality log,
build time and the report configuration (cover, signatory, targets). The data side of the report
stage; the rules (report.rules) and the layout (report.sections and report.chapters) read it."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field

import pandas as pd

from evalasn.analysis import results
from evalasn.errors import StaleResultsError
from evalasn.paths import ProjectPaths, project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import fmt
from evalasn.report.text import label, t


@dataclass
class Context:
    """What a report needs: its results, its language, the per-activity figures for the budget
    scatter, the data-quality log, and the build date (shown only on the cover and annex)."""

    hasil: dict
    lang: str
    activities: pd.DataFrame
    quality_log: list[dict] = field(default_factory=list)
    built: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def province(self) -> bool:
        return self.hasil["cakupan"]["slug"] == PROVINCE_SLUG

    def t(self, key: str, **values) -> str:
        return t(key, self.lang, **values)

    def label(self, key: str, **values) -> str:
        return label(key, self.lang, **values)

    def num(self, value, decimals: int = 1) -> str:
        return fmt.number(value, decimals, self.lang)

    def money(self, value) -> str:
        return fmt.rupiah(value, self.lang)


def load_context(slug: str, bahasa: str = "id", paths: ProjectPaths | None = None, tahun: int = 0,
                 built: dt.datetime | None = None) -> Context:
    """Read hasil.json of ``slug``, the activity aggregates and the quality log. ``tahun`` (0 =
    any) must be the year the results were computed for. The build time is now, or
    $SOURCE_DATE_EPOCH when set (reproducible builds)."""
    paths = paths or project()
    hasil = results.read(paths.hasil(slug))
    if tahun and hasil["tahun"] != tahun:
        raise StaleResultsError(f"hasil.json {slug} dihitung untuk tahun {hasil['tahun']}, bukan {tahun}; jalankan "
                         f"make report DINAS={slug} TAHUN={tahun} agar tahap model dijalankan ulang")
    activities = activity_gains(paths, slug, hasil["tahun"])
    log = json.loads(paths.quality_log.read_text(encoding="utf-8")) if paths.quality_log.exists() else []
    return Context(hasil, bahasa, activities, log, built or build_time())


def build_time() -> dt.datetime:
    """Now, or $SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)


UNIT_WORDS = {"persen": "%", "menit": "menit", "jam": "jam", "hari": "hari", "rp": "Rp", "orang": "orang"}


def indicator_name(raw: str) -> str:
    """'waktu_tunggu_menit' -> 'Waktu tunggu (menit)', 'layanan_tepat_waktu_persen' -> 'Layanan tepat
    waktu (%)': an indicator name from the data, for a reader."""
    words = raw.replace("_", " ").split()
    unit = UNIT_WORDS.get(words[-1].lower()) if len(words) > 1 else None
    text = " ".join(words[:-1] if unit else words)
    text = text[:1].upper() + text[1:]
    return f"{text} ({unit})" if unit else text


def next_quarter(day: dt.date) -> dict:
    """The first quarter after the one holding ``day`` (the deadline of a follow-up action set in a
    report built that day): {"triwulan": "I".."IV", "kuartal": 1..4, "tahun": year}."""
    quarter = (day.month - 1) // 3 + 1
    year, quarter = (day.year + 1, 1) if quarter == 4 else (day.year, quarter + 1)
    return {"triwulan": ("I", "II", "III", "IV")[quarter - 1], "kuartal": quarter, "tahun": year}


def show(html: str) -> None:
    """Display a chapter's HTML as the cell's output (the renderer keeps only these outputs)."""
    from IPython.display import HTML, display

    display(HTML(html))


def activity_gains(paths: ProjectPaths, slug: str, tahun: int) -> pd.DataFrame:
    """Mean gain and cost per participant of each activity up to ``tahun`` attended by the scope's
    staff (aggregates only: no participant rows reach the report)."""
    peserta = pd.read_parquet(paths.table("peserta"), columns=["kegiatan_id", "dinas", "gain"])
    kegiatan = pd.read_parquet(paths.table("kegiatan"),
                               columns=["kegiatan_id", "metode", "tahun", "biaya_per_peserta_rp"])
    if slug != PROVINCE_SLUG:
        peserta = peserta[peserta["dinas"] == slug]
    gains = peserta.dropna(subset=["gain"]).groupby("kegiatan_id")["gain"].agg(["mean", "size"])
    out = kegiatan.join(gains, on="kegiatan_id", how="inner")
    out = out[(out["tahun"] <= tahun) & (out["biaya_per_peserta_rp"] > 0) & (out["size"] >= 3)]
    return out.rename(columns={"mean": "gain"})[["metode", "biaya_per_peserta_rp", "gain"]]
