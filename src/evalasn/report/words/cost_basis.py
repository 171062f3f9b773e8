"""What the scope's overall cost per point (`anggaran_vs_peningkatan.biaya_per_poin_semua`) rests on, in the words
BAB IV prints beside it and the BIAYA-POIN plan row cites (LOOK22 Y-1: the row's "Rp 2.708.738" and "2025: 6,1 poin"
stood nowhere else, and 6,1 read as a slip beside the 6,4 of every other page): the cost per participant over the
activities with a recorded cost, and those participants' mean gain, named with its base, then the mean gain over
all scored participants (`level2_pembelajaran.keseluruhan`) when that base is larger. One wording for both places."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn.analysis.contract import Hasil
from evalasn.report.words import fmt
from evalasn.report.words.text import t


def overall(hasil: Hasil) -> Mapping[str, Any]:
    """The scope's overall cost-per-point record ({} without one)."""
    return hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua") or {}


def per_participant(cost: float, lang: str) -> str:
    """A cost per participant to the rupiah ('Rp 2.708.738'), rounded as BAB IV's tables round it (fmt.rupiah:
    895.038,57 is 'Rp 895.039'): the overall one the row divides by its target, and each method's BIAYA-POIN
    ceiling (budget_rule.method_caps; LOOK25 W-6)."""
    return fmt.rupiah_full(round(cost), lang)


def costed_gain(hasil: Hasil, lang: str) -> tuple[str, str]:
    """('6,1 poin pada 1.089 peserta di kegiatan dengan biaya tercatat', '6,4 poin atas semua 1.140 peserta
    bernilai'): the mean gain the cost per point divides by, with its base, and the mean gain over every scored
    participant, '' when the costed participants are all of them (one figure) or that mean is not known; ('', '')
    without a costed mean gain."""
    record = overall(hasil)
    gain, people = record.get("rata_gain"), record.get("n")
    if gain is None or not people:
        return "", ""
    own = t("cost_costed_gain", lang, gain=fmt.number(gain, 1, lang), n=fmt.integer(people, lang))
    everyone: Any = hasil["level2_pembelajaran"]["keseluruhan"] or {}
    mean = everyone.get("estimasi") if everyone.get("estimasi") is not None else everyone.get("rata_peserta")
    scored = everyone.get("n")
    if mean is None or not scored or scored <= people:
        return own, ""
    return own, t("cost_all_gain", lang, gain=fmt.number(mean, 1, lang), n=fmt.integer(scored, lang))
