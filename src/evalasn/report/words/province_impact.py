"""A dinas report beside the province's earned effect of the same declared intervention (CHECK10 C10-1): the dinas's
own comparison (a few units) is said first, then the province's, which the same design earned with every unit; the
dinas plan then carries no measurement row of its own (its target could exceed the dinas's units)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn.analysis.contract import Hasil
from evalasn.report.words import fmt, phrases
from evalasn.report.words.text import t


def earned_elsewhere(hasil: Hasil) -> Mapping[str, Any] | None:
    """The province's earned IKM estimate (`perbandingan_provinsi.dampak_provinsi`) when this report's own estimate
    of the same declared intervention is not earned; None otherwise (the province report, no declared intervention,
    another intervention, or an own effect earned)."""
    against: Any = hasil.get("perbandingan_provinsi") or {}
    province = against.get("dampak_provinsi")
    did: Any = hasil["level4_hasil"]["did_ikm"]
    chosen = did.get("intervensi") or {}
    if not province or not chosen.get("dipilih") or (did.get("putusan") or {}).get("boleh_kausal"):
        return None
    if (chosen.get("teks") or "").strip().lower() != (province.get("teks") or "").strip().lower():
        return None
    return province


def words(province: Mapping[str, Any], lang: str) -> dict[str, str]:
    """The province's estimate as the sentences print it: besar, ik, n, unit_d, unit_p, program."""
    size = phrases.size_with_ci(province, lang, "ikm")  # type: ignore[arg-type]
    return {"besar": size["besar"], "ik": size["ik"],
            "n": fmt.integer(province["unit_dilatih"] + province["unit_pembanding"], lang),
            "unit_d": fmt.integer(province["unit_dilatih"], lang),
            "unit_p": fmt.integer(province["unit_pembanding"], lang),
            "program": t("did_programme", lang, teks=province["teks"])}


def sentence(hasil: Hasil, lang: str) -> str:
    """' Di tingkat provinsi, dengan 48 unit (25 dilatih, 23 pembanding; unit dinas ini termasuk), pelatihan
    “layanan prima” berdampak positif menurut desain yang sama: …; rinciannya di BAB III laporan provinsi (3.4).'
    ('' when earned_elsewhere is None)."""
    province = earned_elsewhere(hasil)
    return t("f_did_province", lang, **words(province, lang)) if province else ""
