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


def sentence(hasil: Any, lang: str, with_numbers: bool = False) -> str:
    """'Kedua ukuran berbeda soal apakah nilai naik: ...' where the two answers differ ('' otherwise); with
    ``with_numbers`` the participants' mean and its interval are named (a table that shows the mean without it)."""
    raw, adjusted = answers(hasil)
    if raw is None or adjusted is None or raw == adjusted:
        return ""
    overall = hasil["level2_pembelajaran"]["keseluruhan"]
    pooling = hasil["pooling"]
    key = "gs_why_methods" if "metode" in (pooling.get("penyesuaian") or []) else "gs_why"
    numbers = t("gs_numbers", lang, mentah=fmt.number(overall["estimasi"], 1, lang), ik=ci(overall, lang)) \
        if with_numbers else ""
    return t(key, lang, m=fmt.integer(pooling.get("jumlah_dinas") or 0, lang),
             nama=short_name_in(hasil["cakupan"]["slug"], lang), angka=numbers,
             dasar=reasons.gain_basis(overall.get("n_kegiatan") or 0, lang))
