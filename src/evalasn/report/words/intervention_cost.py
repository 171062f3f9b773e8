"""What the declared intervention cost this scope in the evaluated year, and what extending it would cost at that
price (CHECK10 C10-9: an earned "Perluas" came without its price, so the by-money order of the summary put it below
a Rp 108 juta finding although it was the programme's largest sum)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn.report.words import fmt
from evalasn.report.words.text import t


def figures(did: Mapping[str, Any]) -> dict[str, float] | None:
    """cost, share of the year's activity cost (percent), cost per trained unit and the extension's cost (the
    comparison units at that cost per unit) from an impact record's ``intervensi`` (analysis.treatment.money) and
    ``efek``; None without a declared intervention's cost or trained units."""
    chosen: Mapping[str, Any] = did.get("intervensi") or {}
    effect: Mapping[str, Any] = did.get("efek") or {}
    cost, total = chosen.get("biaya_intervensi_rp"), chosen.get("biaya_kegiatan_tahun_rp")
    trained, others = effect.get("unit_dilatih") or 0, effect.get("unit_pembanding") or 0
    if not chosen.get("dipilih") or not cost or not total or trained <= 0:
        return None
    per_unit = cost / trained
    return {"biaya": cost, "persen": 100 * cost / total, "per_unit": per_unit, "perluasan": per_unit * others,
            "n": chosen.get("n_kegiatan_intervensi") or 0, "unit_p": others}


def finding_sentence(did: Mapping[str, Any], program: str, tahun: int, lang: str) -> str:
    """'Biaya pelatihan “layanan prima” 2025: Rp 608 juta untuk 25 kegiatan (31% biaya kegiatan 2025; Rp 24,3
    juta per unit dilatih).' ('' without figures)."""
    money = figures(did)
    if money is None:
        return ""
    return t("kt_did_money", lang, program=program, tahun=tahun, biaya=fmt.rupiah(money["biaya"], lang),
             n=fmt.integer(money["n"], lang), persen=fmt.percent(money["persen"], 0, lang),
             per_unit=fmt.rupiah(money["per_unit"], lang))


def extension_sentence(did: Mapping[str, Any], lang: str) -> str:
    """' Perkiraan biaya perluasan pada biaya tahun ini: Rp 559 juta (Rp 24,3 juta per unit dilatih × 23 unit
    pembanding).' ('' without figures or comparison units)."""
    money = figures(did)
    if money is None or not money["unit_p"]:
        return ""
    return t("rec_did_extension", lang, total=fmt.rupiah(money["perluasan"], lang),
             per_unit=fmt.rupiah(money["per_unit"], lang), unit_p=fmt.integer(money["unit_p"], lang))
