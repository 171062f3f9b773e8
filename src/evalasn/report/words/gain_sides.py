"""Why a dinas's two gain measures disagree on whether scores rose at all (reader review 4, item 1): the
participants' mean answers from the dinas's own activities (its interval clustered by activity, hasil.json
`level2_pembelajaran.keseluruhan.status_kenaikan`), the adjusted gain (`pooling.dinas_ini.pooled`) from the mixed
model, which takes each method's effect from every dinas and draws the dinas towards the province mean. One sentence,
only where the two answers differ; '' otherwise. Both answers come from one rule (analysis.certainty.gain_status)."""

from __future__ import annotations

from typing import Any

from evalasn.analysis import certainty
from evalasn.report.words import fmt, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.phrases import ci
from evalasn.report.words.text import t


def answers(hasil: Any) -> tuple[str | None, str | None]:
    """(the participants' mean's answer, the adjusted gain's answer) to "clearly above zero"; None where a dinas
    has no such figure (the province report, no model, too few data)."""
    raw = hasil["level2_pembelajaran"]["keseluruhan"]
    mine = (hasil.get("pooling") or {}).get("dinas_ini") or {}
    pooled = mine.get("pooled") or {}
    if hasil["cakupan"]["jenis"] == "provinsi" or not pooled.get("cukup_data") or not raw.get("cukup_data"):
        return None, None
    return raw.get("status_kenaikan"), certainty.gain_status(pooled.get("ci_bawah"), pooled.get("ci_atas"))


def sentence(hasil: Any, lang: str, with_numbers: bool = False, year: int | None = None) -> str:
    """'Kedua ukuran berbeda soal apakah nilai naik: ...' where the two answers differ ('' otherwise); with
    ``with_numbers`` the participants' mean and its interval are named (a table that shows the mean without it);
    ``year`` names the year (last year's column of a table)."""
    raw, adjusted = answers(hasil)
    if raw is None or adjusted is None or raw == adjusted:
        return ""
    overall = hasil["level2_pembelajaran"]["keseluruhan"]
    pooling = hasil["pooling"]
    key = "gs_why_methods" if "metode" in (pooling.get("penyesuaian") or []) else "gs_why"
    numbers = t("gs_numbers", lang, mentah=fmt.number(overall["estimasi"], 1, lang), ik=ci(overall, lang)) \
        if with_numbers else ""
    return t(key, lang, m=fmt.integer(_agencies(pooling), lang),
             nama=short_name_in(hasil["cakupan"]["slug"], lang), angka=numbers,
             tahun=t("gs_year", lang, tahun=year) if year else "",
             dasar=reasons.gain_basis(overall.get("n_kegiatan") or 0, lang, overall.get("estimasi")))


def disagreeing(raw: Any, pooled: Any) -> bool:
    """Whether a participants' mean (with its recorded answer) and an adjusted gain answer "clearly above zero"
    differently (both must have a value)."""
    if not (raw or {}).get("cukup_data") or not (pooled or {}).get("cukup_data"):
        return False
    mine = raw.get("status_kenaikan")
    theirs = certainty.gain_status(pooled.get("ci_bawah"), pooled.get("ci_atas"))
    return mine is not None and theirs is not None and mine != theirs


def item(slug: str, raw: Any, lang: str, year: int | None = None) -> str:
    """'Kebudayaan (rata-rata peserta 7,7 poin; rentang keyakinan 95%: −0,4 s.d. 15,8; hanya 6 kegiatan)' for a
    list of dinas whose two measures disagree; ``year`` after the name where rows of several years are listed."""
    name = short_name_in(slug, lang) + (f" {year}" if year else "")
    return t("gs_item", lang, nama=name, mentah=fmt.number(raw["estimasi"], 1, lang), ik=ci(raw, lang),
             dasar=reasons.gain_basis(raw.get("n_kegiatan") or 0, lang, raw.get("estimasi")))


def listed(items: list[str], pooling: Any, lang: str) -> str:
    """The one sentence under a table of dinas (the province's Tabel 11, the index) naming every dinas whose two
    measures disagree on whether scores rose, and why; '' without any."""
    if not items:
        return ""
    key = "gs_list_methods" if "metode" in ((pooling or {}).get("penyesuaian") or []) else "gs_list"
    return t(key, lang, daftar="; ".join(items), m=fmt.integer(_agencies(pooling), lang))


def _agencies(pooling: Any) -> int:
    """How many dinas the mixed model was fitted to: a dinas's results say it (`jumlah_dinas`), the province's
    list them (`per_dinas`)."""
    pooling = pooling or {}
    return int(pooling.get("jumlah_dinas") or len(pooling.get("per_dinas") or []))


def province_sentence(rows: list[Any], pooling: Any, lang: str) -> str:
    """``listed`` for the province's table of dinas (`perbandingan_dinas` rows: `gain` is the participants' mean
    with its answer, `gain_pooled` the adjusted gain)."""
    return listed([item(row["dinas"], row["gain"], lang) for row in rows
                   if disagreeing(row.get("gain"), row.get("gain_pooled"))], pooling, lang)


def of_scope(hasil: Any, lang: str, year: int | None = None) -> str | None:
    """``item`` for one dinas's results when its two measures disagree (a row of the index); None otherwise."""
    raw, adjusted = answers(hasil)
    if raw is None or adjusted is None or raw == adjusted:
        return None
    return item(hasil["cakupan"]["slug"], hasil["level2_pembelajaran"]["keseluruhan"], lang, year)
